/**
 * Errors with stable codes. Every code says what went wrong and what to do next,
 * so a user (or a script reading --json) can act on it without reading source.
 */
export const ERROR_CODES = {
  RD001: 'input file not found',
  RD002: 'input is empty',
  RD003: 'input is not text (binary content)',
  RD004: 'unsupported input type',
  RD005: 'malformed JSON Lines record',
  RD006: 'JSON Lines record has no text',
  RD007: 'invalid date',
  RD008: 'HTML page has no readable article text',
  RD009: 'input too large',
  RD010: 'no article text left after cleaning',
  RD020: 'pipeline misconfigured: a stage requires a layer no earlier stage assigns',
  RD021: 'pipeline misconfigured: duplicate stage name',
  RD022: 'stage failed',
  RD030: 'knowledge base data is invalid',
  RD040: 'database cannot be opened',
  RD041: 'database migration failed',
  RD042: 'article could not be stored',
  RD050: 'invalid command-line option',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class ReadoutError extends Error {
  readonly code: ErrorCode;
  /** What the user should do next. */
  readonly hint: string;
  constructor(code: ErrorCode, message: string, hint = '', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ReadoutError';
    this.code = code;
    this.hint = hint;
  }

  toJSON(): { code: ErrorCode; message: string; hint: string } {
    return { code: this.code, message: this.message, hint: this.hint };
  }
}

export function isReadoutError(e: unknown): e is ReadoutError {
  return e instanceof ReadoutError;
}

/** Formats any thrown value as `RD0xx: message (hint)` for a terminal. */
export function describeError(e: unknown): string {
  if (isReadoutError(e)) return `${e.code}: ${e.message}${e.hint ? `\n  next: ${e.hint}` : ''}`;
  if (e instanceof Error) return `RD022: ${e.message}`;
  return `RD022: ${String(e)}`;
}
