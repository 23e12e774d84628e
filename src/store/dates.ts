/** The first and last day of a date value at any precision ("2022-03" → 2022-03-01 … 2022-03-31). */
export function periodOf(value: string | null): { start: string | null; end: string | null } {
  if (value === null) return { start: null, end: null };
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { start: value, end: value };
  if (/^\d{4}-\d{2}$/.test(value)) {
    const [y, m] = value.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { start: `${value}-01`, end: `${value}-${String(last).padStart(2, '0')}` };
  }
  if (/^\d{4}$/.test(value)) return { start: `${value}-01-01`, end: `${value}-12-31` };
  return { start: null, end: null };
}

/** A filter bound given at any precision, as the first (for since) or last (for until) day it covers. */
export function boundOf(value: string, side: 'since' | 'until'): string {
  const p = periodOf(value);
  const day = side === 'since' ? p.start : p.end;
  return day ?? value;
}
