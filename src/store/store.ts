import type { ExtractRecord, ProcessedArticle, RecordKind, Rejection } from '../model/index.js';

/** Which events to list. Every filter is optional; they combine with AND. */
export interface EventFilter {
  /** An actor: KB id, CAMEO code, ISO-3 country, or part of a name (case-insensitive). */
  readonly actor?: string;
  /** A second actor that must appear in the same event (a dyad). */
  readonly with?: string;
  readonly kind?: RecordKind;
  /** YYYY-MM-DD (or YYYY-MM, YYYY): events whose date period ends on or after it. */
  readonly since?: string;
  /** Events whose date period starts on or before it. */
  readonly until?: string;
  /** 0 means no limit. */
  readonly limit?: number;
}

/** An event as the ledger holds it: the extract record plus where it came from. */
export interface StoredEvent {
  readonly record: ExtractRecord;
  readonly article: { readonly id: string; readonly title: string | null; readonly outlet: string | null; readonly published: string | null; readonly url: string | null };
}

export interface LedgerCounts {
  readonly articles: number;
  readonly events: number;
  readonly contacts: number;
  readonly rejections: number;
}

export interface StoredRejection extends Rejection {
  readonly at: string;
}

export type SaveOutcome = 'inserted' | 'exists';

/**
 * The ledger's storage, in domain terms. One kysely implementation serves every database;
 * differences between databases are capability flags inside it, never in callers.
 */
export interface Store {
  /** Brings the schema up to date. Safe to call on every start. */
  migrate(): Promise<void>;
  /** Is an article with this content hash already in the ledger? */
  hasArticle(hash: string): Promise<boolean>;
  /** Writes an article and all its records in one transaction; a no-op when the hash is known. */
  saveArticle(article: ProcessedArticle): Promise<SaveOutcome>;
  recordRejection(rejection: Rejection): Promise<void>;
  listEvents(filter?: EventFilter): Promise<StoredEvent[]>;
  listRejections(): Promise<StoredRejection[]>;
  counts(): Promise<LedgerCounts>;
  close(): Promise<void>;
}
