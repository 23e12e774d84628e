import { ReadoutError, type ContactMode, type Token, type Upos } from '../../model/index.js';

export type Frame = 'directed' | 'reciprocal' | 'nominal' | 'travel';

/** An event pattern as written in data/patterns/events.json. */
export interface PatternSpec {
  readonly id: string;
  readonly trigger: { readonly lemmas?: readonly string[]; readonly phrases?: readonly string[]; readonly pos?: readonly Upos[] };
  readonly cameo: string;
  readonly frame: Frame;
  readonly objectPreps?: readonly string[];
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
}

export interface TriggerMatch {
  readonly pattern: PatternSpec;
  /** Token range of the trigger [start, end). */
  readonly start: number;
  readonly end: number;
}

/**
 * Patterns compiled for one pass over the tokens: lemma → patterns, and first word → phrases
 * (longest first). No regular expressions are built per sentence.
 */
export class PatternIndex {
  private readonly byLemma = new Map<string, PatternSpec[]>();
  private readonly phrases = new Map<string, Array<{ words: string[]; pattern: PatternSpec }>>();
  readonly byId = new Map<string, PatternSpec>();
  readonly topicVerbs: ReadonlySet<string>;

  constructor(file: PatternsFile) {
    this.topicVerbs = new Set(file.topicVerbs ?? []);
    for (const p of file.patterns) {
      if (!p.id || !p.cameo || !p.frame) throw new ReadoutError('RD030', `event pattern ${p.id ?? '(no id)'} needs id, cameo and frame`, 'fix data/patterns/events.json');
      if (this.byId.has(p.id)) throw new ReadoutError('RD030', `event pattern id ${p.id} is used twice`, 'give each pattern a unique id');
      this.byId.set(p.id, p);
      for (const l of p.trigger.lemmas ?? []) {
        const list = this.byLemma.get(l) ?? [];
        list.push(p);
        this.byLemma.set(l, list);
      }
      for (const phrase of p.trigger.phrases ?? []) {
        const words = phrase.toLowerCase().split(/\s+/);
        const list = this.phrases.get(words[0]!) ?? [];
        list.push({ words, pattern: p });
        list.sort((a, b) => b.words.length - a.words.length);
        this.phrases.set(words[0]!, list);
      }
    }
  }

  /** The trigger starting at token i, if any: the longest phrase, else a lemma match. */
  matchAt(tokens: readonly Token[], i: number): TriggerMatch | null {
    const t = tokens[i]!;
    const candidates = this.phrases.get(t.lower);
    if (candidates) {
      for (const { words, pattern } of candidates) {
        let ok = true;
        for (let k = 0; k < words.length; k++) {
          const u = tokens[i + k];
          if (!u || u.sentence !== t.sentence || u.lower !== words[k]) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        const head = tokens[i + words.length - 1]!;
        if (pattern.trigger.pos && !pattern.trigger.pos.includes(head.pos)) continue;
        return { pattern, start: i, end: i + words.length };
      }
    }
    const byLemma = this.byLemma.get(t.lemma);
    if (byLemma) {
      for (const pattern of byLemma) {
        if (pattern.trigger.pos && !pattern.trigger.pos.includes(t.pos)) continue;
        return { pattern, start: i, end: i + 1 };
      }
    }
    return null;
  }
}
