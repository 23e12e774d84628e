/**
 * Folds a string one character at a time so that matching ignores accents and typographic
 * variants while every offset stays valid: "Élysée’s" and "Elysee's" fold to the same string
 * of the same length.
 */
const SPECIAL: Record<string, string> = {
  '\u2019': "'", '\u2018': "'", '\u02bc': "'", '\u00b4': "'", '`': "'",
  '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-', '\u2010': '-', '\u2011': '-',
  '\u00df': 's', '\u00f8': 'o', '\u00d8': 'O', '\u0142': 'l', '\u0141': 'L', '\u0131': 'i', '\u00e6': 'a', '\u00c6': 'A',
  '\u0111': 'd', '\u0110': 'D', '\u00f0': 'd', '\u00fe': 't',
};

const cache = new Map<string, string>();

export function foldChar(c: string): string {
  if (c.charCodeAt(0) < 128) return c;
  const special = SPECIAL[c];
  if (special) return special;
  let f = cache.get(c);
  if (f === undefined) {
    const base = c.normalize('NFD')[0] ?? c;
    f = base.length === 1 && base.charCodeAt(0) < 0x0250 ? base : c;
    cache.set(c, f);
  }
  return f;
}

export function fold(s: string): string {
  // Fast path: plain ASCII needs no work.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    // Keep surrogate pairs (emoji) as they are: two code units in, two out.
    out += code >= 0xd800 && code <= 0xdfff ? s[i]! : foldChar(s[i]!);
  }
  return out;
}

/** Lower-cases one character at a time, keeping any character whose lower case would change the length. */
export function lowerSameLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const l = s[i]!.toLowerCase();
    out += l.length === 1 ? l : s[i]!;
  }
  return out;
}
