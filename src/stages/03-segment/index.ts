import type { Doc, Sentence, Token, Upos } from '../../model/index.js';
import type { Stage } from '../../pipeline/stage.js';
import { fold } from '../../kb/index.js';
import { assignTense } from './tense.js';

export { assignTense, isPastForm } from './tense.js';

/** The part of the wink-nlp API this stage uses. */
export interface WinkNlp {
  readDoc(text: string): WinkDoc;
  its: Record<string, unknown>;
}
interface WinkCollection {
  out(f?: unknown): unknown;
  each(f: (item: WinkCollection, i: number) => void): void;
  length(): number;
}
interface WinkDoc {
  tokens(): WinkCollection;
  sentences(): WinkCollection;
}

const PARAGRAPH_BREAK = /\n[ \t]*\n/;

/**
 * 03-segment: sentences, tokens, POS, lemmas and negation from wink-nlp, plus verb tense.
 * wink-nlp's tokenisation is lossless, so character offsets are rebuilt by walking the token values
 * and their preceding whitespace. Sentences never cross a paragraph break: headlines and captions
 * have no final full stop, and wink would otherwise join them to the next sentence.
 */
export function createSegmentStage(nlp: WinkNlp): Stage {
  const its = nlp.its;
  return {
    name: '03-segment',
    requires: ['text'],
    assigns: ['sentences', 'tokens'],
    run(doc: Doc): void {
      const text = doc.text;
      // wink-nlp splits words at letters outside Latin-1 ("Erdo|ğ|an", "Vu|č|i|ć"); it reads a folded
      // copy of the same length instead, and tokens take their text from the original by offset.
      const folded = fold(text);
      const wd = nlp.readDoc(folded);
      const wt = wd.tokens();
      const values = wt.out(its['value']) as string[];
      const spaces = wt.out(its['precedingSpaces']) as string[];
      const pos = wt.out(its['pos']) as Upos[];
      const lemmas = wt.out(its['lemma']) as string[];
      const types = wt.out(its['type']) as string[];
      const negs = wt.out(its['negationFlag']) as boolean[];
      // wink index → our token index (whitespace tokens are dropped), and paragraph starts.
      const map = new Int32Array(values.length).fill(-1);
      const paraStart: boolean[] = [];
      const raw: Array<{ start: number; end: number; w: number }> = [];
      let offset = 0;
      let pendingGap = '';
      for (let w = 0; w < values.length; w++) {
        const sp = spaces[w] ?? '';
        offset += sp.length;
        const v = values[w]!;
        if (pos[w] === 'SPACE' || v.trim() === '') {
          pendingGap += sp + v;
          offset += v.length;
          continue;
        }
        pendingGap += sp;
        // Align to the text defensively: if wink ever normalised a token, find it nearby.
        if (folded.startsWith(v, offset) === false) {
          const found = folded.indexOf(v, Math.max(0, offset - 2));
          if (found >= 0 && found - offset < 16) offset = found;
        }
        map[w] = raw.length;
        paraStart.push(raw.length === 0 || PARAGRAPH_BREAK.test(pendingGap));
        raw.push({ start: offset, end: offset + v.length, w });
        offset += v.length;
        pendingGap = '';
      }
      // Sentence boundaries from wink, split again at paragraph breaks.
      const boundaries = new Set<number>();
      wd.sentences().each((s) => {
        const [a] = s.out(its['span']) as [number, number];
        for (let w = a; w < values.length; w++) {
          if (map[w]! >= 0) {
            boundaries.add(map[w]!);
            break;
          }
        }
      });
      const tokens: Token[] = [];
      const sentences: Sentence[] = [];
      let paragraph = -1;
      let sentStart = 0;
      const closeSentence = (endExclusive: number): void => {
        if (endExclusive <= sentStart) return;
        const first = tokens[sentStart]!;
        const last = tokens[endExclusive - 1]!;
        sentences.push({ i: sentences.length, start: first.start, end: last.end, tokenStart: sentStart, tokenEnd: endExclusive, paragraph });
      };
      for (let i = 0; i < raw.length; i++) {
        const r = raw[i]!;
        if (i > 0 && (paraStart[i] || boundaries.has(i))) {
          closeSentence(i);
          sentStart = i;
        }
        if (paraStart[i]) paragraph++;
        const value = values[r.w]!;
        const original = text.slice(r.start, r.end);
        tokens.push({
          i,
          start: r.start,
          end: r.end,
          text: original,
          lower: original.toLowerCase(),
          lemma: lemmas[r.w] ?? value.toLowerCase(),
          pos: pos[r.w] ?? 'X',
          shape: types[r.w] ?? 'word',
          negated: negs[r.w] ?? false,
          sentence: sentences.length,
          tense: null,
        });
      }
      closeSentence(raw.length);
      repairPastVerbs(tokens);
      assignTense(tokens);
      doc.tokens = tokens;
      doc.sentences = sentences;
    },
  };
}

/**
 * Refiner segment.past-verb: the tagger sometimes reads a past verb between its subject and its
 * object as a noun ("Militants/PROPN abducted/NOUN 30 schoolchildren"). An "-ed" word right after a
 * noun, name or pronoun and right before a determiner, number, pronoun or name is a verb; its lemma
 * is the form without the ending.
 */
export function repairPastVerbs(tokens: Token[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if ((t.pos !== 'NOUN' && t.pos !== 'ADJ') || !/^[a-z]{3,}ed$/.test(t.lower)) continue;
    const prev = tokens[i - 1]!;
    const next = tokens[i + 1]!;
    if (prev.sentence !== t.sentence || next.sentence !== t.sentence) continue;
    if (!['NOUN', 'PROPN', 'PRON'].includes(prev.pos) || !['DET', 'NUM', 'PRON', 'PROPN'].includes(next.pos)) continue;
    tokens[i] = { ...t, pos: 'VERB', lemma: pastLemma(t.lower) };
  }
}

const E_ENDINGS = /(s|z|c|v|g|at|ut|id|od|ur|in|as|us)$/;

function pastLemma(form: string): string {
  if (form.endsWith('ied')) return `${form.slice(0, -3)}y`;
  let base = form.slice(0, -2);
  if (/([bdgmnprt])\1$/.test(base)) base = base.slice(0, -1);
  else if (E_ENDINGS.test(base) && !/(ss|ll)$/.test(base)) base = `${base}e`;
  return base;
}
