import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataPath, readDataJson } from '../resources.js';
import type { CodebookFile, ModalityFile } from './cameo.js';
import { Codebook, Modality } from './cameo.js';

interface PatternsOnly { patterns: Array<{ id: string; cameo: string }> }

const codebookFile = readDataJson<CodebookFile>('cameo', 'codebook.json');
const codebook = new Codebook(codebookFile);
const modalityFile = readDataJson<ModalityFile>('cameo', 'modality.json');
const patterns = readdirSync(dataPath('patterns')).filter((f) => f.endsWith('.json')).flatMap((f) => readDataJson<PatternsOnly>('patterns', f).patterns);

describe('the CAMEO codebook (data/cameo/codebook.json)', () => {
  it('has the 20 roots, and every code hangs under one of them', () => {
    const roots = codebookFile.codes.filter((c) => c.code.length === 2).map((c) => c.code);
    expect(roots).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')));
    for (const c of codebookFile.codes) expect(roots).toContain(c.code.slice(0, 2));
  });

  it('gives each code a Goldstein value in [-10, 10] and the QuadClass of its root', () => {
    const quadOf = (root: number): number => (root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4);
    for (const c of codebookFile.codes) {
      expect(c.goldstein).toBeGreaterThanOrEqual(-10);
      expect(c.goldstein).toBeLessThanOrEqual(10);
      expect(c.quad, c.code).toBe(quadOf(Number(c.code.slice(0, 2))));
    }
  });

  it('can produce every code below the roots: from a pattern, or by recoding a statement (modality.json)', () => {
    const reachable = new Set([...patterns.map((p) => p.cameo), ...Object.values(modalityFile.intent), ...Object.values(modalityFile.threat), ...Object.values(modalityFile.refusal), ...Object.values(modalityFile.demand)]);
    const missing = codebookFile.codes.filter((c) => c.code.length > 2 && !reachable.has(c.code)).map((c) => c.code);
    expect(missing).toEqual([]);
  });

  it('codes only what the codebook defines', () => {
    const unknown = patterns.filter((p) => !codebook.get(p.cameo)).map((p) => `${p.id}:${p.cameo}`);
    expect(unknown).toEqual([]);
  });
});

describe('modality recoding', () => {
  const m = new Modality(modalityFile);
  it('turns planned, refused and demanded actions into the statements CAMEO names', () => {
    expect(m.planned('0871')).toBe('0356'); // will declare a ceasefire → intent to de-escalate
    expect(m.planned('163')).toBe('1312'); // will impose sanctions → threaten sanctions
    expect(m.refused('081')).toBe('1241'); // will not ease restrictions → refuse to ease
    expect(m.demanded('0874')).toBe('1056'); // must withdraw → demand de-escalation
    expect(m.demanded(null)).toBe('100');
    expect(m.planned('010')).toBeNull(); // statements are not recoded
  });
});
