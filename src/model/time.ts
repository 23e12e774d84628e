import type { Provenance } from './provenance.js';

export type Precision = 'day' | 'month' | 'year' | 'unknown';

/** Calendar parts of a date. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday?: number;
}

/**
 * A resolved point in time with its precision, and which parts the text stated versus
 * which were implied by the reference date ("on Sunday" states a weekday; the day, month and year are implied).
 */
export interface TimeValue {
  /** "2022-03-06", "2022-03", "2017", or null when no date could be resolved. */
  readonly value: string | null;
  readonly precision: Precision;
  readonly stated: DateParts;
  readonly implied: DateParts;
  /** Set when the date is only bounded ("recent": before the publication date). */
  readonly relation?: 'before' | 'after' | 'on';
}

export type TimeKind = 'date' | 'duration' | 'range';

export interface TimeMention {
  readonly id: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly sentence: number;
  readonly kind: TimeKind;
  /** For dates and ranges (the start of a range). */
  value: TimeValue | null;
  /** For ranges: the end. */
  until: TimeValue | null;
  /** For durations, in minutes. */
  durationMinutes: number | null;
  /** The duration was hedged ("nearly", "about", "more than"). */
  approximate: boolean;
  provenance: Provenance[];
}

export const UNKNOWN_TIME: TimeValue = { value: null, precision: 'unknown', stated: {}, implied: {} };
