/** Precision, recall and F1 per class, macro averages, and a confusion matrix. */
export interface ClassScore {
  readonly label: string;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

export interface ClassificationReport {
  readonly labels: readonly string[];
  readonly perClass: readonly ClassScore[];
  readonly macroF1: number;
  readonly accuracy: number;
  /** confusion[gold][predicted] = count; predicted may be "none". */
  readonly confusion: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly total: number;
}

export function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/**
 * Scores predicted labels against gold labels. A missing prediction ("none") counts against the
 * gold class's recall and is never a correct prediction.
 */
export function classificationReport(pairs: ReadonlyArray<{ gold: string; predicted: string | null }>, labels: readonly string[]): ClassificationReport {
  const confusion: Record<string, Record<string, number>> = {};
  for (const l of labels) confusion[l] = {};
  let correct = 0;
  for (const { gold, predicted } of pairs) {
    const p = predicted ?? 'none';
    confusion[gold] ??= {};
    confusion[gold]![p] = (confusion[gold]![p] ?? 0) + 1;
    if (p === gold) correct++;
  }
  const perClass = labels.map((label): ClassScore => {
    const tp = confusion[label]?.[label] ?? 0;
    const support = Object.values(confusion[label] ?? {}).reduce((a, b) => a + b, 0);
    let predictedAs = 0;
    for (const g of Object.keys(confusion)) predictedAs += confusion[g]?.[label] ?? 0;
    const precision = predictedAs === 0 ? 0 : tp / predictedAs;
    const recall = support === 0 ? 0 : tp / support;
    return { label, precision, recall, f1: f1(precision, recall), support };
  });
  const macroF1 = perClass.reduce((a, c) => a + c.f1, 0) / (perClass.length || 1);
  return { labels, perClass, macroF1, accuracy: pairs.length === 0 ? 0 : correct / pairs.length, confusion, total: pairs.length };
}

export interface SpanScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly predicted: number;
  readonly gold: number;
}

export interface Span {
  readonly role: string;
  readonly start: number;
  readonly end: number;
}

function overlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Overlap F1 of source/target spans: a predicted span counts when it overlaps a gold span of the same
 * role; a gold "reciprocal" span matches either role.
 */
export function spanScore(items: ReadonlyArray<{ gold: readonly Span[]; predicted: readonly Span[] }>): SpanScore {
  let tpPred = 0;
  let tpGold = 0;
  let nPred = 0;
  let nGold = 0;
  const fits = (p: Span, g: Span): boolean => overlap(p, g) && (g.role === p.role || g.role === 'reciprocal');
  for (const { gold, predicted } of items) {
    nPred += predicted.length;
    nGold += gold.length;
    tpPred += predicted.filter((p) => gold.some((g) => fits(p, g))).length;
    tpGold += gold.filter((g) => predicted.some((p) => fits(p, g))).length;
  }
  const precision = nPred === 0 ? 0 : tpPred / nPred;
  const recall = nGold === 0 ? 0 : tpGold / nGold;
  return { precision, recall, f1: f1(precision, recall), predicted: nPred, gold: nGold };
}
