import { Engine } from '../core/engine.js';
import type { Doc, ExtractRecord, RawInput } from '../model/index.js';

let shared: Engine | null = null;

/** One engine per test file: loading the model and the knowledge base takes a few hundred ms. */
export function testEngine(): Engine {
  shared ??= new Engine();
  return shared;
}

/** Processes a text written for a test, with a fixed publication date, and fails loudly on rejection. */
export function processText(text: string, published: string | null = '2022-03-07', format: RawInput['format'] = 'txt'): Doc {
  const input: RawInput = { origin: 'test', format, content: text, fields: published ? { published } : {} };
  const out = testEngine().process(input);
  if (!out.ok) throw new Error(`rejected: ${out.rejection.code} ${out.rejection.reason}`);
  return out.doc;
}

export function recordsOfText(text: string, published: string | null = '2022-03-07'): ExtractRecord[] {
  const engine = testEngine();
  return engine.records(processText(text, published));
}

export function contactsOfText(text: string, published: string | null = '2022-03-07'): ExtractRecord[] {
  return recordsOfText(text, published).filter((r) => r.kind === 'contact');
}
