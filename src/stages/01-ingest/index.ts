import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import { emptyMetadata, type ArticleMetadata, type Doc } from '../../model/index.js';
import type { Stage } from '../../pipeline/stage.js';
import { parseFrontMatter } from './front-matter.js';
import { extractHtmlMetadata } from './html-metadata.js';
import { normalizePublishedDate } from './published-date.js';

export { countInputs, readInputs, type InputItem, type ReadInputsOptions } from './sources.js';
export { normalizePublishedDate, isValidCalendarDate } from './published-date.js';

export interface IngestOptions {
  /** Metadata for inputs that do not carry their own (e.g. `--published`). */
  readonly defaults?: Partial<ArticleMetadata>;
}

export function contentHash(content: string): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 32);
}

/** Metadata precedence: the input's own fields, then what the content declares, then command-line defaults. */
function mergeMetadata(...layers: Array<Partial<ArticleMetadata> | undefined>): ArticleMetadata {
  const meta = emptyMetadata();
  for (const layer of layers) {
    if (!layer) continue;
    for (const key of Object.keys(meta) as Array<keyof ArticleMetadata>) {
      const v = layer[key];
      if (meta[key] === null && typeof v === 'string' && v.trim() !== '') meta[key] = v.trim();
    }
  }
  return meta;
}

export function createIngestStage(options: IngestOptions = {}): Stage {
  return {
    name: '01-ingest',
    requires: ['input'],
    assigns: ['article'],
    run(doc: Doc): void {
      const input = doc.input;
      let declared: Partial<ArticleMetadata> | undefined;
      if (input.format === 'html') {
        const { document } = parseHTML(input.content);
        doc.scratch.html = document;
        declared = extractHtmlMetadata(document);
      } else {
        const fm = parseFrontMatter(input.content);
        if (fm) {
          declared = fm.fields;
          doc.scratch.bodyStart = fm.bodyStart;
        }
      }
      const own = input.fields ? { ...input.fields } : undefined;
      const meta = mergeMetadata(own, declared, options.defaults);
      if (meta.published !== null) {
        const normalized = normalizePublishedDate(meta.published);
        if (normalized === null) {
          doc.flags.push({
            code: 'bad-published-date',
            message: `publication date "${meta.published}" is not a calendar date; treated as unknown`,
            start: 0, end: 0, rule: 'ingest.published-date',
          });
        }
        if (!meta.publishedTime && normalized !== meta.published) meta.publishedTime = meta.published;
        meta.published = normalized;
      }
      const hash = contentHash(input.content);
      doc.article = {
        id: input.externalId && input.externalId.trim() !== '' ? input.externalId.trim() : hash,
        hash,
        origin: input.origin,
        format: input.format,
        raw: input.content,
        meta,
      };
    },
  };
}
