import type { Actor } from './actor.js';
import type { ClauseRole, ContactDetails, EventDate, EventStatus, Evidence, PloverType, RecordKind } from './event.js';

/**
 * One line of `readout extract` output: the contract in PRODUCT.md. Evaluation and
 * benchmarks depend on its shape, so fields are only ever added, never renamed.
 */
export interface ExtractRecord {
  article: string;
  kind: RecordKind;
  id: string;
  cameo?: string;
  plover?: PloverType | null;
  quad?: number | null;
  goldstein?: number | null;
  source?: Actor[];
  target?: Actor[];
  date?: EventDate;
  status?: EventStatus;
  contact?: ContactDetails;
  claim?: { about: Actor[]; what: string; count: number; since: string | null; until: string | null };
  quote?: { speaker: Actor | null; anonymous: boolean; text: string; direct: boolean };
  promise?: { by: Actor; text: string; to: Actor | null };
  evidence: Evidence[];
  rule: string;
  /** The words the code was read from (events and contacts): an addition to the PRODUCT.md shape. */
  trigger?: { start: number; end: number; text: string };
  /** Where the trigger sits in its sentence (main clause, reported content, subordinate, relative). */
  clause?: ClauseRole;
}

/** One processed article as the ledger stores it: identity, text, metadata and its records. */
export interface ProcessedArticle {
  readonly id: string;
  readonly hash: string;
  readonly origin: string;
  readonly format: string;
  readonly meta: {
    readonly title: string | null;
    readonly published: string | null;
    readonly outlet: string | null;
    readonly url: string | null;
    readonly language: string | null;
  };
  /** The raw input, kept so the article can be reprocessed after a lexicon change. */
  readonly raw: string;
  /** The cleaned text that record offsets point into. */
  readonly text: string;
  readonly flags: readonly { code: string; message: string; start: number; end: number; rule: string }[];
  readonly records: readonly ExtractRecord[];
  readonly extractorVersion: string;
  readonly kbVersion: string;
}
