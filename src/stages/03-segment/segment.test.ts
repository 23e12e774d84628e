import { describe, expect, it } from 'vitest';
import { processText } from '../../testing/engine.js';

describe('segment stage', () => {
  it('never joins a headline to the next sentence, and token offsets are slices of the text', () => {
    const doc = processText('Ministers meet in Oslo\n\nThe ministers met on Monday. They agreed on a plan.');
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual(['Ministers meet in Oslo', 'The ministers met on Monday.', 'They agreed on a plan.']);
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 1, 1]);
    for (const t of doc.tokens) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps offsets right after emoji, accents and curly quotes', () => {
    const doc = processText('Macron’s envoy 🙂 met Zelensky in Kyiv. “Good talks,” he said — très bien.');
    for (const t of doc.tokens) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
  });

  it('gives lemmas and parts of speech', () => {
    const doc = processText('The presidents spoke.');
    expect(doc.tokens.map((t) => `${t.lemma}/${t.pos}`)).toEqual(['the/DET', 'president/NOUN', 'speak/VERB', './PUNCT']);
  });

  it.each([
    ['She will meet him.', 'meet', 'future'],
    ["They'll meet soon.", 'meet', 'future'],
    ['He has met her twice.', 'met', 'past'],
    ['The envoy met the king.', 'met', 'past'],
    ['Blinken heads to Paris.', 'heads', 'present'],
    ['The talks were held in Rome.', 'held', 'past'],
    ['He is going to visit Rome.', 'visit', 'future'],
    ['He plans to visit Rome.', 'visit', 'future'],
  ])('%s → %s is %s', (text, word, tense) => {
    const doc = processText(text);
    expect(doc.tokens.find((t) => t.text === word)!.tense).toBe(tense);
  });

  it('gives participles and infinitives no tense of their own', () => {
    const doc = processText('He became a mediator, meeting the king and hoping to visit Rome.');
    expect(doc.tokens.find((t) => t.text === 'meeting')!.tense).toBeNull();
    expect(doc.tokens.find((t) => t.text === 'became')!.tense).toBe('past');
  });
});
