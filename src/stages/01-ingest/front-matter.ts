import type { ArticleMetadata } from '../../model/index.js';

export interface FrontMatter {
  readonly fields: Partial<ArticleMetadata>;
  /** Where the body starts in the raw text. */
  readonly bodyStart: number;
}

const KEY_ALIASES: Record<string, keyof ArticleMetadata> = {
  title: 'title', headline: 'title',
  published: 'published', date: 'published', datepublished: 'published',
  outlet: 'outlet', source: 'outlet', publisher: 'outlet', site: 'outlet',
  url: 'url', link: 'url',
  language: 'language', lang: 'language',
};

/**
 * Reads a `---`-delimited front-matter block of `key: value` lines at the very start of a text
 * file (the convention of static-site generators and many corpora). Unknown keys are ignored.
 * Returns null when the text has no such block.
 */
export function parseFrontMatter(raw: string): FrontMatter | null {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(raw);
  if (!open) return null;
  const close = /\r?\n---[ \t]*(?:\r?\n|$)/g;
  close.lastIndex = open[0].length - 1;
  const end = close.exec(raw);
  if (!end) return null;
  const block = raw.slice(open[0].length, end.index);
  const fields: Partial<ArticleMetadata> = {};
  for (const line of block.split(/\r?\n/)) {
    const kv = /^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (!kv) continue;
    const key = KEY_ALIASES[kv[1]!.toLowerCase().replace(/[-_]/g, '')];
    if (!key) continue;
    fields[key] = unquote(kv[2]!);
  }
  return { fields, bodyStart: end.index + end[0].length };
}

function unquote(v: string): string {
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) return v.slice(1, -1);
  return v;
}
