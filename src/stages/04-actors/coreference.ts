import type { Doc, Mention, Token } from '../../model/index.js';

const STAGE = '04-actors';

const PRONOUNS: Record<string, { gender: 'male' | 'female'; object: boolean }> = {
  he: { gender: 'male', object: false },
  him: { gender: 'male', object: true },
  his: { gender: 'male', object: false },
  himself: { gender: 'male', object: false },
  she: { gender: 'female', object: false },
  her: { gender: 'female', object: true },
  hers: { gender: 'female', object: false },
  herself: { gender: 'female', object: false },
};

const PLURAL_NOUNS = new Set(['men', 'women', 'leaders', 'presidents', 'heads', 'ministers']);
const CLAUSE_BREAK = new Set([',', ';', ':', 'and', 'but', 'that', 'who', 'which', 'while', 'when', '“', '”', '"']);

/** How far back (in sentences) an antecedent may be. */
const WINDOW = 3;
/** "they" looks back less far: two sentences. */
const THEY_WINDOW = 2;

export interface AnaphorSpan {
  tokenStart: number;
  tokenEnd: number;
  kind: 'pronoun' | 'plural';
  gender: 'male' | 'female' | null;
  object: boolean;
  /** "the two leaders" prefers office-holders. */
  leaders: boolean;
  /** For "it"/"they" opening reported content: the reporting verb ("Iran said it would …"). */
  reportedBy?: number;
}

/** Verbs whose content clause often opens with a pronoun for their own subject ("Iran said it would"). */
const REPORTING_LEMMAS = new Set(['say', 'announce', 'claim', 'state', 'add', 'confirm', 'declare', 'warn', 'insist', 'pledge', 'vow', 'promise', 'threaten', 'indicate', 'signal', 'deny', 'acknowledge', 'admit', 'agree', 'decide', 'hope', 'expect', 'believe', 'assert', 'stress', 'reiterate']);

/** The reporting verb whose content clause the pronoun at `i` opens ("said it", "said that they"), or -1. */
function reportingVerbBefore(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  if (tokens[k]?.lower === 'that') k--;
  // "said on Monday that it …": a short time phrase may stand between.
  for (let n = 0; n < 4 && k >= 0 && tokens[k]!.sentence === tokens[i]!.sentence && tokens[k]!.pos !== 'VERB'; n++) {
    const u = tokens[k]!;
    if (!(TIME_WORDS.has(u.lower) || u.pos === 'NUM' || u.pos === 'ADV') || tokens[i - 1]?.lower !== 'that') return -1;
    k--;
  }
  const t = tokens[k];
  if (!t || t.sentence !== tokens[i]!.sentence) return -1;
  return t.pos === 'VERB' && REPORTING_LEMMAS.has(t.lemma) ? k : -1;
}

const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'earlier', 'later', 'week', 'month', 'year', 'morning', 'evening', 'afternoon', 'night', 'weekend', 'last', 'this', 'on', 'in', 'late', 'early']);

/** Verbs whose plural subject acts together: "they spoke", "they met", "they discussed". */
const RECIPROCAL_LEMMAS = new Set(['speak', 'talk', 'meet', 'discuss', 'confer', 'negotiate', 'agree', 'sign', 'shake', 'exchange', 'hold', 'chat', 'dine', 'lunch', 'call']);

function governsReciprocal(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB') return RECIPROCAL_LEMMAS.has(t.lemma);
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}

/** Extractor actors.anaphor: personal pronouns, "the two men/leaders", "both leaders", "they". */
export function findAnaphors(tokens: readonly Token[], covered: (i: number) => boolean): AnaphorSpan[] {
  const out: AnaphorSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered(i)) continue;
    const t = tokens[i]!;
    const p = PRONOUNS[t.lower];
    if (p && t.pos === 'PRON' || p && t.lower === 'his' || p && t.lower === 'her') {
      // "her" before a noun is possessive, not an object.
      const object = p.object && !(t.lower === 'her' && ['NOUN', 'ADJ', 'PROPN'].includes(tokens[i + 1]?.pos ?? ''));
      out.push({ tokenStart: i, tokenEnd: i + 1, kind: 'pronoun', gender: p.gender, object, leaders: false });
      continue;
    }
    // Rule actors.reported-pronoun: "it"/"they" opening what a side said refers to that side.
    if ((t.lower === 'it' || t.lower === 'they') && t.pos === 'PRON') {
      const verb = reportingVerbBefore(tokens, i);
      if (verb >= 0) {
        out.push({ tokenStart: i, tokenEnd: i + 1, kind: 'pronoun', gender: null, object: false, leaders: false, reportedBy: verb });
        continue;
      }
    }
    // "the two men", "both leaders"
    if ((t.lower === 'the' && tokens[i + 1]?.lower === 'two') || t.lower === 'both') {
      const nounAt = t.lower === 'the' ? i + 2 : i + 1;
      const noun = tokens[nounAt];
      if (noun && PLURAL_NOUNS.has(noun.lower)) {
        out.push({ tokenStart: i, tokenEnd: nounAt + 1, kind: 'plural', gender: null, object: false, leaders: noun.lower !== 'men' && noun.lower !== 'women' });
        i = nounAt;
        continue;
      }
    }
    // Only subject "they" of a verb of doing things together ("they spoke", "they met"): elsewhere
    // "they" refers to groups (officials, countries) far more often than to the last two people.
    if (t.lower === 'they' && t.pos === 'PRON' && governsReciprocal(tokens, i)) {
      out.push({ tokenStart: i, tokenEnd: i + 1, kind: 'plural', gender: null, object: false, leaders: false });
    }
  }
  return out;
}

function isPersonMention(m: Mention): boolean {
  return (m.type === 'person' || m.type === 'role') && m.actors.length === 1 && m.actors[0]!.kind === 'person';
}

function actorKey(m: Mention): string {
  const a = m.actors[0]!;
  return a.id ?? `name:${a.name}`;
}

/** The subject of the clause containing token `i`: the last person mention before the nearest verb, within the clause. */
function clauseSubject(doc: Doc, mentions: readonly Mention[], i: number): Mention | null {
  const tokens = doc.tokens;
  const sentence = doc.sentences[tokens[i]!.sentence]!;
  let verb = -1;
  for (let k = i - 1; k >= sentence.tokenStart; k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB') {
      verb = k;
      break;
    }
  }
  if (verb < 0) return null;
  let subject: Mention | null = null;
  for (const m of mentions) {
    if (m.tokenEnd > verb) break;
    if (m.sentence !== sentence.i || !isPersonMention(m)) continue;
    let broken = false;
    for (let k = m.tokenEnd; k < verb; k++) if (CLAUSE_BREAK.has(tokens[k]!.lower)) broken = true;
    if (!broken) subject = m;
  }
  return subject;
}

/**
 * The subject of the reporting verb at `verb`: the last mention before it in its sentence that is
 * not the object of a preposition. "it" takes a state, an organisation or a group, never a person.
 */
function reportingSubject(doc: Doc, mentions: readonly Mention[], verb: number, singularThing: boolean): Mention | null {
  const tokens = doc.tokens;
  const sentence = tokens[verb]!.sentence;
  let subject: Mention | null = null;
  for (const m of mentions) {
    if (m.tokenEnd > verb) break;
    if (m.sentence !== sentence || m.actors.length === 0) continue;
    const before = tokens[m.tokenStart - 1];
    if (before && before.sentence === sentence && before.pos === 'ADP') continue;
    subject = m;
  }
  if (!subject) return null;
  for (let k = subject.tokenEnd; k < verb; k++) if ([';', ':'].includes(tokens[k]!.text) || ['that', 'which', 'who'].includes(tokens[k]!.lower)) return null;
  if (singularThing && subject.actors.some((x) => x.kind === 'person')) return null;
  return subject;
}

function cataphoricAntecedent(doc: Doc, mentions: readonly Mention[], a: AnaphorSpan): Mention | null {
  const tokens = doc.tokens;
  const s = doc.sentences[tokens[a.tokenStart]!.sentence]!;
  const first = tokens[s.tokenStart]!;
  if (first.pos !== 'ADP' && first.pos !== 'SCONJ') return null;
  let comma = -1;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    if (tokens[k]!.text === ',') {
      comma = k;
      break;
    }
  }
  if (comma < 0 || a.tokenStart > comma) return null;
  const next = mentions.find((m) => m.tokenStart === comma + 1 || (m.tokenStart === comma + 2 && tokens[comma + 1]!.lower === 'the'));
  return next && isPersonMention(next) ? next : null;
}

/**
 * Refiner actors.coreference: links each anaphor to earlier person mentions.
 * - A pronoun takes the nearest person of compatible gender within three sentences; an object
 *   pronoun skips the subject of its own clause ("Macron called him": him is not Macron).
 * - "the two men/leaders" and "they" take the two most recent distinct people, preferring
 *   office-holders for "leaders", and only when no plural group was mentioned more recently.
 */
export function resolveAnaphors(doc: Doc, mentions: Mention[], anaphors: readonly AnaphorSpan[], nextId: () => number): Mention[] {
  const tokens = doc.tokens;
  const created: Mention[] = [];
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  for (const a of anaphors) {
    const first = tokens[a.tokenStart]!;
    const last = tokens[a.tokenEnd - 1]!;
    const minSentence = first.sentence - (a.kind === 'plural' && first.lower === 'they' ? THEY_WINDOW : WINDOW);
    const before = sorted.filter((m) => m.tokenEnd <= a.tokenStart && m.sentence >= minSentence);
    const mention: Mention = {
      id: nextId(),
      start: first.start,
      end: last.end,
      text: doc.text.slice(first.start, last.end),
      sentence: first.sentence,
      tokenStart: a.tokenStart,
      tokenEnd: a.tokenEnd,
      type: a.kind,
      actors: [],
      office: null,
      gender: a.gender,
      antecedents: [],
      provenance: [],
    };
    if (a.reportedBy !== undefined) {
      const speaker = reportingSubject(doc, sorted, a.reportedBy, first.lower === 'it');
      if (speaker) {
        mention.actors = [...speaker.actors];
        mention.office = speaker.office;
        mention.antecedents = [speaker.id];
        mention.provenance.push({ stage: STAGE, rule: 'actors.reported-pronoun', reason: `"${mention.text}" → ${speaker.actors.map((x) => x.name).join(' and ')}, who said it` });
        created.push(mention);
      }
      continue;
    }
    if (a.kind === 'pronoun') {
      // Rule actors.cataphora: "After his call with Macron, Putin said …": a pronoun in a fronted
      // phrase points forward to the subject of the clause after the comma.
      const forward = cataphoricAntecedent(doc, sorted, a);
      if (forward && (forward.gender === null || forward.gender === a.gender)) {
        mention.actors = [...forward.actors];
        mention.office = forward.office;
        mention.antecedents = [forward.id];
        mention.provenance.push({ stage: STAGE, rule: 'actors.cataphora', reason: `"${mention.text}" → ${forward.actors[0]!.name}, the subject after the introductory phrase` });
        created.push(mention);
        continue;
      }
      const subject = a.object ? clauseSubject(doc, sorted, a.tokenStart) : null;
      for (let k = before.length - 1; k >= 0; k--) {
        const m = before[k]!;
        if (!isPersonMention(m)) continue;
        if (m.gender !== null && m.gender !== a.gender) continue;
        if (subject && actorKey(m) === actorKey(subject)) continue;
        mention.actors = [...m.actors];
        mention.office = m.office;
        mention.antecedents = [m.id];
        mention.provenance.push({ stage: STAGE, rule: 'actors.pronoun', reason: `"${mention.text}" → ${m.actors[0]!.name} (nearest ${a.gender} person${subject ? ', not the clause subject' : ''})` });
        break;
      }
    } else {
      // A plural group mentioned after the people blocks "they" (it likely refers to the group).
      const lastGroup = [...before].reverse().find((m) => m.type === 'group' && /s$/.test(m.text));
      const picked: Mention[] = [];
      const seen = new Set<string>();
      const pool = [...before].reverse().filter(isPersonMention);
      const ordered = a.leaders ? [...pool.filter((m) => m.office !== null || m.actors[0]!.id !== null), ...pool] : pool;
      for (const m of ordered) {
        const key = actorKey(m);
        if (seen.has(key)) continue;
        if (lastGroup && m.start < lastGroup.start && first.lower === 'they') continue;
        seen.add(key);
        picked.push(m);
        if (picked.length === 2) break;
      }
      if (picked.length === 2) {
        picked.sort((x, y) => x.start - y.start);
        mention.actors = picked.map((m) => m.actors[0]!);
        mention.antecedents = picked.map((m) => m.id);
        mention.provenance.push({ stage: STAGE, rule: 'actors.plural-pair', reason: `"${mention.text}" → ${mention.actors.map((x) => x.name).join(' and ')} (the two most recent people)` });
      }
    }
    if (mention.actors.length > 0) created.push(mention);
  }
  return created;
}
