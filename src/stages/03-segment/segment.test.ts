import { describe, expect, it } from 'vitest';
import type { Token, Upos } from '../../model/index.js';
import { processText } from '../../testing/engine.js';
import { repairPastVerbs } from './index.js';

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

describe('past verbs the tagger reads as nouns', () => {
  it('retags an -ed word between a subject and its object as a verb, with a lemma', () => {
    const doc = processText('Militants abducted 30 schoolchildren in Kaduna.');
    const t = doc.tokens.find((x) => x.lower === 'abducted')!;
    expect([t.pos, t.lemma]).toEqual(['VERB', 'abduct']);
  });

  it('leaves an -ed adjective after a determiner alone ("the armed groups")', () => {
    const tok = (i: number, text: string, pos: Upos): Token => ({ i, start: 0, end: 0, text, lower: text.toLowerCase(), lemma: text.toLowerCase(), pos, shape: 'word', negated: false, sentence: 0, tense: null });
    const tokens = [tok(0, 'the', 'DET'), tok(1, 'armed', 'ADJ'), tok(2, 'groups', 'NOUN')];
    repairPastVerbs(tokens);
    expect(tokens[1]!.pos).toBe('ADJ');
    const subjectVerbObject = [tok(0, 'Police', 'NOUN'), tok(1, 'seized', 'ADJ'), tok(2, 'the', 'DET'), tok(3, 'documents', 'NOUN')];
    repairPastVerbs(subjectVerbObject);
    expect([subjectVerbObject[1]!.pos, subjectVerbObject[1]!.lemma]).toEqual(['VERB', 'seize']);
  });
});
