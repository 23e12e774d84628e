import type { DateParts, Precision, TimeValue } from '../../model/index.js';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function isoDay(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

/** Parses YYYY-MM-DD into UTC midnight milliseconds. */
export function dayToMs(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

export function msToDay(ms: number): string {
  const dt = new Date(ms);
  return isoDay(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

export function addDays(day: string, n: number): string {
  return msToDay(dayToMs(day) + n * 86400000);
}

export function weekdayOf(day: string): number {
  return new Date(dayToMs(day)).getUTCDay();
}

/**
 * The weekday `weekday` nearest to `reference` in the given direction, the reference day itself
 * included: news published on a Monday says "on Monday" for that same day.
 */
export function anchorWeekday(reference: string, weekday: number, direction: 'past' | 'future'): string {
  const refDow = weekdayOf(reference);
  const delta = direction === 'past' ? -((refDow - weekday + 7) % 7) : (weekday - refDow + 7) % 7;
  return addDays(reference, delta);
}

export function formatValue(parts: DateParts, precision: Precision): string | null {
  if (precision === 'unknown' || parts.year === undefined) return null;
  if (precision === 'year') return String(parts.year).padStart(4, '0');
  if (parts.month === undefined) return null;
  if (precision === 'month') return `${String(parts.year).padStart(4, '0')}-${pad(parts.month)}`;
  if (parts.day === undefined) return null;
  return isoDay(parts.year, parts.month, parts.day);
}

export function dayValue(day: string, stated: DateParts): TimeValue {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const all: DateParts = { year: y, month: m, day: d, weekday: weekdayOf(day) };
  const implied: DateParts = {};
  for (const k of ['year', 'month', 'day', 'weekday'] as const) if (stated[k] === undefined) implied[k] = all[k];
  return { value: day, precision: 'day', stated, implied };
}
