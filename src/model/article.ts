export type SourceFormat = 'txt' | 'html' | 'jsonl';

/** Metadata about an article. Every field may be missing in the input. */
export interface ArticleMetadata {
  title: string | null;
  /** Publication date, YYYY-MM-DD. */
  published: string | null;
  /** Publication timestamp as given (ISO 8601), when more precise than a date. */
  publishedTime: string | null;
  /** The outlet ("Reuters", "The Guardian"). */
  outlet: string | null;
  url: string | null;
  language: string | null;
  /** ISO-3 country the article is about, when known (`--country`, a batch field): gives bare offices their country. */
  country: string | null;
}

/** One unit of input before processing: what a reader produced from a file, a batch line or stdin. */
export interface RawInput {
  /** Where it came from: a path, `path:line` for a batch line, or `stdin`. */
  readonly origin: string;
  readonly format: SourceFormat;
  readonly content: string;
  /** An identifier supplied by the input (a JSONL `id`), which then names the article. */
  readonly externalId?: string | null;
  /** Metadata supplied alongside the content (JSONL fields, front matter, command-line options). */
  readonly fields?: Partial<ArticleMetadata>;
}

/** An input that could not be read or processed, kept with its reason. */
export interface Rejection {
  readonly origin: string;
  readonly code: string;
  readonly reason: string;
  readonly hint?: string;
}

/** The article itself: identity, raw content and metadata. Set by the ingest stage. */
export interface Article {
  /** The input's own id when it has one, otherwise the content hash. */
  readonly id: string;
  /** sha256 of the raw content (hex, first 32 chars): identity for deduplication. */
  readonly hash: string;
  readonly origin: string;
  readonly format: SourceFormat;
  /** The raw content as received (HTML source, or text with front matter). */
  readonly raw: string;
  readonly meta: ArticleMetadata;
}

export function emptyMetadata(): ArticleMetadata {
  return { title: null, published: null, publishedTime: null, outlet: null, url: null, language: null, country: null };
}
