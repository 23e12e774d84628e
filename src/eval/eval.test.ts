import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, SHARED, sharedAvailable, tempDir } from '../../test/helpers.js';
import { inSplit, rootOf } from './datasets.js';
import { classificationReport, spanScore } from './metrics.js';
import { pentaclassOf, primaryEvent } from './primary.js';

describe('scoring', () => {
  it('computes per-class precision, recall, F1, macro-F1 and the confusion matrix', () => {
    const r = classificationReport([
      { gold: 'a', predicted: 'a' },
      { gold: 'a', predicted: 'b' },
      { gold: 'b', predicted: 'b' },
      { gold: 'b', predicted: null },
    ], ['a', 'b']);
    // a: P 1/1, R 1/2 → F1 2/3; b: P 1/2, R 1/2 → F1 1/2; macro 7/12.
    expect(r.perClass.map((c) => [c.label, c.precision, c.recall])).toEqual([['a', 1, 0.5], ['b', 0.5, 0.5]]);
    expect(r.macroF1).toBeCloseTo(7 / 12, 10);
    expect(r.accuracy).toBe(0.5);
    expect(r.confusion).toEqual({ a: { a: 1, b: 1 }, b: { b: 1, none: 1 } });
  });

  it('scores spans by overlap of the same role, reciprocal matching either', () => {
    const s = spanScore([
      { gold: [{ role: 'source', start: 0, end: 10 }, { role: 'target', start: 20, end: 30 }], predicted: [{ role: 'source', start: 5, end: 8 }, { role: 'source', start: 22, end: 25 }] },
      { gold: [{ role: 'reciprocal', start: 0, end: 10 }], predicted: [{ role: 'target', start: 2, end: 3 }] },
    ]);
    // predicted 3, 2 match; gold 3, 2 matched.
    expect([s.precision, s.recall]).toEqual([2 / 3, 2 / 3]);
  });

  it('maps CAMEO roots to the five classes, with 16 as verbal conflict', () => {
    expect(['010', '0256', '036', '057', '061', '0874', '111', '1311', '163', '145', '173', '190', '204'].map(pentaclassOf)).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 3, 4, 4, 4, 4]);
  });

  it('reads root codes from coder labels and splits by a fixed hash', () => {
    expect(rootOf('4-18 Assualt')).toBe('18');
    expect(rootOf('0-1 Make Public Statement')).toBe('01');
    const ids = Array.from({ length: 500 }, (_, i) => `id-${i}`);
    const holdout = ids.filter((id) => inSplit(id, 'holdout')).length;
    expect(holdout).toBeGreaterThan(70);
    expect(holdout).toBeLessThan(130);
    expect(ids.every((id) => inSplit(id, 'holdout') !== inSplit(id, 'dev'))).toBe(true);
  });

  it('prefers an asserted or planned action to the statement reporting it, and a statement to a conditional', () => {
    const base = { article: 'a', evidence: [], rule: 'r', status: 'past' as const };
    const said = { ...base, kind: 'event' as const, id: '1', cameo: '010', trigger: { start: 40, end: 44, text: 'said' } };
    const attack = { ...base, kind: 'event' as const, id: '2', cameo: '190', trigger: { start: 10, end: 18, text: 'attacked' } };
    const planned = { ...base, kind: 'event' as const, id: '3', cameo: '036', status: 'planned' as const, trigger: { start: 0, end: 4, text: 'will' } };
    const conditional = { ...base, kind: 'event' as const, id: '4', cameo: '190', status: 'conditional' as const, trigger: { start: 0, end: 4, text: 'if' } };
    expect(primaryEvent([said, attack])!.id).toBe('2');
    expect(primaryEvent([said, planned])!.id).toBe('3');
    expect(primaryEvent([said, conditional])!.id).toBe('1');
  });
});

describe('readout eval', () => {
  it('scores a ConfliBERT-format file and never prints holdout sentences', () => {
    const dir = tempDir();
    const gold = path.join(dir, 'gold.jsonl');
    const lines = Array.from({ length: 20 }, (_, i) => ({
      id: `t-${i}`, text: i % 2 ? 'Russian forces attacked Ukraine on Monday.' : 'Macron phoned Putin on Sunday.',
      gold_pentaclass: i % 2 ? 4 : 1, has_span_annotation: false, gold_spans: [],
    }));
    writeFileSync(gold, lines.map((l) => JSON.stringify(l)).join('\n'));
    const dev = runCli(['eval', gold, '--split', 'all', '--json']);
    expect(dev.status).toBe(0);
    const r = JSON.parse(dev.stdout);
    expect(r.classes.accuracy).toBe(1);
    expect(r.classes.macroF1).toBeCloseTo(0.4, 10); // 2 of 5 classes present, both perfect
    const hold = runCli(['eval', gold, '--split', 'holdout']);
    expect(hold.stdout).not.toContain('Russian forces');
    expect(hold.stdout).toContain('macro-F1');
  });
});

describe('accuracy floors on ../shared (regression guards; the figures are in docs/ACCURACY.md)', () => {
  const conflibert = path.join(SHARED, 'data', 'conflibert_cameo', 'conflibert_cameo.train.jsonl');
  const multirater = path.join(SHARED, 'data', 'conflibert_cameo', 'cameo_rawannotations_multirater.jsonl');
  const have = sharedAvailable(conflibert);

  it.skipIf(!have)('ConfliBERT train, dev split: macro-F1 and span F1 stay above their floors, and nothing is rejected', () => {
    const out = runCli(['eval', conflibert, '--json', '--errors', '0']);
    expect(out.status).toBe(0);
    const r = JSON.parse(out.stdout);
    expect(r.rejected).toEqual([]);
    expect(r.classes.total).toBeGreaterThan(1000);
    expect(r.classes.macroF1).toBeGreaterThanOrEqual(0.85);
    expect(r.spans.f1).toBeGreaterThanOrEqual(0.7);
  });

  it.skipIf(!have)('multi-rater file: agreement with the majority root stays above its floor', () => {
    const out = runCli(['eval', multirater, '--split', 'all', '--json', '--errors', '0']);
    expect(out.status).toBe(0);
    const r = JSON.parse(out.stdout);
    expect(r.rejected).toEqual([]);
    expect(r.agreement).toBeGreaterThanOrEqual(0.45);
  });
});
