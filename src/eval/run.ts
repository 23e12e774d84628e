import type { Engine } from '../core/engine.js';
import type { ExtractRecord } from '../model/index.js';
import { inSplit, rootOf, type ConfliBertRecord, type MultiRaterRecord, type PetrarchRecord, type Split } from './datasets.js';
import { classificationReport, spanScore, type ClassificationReport, type Span, type SpanScore } from './metrics.js';
import { PENTACLASS, pentaclassOf, primaryEvent } from './primary.js';

export interface EvalError {
  readonly id: string;
  readonly text: string;
  readonly gold: string;
  readonly predicted: string;
  readonly rule: string | null;
  readonly trigger: string | null;
}

export interface ConfliBertResult {
  readonly split: Split;
  readonly sentences: number;
  readonly rejected: readonly EvalRejection[];
  readonly classes: ClassificationReport;
  readonly spans: SpanScore;
  readonly errors: readonly EvalError[];
}

/** An input the pipeline rejected while scoring: it counts as "no event", and is reported. */
export interface EvalRejection {
  readonly id: string;
  readonly code: string;
  readonly reason: string;
}

interface Extracted {
  readonly records: ExtractRecord[];
  readonly rejection: EvalRejection | null;
  /** Maps an offset in the cleaned text back to the gold file's text. */
  readonly toSource: (offset: number) => number;
}

function extract(engine: Engine, id: string, text: string): Extracted {
  const out = engine.process({ origin: id, format: 'txt', content: text });
  if (!out.ok) return { records: [], rejection: { id, code: out.rejection.code, reason: out.rejection.reason }, toSource: (o) => o };
  const doc = out.doc;
  return { records: engine.records(doc), rejection: null, toSource: (o) => doc.offsets.toSource(o) };
}

function spansOf(r: ExtractRecord | null, toSource: (o: number) => number): Span[] {
  if (!r) return [];
  const map = (role: string) => (a: { start: number; end: number }): Span => ({ role, start: toSource(a.start), end: toSource(a.end - 1) + 1 });
  return [...(r.source ?? []).map(map('source')), ...(r.target ?? []).map(map('target'))];
}

/**
 * Scores the primary event of each sentence against ConfliBERT's five-way CAMEO class, and its
 * source and target actors against the annotated spans (overlap).
 */
export function evaluateConfliBert(engine: Engine, records: readonly ConfliBertRecord[], split: Split): ConfliBertResult {
  const pairs: Array<{ gold: string; predicted: string | null }> = [];
  const spanItems: Array<{ gold: Span[]; predicted: Span[] }> = [];
  const errors: EvalError[] = [];
  const rejected: EvalRejection[] = [];
  let sentences = 0;
  for (const rec of records) {
    if (!inSplit(rec.id, split)) continue;
    sentences++;
    const extracted = extract(engine, rec.id, rec.text);
    if (extracted.rejection) rejected.push(extracted.rejection);
    const primary = primaryEvent(extracted.records);
    if (rec.gold_pentaclass !== null && rec.gold_pentaclass !== undefined) {
      const gold = PENTACLASS[rec.gold_pentaclass]!;
      const predicted = primary?.cameo ? PENTACLASS[pentaclassOf(primary.cameo)]! : null;
      pairs.push({ gold, predicted });
      if (gold !== predicted) errors.push({ id: rec.id, text: rec.text, gold, predicted: predicted ?? 'none', rule: primary?.rule ?? null, trigger: primary?.trigger?.text ?? null });
    }
    if (rec.has_span_annotation) {
      const gold = rec.gold_spans.filter((s) => s.start !== null && s.end !== null).map((s) => ({ role: s.role, start: s.start!, end: s.end! }));
      spanItems.push({ gold, predicted: spansOf(primary, extracted.toSource) });
    }
  }
  return { split, sentences, rejected, classes: classificationReport(pairs, PENTACLASS), spans: spanScore(spanItems), errors };
}

export interface MultiRaterResult {
  readonly split: Split;
  /** Sentences with a majority root code for the first action. */
  readonly sentences: number;
  readonly rejected: readonly EvalRejection[];
  readonly agreement: number;
  /** How often two human coders agree on the first action's root, over all pairs. */
  readonly humanPairwise: number;
  readonly errors: readonly EvalError[];
}

/** The coder's agreement with the coders' majority root code, next to the coders' agreement with each other. */
export function evaluateMultiRater(engine: Engine, records: readonly MultiRaterRecord[], split: Split): MultiRaterResult {
  let n = 0;
  let agree = 0;
  let pairsAgree = 0;
  let pairs = 0;
  const errors: EvalError[] = [];
  const rejected: EvalRejection[] = [];
  const seen = new Set<string>();
  for (const rec of records) {
    if (!inSplit(rec.text, split)) continue;
    const roots = rec.rater_annotations.map((r) => rootOf(r.actions.find((a) => a.action === 1)?.cameo_root)).filter((x): x is string => x !== null);
    for (let i = 0; i < roots.length; i++) for (let j = i + 1; j < roots.length; j++) {
      pairs++;
      if (roots[i] === roots[j]) pairsAgree++;
    }
    const majority = rootOf(rec.majority_action1_cameo_root);
    if (!majority || seen.has(rec.text)) continue;
    seen.add(rec.text);
    n++;
    const extracted = extract(engine, rec.id, rec.text);
    if (extracted.rejection) rejected.push(extracted.rejection);
    const primary = primaryEvent(extracted.records);
    const predicted = primary?.cameo?.slice(0, 2) ?? null;
    if (predicted === majority) agree++;
    else errors.push({ id: rec.id, text: rec.text, gold: majority, predicted: predicted ?? 'none', rule: primary?.rule ?? null, trigger: primary?.trigger?.text ?? null });
  }
  return { split, sentences: n, rejected, agreement: n === 0 ? 0 : agree / n, humanPairwise: pairs === 0 ? 0 : pairsAgree / pairs, errors };
}

export interface PetrarchResult {
  readonly active: number;
  readonly passed: number;
  /** Failures by the suite's category (COMPOUND, PASSIVE, SYNSET …). */
  readonly failuresByCategory: Readonly<Record<string, number>>;
  readonly failures: ReadonlyArray<{ id: string; category: string; text: string; expected: string[]; coded: string[] }>;
}

/** The triples a record codes: one per source × target actor pair, by CAMEO actor code. */
export function codedTriples(records: readonly ExtractRecord[]): string[] {
  const out: string[] = [];
  for (const r of records) {
    if ((r.kind !== 'event' && r.kind !== 'contact') || !r.cameo) continue;
    const sources = (r.source ?? []).map((a) => a.code ?? '---');
    const targets = (r.target ?? []).map((a) => a.code ?? '---');
    for (const s of sources.length ? sources : ['---']) for (const t of targets.length ? targets : ['---']) out.push(`${s} ${t} ${r.cameo}`);
  }
  return out.sort();
}

/**
 * The PETRARCH2 suite's pass rule: an active record passes when its sorted expected triples equal the
 * sorted coded ones (no events on both sides also passes).
 */
export function evaluatePetrarch(engine: Engine, records: readonly PetrarchRecord[]): PetrarchResult {
  let active = 0;
  let passed = 0;
  const failuresByCategory: Record<string, number> = {};
  const failures: Array<{ id: string; category: string; text: string; expected: string[]; coded: string[] }> = [];
  for (const rec of records) {
    if (!rec.active) continue;
    active++;
    const out = engine.process({ origin: rec.id, format: 'txt', content: rec.text, fields: { published: rec.date } });
    // A rejected input codes nothing; the failure list says why.
    const coded = out.ok ? codedTriples(engine.records(out.doc)) : [`(rejected ${out.rejection.code}: ${out.rejection.reason})`];
    const expected = rec.expect_noevents ? [] : rec.expected.map((e) => `${e.source} ${e.target} ${e.code}`).sort();
    const ok = rec.expect_error === 'storydiscard' || expected.join('|') === coded.join('|');
    if (ok) passed++;
    else {
      failuresByCategory[rec.category] = (failuresByCategory[rec.category] ?? 0) + 1;
      failures.push({ id: rec.id, category: rec.category, text: rec.text, expected, coded });
    }
  }
  return { active, passed, failuresByCategory, failures };
}
