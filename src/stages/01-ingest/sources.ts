import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { gunzipSync } from 'node:zlib';
import type { ArticleMetadata, RawInput, Rejection, SourceFormat } from '../../model/index.js';

export interface ReadInputsOptions {
  /** Stream used for `-`. */
  readonly stdin?: NodeJS.ReadableStream;
  /** Largest single article accepted, in bytes (after decompression). */
  readonly maxArticleBytes?: number;
}

export type InputItem = { readonly kind: 'input'; readonly input: RawInput } | { readonly kind: 'rejected'; readonly rejection: Rejection };

const DEFAULT_MAX_ARTICLE_BYTES = 16 * 1024 * 1024;

const EXTENSIONS: Record<string, SourceFormat> = {
  '.txt': 'txt', '.text': 'txt', '.md': 'txt',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};

/** The format of a file from its name; `.gz` is looked through. Null for files we do not read. */
export function formatOfPath(file: string): SourceFormat | null {
  const lower = file.toLowerCase();
  const base = lower.endsWith('.gz') ? lower.slice(0, -3) : lower;
  return EXTENSIONS[path.extname(base)] ?? null;
}

function reject(origin: string, code: string, reason: string, hint?: string): InputItem {
  return { kind: 'rejected', rejection: { origin, code, reason, ...(hint ? { hint } : {}) } };
}

/** Heuristic for binary content: NUL bytes or a high share of control characters in the first 8 KiB. */
export function looksBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8192);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control / n > 0.1;
}

/** Decodes bytes as UTF-8 (with BOM), or UTF-16 when it carries a BOM. */
export function decodeText(buf: Buffer): string {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString('utf16le');
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    const swapped = Buffer.from(buf.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  const s = buf.toString('utf8');
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/** Guesses the format of stdin from its first non-blank character. */
export function sniffFormat(text: string): SourceFormat {
  const head = text.trimStart().slice(0, 512);
  if (head.startsWith('<')) return 'html';
  if (head.startsWith('{')) {
    const firstLine = head.split('\n', 1)[0]!.trim();
    if (firstLine.endsWith('}') || text.trimStart().split('\n', 1)[0]!.trim().endsWith('}')) return 'jsonl';
  }
  return 'txt';
}

function batchFields(rec: Record<string, unknown>): Partial<ArticleMetadata> {
  const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : typeof v === 'number' ? String(v) : undefined);
  const fields: Partial<ArticleMetadata> = {};
  const published = str(rec['published']) ?? str(rec['date']) ?? str(rec['datePublished']);
  if (published) fields.published = published;
  const title = str(rec['title']);
  if (title) fields.title = title;
  const url = str(rec['url']);
  if (url) fields.url = url;
  const outlet = str(rec['source']) ?? str(rec['outlet']);
  if (outlet) fields.outlet = outlet;
  const language = str(rec['language']) ?? str(rec['lang']);
  if (language) fields.language = language;
  const country = str(rec['country']);
  if (country) fields.country = country;
  return fields;
}

/** Parses one JSON Lines record into an input, or a rejection naming the line. */
export function parseBatchLine(line: string, origin: string, maxBytes = DEFAULT_MAX_ARTICLE_BYTES): InputItem | null {
  const trimmed = line.trim();
  if (trimmed === '') return null;
  if (trimmed.length > maxBytes) return reject(origin, 'RD009', `record is ${trimmed.length} characters, over the ${maxBytes}-byte limit`, 'split the article or raise --max-article-bytes');
  let rec: unknown;
  try {
    rec = JSON.parse(trimmed);
  } catch (e) {
    return reject(origin, 'RD005', `not valid JSON: ${(e as Error).message}`, 'fix or remove this line; the rest of the batch was processed');
  }
  if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
    return reject(origin, 'RD005', 'a batch line must be a JSON object', 'each line needs {"text": "..."}');
  }
  const obj = rec as Record<string, unknown>;
  const text = obj['text'];
  if (typeof text !== 'string' || text.trim() === '') {
    return reject(origin, 'RD006', 'record has no "text" field (or it is empty)', 'each line needs {"text": "..."}, optionally with id, published, title, url, source');
  }
  const id = typeof obj['id'] === 'string' || typeof obj['id'] === 'number' ? String(obj['id']) : null;
  return { kind: 'input', input: { origin, format: 'txt', content: text, externalId: id, fields: batchFields(obj) } };
}

async function readStdin(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(full);
    else if (e.isFile() && formatOfPath(e.name) !== null) yield full;
  }
}

async function* readBatchFile(file: string, maxBytes: number): AsyncGenerator<InputItem> {
  if (file.toLowerCase().endsWith('.gz')) {
    const text = decodeText(gunzipSync(await fs.readFile(file), { maxOutputLength: 1024 * 1024 * 1024 }));
    let lineNo = 0;
    for (const line of text.split('\n')) {
      lineNo++;
      const item = parseBatchLine(line, `${file}:${lineNo}`, maxBytes);
      if (item) yield item;
    }
    return;
  }
  const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    const item = parseBatchLine(line, `${file}:${lineNo}`, maxBytes);
    if (item) yield item;
  }
}

async function readSingleFile(file: string, format: SourceFormat, maxBytes: number): Promise<InputItem> {
  let buf = await fs.readFile(file);
  if (file.toLowerCase().endsWith('.gz')) {
    try {
      buf = gunzipSync(buf, { maxOutputLength: maxBytes + 1 });
    } catch (e) {
      const tooBig = (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || /too large|buffer/i.test(String(e));
      return tooBig
        ? reject(file, 'RD009', `decompresses to more than ${maxBytes} bytes`, 'this may be a compression bomb; split it or raise --max-article-bytes')
        : reject(file, 'RD003', `not a valid gzip file: ${(e as Error).message}`, 'decompress it and check its contents');
    }
  }
  if (buf.length > maxBytes) return reject(file, 'RD009', `file is ${buf.length} bytes, over the ${maxBytes}-byte limit`, 'split it or raise --max-article-bytes');
  if (buf.length === 0) return reject(file, 'RD002', 'file is empty', 'remove it from the input');
  if (looksBinary(buf) && !(buf[0] === 0xff && buf[1] === 0xfe) && !(buf[0] === 0xfe && buf[1] === 0xff)) {
    return reject(file, 'RD003', 'file looks binary, not text', 'pass .txt, .html or .jsonl files');
  }
  const content = decodeText(buf);
  if (content.trim() === '') return reject(file, 'RD002', 'file has only whitespace', 'remove it from the input');
  return { kind: 'input', input: { origin: file, format, content } };
}

/**
 * Reads inputs from files, folders (recursively, in name order), `.jsonl` batches and stdin (`-`),
 * yielding one item per article, or a rejection with its reason. Never throws for a bad input:
 * the rest of the batch always goes through.
 */
export async function* readInputs(paths: readonly string[], options: ReadInputsOptions = {}): AsyncGenerator<InputItem> {
  const maxBytes = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  for (const p of paths) {
    if (p === '-') {
      const buf = await readStdin(options.stdin ?? process.stdin);
      if (looksBinary(buf)) {
        yield reject('stdin', 'RD003', 'stdin looks binary, not text', 'pipe text, HTML or JSON Lines');
        continue;
      }
      const text = decodeText(buf);
      if (text.trim() === '') {
        yield reject('stdin', 'RD002', 'stdin is empty', 'pipe an article into readout, or pass a file');
        continue;
      }
      const format = sniffFormat(text);
      if (format === 'jsonl') {
        let lineNo = 0;
        for (const line of text.split('\n')) {
          lineNo++;
          const item = parseBatchLine(line, `stdin:${lineNo}`, maxBytes);
          if (item) yield item;
        }
      } else {
        yield { kind: 'input', input: { origin: 'stdin', format, content: text } };
      }
      continue;
    }
    let stat;
    try {
      stat = await fs.stat(p);
    } catch {
      yield reject(p, 'RD001', 'no such file or folder', 'check the path');
      continue;
    }
    const files: string[] = [];
    if (stat.isDirectory()) {
      for await (const f of walk(p)) files.push(f);
      if (files.length === 0) {
        yield reject(p, 'RD004', 'folder holds no .txt, .html or .jsonl files', 'point readout at a folder of articles');
        continue;
      }
    } else files.push(p);
    for (const file of files) {
      const format = formatOfPath(file);
      if (format === null) {
        yield reject(file, 'RD004', `unsupported file type "${path.extname(file) || '(none)'}"`, 'use .txt, .html or .jsonl (optionally .gz)');
        continue;
      }
      try {
        if (format === 'jsonl') yield* readBatchFile(file, maxBytes);
        else yield await readSingleFile(file, format, maxBytes);
      } catch (e) {
        yield reject(file, 'RD001', `cannot read: ${(e as Error).message}`, 'check permissions');
      }
    }
  }
}

async function countLines(file: string): Promise<number> {
  if (file.toLowerCase().endsWith('.gz')) return 0;
  let n = 0;
  let last = 10;
  for await (const chunk of createReadStream(file)) {
    const buf = chunk as Buffer;
    for (let i = 0; i < buf.length; i++) if (buf[i] === 10) n++;
    if (buf.length > 0) last = buf[buf.length - 1]!;
  }
  return last === 10 ? n : n + 1;
}

/**
 * How many articles the paths hold, for a progress bar: files count one each, batches one per
 * line. Stdin is unknown (0). Cheap: batches are scanned for newlines, not parsed.
 */
export async function countInputs(paths: readonly string[]): Promise<number> {
  let total = 0;
  for (const p of paths) {
    if (p === '-') continue;
    let stat;
    try {
      stat = await fs.stat(p);
    } catch {
      continue;
    }
    const files: string[] = [];
    if (stat.isDirectory()) for await (const f of walk(p)) files.push(f);
    else files.push(p);
    for (const f of files) total += formatOfPath(f) === 'jsonl' ? await countLines(f) : 1;
  }
  return total;
}
