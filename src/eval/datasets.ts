import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ReadoutError } from '../model/index.js';

export interface ConfliBertRecord {
  readonly id: string;
  readonly text: string;
  readonly gold_pentaclass: number | null;
  readonly has_span_annotation: boolean;
  readonly gold_spans: ReadonlyArray<{ role: string; text: string; start: number | null; end: number | null }>;
}

export interface MultiRaterRecord {
  readonly id: string;
  readonly text: string;
  readonly majority_action1_cameo_root: string | null;
  readonly rater_annotations: ReadonlyArray<{ rater: number; actions: ReadonlyArray<{ action: number; cameo_root: string | null }> }>;
}

/** A record of the PETRARCH2 validation suite. */
export interface PetrarchRecord {
  readonly id: string;
  readonly date: string;
  readonly text: string;
  readonly expected: ReadonlyArray<{ source: string; target: string; code: string }>;
  readonly expect_noevents: boolean;
  readonly expect_error: string | null;
  readonly category: string;
  readonly active: boolean;
}

export type GoldFormat = 'conflibert' | 'multirater' | 'petrarch';

export function readJsonl<T>(file: string): T[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ReadoutError('RD001', `cannot read ${file}: ${(e as Error).message}`, 'check the path');
  }
  return text.split('\n').filter((l) => l.trim() !== '').map((l, i) => {
    try {
      return JSON.parse(l) as T;
    } catch (e) {
      throw new ReadoutError('RD005', `${file}:${i + 1} is not valid JSON: ${(e as Error).message}`, 'the gold file must be JSON Lines');
    }
  });
}

/** Which gold format a file is in, from the fields of its first record. */
export function detectFormat(first: Record<string, unknown>): GoldFormat {
  if ('gold_pentaclass' in first) return 'conflibert';
  if ('rater_annotations' in first) return 'multirater';
  if ('expected' in first && 'parse' in first) return 'petrarch';
  throw new ReadoutError('RD004', 'unknown gold format: expected ConfliBERT records (gold_pentaclass), multi-rater records (rater_annotations) or PETRARCH2 suite records (expected, parse)', 'see readout eval --help');
}

export type Split = 'dev' | 'holdout' | 'all';

/**
 * A fixed split of a gold file by a hash of each record's id: one record in five is the holdout,
 * scored but never printed, so rules are never written from it.
 */
export function inSplit(id: string, split: Split): boolean {
  if (split === 'all') return true;
  const holdout = createHash('sha256').update(id).digest()[0]! % 5 === 0;
  return split === 'holdout' ? holdout : !holdout;
}

/** "4-18 Assualt" → "18". */
export function rootOf(label: string | null | undefined): string | null {
  if (!label) return null;
  const m = /^\d+-(\d{1,2})\b/.exec(label.trim());
  return m ? m[1]!.padStart(2, '0') : null;
}
