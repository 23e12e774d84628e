import type { ArticleMetadata, Doc, ExtractRecord, ProcessedArticle, RawInput, RecordKind, Rejection } from '../model/index.js';
import { isReadoutError } from '../model/index.js';
import { createPipeline, loadResources, type Resources } from '../pipeline/presets.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import { contentHash } from '../stages/01-ingest/index.js';
import { ALL_KINDS, recordsOf } from './records.js';
import { extractorVersion } from './versions.js';

export interface EngineOptions {
  /** Metadata for inputs that carry none (`--published`). */
  readonly defaults?: Partial<ArticleMetadata>;
  /** Resources to share between engines (loaded once). */
  readonly resources?: Resources;
}

export type ProcessOutcome =
  | { readonly ok: true; readonly doc: Doc }
  | { readonly ok: false; readonly rejection: Rejection };

/**
 * The library core: a configured pipeline plus the versions that make its output reproducible.
 * The CLI, the API and the worker are shells around it.
 */
export class Engine {
  readonly resources: Resources;
  readonly pipeline: Pipeline;
  readonly extractorVersion: string;
  readonly kbVersion: string;

  constructor(options: EngineOptions = {}) {
    this.resources = options.resources ?? loadResources();
    this.pipeline = createPipeline(this.resources, { defaults: options.defaults });
    this.extractorVersion = extractorVersion();
    this.kbVersion = this.resources.kb.version;
  }

  /** The content hash an input will be identified by (computed without running the pipeline). */
  hashOf(input: RawInput): string {
    return contentHash(input.content);
  }

  /** Runs the pipeline on one input. Never throws for bad input: it returns a rejection with its code. */
  process(input: RawInput): ProcessOutcome {
    try {
      return { ok: true, doc: this.pipeline.run(input) };
    } catch (e) {
      if (isReadoutError(e)) return { ok: false, rejection: { origin: input.origin, code: e.code, reason: e.message, hint: e.hint } };
      return { ok: false, rejection: { origin: input.origin, code: 'RD022', reason: e instanceof Error ? e.message : String(e), hint: 'report this with the input that caused it' } };
    }
  }

  records(doc: Doc, kinds: ReadonlySet<RecordKind> = new Set(ALL_KINDS)): ExtractRecord[] {
    return recordsOf(doc, kinds, this.resources.sectors);
  }

  /** The ledger form of a processed article. */
  toProcessed(doc: Doc): ProcessedArticle {
    return {
      id: doc.article.id,
      hash: doc.article.hash,
      origin: doc.article.origin,
      format: doc.article.format,
      meta: {
        title: doc.article.meta.title,
        published: doc.article.meta.published,
        outlet: doc.article.meta.outlet,
        url: doc.article.meta.url,
        language: doc.article.meta.language,
      },
      raw: doc.article.raw,
      text: doc.text,
      flags: doc.flags,
      records: this.records(doc),
      extractorVersion: this.extractorVersion,
      kbVersion: this.kbVersion,
    };
  }
}
