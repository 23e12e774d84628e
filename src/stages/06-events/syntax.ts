import type { Doc, Mention, Token } from '../../model/index.js';
import { isPastForm } from '../03-segment/tense.js';

/**
 * Shallow clause analysis over tokens and POS tags: enough to find who did what to whom in news
 * sentences without a full parser. Every function works inside one sentence.
 */
export class SentenceView {
  /** Mention covering each token (the longest), or undefined. */
  private readonly mentionAt: Array<Mention | undefined>;

  constructor(readonly doc: Doc) {
    this.mentionAt = new Array(doc.tokens.length);
    for (const m of doc.mentions) {
      if (m.actors.length === 0) continue;
      for (let i = m.tokenStart; i < m.tokenEnd; i++) {
        const prev = this.mentionAt[i];
        if (!prev || prev.tokenEnd - prev.tokenStart < m.tokenEnd - m.tokenStart) this.mentionAt[i] = m;
      }
    }
  }

  get tokens(): readonly Token[] {
    return this.doc.tokens;
  }

  mention(i: number): Mention | undefined {
    return this.mentionAt[i];
  }

  sentenceOf(i: number): { start: number; end: number } {
    // The position just past the last token (a trigger ending the text) belongs to the last sentence.
    const s = this.doc.sentences[this.doc.tokens[Math.min(i, this.doc.tokens.length - 1)]!.sentence]!;
    return { start: s.tokenStart, end: s.tokenEnd };
  }

  /** Is the verb group ending at `v` passive ("was visited", "has been attacked")? */
  isPassive(v: number): boolean {
    const t = this.tokens[v]!;
    if (!isPastForm(t)) return false;
    for (let k = v - 1; k >= Math.max(0, v - 3); k--) {
      const u = this.tokens[k]!;
      if (u.lemma === 'be' || u.lower === 'got' || u.lower === 'get') return true;
      if (u.pos !== 'ADV' && u.pos !== 'AUX' && u.pos !== 'PART') break;
    }
    return this.isHeadlinePassive(v);
  }

  /**
   * Headlines drop the auxiliary: "Egypt activist released in case …", "Journalist detained after
   * protest". In a line without a closing stop, a participle right after the opening noun phrase,
   * with no verb before it, followed by a preposition or nothing, is passive.
   */
  private isHeadlinePassive(v: number): boolean {
    const { start, end } = this.sentenceOf(v);
    // Only in headlines: a line without a closing stop.
    if (['.', '!', '?', '"', '”'].includes(this.tokens[end - 1]!.text)) return false;
    const prev = this.tokens[v - 1];
    const next = this.tokens[v + 1];
    if (!prev || v - 1 < start || !['NOUN', 'PROPN'].includes(prev.pos)) return false;
    if (v + 1 < end && next && next.pos !== 'ADP' && next.text !== ',' && next.text !== '.') return false;
    if (!/(ed|en|wn)$/.test(this.tokens[v]!.lower)) return false;
    for (let k = start; k < v; k++) if (this.tokens[k]!.pos === 'VERB' || this.tokens[k]!.pos === 'AUX' || this.tokens[k]!.text === ',') return false;
    return true;
  }

  /** A finite verb: one with a tense (participles and infinitives have none). */
  isFiniteVerb(i: number): boolean {
    const t = this.tokens[i]!;
    return (t.pos === 'VERB' || t.pos === 'AUX') && t.tense !== null;
  }

  /**
   * Collects a mention and its coordinated partners to the left: "the French president and Putin",
   * "France, Germany and Italy".
   */
  private compoundLeft(m: Mention, floor: number): Mention[] {
    const out = [m];
    let k = m.tokenStart - 1;
    while (k >= floor) {
      const t = this.tokens[k]!;
      if (t.lower !== 'and' && t.text !== ',' && t.lower !== 'or') break;
      const prev = this.mention(k - 1);
      if (!prev) break;
      out.unshift(prev);
      k = prev.tokenStart - 1;
    }
    return out;
  }

  private compoundRight(m: Mention, ceil: number): Mention[] {
    const out = [m];
    let k = m.tokenEnd;
    while (k < ceil) {
      const t = this.tokens[k]!;
      if (t.lower !== 'and' && t.text !== ',') break;
      const next = this.mention(k + 1) ?? (this.tokens[k + 1]?.lower === 'the' ? this.mention(k + 2) : undefined);
      if (!next) break;
      out.push(next);
      k = next.tokenEnd;
    }
    return out;
  }

  /**
   * The subject of the verb at `v`. Non-finite verbs ("…, meeting Putin") take the subject of the
   * clause they hang from. Otherwise the nearest mention to the left, skipping adverbs,
   * auxiliaries and prepositional phrases ("the French president on Monday denounced").
   */
  subjectOf(v: number, depth = 0): Mention[] {
    const { start } = this.sentenceOf(v);
    const t = this.tokens[v]!;
    if (t.tense === null && t.lower.endsWith('ing') && v > start) {
      // "forces going to Ukraine": a participle right after a noun phrase has it as its subject.
      const right = this.mention(v - 1);
      if (right && right.tokenEnd === v) return [right];
      const main = this.mainSubject(start, v);
      if (main.length > 0) return main;
    }
    // "Azerbaijan refused to allow the convoy", "agreed to withdraw": an infinitive right after a verb
    // (or "ready to", "willing to") shares that verb's subject.
    if (v - 2 >= start && this.tokens[v - 1]!.lower === 'to' && depth < 3) {
      const g = this.tokens[v - 2]!;
      if (g.pos === 'VERB') return this.subjectOf(v - 2, depth + 1);
      if (g.pos === 'ADJ' && ['be', 'remain', 'seem', 'appear'].includes(this.tokens[v - 3]?.lemma ?? '')) return this.subjectOf(v - 3, depth + 1);
    }
    let k = v - 1;
    while (k >= start) {
      const u = this.tokens[k]!;
      const m = this.mention(k);
      if (m) {
        const before = this.tokens[m.tokenStart - 1];
        const before2 = this.tokens[m.tokenStart - 2];
        // The object of a preposition ("in Moscow", "on behalf of Zelensky") is not the subject.
        if (before && (before.pos === 'ADP' || (before.pos === 'DET' && before2?.pos === 'ADP')) && m.tokenStart > start) {
          k = (before.pos === 'ADP' ? m.tokenStart - 1 : m.tokenStart - 2) - 1;
          continue;
        }
        // A possessive ("Macron's push") is not the subject: the head noun is.
        const after = this.tokens[m.tokenEnd];
        if (after && (after.text === "'s" || after.text === '’s') && m.tokenEnd < v) return [];
        return this.compoundLeft(m, start);
      }
      if (u.pos === 'ADV' || u.pos === 'AUX' || u.pos === 'PART') {
        k--;
        continue;
      }
      // A parenthesis between subject and verb: "Lee Nak-yon (R) holds talks", "the SPLA-IO (rebels) agreed".
      if (u.text === ')') {
        let j = k - 1;
        while (j > start && j >= k - 8 && this.tokens[j]!.text !== '(') j--;
        if (this.tokens[j]?.text === '(' && j > start) {
          k = j - 1;
          continue;
        }
      }
      // An apposition between subject and verb: "Vladimir Putin, the Russian president, will meet …",
      // "Zabihullah Mujahid, the Taliban spokesman, claimed …": the subject stands before it.
      if (u.text === ',') {
        for (let j = k - 1; j > start && j >= k - 14; j--) {
          const w = this.tokens[j]!;
          if (this.isFiniteVerb(j) || w.text === ';' || w.text === ':') break;
          if (w.text !== ',') continue;
          const head = this.mention(j - 1);
          if (head && head.tokenEnd === j) return this.compoundLeft(head, start);
          break;
        }
      }
      // Coordinated verbs share their subject: "Bennett met Putin in Moscow and spoke with him".
      if (u.pos === 'CCONJ' && depth < 3) {
        for (let j = k - 1; j >= start; j--) {
          if (this.isFiniteVerb(j) && this.tokens[j]!.pos === 'VERB') return this.subjectOf(j, depth + 1);
        }
        k--;
        continue;
      }
      // Skip a prepositional phrase of time or place between subject and verb.
      if (['NOUN', 'PROPN', 'NUM', 'DET', 'ADJ'].includes(u.pos)) {
        let j = k;
        while (j >= start && ['NOUN', 'PROPN', 'NUM', 'DET', 'ADJ'].includes(this.tokens[j]!.pos) && !this.mention(j)) j--;
        if (j >= start && this.tokens[j]!.pos === 'ADP') {
          k = j - 1;
          continue;
        }
      }
      break;
    }
    return [];
  }

  /** The subject of the sentence's first finite verb before `limit`. */
  mainSubject(start: number, limit: number): Mention[] {
    for (let k = start; k < limit; k++) {
      if (this.isFiniteVerb(k) && this.tokens[k]!.pos === 'VERB') return this.subjectOf(k);
    }
    return [];
  }

  /** The first finite main verb after `from` in the sentence. */
  nextFiniteVerb(from: number): number {
    const { end } = this.sentenceOf(from);
    for (let k = from; k < end; k++) if (this.isFiniteVerb(k) && this.tokens[k]!.pos === 'VERB') return k;
    return -1;
  }

  /**
   * The main verb of the clause a fronted phrase introduces: "During the last call on Sunday that
   * came at Macron's request, the French president and Putin focused …" → "focused". Verbs inside
   * relative clauses ("that came") are skipped; after an introductory phrase the search starts at its comma.
   */
  mainVerbAfter(from: number): number {
    const { start, end } = this.sentenceOf(from);
    let k = from;
    const first = this.tokens[start]!;
    if (first.pos === 'ADP' || first.pos === 'SCONJ') {
      for (let j = from; j < end; j++) {
        if (this.tokens[j]!.text === ',') {
          k = j + 1;
          break;
        }
      }
    }
    for (; k < end; k++) {
      if (!this.isFiniteVerb(k) || this.tokens[k]!.pos !== 'VERB') continue;
      const p1 = this.tokens[k - 1]?.lower ?? '';
      const p2 = this.tokens[k - 2]?.lower ?? '';
      if (['that', 'which', 'who'].includes(p1) || ['that', 'which', 'who'].includes(p2)) continue;
      return k;
    }
    return -1;
  }

  /** The nearest verb to the left of `i` in its clause (any form), or -1. */
  governingVerb(i: number): number {
    const { start } = this.sentenceOf(i);
    for (let k = i - 1; k >= start; k--) {
      const t = this.tokens[k]!;
      if (t.pos === 'VERB') return k;
      if (t.text === ';') break;
    }
    return -1;
  }

  /**
   * The object of the verb at `v`: a mention right after it (skipping adverbs and determiners),
   * or after one of `preps` ("spoke with Macron", "met with").
   */
  objectOf(v: number, preps: readonly string[]): { mentions: Mention[]; viaPrep: string | null; at: number } {
    const { end } = this.sentenceOf(v);
    let k = v + 1;
    let viaPrep: string | null = null;
    while (k < end) {
      const u = this.tokens[k]!;
      const m = this.mention(k);
      // A demonym or a possessive pronoun modifies the object; the object is the noun it modifies
      // ("released Syrian Kurdish leader Salih Muslim", "will meet his counterpart, X").
      if (m && (m.type === 'demonym' || (m.type === 'pronoun' && POSSESSIVES.has(u.lower))) && m.tokenEnd < end && ['ADJ', 'NOUN', 'PROPN'].includes(this.tokens[m.tokenEnd]!.pos)) {
        let j = m.tokenEnd;
        while (j < end && ['ADJ', 'NOUN', 'PROPN'].includes(this.tokens[j]!.pos) && !this.mention(j)) j++;
        if (this.tokens[j]?.text === ',') j++;
        const head = this.mention(j);
        if (head && head.type !== 'demonym') return { mentions: this.compoundRight(head, end), viaPrep, at: j };
        if (m.type === 'demonym') return { mentions: [m], viaPrep, at: k };
        k = j;
        continue;
      }
      if (m) return { mentions: this.compoundRight(m, end), viaPrep, at: k };
      // "will meet regional rival Japan's prime minister": modifiers before the object's name.
      if ((u.pos === 'ADJ' || u.pos === 'NOUN') && k - v <= 3) {
        let j = k;
        while (j < end && j - k < 3 && (this.tokens[j]!.pos === 'ADJ' || this.tokens[j]!.pos === 'NOUN') && !this.mention(j)) j++;
        const next = this.mention(j);
        if (next && next.type !== 'demonym' && j > k) {
          k = j;
          continue;
        }
      }
      if (u.pos === 'ADV' || u.pos === 'PART' || u.pos === 'DET' && viaPrep !== null) {
        k++;
        continue;
      }
      if (viaPrep === null && preps.includes(u.lower)) {
        viaPrep = u.lower;
        k++;
        continue;
      }
      // "held talks at Downing Street with Varadkar", "met on Monday in Paris with Scholz": a
      // place or time phrase may stand between the verb and the preposition of its object.
      if (viaPrep === null && preps.length > 0 && u.pos === 'ADP') {
        const skip = this.skipPhrase(k + 1, end);
        if (skip > k + 1 && skip < end && preps.includes(this.tokens[skip]!.lower)) {
          k = skip;
          continue;
        }
      }
      break;
    }
    return { mentions: [], viaPrep, at: -1 };
  }

  /**
   * The end of a short noun phrase starting at `from` (at most six determiners, adjectives, nouns,
   * names or numbers, and an optional closing comma): the object of a place or time preposition.
   */
  private skipPhrase(from: number, end: number): number {
    let j = from;
    while (j < end && j - from < 6) {
      const m = this.mention(j);
      if (m && (m.type === 'capital' || m.type === 'seat' || m.type === 'state')) j = m.tokenEnd;
      else if (['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(this.tokens[j]!.pos) && !m) j++;
      else break;
    }
    if (j > from && this.tokens[j]?.text === ',') j++;
    return j;
  }

  /** "by X" after a passive verb. */
  agentOf(v: number): Mention[] {
    const { end } = this.sentenceOf(v);
    for (let k = v + 1; k < Math.min(end, v + 4); k++) {
      if (this.tokens[k]!.lower === 'by') {
        const m = this.mention(k + 1) ?? (this.tokens[k + 1]?.lower === 'the' ? this.mention(k + 2) : undefined);
        return m ? this.compoundRight(m, end) : [];
      }
    }
    return [];
  }

  /** The possessor of a noun ("Macron's call", "his visit", "their talks"), skipping adjectives. */
  possessorOf(n: number, phraseStart: number): Mention | undefined {
    let k = phraseStart - 1;
    while (k >= 0 && (this.tokens[k]!.pos === 'ADJ' || this.tokens[k]!.pos === 'NOUN' && !this.mention(k) || this.tokens[k]!.pos === 'ADV')) k--;
    if (k < 0) return undefined;
    const t = this.tokens[k]!;
    if (t.text === "'s" || t.text === '’s' || t.text === "'" || t.text === '’') return this.mention(k - 1);
    const m = this.mention(k);
    if (m && (t.lower === 'his' || t.lower === 'her' || t.lower === 'their')) return m;
    return undefined;
  }

  /** Mentions after "with" or in "between X and Y" following a noun. */
  companionsOf(n: number): Mention[] {
    const { end } = this.sentenceOf(n);
    const next = this.tokens[n + 1];
    if (!next) return [];
    if (next.lower === 'with') {
      const m = this.mention(n + 2) ?? (this.tokens[n + 2]?.lower === 'the' ? this.mention(n + 3) : undefined);
      return m ? this.compoundRight(m, end) : [];
    }
    if (next.lower === 'between') {
      const m = this.mention(n + 2) ?? (this.tokens[n + 2]?.lower === 'the' ? this.mention(n + 3) : undefined);
      return m ? this.compoundRight(m, end) : [];
    }
    return [];
  }
}

const POSSESSIVES = new Set(['his', 'her', 'their', 'its']);
const NP_TOKEN = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PRON']);
const ATTACHING_PREPS = new Set(['of', 'on', 'in', 'against', 'by', 'from', 'near']);
const NP_STOP_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'as', 'than']);

/**
 * Noun-phrase chunks for sides of an event that name no known actor ("a car bomb", "the last
 * rebel bastion in the country"). A chunk is a run of determiners, numbers, adjectives, nouns and
 * possessives, with "of"/"in" phrases attached, inside the clause.
 */
export class NounPhrases {
  constructor(private readonly view: SentenceView) {}

  private isNp(i: number): boolean {
    const t = this.view.tokens[i];
    if (!t) return false;
    if (NP_STOP_WORDS.has(t.lower)) return false;
    return NP_TOKEN.has(t.pos) || t.text === "'s" || t.text === '’s' || (t.pos === 'VERB' && /(ed|ing)$/.test(t.lower) && ['NOUN', 'PROPN', 'ADJ'].includes(this.view.tokens[i + 1]?.pos ?? '') && ['DET', 'NUM', 'ADJ'].includes(this.view.tokens[i - 1]?.pos ?? ''));
  }

  /** The chunk that ends just before `v` (after adverbs and auxiliaries), or null. */
  before(v: number): { start: number; end: number } | null {
    const { start } = this.view.sentenceOf(v);
    let k = v - 1;
    while (k >= start && ['ADV', 'AUX', 'PART'].includes(this.view.tokens[k]!.pos)) k--;
    // "Gul Rahman, a suspected militant, was tortured": the phrase before the apposition.
    if (k > start && this.view.tokens[k]!.text === ',') {
      let j = k - 1;
      while (j > start && j >= k - 10 && this.view.tokens[j]!.text !== ',' && (this.isNp(j) || this.view.tokens[j]!.pos === 'ADP' || this.view.tokens[j]!.pos === 'VERB' && !this.view.isFiniteVerb(j))) j--;
      if (j > start && this.view.tokens[j]!.text === ',' && this.isNp(j - 1)) k = j - 1;
    }
    const end = k + 1;
    while (k >= start && this.isNp(k)) k--;
    // "the leader of the group", "an airstrike on Gaza": take the phrase the preposition hangs from.
    while (k >= start + 1 && ATTACHING_PREPS.has(this.view.tokens[k]!.lower) && this.isNp(k - 1)) {
      k--;
      while (k >= start && this.isNp(k)) k--;
    }
    const s = k + 1;
    return end > s && this.hasNoun(s, end) ? { start: s, end } : null;
  }

  /** The chunk after `from` (skipping adverbs, particles and one of `preps`), or null. */
  after(from: number, preps: readonly string[] = []): { start: number; end: number } | null {
    // A trigger at the very end of a text without a final stop has nothing after it.
    if (from >= this.view.tokens.length) return null;
    const { end: limit } = this.view.sentenceOf(from);
    let k = from;
    while (k < limit && ['ADV', 'PART'].includes(this.view.tokens[k]!.pos)) k++;
    if (k < limit && preps.includes(this.view.tokens[k]!.lower)) k++;
    // Quantifiers before a number: "at least eight people", "more than 300 prisoners".
    const two = `${this.view.tokens[k]?.lower ?? ''} ${this.view.tokens[k + 1]?.lower ?? ''}`;
    if (['at least', 'at most', 'more than', 'less than', 'fewer than', 'up to', 'as many'].includes(two)) k += 2;
    const s = k;
    while (k < limit && k - s < 10) {
      if (this.isNp(k)) {
        k++;
        continue;
      }
      const t = this.view.tokens[k]!;
      // Attach "of"/"in" phrases: "the last bastion of the group in the country".
      if ((t.lower === 'of' || t.lower === 'in') && k > s && this.isNp(k + 1)) {
        k++;
        continue;
      }
      break;
    }
    return k > s && this.hasNoun(s, k) ? { start: s, end: k } : null;
  }

  private hasNoun(s: number, e: number): boolean {
    for (let i = s; i < e; i++) if (['NOUN', 'PROPN', 'PRON'].includes(this.view.tokens[i]!.pos)) return true;
    return false;
  }
}
