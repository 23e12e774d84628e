import { describe, expect, it } from 'vitest';
import { ReadoutError, type Doc } from '../model/index.js';
import { Pipeline, validateStageOrder } from './pipeline.js';
import { loadResources, standardStages } from './presets.js';
import type { Stage } from './stage.js';

function stage(name: string, requires: Stage['requires'], assigns: Stage['assigns'], run: (doc: Doc) => void = () => {}): Stage {
  return { name, requires, assigns, run };
}

describe('pipeline building', () => {
  it('accepts stages whose requirements earlier stages assign', () => {
    expect(() => validateStageOrder([stage('a', ['input'], ['article']), stage('b', ['article'], ['text'])])).not.toThrow();
  });

  it('rejects a stage whose requirement no earlier stage assigns, with RD020 and the stage name', () => {
    try {
      validateStageOrder([stage('tokens-first', ['tokens'], ['mentions']), stage('segment', ['input'], ['tokens'])]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ReadoutError);
      expect((e as ReadoutError).code).toBe('RD020');
      expect((e as ReadoutError).message).toContain('tokens-first');
      expect((e as ReadoutError).message).toContain('"tokens"');
    }
  });

  it('rejects a duplicate stage name with RD021', () => {
    expect(() => validateStageOrder([stage('a', ['input'], ['article']), stage('a', ['article'], ['text'])])).toThrowError(/appears twice/);
  });

  it('runs stages in order, records layers and per-stage timings', () => {
    const order: string[] = [];
    const p = Pipeline.build([
      stage('one', ['input'], ['article'], () => order.push('one')),
      stage('two', ['article'], ['text'], () => order.push('two')),
    ]);
    const doc = p.run({ origin: 'x', format: 'txt', content: 'hello' });
    expect(order).toEqual(['one', 'two']);
    expect([...doc.layers]).toEqual(['input', 'article', 'text']);
    expect(doc.timings.map((t) => t.stage)).toEqual(['one', 'two']);
  });

  it('wraps an unexpected stage failure as RD022 naming the stage and the input', () => {
    const p = Pipeline.build([stage('boom', ['input'], ['article'], () => { throw new Error('kaput'); })]);
    expect(() => p.run({ origin: 'file.txt', format: 'txt', content: 'x' })).toThrowError(/stage boom failed on file\.txt: kaput/);
  });

  it('the standard preset is in a valid order', () => {
    const stages = standardStages(loadResources());
    expect(() => validateStageOrder(stages)).not.toThrow();
    expect(stages.map((s) => s.name)).toEqual(['01-ingest', '02-clean', '03-segment', '04-actors', '05-time', '06-events', '07-contacts', '09-cluster']);
  });
});
