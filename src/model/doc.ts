import type { Article, RawInput } from './article.js';
import type { Mention } from './actor.js';
import type { Claim, Event, PromiseRecord, Quote } from './event.js';
import type { Embed, Flag, RemovedText, Sentence, Token } from './text.js';
import type { TimeMention } from './time.js';
import { OffsetMap } from './offsets.js';

/**
 * The layers of annotation a Doc can carry. Stages declare which layers they require and which
 * they assign; the pipeline checks the order when it is built.
 */
export const LAYERS = [
  'input', 'article', 'text', 'sentences', 'tokens', 'mentions', 'times', 'events', 'contacts',
  'quotes', 'claims', 'promises', 'clusters',
] as const;
export type Layer = (typeof LAYERS)[number];

/** Time spent by one stage on this document. */
export interface StageTiming {
  readonly stage: string;
  readonly ms: number;
}

/** Working state one stage hands to a later one that is not part of the annotation model. */
export interface DocScratch {
  /** The parsed HTML document (a DOM), from ingest to clean; released after cleaning. */
  html: unknown | null;
  /** Where the article body starts in `article.raw` (after front matter). */
  bodyStart: number;
}

/**
 * The single source of truth for one article. Every annotation is a span into `text`
 * (the cleaned text), never a copy that could drift from it.
 */
export interface Doc {
  readonly input: RawInput;
  /** Layers assigned so far. */
  readonly layers: Set<Layer>;
  article: Article;
  /** The text the cleaner worked from: raw text for .txt/.jsonl, the extracted article text for HTML. */
  sourceText: string;
  /** The cleaned text; all offsets point into it. */
  text: string;
  /** Maps offsets in `text` back to offsets in `sourceText`. */
  offsets: OffsetMap;
  removed: RemovedText[];
  embeds: Embed[];
  flags: Flag[];
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  times: TimeMention[];
  events: Event[];
  quotes: Quote[];
  claims: Claim[];
  promises: PromiseRecord[];
  timings: StageTiming[];
  scratch: DocScratch;
}

const PENDING_ARTICLE: Article = {
  id: '', hash: '', origin: '', format: 'txt', raw: '',
  meta: { title: null, published: null, publishedTime: null, outlet: null, url: null, language: null, country: null },
};

export function createDoc(input: RawInput): Doc {
  return {
    input,
    layers: new Set<Layer>(['input']),
    article: PENDING_ARTICLE,
    sourceText: '',
    text: '',
    offsets: OffsetMap.identity(0),
    removed: [],
    embeds: [],
    flags: [],
    sentences: [],
    tokens: [],
    mentions: [],
    times: [],
    events: [],
    quotes: [],
    claims: [],
    promises: [],
    timings: [],
    scratch: { html: null, bodyStart: 0 },
  };
}
