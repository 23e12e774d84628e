import type { Doc } from '../../model/index.js';
import { fold, type KnowledgeBase } from '../../kb/index.js';
import type { SentenceView } from './syntax.js';

export interface Place {
  /** As the ledger names it: the state's name, the capital, the seat ("White House") or the place as written. */
  readonly name: string;
  /** ISO-3 country the place is in, when the knowledge base knows it. */
  readonly country: string | null;
  readonly start: number;
  readonly end: number;
}

const PLACE_MENTIONS = new Set(['capital', 'state', 'seat']);
const PLACE_PREPOSITIONS = ['in', 'at', 'on', 'of', 'to'];
const PLACE_NOUNS = new Set(['resort', 'city', 'town', 'capital', 'port', 'village', 'island', 'region', 'province', 'district', 'enclave', 'suburb', 'palace', 'castle']);

/** Places are looked up in the folded text; built once per document. */
export class PlaceFinder {
  private readonly folded: string;
  private readonly tokenEnds: Set<number>;

  constructor(private readonly doc: Doc, private readonly view: SentenceView, private readonly kb: KnowledgeBase) {
    this.folded = fold(doc.text);
    this.tokenEnds = new Set(doc.tokens.map((t) => t.end));
  }

  /** The place named at token k ("the White House", "Moscow", "Sochi", "Palace of the Revolution"), if any. */
  at(k: number): Place | null {
    const tokens = this.doc.tokens;
    let j = k;
    if (tokens[j]?.lower === 'the') j++;
    const t = tokens[j];
    if (!t || !/^\p{Lu}/u.test(t.text)) return null;
    const m = this.view.mention(j);
    if (m && PLACE_MENTIONS.has(m.type) && (m.tokenStart === j || m.tokenStart === k)) {
      const country = m.actors[0]?.country ?? null;
      const name = m.type === 'state' ? (this.kb.country(country ?? '')?.name ?? m.text) : m.text.replace(/^the\s+/i, '');
      return { name, country, start: m.start, end: m.end };
    }
    if (m) return null;
    const hit = this.kb.names.longestAt(this.folded, t.start, (o) => this.tokenEnds.has(o));
    const place = hit?.values.find((r) => r.type === 'place' || r.type === 'capital' || r.type === 'seat');
    if (hit && place) return { name: this.doc.text.slice(hit.start, hit.end), country: place.id, start: hit.start, end: hit.end };
    // A place the knowledge base does not know: capitalised words, with "of the" inside ("Palace of the Revolution").
    const { end } = this.view.sentenceOf(j);
    let e = j;
    while (e < end) {
      const u = tokens[e]!;
      if (u.pos === 'PROPN' && /^\p{Lu}/u.test(u.text) && !this.view.mention(e)) e++;
      else if ((u.lower === 'of' || u.lower === 'the') && e > j && /^\p{Lu}/u.test(tokens[e + 1]?.text ?? '') || u.lower === 'the' && tokens[e - 1]?.lower === 'of') e++;
      else break;
    }
    while (e > j && !/^\p{Lu}/u.test(tokens[e - 1]!.text)) e--;
    if (e <= j) return null;
    if (this.doc.times.some((x) => x.start <= t.start && t.start < x.end)) return null;
    return { name: this.doc.text.slice(t.start, tokens[e - 1]!.end), country: null, start: t.start, end: tokens[e - 1]!.end };
  }

  private isCountryName(p: Place): boolean {
    return this.kb.names.get(p.name).some((r) => r.type === 'state');
  }

  /**
   * The place of an event: after "in/at/on/of/to" in tokens [from, to). A place the knowledge base
   * can locate wins over one it cannot ("in the Black Sea resort of Sochi" → Sochi).
   */
  after(from: number, to: number, prepositions: readonly string[] = PLACE_PREPOSITIONS): Place | null {
    let fallback: Place | null = null;
    for (let k = from; k < to; k++) {
      const prep = this.doc.tokens[k]!.lower;
      if (!prepositions.includes(prep)) continue;
      const p = this.at(k + 1);
      if (!p) continue;
      // "sanctions on Russia", "the invasion of Ukraine": a country after "on"/"of" is a topic, not a
      // place; only a town or a building is ("the resort of Sochi", "on Sentosa").
      if ((prep === 'on' || prep === 'of') && this.isCountryName(p)) continue;
      // "the resort of Sochi", "the port of Odesa" name a place; "the blockade of Odesa" does not.
      if (prep === 'of' && !PLACE_NOUNS.has(this.doc.tokens[k - 1]?.lemma ?? '')) continue;
      if (p.country) return p;
      fallback ??= p;
    }
    return fallback;
  }
}
