import type { Rejection } from '../model/index.js';
import { readInputs, type ReadInputsOptions } from '../stages/01-ingest/index.js';
import type { Store } from '../store/index.js';
import type { Engine } from './engine.js';

export interface IngestSummary {
  /** Inputs read (articles and rejected inputs). */
  read: number;
  /** New articles written to the ledger. */
  inserted: number;
  /** Articles already in the ledger (same content hash): nothing written. */
  unchanged: number;
  events: number;
  contacts: number;
  rejected: number;
  rejections: Rejection[];
}

export interface IngestOptions {
  readonly read?: ReadInputsOptions;
  /** Called after each input with the running summary (for progress bars). */
  readonly onProgress?: (summary: IngestSummary, origin: string) => void;
}

/**
 * Reads inputs, skips those already in the ledger by content hash, runs the pipeline on the rest
 * and writes each article with its records in one transaction. A bad input is recorded as a
 * rejection and the batch goes on.
 */
export async function ingest(paths: readonly string[], engine: Engine, store: Store, options: IngestOptions = {}): Promise<IngestSummary> {
  const summary: IngestSummary = { read: 0, inserted: 0, unchanged: 0, events: 0, contacts: 0, rejected: 0, rejections: [] };
  const reject = async (r: Rejection): Promise<void> => {
    summary.rejected++;
    summary.rejections.push(r);
    await store.recordRejection(r);
  };
  for await (const item of readInputs(paths, options.read)) {
    summary.read++;
    if (item.kind === 'rejected') {
      await reject(item.rejection);
      options.onProgress?.(summary, item.rejection.origin);
      continue;
    }
    const input = item.input;
    if (await store.hasArticle(engine.hashOf(input))) {
      summary.unchanged++;
      options.onProgress?.(summary, input.origin);
      continue;
    }
    const outcome = engine.process(input);
    if (!outcome.ok) {
      await reject(outcome.rejection);
      options.onProgress?.(summary, input.origin);
      continue;
    }
    const processed = engine.toProcessed(outcome.doc);
    let saved: Awaited<ReturnType<Store['saveArticle']>>;
    try {
      saved = await store.saveArticle(processed);
    } catch (e) {
      // The transaction rolled back: nothing of this article is in the ledger; the batch goes on.
      await reject({ origin: input.origin, code: 'RD042', reason: `could not store the article: ${(e as Error).message}`, hint: 'report this with the input that caused it' });
      options.onProgress?.(summary, input.origin);
      continue;
    }
    if (saved === 'inserted') {
      summary.inserted++;
      for (const r of processed.records) {
        if (r.kind === 'event') summary.events++;
        if (r.kind === 'contact') {
          summary.events++;
          summary.contacts++;
        }
      }
    } else summary.unchanged++;
    options.onProgress?.(summary, input.origin);
  }
  return summary;
}
