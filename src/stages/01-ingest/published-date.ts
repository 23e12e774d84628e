const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function isValidCalendarDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= dim;
}

/**
 * Normalises a publication date as found in metadata to YYYY-MM-DD, or null when it is not a
 * real calendar date. Accepts ISO dates and timestamps, YYYYMMDD, and "7 March 2022" /
 * "March 7, 2022" forms. The calendar date is taken as written (no timezone shift): a page
 * stamped 2022-03-07T23:30-05:00 was published on the 7th where it was written.
 */
export function normalizePublishedDate(input: unknown): string | null {
  if (typeof input !== 'string' && typeof input !== 'number') return null;
  const s = String(input).trim();
  if (s === '') return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(s);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})/.exec(s);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!);
  m = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})/.exec(s);
  if (m) return buildNamed(+m[3]!, m[2]!, +m[1]!);
  m = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/.exec(s);
  if (m) return buildNamed(+m[3]!, m[1]!, +m[2]!);
  return null;
}

function buildNamed(y: number, monthName: string, d: number): string | null {
  const month = MONTHS[monthName.slice(0, monthName.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()];
  return month ? build(y, month, d) : null;
}

function build(y: number, m: number, d: number): string | null {
  return isValidCalendarDate(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}
