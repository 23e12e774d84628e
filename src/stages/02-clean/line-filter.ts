import type { Embed, Flag, OffsetSegment, RemovedText } from '../../model/index.js';
import { ReadoutError } from '../../model/index.js';
import { normalizePublishedDate } from '../01-ingest/published-date.js';

export type LineAction = 'drop-line' | 'drop-prefix' | 'drop-match' | 'flag';

/** A boilerplate rule as written in data/lexicons/boilerplate.json. */
export interface LineRuleSpec {
  readonly id: string;
  readonly action: LineAction;
  readonly reason: string;
  readonly pattern: string;
  readonly requireAny?: readonly string[];
  readonly caseSensitive?: boolean;
  readonly maxLength?: number;
  readonly embed?: 'tweet';
  readonly flag?: string;
}

export interface LineRule extends LineRuleSpec {
  readonly regex: RegExp;
  readonly alsoOneOf: readonly RegExp[];
}

export function compileLineRules(specs: readonly LineRuleSpec[]): LineRule[] {
  return specs.map((spec) => {
    const flags = `u${spec.caseSensitive ? '' : 'i'}${spec.action === 'drop-match' ? 'g' : ''}`;
    try {
      return {
        ...spec,
        regex: new RegExp(spec.pattern, flags),
        alsoOneOf: (spec.requireAny ?? []).map((p) => new RegExp(p, spec.caseSensitive ? 'u' : 'iu')),
      };
    } catch (e) {
      throw new ReadoutError('RD030', `boilerplate rule ${spec.id} has an invalid pattern: ${(e as Error).message}`, 'fix data/lexicons/boilerplate.json');
    }
  });
}

export interface FilterResult {
  readonly text: string;
  readonly segments: OffsetSegment[];
  readonly removed: RemovedText[];
  readonly embeds: Embed[];
  readonly flags: Flag[];
}

/** Characters replaced one-for-one so offsets stay aligned: no-break and odd spaces become spaces. */
function normalizeInline(s: string): string {
  return s.replace(/[\u00a0\u2007\u202f\t\f\v]/g, ' ');
}

function ruleApplies(rule: LineRule, line: string): boolean {
  if (rule.maxLength !== undefined && line.length > rule.maxLength) return false;
  rule.regex.lastIndex = 0;
  if (!rule.regex.test(line)) return false;
  rule.regex.lastIndex = 0;
  return rule.alsoOneOf.length === 0 || rule.alsoOneOf.some((r) => r.test(line));
}

interface Piece {
  /** Offset in the source text. */
  readonly source: number;
  readonly text: string;
  /** Starts a new paragraph regardless of the line structure (after a removed attribution). */
  readonly breakBefore: boolean;
  readonly embed?: { author: string; handle: string | null; date: string | null };
  readonly flags: Array<{ rule: LineRule }>;
}

/**
 * Drops boilerplate lines and fragments from `source[from:]` and returns the cleaned text with its
 * offset map. Kept lines are copied verbatim (up to one-for-one space normalisation); paragraph
 * structure is kept: a blank or dropped line becomes a blank line, a single newline stays one.
 */
export function filterLines(source: string, from: number, rules: readonly LineRule[]): FilterResult {
  const removed: RemovedText[] = [];
  const pieces: Array<Piece & { gapBefore: boolean }> = [];
  let gap = false;
  let pos = from;
  while (pos <= source.length) {
    let nl = source.indexOf('\n', pos);
    if (nl < 0) nl = source.length;
    let lineEnd = nl;
    if (lineEnd > pos && source.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    const line = source.slice(pos, lineEnd);
    if (line.trim() === '') {
      gap = true;
    } else {
      let dropped = false;
      let keepStart = 0;
      let breakBefore = false;
      let embed: Piece['embed'];
      const flags: Array<{ rule: LineRule }> = [];
      const cuts: Array<[number, number, LineRule]> = [];
      for (const rule of rules) {
        const current = line.slice(keepStart);
        if (!ruleApplies(rule, current)) continue;
        if (rule.action === 'drop-line') {
          removed.push({ rawStart: pos, rawEnd: lineEnd, text: line, rule: rule.id });
          dropped = true;
          break;
        }
        if (rule.action === 'drop-prefix') {
          rule.regex.lastIndex = 0;
          const m = rule.regex.exec(current);
          if (m && m[0].length > 0) {
            removed.push({ rawStart: pos + keepStart, rawEnd: pos + keepStart + m[0].length, text: m[0], rule: rule.id });
            if (rule.embed === 'tweet' && m.groups?.['author']) {
              embed = {
                author: m.groups['author'].trim(),
                handle: m.groups['handle'] ?? null,
                date: m.groups['date'] ? normalizePublishedDate(m.groups['date']) : null,
              };
            }
            keepStart += m[0].length;
            breakBefore = true;
          }
        } else if (rule.action === 'drop-match') {
          rule.regex.lastIndex = 0;
          for (const m of current.matchAll(rule.regex)) {
            if (m[0].length > 0) cuts.push([keepStart + m.index, keepStart + m.index + m[0].length, rule]);
          }
        } else if (rule.action === 'flag') {
          flags.push({ rule });
        }
      }
      if (!dropped) {
        // Split the rest of the line around inline cuts.
        cuts.sort((a, b) => a[0] - b[0]);
        let cursor = keepStart;
        const kept: Array<[number, number]> = [];
        for (const [cs, ce, rule] of cuts) {
          if (cs < cursor) continue;
          if (cs > cursor) kept.push([cursor, cs]);
          removed.push({ rawStart: pos + cs, rawEnd: pos + ce, text: line.slice(cs, ce), rule: rule.id });
          cursor = ce;
        }
        if (cursor < line.length) kept.push([cursor, line.length]);
        if (embed && pieces.length > 0) {
          // The attribution closes the post: the paragraph before it is the post's body.
          const last = pieces[pieces.length - 1]!;
          pieces[pieces.length - 1] = { ...last, embed };
        }
        let first = true;
        for (const [ks, ke] of kept) {
          let s = ks;
          let e = ke;
          while (s < e && /\s/.test(line[s]!)) s++;
          while (e > s && /\s/.test(line[e - 1]!)) e--;
          if (e <= s) continue;
          pieces.push({
            source: pos + s,
            text: normalizeInline(line.slice(s, e)),
            breakBefore: first && breakBefore,
            gapBefore: gap,
            flags: first ? flags : [],
          });
          first = false;
          gap = false;
        }
        if (kept.length === 0 || pieces.length === 0) gap = true;
      } else {
        gap = true;
      }
    }
    if (nl >= source.length) break;
    pos = nl + 1;
  }

  let text = '';
  const segments: OffsetSegment[] = [];
  const embeds: Embed[] = [];
  const flags: Flag[] = [];
  let paragraphStart = 0;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (i > 0) text += p.gapBefore || p.breakBefore ? '\n\n' : '\n';
    const start = text.length;
    if (i === 0 || p.gapBefore || p.breakBefore) paragraphStart = start;
    segments.push({ clean: start, source: p.source, length: p.text.length });
    text += p.text;
    if (p.embed) embeds.push({ kind: 'tweet', ...p.embed, start: paragraphStart, end: text.length });
    for (const f of p.flags) {
      flags.push({ code: f.rule.flag ?? f.rule.id, message: f.rule.reason, start, end: text.length, rule: f.rule.id });
    }
  }
  return { text, segments, removed, embeds, flags };
}
