import * as chrono from 'chrono-node';
import type { DateParts, Doc, Precision, Provenance, Tense, TimeMention, TimeValue } from '../../model/index.js';
import type { Stage } from '../../pipeline/stage.js';
import { addDays, anchorWeekday, dayValue, formatValue } from './calendar.js';
import { findDurations } from './extractors/duration.js';
import { yearParser } from './extractors/year.js';

export { anchorWeekday, addDays, weekdayOf } from './calendar.js';
export { findDurations } from './extractors/duration.js';

const STAGE = '05-time';

function prov(rule: string, reason?: string): Provenance {
  return reason ? { stage: STAGE, rule, reason } : { stage: STAGE, rule };
}

/** "now", "currently": the present of the article, never an event's date. */
const NOT_A_DATE = /^(now|right now|currently|at present|just now)$/i;

/**
 * Chrono refiner time.not-a-duration (and not-a-date): chrono reads "for 90 minutes" as a time 90 minutes from now;
 * in news it is a length, which the duration extractor handles.
 */
const dropDurationsRefiner: chrono.Refiner = {
  refine: (_context, results) =>
    results.filter((r) => (!/\b(minutes?|mins?|hours?|hrs?|seconds?)\b/i.test(r.text) || /\b(ago|later|earlier|from now)\b/i.test(r.text)) && !NOT_A_DATE.test(r.text.trim())),
};

/** Builds our chrono configuration: English casual, plus the year parser and the duration filter. */
export function createChrono(): chrono.Chrono {
  const c = chrono.casual.clone();
  c.parsers.push(yearParser);
  c.refiners.push(dropDurationsRefiner);
  return c;
}

const DEICTIC: Array<[RegExp, number]> = [
  [/^(today|tonight|this (morning|afternoon|evening))$/i, 0],
  [/^(yesterday|last night)$/i, -1],
  [/^tomorrow$/i, 1],
];

const RELATIVE_CHAIN = /^(?<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?<unit>years?|months?|weeks?|days?)\s+(?<dir>later|after(wards)?|earlier|before)$/i;
const WORD_N: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

function partsOf(c: chrono.ParsedComponents, certain: boolean): DateParts {
  const out: DateParts = {};
  for (const k of ['year', 'month', 'day', 'weekday'] as const) {
    if (c.isCertain(k) === certain) {
      const v = c.get(k);
      if (v !== null && v !== undefined) out[k] = v;
    }
  }
  return out;
}

function precisionOf(stated: DateParts, text: string): Precision {
  if (/\bweeks?\b/i.test(text)) return 'unknown';
  if (stated.day !== undefined || stated.weekday !== undefined) return 'day';
  if (stated.month !== undefined) return 'month';
  if (stated.year !== undefined) return 'year';
  return 'unknown';
}

function valueFromComponents(c: chrono.ParsedComponents, text: string): TimeValue {
  const stated = partsOf(c, true);
  const implied = partsOf(c, false);
  const precision = precisionOf(stated, text);
  const all = { ...implied, ...stated };
  return { value: formatValue(all, precision), precision, stated, implied };
}

/** The tense of the verb nearest to a token, within its sentence (left wins a tie). */
export function governingTense(doc: Doc, tokenIndex: number): Tense | null {
  const tokens = doc.tokens;
  const s = doc.sentences[tokens[tokenIndex]!.sentence];
  if (!s) return null;
  let best: Tense | null = null;
  let bestDist = Infinity;
  for (let k = tokenIndex - 1; k >= s.tokenStart; k--) {
    const t = tokens[k]!;
    if (t.tense && t.pos === 'VERB' || t.tense && t.pos === 'AUX' && tokens[k + 1]?.pos !== 'VERB') {
      best = t.tense;
      bestDist = tokenIndex - k;
      break;
    }
  }
  for (let k = tokenIndex + 1; k < s.tokenEnd && k - tokenIndex < bestDist; k++) {
    const t = tokens[k]!;
    if (t.tense && (t.pos === 'VERB' || t.pos === 'AUX')) return t.tense;
  }
  return best;
}

function tokenAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.tokens[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

interface Anchor {
  /** The reference day, YYYY-MM-DD, or null when unknown. */
  readonly day: string | null;
  readonly why: string;
}

/**
 * 05-time: date expressions (chrono-node plus our parsers) and durations, resolved against the
 * publication date by refiners that know tense and the article's own chronology.
 *
 * Refiners, in order (each line says why it comes where it does):
 * 1. time.embed-anchor      — a post quoted in the article speaks from its own date, so its "this morning" uses it.
 * 2. time.deictic-day       — "today", "yesterday": before weekday logic, as they carry no weekday.
 * 3. time.weekday-by-tense  — a bare weekday is the last such day (past tense) or the next one (otherwise).
 * 4. time.relative-chain    — "two years later" counts from the previous dated mention, so it runs after 1–3 resolved those.
 * 5. time.unknown-reference — without a publication date, nothing implied by it can be trusted.
 */
export function createTimeStage(): Stage {
  const parser = createChrono();
  return {
    name: '05-time',
    requires: ['tokens', 'sentences'],
    assigns: ['times'],
    run(doc: Doc): void {
      const text = doc.text;
      const published = doc.article.meta.published;
      const times: TimeMention[] = [];
      let id = 0;
      const parseSpan = (from: number, to: number, anchor: Anchor): void => {
        const refDay = anchor.day ?? '2000-01-01';
        const instant = new Date(`${refDay}T12:00:00Z`);
        const results = parser.parse(text.slice(from, to), { instant, timezone: 0 }, { forwardDate: false });
        for (const r of results) {
          // Chrono sometimes takes the punctuation after a date ("on Monday,"); the span should not.
          const text = r.text.replace(/[\s,.;:]+$/u, '');
          const start = from + r.index;
          const end = start + text.length;
          const value = valueFromComponents(r.start, r.text);
          const until = r.end ? valueFromComponents(r.end, r.text) : null;
          const mention: TimeMention = {
            id: id++, start, end, text, sentence: doc.tokens[tokenAt(doc, start)]?.sentence ?? 0,
            kind: r.end ? 'range' : 'date', value, until, durationMinutes: null, approximate: false,
            provenance: [prov(r.tags().has('readout/year') ? 'time.year' : 'time.chrono', `chrono-node read "${r.text}"`)],
          };
          refine(doc, mention, anchor);
          times.push(mention);
        }
      };
      // Embedded posts first, each from its own date; then the rest of the text from the publication date.
      const embeds = doc.embeds.filter((e) => e.date !== null).sort((a, b) => a.start - b.start);
      let cursor = 0;
      for (const e of embeds) {
        if (e.start > cursor) parseSpan(cursor, e.start, { day: published, why: 'publication date' });
        parseSpan(e.start, e.end, { day: e.date, why: `date of the embedded post by ${e.author}` });
        cursor = e.end;
      }
      parseSpan(cursor, text.length, { day: published, why: 'publication date' });
      times.sort((a, b) => a.start - b.start);
      resolveRelativeChains(times);
      for (const d of findDurations(text)) {
        if (times.some((t) => t.start < d.end && d.start < t.end)) continue;
        times.push({
          id: id++, start: d.start, end: d.end, text: d.text, sentence: doc.tokens[tokenAt(doc, d.start)]?.sentence ?? 0,
          kind: 'duration', value: null, until: null, durationMinutes: d.minutes, approximate: d.approximate,
          provenance: [prov('time.duration', `${d.minutes} minutes${d.approximate ? ' (approximate)' : ''}`)],
        });
      }
      doc.times = times.sort((a, b) => a.start - b.start);
    },
  };
}

/** Refiners 1–3 and 5 for one chrono result. */
function refine(doc: Doc, m: TimeMention, anchor: Anchor): void {
  const v = m.value!;
  const trimmed = m.text.trim();
  if (anchor.why !== 'publication date') m.provenance.push(prov('time.embed-anchor', `resolved from the ${anchor.why}`));
  for (const [re, delta] of DEICTIC) {
    if (re.test(trimmed)) {
      if (anchor.day) {
        m.value = dayValue(addDays(anchor.day, delta), {});
        m.provenance.push(prov('time.deictic-day', `"${trimmed}" is ${delta === 0 ? 'the' : delta < 0 ? 'the day before the' : 'the day after the'} ${anchor.why}`));
      } else {
        m.value = { value: null, precision: 'unknown', stated: {}, implied: {} };
      }
      return;
    }
  }
  const weekdayOnly = v.stated.weekday !== undefined && v.stated.day === undefined && v.stated.month === undefined;
  if (weekdayOnly) {
    const tense = governingTense(doc, tokenAt(doc, m.start));
    const direction = tense === 'past' ? 'past' : 'future';
    if (anchor.day) {
      const day = anchorWeekday(anchor.day, v.stated.weekday!, direction);
      m.value = dayValue(day, { weekday: v.stated.weekday! });
      m.provenance.push(prov('time.weekday-by-tense', `${tense ?? 'no'} tense: the ${direction === 'past' ? 'last' : 'next'} such day on or ${direction === 'past' ? 'before' : 'after'} the ${anchor.why} ${anchor.day}`));
    } else {
      m.value = { value: null, precision: 'unknown', stated: { weekday: v.stated.weekday! }, implied: {} };
    }
    return;
  }
  if (!anchor.day && v.stated.year === undefined) {
    m.value = { value: null, precision: 'unknown', stated: v.stated, implied: {} };
    m.provenance.push(prov('time.unknown-reference', 'no publication date to anchor the missing parts'));
  }
}

/**
 * Refiner time.relative-chain: "Macron first hosted Putin … in 2017. Two years later …" counts from
 * the most recent earlier mention with a stated year, not from the publication date.
 */
function resolveRelativeChains(times: TimeMention[]): void {
  for (let i = 0; i < times.length; i++) {
    const m = times[i]!;
    const rel = RELATIVE_CHAIN.exec(m.text.trim());
    if (!rel?.groups) continue;
    const prev = times.slice(0, i).reverse().find((t) => t.kind !== 'duration' && t.value?.stated.year !== undefined && t.value.value !== null);
    if (!prev?.value?.value) continue;
    const n = WORD_N[rel.groups['n']!.toLowerCase()] ?? Number(rel.groups['n']);
    if (!Number.isFinite(n)) continue;
    const sign = /later|after/i.test(rel.groups['dir']!) ? 1 : -1;
    const unit = rel.groups['unit']!.toLowerCase();
    const base = prev.value;
    if (unit.startsWith('year')) {
      const year = (base.stated.year ?? base.implied.year)! + sign * n;
      m.value = { value: String(year), precision: 'year', stated: {}, implied: { year } };
    } else if (unit.startsWith('day') && base.precision === 'day') {
      const day = addDays(base.value!, sign * n);
      m.value = dayValue(day, {});
    } else {
      continue;
    }
    m.provenance.push(prov('time.relative-chain', `"${m.text.trim()}" counts from "${prev.text}" (${base.value})`));
  }
}
