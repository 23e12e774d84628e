import type { Doc, Token } from '../../model/index.js';
import { fold, lowerSameLength, type KnowledgeBase } from '../../kb/index.js';

/** Per-document views the actor extractors share: folded text and token-boundary lookups. */
export interface ActorContext {
  readonly doc: Doc;
  readonly tokens: readonly Token[];
  /** The cleaned text with accents and typographic quotes folded (same length). */
  readonly folded: string;
  /** `folded`, lower-cased (same length). */
  readonly foldedLower: string;
  /** Token index that starts at a character offset, or -1. */
  tokenStartingAt(offset: number): number;
  /** Token index that ends at a character offset, or -1. */
  tokenEndingAt(offset: number): number;
  isTokenEnd(offset: number): boolean;
  /** The date roles are resolved on: the publication date, or null when unknown. */
  readonly date: string | null;
  /** The country a bare office ("the president") belongs to, when the input says (metadata `country`). */
  readonly defaultCountry: string | null;
}

export function buildActorContext(doc: Doc, kb: KnowledgeBase): ActorContext {
  const n = doc.text.length + 1;
  const startAt = new Int32Array(n).fill(-1);
  const endAt = new Int32Array(n).fill(-1);
  for (const t of doc.tokens) {
    startAt[t.start] = t.i;
    endAt[t.end] = t.i;
  }
  const folded = fold(doc.text);
  return {
    doc,
    tokens: doc.tokens,
    folded,
    foldedLower: lowerSameLength(folded),
    tokenStartingAt: (o) => (o >= 0 && o < n ? startAt[o]! : -1),
    tokenEndingAt: (o) => (o >= 0 && o < n ? endAt[o]! : -1),
    isTokenEnd: (o) => o >= 0 && o < n && endAt[o]! >= 0,
    date: doc.article.meta.published,
    defaultCountry: countryCode(kb, doc.article.meta.country),
  };
}

/** An ISO-3 code from a code or a country name ("FRA", "France", "french"). */
export function countryCode(kb: KnowledgeBase, value: string | null): string | null {
  if (!value) return null;
  const v = value.trim();
  if (kb.country(v.toUpperCase())) return v.toUpperCase();
  const ref = kb.names.get(v).find((r) => r.type === 'state' || r.type === 'demonym');
  return ref ? ref.id : null;
}

const UPPER_START = /^\p{Lu}/u;

export function isCapitalized(t: Token | undefined): boolean {
  return t !== undefined && UPPER_START.test(t.text);
}

/** Is the token the first word of its sentence (capitalised for grammar, not because it is a name)? */
export function isSentenceInitial(doc: Doc, t: Token): boolean {
  const s = doc.sentences[t.sentence];
  if (!s) return false;
  for (let i = s.tokenStart; i < t.i; i++) {
    const u = doc.tokens[i]!;
    if (u.pos !== 'PUNCT') return false;
  }
  return true;
}
