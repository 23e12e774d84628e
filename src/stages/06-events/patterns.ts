import { ReadoutError, type ContactMode, type Token, type Upos } from '../../model/index.js';

export type Frame = 'directed' | 'reciprocal' | 'nominal' | 'travel';

/** An event pattern as written in data/patterns/events.json. */
export interface PatternSpec {
  readonly id: string;
  readonly trigger: {
    readonly lemmas?: readonly string[];
    /** Exact word sequences ("phone call"). */
    readonly phrases?: readonly string[];
    /** Sequence patterns: lemmas or forms, `a|b`, `x?`, `*` (a short gap), POS names, `~ing` endings, `@class` word classes. */
    readonly patterns?: readonly string[];
    readonly pos?: readonly Upos[];
  };
  readonly cameo: string;
  readonly frame: Frame;
  readonly objectPreps?: readonly string[];
  /** The subject receives and the object gives ("Haiti received aid from Japan"): swap the sides. */
  readonly inverse?: boolean;
  readonly placePreps?: readonly string[];
  readonly placeAsObject?: boolean;
  readonly requireObject?: boolean;
  readonly requireObjectKind?: readonly string[];
  readonly exclude?: { readonly nextWords?: readonly string[] };
  readonly excludePartyCodes?: readonly string[];
  readonly contact?: {
    readonly mode: ContactMode;
    readonly initiator?: 'source';
    readonly visitor?: 'source' | 'target' | 'possessor';
  };
}

export interface PatternsFile {
  readonly patterns: readonly PatternSpec[];
  /** Verbs whose object noun is a topic, not an event ("discussed talks between Russia and Ukraine"). */
  readonly topicVerbs?: readonly string[];
  /** Verbs whose "to" complement is asked for, not done ("urged Russia to withdraw"): no event. */
  readonly requestVerbs?: readonly string[];
  /** Verbs whose "to" complement is intended ("agreed to withdraw"): a planned event. */
  readonly intentVerbs?: readonly string[];
  /** Verbs whose "that" clause is denied ("denied that Russia had supplied weapons"): a negated event. */
  readonly denialVerbs?: readonly string[];
  /** Verbs whose complement is only hoped for, feared or considered: no event. */
  readonly wishVerbs?: readonly string[];
  /** Verbs whose complement is what a side claims ("claimed that they had attacked"). */
  readonly claimVerbs?: readonly string[];
  /** Nouns whose prepositional object is a topic ("condolences over the attack", "responsibility for the bombing"). */
  readonly topicNouns?: readonly string[];
  /**
   * Named word classes, used in sequence patterns as `@name` ("release * @people"): nouns for
   * people, for relief goods, for weapons. A class may be defined in any pattern file.
   */
  readonly wordClasses?: Readonly<Record<string, readonly string[]>>;
}

export interface TriggerMatch {
  readonly pattern: PatternSpec;
  /** Token range of the trigger [start, end). */
  readonly start: number;
  readonly end: number;
}

type Item =
  | { kind: 'word'; alternatives: readonly string[]; optional: boolean }
  | { kind: 'suffix'; suffix: string; optional: boolean }
  | { kind: 'pos'; pos: readonly string[]; optional: boolean }
  | { kind: 'gap' };

const POS_NAMES = new Set(['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'NUM', 'PRON', 'DET', 'ADP', 'AUX', 'PART']);
/** How many tokens a `*` may skip, and how many when they all belong to one noun phrase. */
const MAX_GAP = 3;
const MAX_NP_GAP = 10;
const MAX_TOTAL_GAP = 4;
const NP_INTERNAL = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'SYM']);
/** Words inside a noun phrase beyond its POS: links, possessives and quantifiers ("almost 80 of the 100 hostages"). */
const NP_LINKS = new Set(['of', 'and', "'s", '’s', '%', '$', 'their', 'his', 'her', 'its', 'our', 'my', 'your', 'almost', 'nearly', 'about', 'around', 'some', 'over', 'than', 'more', 'least', 'per', 'cent']);

/**
 * Compiles a sequence pattern: words (a lemma or a written form), `a|b` alternatives, `x?` optional,
 * `*` for up to three tokens, part-of-speech names (`NOUN`), `~ing` for any word with that ending,
 * and `@class` for a word class. "impose sanction|embargo on",
 * "call for * ceasefire|truce", "refuse to meet|talk".
 */
export function compileSequence(source: string, id: string, classes: ReadonlyMap<string, readonly string[]> = new Map()): Item[] {
  const items: Item[] = source.trim().split(/\s+/).map((raw): Item => {
    if (raw === '*') return { kind: 'gap' };
    const optional = raw.endsWith('?');
    const body = optional ? raw.slice(0, -1) : raw;
    const alternatives = body.split('|').flatMap((a) => {
      if (!a.startsWith('@')) return [a];
      const members = classes.get(a.slice(1));
      if (!members) throw new ReadoutError('RD030', `event pattern ${id}: unknown word class ${a}`, 'define it under "wordClasses" in a file of data/patterns/');
      return members;
    });
    if (alternatives.every((a) => POS_NAMES.has(a))) return { kind: 'pos', pos: alternatives, optional };
    // "~ing": any word with that ending ("considering sending", where the tagger may call it an adjective).
    if (alternatives.length === 1 && body.startsWith('~') && body.length > 2) return { kind: 'suffix', suffix: body.slice(1).toLowerCase(), optional };
    return { kind: 'word', alternatives: alternatives.map((a) => a.toLowerCase()), optional };
  });
  const first = items[0];
  if (!first || first.kind !== 'word' || first.optional) {
    throw new ReadoutError('RD030', `event pattern ${id}: "${source}" must start with a word`, 'start the pattern with the trigger word');
  }
  return items;
}

function tokenIs(t: Token, item: Item): boolean {
  if (item.kind === 'word') return item.alternatives.includes(t.lower) || item.alternatives.includes(t.lemma);
  if (item.kind === 'pos') return item.pos.includes(t.pos);
  if (item.kind === 'suffix') return t.lower.endsWith(item.suffix) && t.lower.length > item.suffix.length + 2;
  return false;
}

/** The end (exclusive) of the longest match of `items` from token i, within `sentence`, or -1. */
function matchSequence(tokens: readonly Token[], i: number, items: readonly Item[], sentence: number, k = 0, skipped = 0): number {
  if (k === items.length) return i;
  const item = items[k]!;
  if (item.kind === 'gap') {
    // A gap skips up to three tokens, or a longer stretch inside one noun phrase ("returned dozens
    // of pre-Columbian and Mayan artifacts"). It may cross a hyphen but no other punctuation.
    let best = -1;
    let inPhrase = true;
    for (let skip = 0; skip <= MAX_NP_GAP; skip++) {
      const t = tokens[i + skip - 1];
      if (skip > 0) {
        if (!t || t.sentence !== sentence || (t.pos === 'PUNCT' && t.text !== '-' && t.text !== '‑')) break;
        inPhrase &&= NP_INTERNAL.has(t.pos) || NP_LINKS.has(t.lower) || t.text === '-' || (t.pos === 'VERB' && /(ing|ed)$/.test(t.lower));
        if (skip > MAX_GAP && !inPhrase) break;
        // All the gaps of one match together skip at most MAX_TOTAL_GAP tokens outside noun phrases:
        // "suspended humanitarian aid to Kabul in protest" is not "suspend … protest".
        // (One long noun-phrase gap is allowed when nothing was skipped before it.)
        if (skipped + skip > MAX_TOTAL_GAP && !(inPhrase && skipped === 0)) break;
      }
      const end = matchSequence(tokens, i + skip, items, sentence, k + 1, skipped + skip);
      if (end > best) best = end;
    }
    return best;
  }
  const t = tokens[i];
  const here = t && t.sentence === sentence && tokenIs(t, item) ? matchSequence(tokens, i + 1, items, sentence, k + 1, skipped) : -1;
  if (item.optional) return Math.max(here, matchSequence(tokens, i, items, sentence, k + 1, skipped));
  return here;
}

/**
 * Headlines drop articles, and the tagger then reads their verbs as nouns ("Workers call off
 * strike", "Obama lifts embargo"): a phrase of several words that opens with a "noun" right after
 * a noun or a name still counts as the verb phrase the pattern wants.
 */
function headlineVerb(tokens: readonly Token[], i: number, end: number, pattern: PatternSpec): boolean {
  const prev = tokens[i - 1];
  return end - i >= 2 && pattern.trigger.pos!.includes('VERB') && tokens[i]!.pos === 'NOUN' && prev !== undefined && prev.sentence === tokens[i]!.sentence && (prev.pos === 'NOUN' || prev.pos === 'PROPN');
}

function hasVerb(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return true;
  return false;
}

interface Sequence {
  readonly items: readonly Item[];
  readonly pattern: PatternSpec;
}

/**
 * Patterns compiled for one pass over the tokens: lemma → single-word patterns, and first word →
 * sequences. No regular expressions are built per sentence. At a token the longest match wins; a
 * tie goes to the more specific CAMEO code.
 */
export class PatternIndex {
  private readonly byLemma = new Map<string, PatternSpec[]>();
  private readonly sequences = new Map<string, Sequence[]>();
  readonly byId = new Map<string, PatternSpec>();
  readonly topicVerbs: ReadonlySet<string>;
  readonly requestVerbs: ReadonlySet<string>;
  readonly intentVerbs: ReadonlySet<string>;
  readonly denialVerbs: ReadonlySet<string>;
  readonly wishVerbs: ReadonlySet<string>;
  readonly claimVerbs: ReadonlySet<string>;
  readonly topicNouns: ReadonlySet<string>;

  constructor(files: PatternsFile | readonly PatternsFile[]) {
    const list = Array.isArray(files) ? (files as readonly PatternsFile[]) : [files as PatternsFile];
    this.topicVerbs = new Set(list.flatMap((f) => f.topicVerbs ?? []));
    this.requestVerbs = new Set(list.flatMap((f) => f.requestVerbs ?? []));
    this.intentVerbs = new Set(list.flatMap((f) => f.intentVerbs ?? []));
    this.denialVerbs = new Set(list.flatMap((f) => f.denialVerbs ?? []));
    this.wishVerbs = new Set(list.flatMap((f) => f.wishVerbs ?? []));
    this.claimVerbs = new Set(list.flatMap((f) => f.claimVerbs ?? []));
    this.topicNouns = new Set(list.flatMap((f) => f.topicNouns ?? []));
    const classes = new Map<string, readonly string[]>();
    for (const file of list) {
      for (const [name, members] of Object.entries(file.wordClasses ?? {})) {
        if (classes.has(name)) throw new ReadoutError('RD030', `word class @${name} is defined twice`, 'keep one definition in data/patterns/');
        classes.set(name, members.map((m) => m.toLowerCase()));
      }
    }
    for (const file of list) {
      for (const p of file.patterns) {
        if (!p.id || !p.cameo || !p.frame) throw new ReadoutError('RD030', `event pattern ${p.id ?? '(no id)'} needs id, cameo and frame`, 'fix the pattern file in data/patterns/');
        if (this.byId.has(p.id)) throw new ReadoutError('RD030', `event pattern id ${p.id} is used twice`, 'give each pattern a unique id');
        this.byId.set(p.id, p);
        for (const l of p.trigger.lemmas ?? []) {
          const entries = this.byLemma.get(l) ?? [];
          entries.push(p);
          this.byLemma.set(l, entries);
        }
        for (const source of [...(p.trigger.phrases ?? []), ...(p.trigger.patterns ?? [])]) {
          const items = compileSequence(source, p.id, classes);
          const first = items[0] as Extract<Item, { kind: 'word' }>;
          for (const anchor of first.alternatives) {
            const entries = this.sequences.get(anchor) ?? [];
            entries.push({ items, pattern: p });
            this.sequences.set(anchor, entries);
          }
        }
      }
    }
  }

  get size(): number {
    return this.byId.size;
  }

  /** The trigger starting at token i, if any: the longest sequence, else a lemma match. */
  matchAt(tokens: readonly Token[], i: number): TriggerMatch | null {
    return this.matchesAt(tokens, i)[0] ?? null;
  }

  /**
   * Every trigger starting at token i, best first: sequences by length (a tie goes to the more
   * specific CAMEO code), then single-lemma patterns. The events stage falls back to the next one
   * when the best cannot make an event ("says to keep …" is not "say … to" someone, but it is "say").
   */
  matchesAt(tokens: readonly Token[], i: number): TriggerMatch[] {
    const t = tokens[i]!;
    const out: TriggerMatch[] = [];
    for (const key of t.lower === t.lemma ? [t.lower] : [t.lower, t.lemma]) {
      for (const { items, pattern } of this.sequences.get(key) ?? []) {
        const end = matchSequence(tokens, i, items, t.sentence);
        if (end <= i) continue;
        const head = tokens[end - 1]!;
        if (pattern.trigger.pos && !pattern.trigger.pos.includes(head.pos) && !pattern.trigger.pos.includes(t.pos) && !headlineVerb(tokens, i, end, pattern)) continue;
        // A verb frame needs a verb: "the colonial-era massacre" is not "massacre" the verb.
        if (!pattern.trigger.pos && pattern.frame !== 'nominal' && !hasVerb(tokens, i, end)) continue;
        if (out.some((m) => m.pattern === pattern)) continue;
        out.push({ pattern, start: i, end });
      }
    }
    out.sort((a, b) => b.end - a.end || b.pattern.cameo.length - a.pattern.cameo.length);
    for (const pattern of this.byLemma.get(t.lemma) ?? []) {
      if (pattern.trigger.pos && !pattern.trigger.pos.includes(t.pos)) continue;
      if (!pattern.trigger.pos && pattern.frame !== 'nominal' && !hasVerb(tokens, i, i + 1)) continue;
      if (out.some((m) => m.pattern === pattern)) continue;
      out.push({ pattern, start: i, end: i + 1 });
    }
    return out;
  }
}
