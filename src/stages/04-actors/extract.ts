import type { ActorRef, MentionType, OfficeRef, Provenance } from '../../model/index.js';
import type { KnowledgeBase, NameRef, PersonEntry, TitleEntry } from '../../kb/index.js';
import { isCapitalized, isSentenceInitial, type ActorContext } from './context.js';
import { ROLE_LABELS, type ActorLexicon } from './lexicon.js';

const STAGE = '04-actors';

/** A proposed mention, before overlaps are settled. */
export interface Candidate {
  tokenStart: number;
  /** Exclusive. */
  tokenEnd: number;
  type: MentionType;
  actors: ActorRef[];
  office: OfficeRef | null;
  gender: 'male' | 'female' | null;
  /** Higher wins an overlap; then the longer candidate. */
  priority: number;
  provenance: Provenance[];
  /** For ambiguous KB aliases: the person this would be, once the article confirms it. */
  pendingPerson?: string;
}

function prov(rule: string, reason?: string): Provenance {
  return reason ? { stage: STAGE, rule, reason } : { stage: STAGE, rule };
}

const NAME_PARTICLES = new Set(['bin', 'bint', 'ibn', 'al', 'el', 'de', 'da', 'di', 'do', 'dos', 'du', 'van', 'von', 'der', 'den', 'del', 'della', 'la', 'le', 'ter', 'y', 'abu']);
const NOT_NAME_WORDS = new Set([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April',
  'June', 'July', 'August', 'September', 'October', 'November', 'December', 'The', 'A', 'An', 'He', 'She', 'It', 'They',
  'We', 'I', 'In', 'On', 'At', 'But', 'And', 'As', 'After', 'Before', 'While', 'When', 'If', 'This', 'That', 'His', 'Her',
]);
/** Capitalised words that are names of months or days before they are surnames ("May"). */
const CALENDAR_WORDS = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
const FORMER = new Set(['former', 'ex', 'ex-', 'then', 'then-', 'late', 'outgoing', 'incoming', 'future']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const LEADING_THE = new Set(['the']);

/** Matches of KB names, indexed by the token they start at and the token they end at. */
export interface NameMatches {
  byStart: Map<number, { tokenEnd: number; refs: readonly NameRef[] }>;
  byEnd: Map<number, { tokenStart: number; refs: readonly NameRef[] }>;
}

/** Extractor actors.gazetteer: scans capitalised tokens for the longest KB name starting there. */
export function scanNames(ctx: ActorContext, kb: KnowledgeBase): NameMatches {
  const byStart = new Map<number, { tokenEnd: number; refs: readonly NameRef[] }>();
  const byEnd = new Map<number, { tokenStart: number; refs: readonly NameRef[] }>();
  const tokens = ctx.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const c = t.text.charCodeAt(0);
    // Names start with an upper-case letter (or a digit for "G20"); skip the rest quickly.
    if (!(c >= 65 && c <= 90) && !(c > 127 && isCapitalized(t)) && !(c >= 48 && c <= 57)) continue;
    const m = kb.names.longestAt(ctx.folded, t.start, ctx.isTokenEnd);
    if (!m) continue;
    const endTok = ctx.tokenEndingAt(m.end);
    if (endTok < i) continue;
    byStart.set(i, { tokenEnd: endTok + 1, refs: m.values });
    byEnd.set(endTok, { tokenStart: i, refs: m.values });
    i = endTok;
  }
  return { byStart, byEnd };
}

function refOf(refs: readonly NameRef[] | undefined, types: ReadonlyArray<NameRef['type']>): NameRef | undefined {
  return refs?.find((r) => types.includes(r.type));
}

/** A country (or organisation) named just before a title: "French", "U.S.", "Russia's", "NATO". */
interface Modifier {
  tokenStart: number;
  country: string | null;
  org: string | null;
}

function modifierEndingAt(ctx: ActorContext, names: NameMatches, tokenIndex: number): Modifier | null {
  if (tokenIndex < 0) return null;
  const t = ctx.tokens[tokenIndex]!;
  if (POSSESSIVE.has(t.text)) {
    const m = names.byEnd.get(tokenIndex - 1);
    const ref = refOf(m?.refs, ['state', 'org']);
    if (m && ref) return { tokenStart: m.tokenStart, country: ref.type === 'state' ? ref.id : null, org: ref.type === 'org' ? ref.id : null };
    return null;
  }
  const m = names.byEnd.get(tokenIndex);
  const ref = refOf(m?.refs, ['demonym', 'state', 'org']);
  if (m && ref) return { tokenStart: m.tokenStart, country: ref.type === 'org' ? null : ref.id, org: ref.type === 'org' ? ref.id : null };
  return null;
}

/** A run of capitalised tokens that reads as a personal name ("Naftali Bennett", "Mohammed bin Salman"). */
function nameRunAt(ctx: ActorContext, names: NameMatches, lex: ActorLexicon, start: number, max = 5): number {
  const tokens = ctx.tokens;
  let end = start;
  while (end < tokens.length && end - start < max) {
    const t = tokens[end]!;
    if (t.sentence !== tokens[start]!.sentence) break;
    // Shouting capitals ("CALLED ME") are not names.
    const shouted = t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{Lu}{2}/u.test(t.text);
    if (isCapitalized(t) && t.pos !== 'PUNCT' && !NOT_NAME_WORDS.has(t.text) && !shouted) {
      const ref = refOf(names.byStart.get(end)?.refs, ['state', 'demonym', 'capital', 'seat', 'org']);
      // A state or demonym ends the name ("Bennett Israel …"), unless the name has not started yet.
      if (ref && end > start) break;
      if (ref && end === start) return start;
      if (lex.titles.get(t.lower).length > 0 && end === start) return start;
      end++;
      continue;
    }
    // Hyphen-joined parts ("Tsai Ing-wen" may split) and particles ("bin", "Le") continue a name.
    if (end > start && NAME_PARTICLES.has(t.lower) && isCapitalized(tokens[end + 1])) {
      end++;
      continue;
    }
    // A hyphen joined without spaces carries the name on, whatever the case after it ("Tsai Ing-wen").
    if (end > start && (t.text === '-' || t.text === '‑') && tokens[end - 1]!.end === t.start && tokens[end + 1]?.start === t.end && /^\p{L}/u.test(tokens[end + 1]!.text)) {
      end += 2;
      continue;
    }
    break;
  }
  // Do not end on a particle or hyphen.
  while (end > start && (NAME_PARTICLES.has(tokens[end - 1]!.lower) || tokens[end - 1]!.text === '-')) end--;
  return end;
}

function textOf(ctx: ActorContext, from: number, to: number): string {
  return ctx.doc.text.slice(ctx.tokens[from]!.start, ctx.tokens[to - 1]!.end);
}

export interface PersonChoice {
  readonly person: PersonEntry;
  readonly rule: string;
}

/**
 * Picks the KB person a name refers to. A full name decides alone; a surname or a shared alias must
 * be confirmed by an office that fits the title and country on the date.
 */
export function choosePerson(kb: KnowledgeBase, nameText: string, lastToken: string, title: TitleEntry | null, country: string | null, date: string | null): PersonChoice | null {
  const exact = kb.names.get(nameText).filter((r) => r.type === 'person');
  const surname = exact.length > 0 ? [] : kb.names.get(lastToken).filter((r) => r.type === 'person');
  const refs = exact.length > 0 ? exact : surname;
  if (refs.length === 0) return null;
  const fits = (p: PersonEntry): boolean => {
    const offices = kb.officesOn(p.id, date);
    const pool = offices.length > 0 ? offices : p.offices;
    return pool.some((o) => (title === null || title.generic || o.role === title.role) && (country === null || o.country === country));
  };
  const people = refs.map((r) => kb.person(r.id)).filter((p): p is PersonEntry => p !== undefined);
  const fitting = people.filter(fits);
  if (fitting.length === 1) return { person: fitting[0]!, rule: exact.length > 0 ? 'actors.kb-name' : 'actors.kb-surname-with-title' };
  if (exact.length === 1 && people.length === 1 && !exact[0]!.ambiguous) return { person: people[0]!, rule: 'actors.kb-name' };
  if (surname.length === 1 && !surname[0]!.ambiguous && (title !== null || country !== null) && people.length === 1 && fits(people[0]!)) {
    return { person: people[0]!, rule: 'actors.kb-surname-with-title' };
  }
  return null;
}

function newPersonActor(kb: KnowledgeBase, name: string, country: string | null, org: string | null, title: TitleEntry | null): ActorRef {
  const c = country ? kb.country(country) : undefined;
  const o = org ? kb.org(org) : undefined;
  const code = o?.code ?? (c ? `${c.cameo}${title?.code ?? ''}` : null);
  return { name, id: null, kind: 'person', country: c ? c.iso3 : null, code };
}

function genderOfTitle(title: TitleEntry | null): 'male' | 'female' | null {
  return title?.gender ?? null;
}

/**
 * Extractor actors.titled-person / actors.role: "[the] [French|Russia's] <title> [Name]".
 * With a name it is a person; without, it is an office resolved to its holder on the date.
 */
export function extractTitled(ctx: ActorContext, kb: KnowledgeBase, lex: ActorLexicon, names: NameMatches): Candidate[] {
  const out: Candidate[] = [];
  const tokens = ctx.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const m = lex.titles.longestAt(ctx.foldedLower, t.start, ctx.isTokenEnd);
    if (!m) continue;
    const titleEnd = ctx.tokenEndingAt(m.end) + 1;
    if (titleEnd <= i) continue;
    // "Prime Minister" is only a title when capitalised or preceded by a country/"the"/"a".
    let start = i;
    let former = false;
    const mod = modifierEndingAt(ctx, names, i - 1);
    if (mod) start = mod.tokenStart;
    const before = tokens[start - 1];
    if (before && FORMER.has(before.lower.replace(/-$/, '-'))) {
      former = true;
      start--;
    }
    let country = mod?.country ?? null;
    let org = mod?.org ?? null;
    let end = titleEnd;
    // "the President of France", "Secretary-General of the United Nations"
    if (tokens[end]?.lower === 'of') {
      const k = tokens[end + 1]?.lower === 'the' ? end + 2 : end + 1;
      const ofRef = names.byStart.get(k);
      const ref = refOf(ofRef?.refs, ['state', 'org']);
      if (ofRef && ref) {
        if (ref.type === 'state') country = ref.id;
        else org = ref.id;
        end = ofRef.tokenEnd;
      }
    }
    const entries = m.values;
    const entry =
      entries.find((e) => e.countries && country && e.countries.includes(country)) ??
      entries.find((e) => !e.countries) ??
      entries[0]!;
    if (entry.countries && country === null && !org) country = entry.countries.length === 1 ? entry.countries[0]! : null;
    if (entry.orgOnly && !org) continue;
    const capitalizedTitle = isCapitalized(t) && !isSentenceInitial(ctx.doc, t);
    // Honorific between title and name is rare; skip one if present ("President Mr X" does not occur).
    const nameStart = end;
    const nameEnd = nameRunAt(ctx, names, lex, nameStart);
    const office: { country: string | null; role: string; title: string } = { country: org ?? country, role: entry.role, title: textOf(ctx, i, titleEnd) };
    if (nameEnd > nameStart) {
      const nameText = textOf(ctx, nameStart, nameEnd);
      const lastToken = tokens[nameEnd - 1]!.text;
      const choice = choosePerson(kb, nameText, lastToken, entry, org ?? country, ctx.date);
      const actor = choice ? kb.personActor(choice.person.id, ctx.date, org ?? country) : newPersonActor(kb, nameText, country, org, entry);
      if (!actor) continue;
      out.push({
        tokenStart: start,
        tokenEnd: nameEnd,
        type: 'person',
        actors: [actor],
        office,
        gender: choice ? choice.person.gender : genderOfTitle(entry),
        priority: 3,
        provenance: [prov(choice ? choice.rule : 'actors.titled-person', choice ? `"${nameText}" is ${choice.person.name} in the knowledge base` : `a title introduces "${nameText}"`)],
      });
      i = nameEnd - 1;
      continue;
    }
    // No name follows: an office ("the French president"). Needs a determiner or a country to be a mention.
    // The determiner may sit before adjectives ("a sitting American president").
    let detAt = start - 1;
    while (detAt > start - 3 && detAt >= 0 && (tokens[detAt]!.pos === 'ADJ' || tokens[detAt]!.lower.endsWith('ing')) && !isCapitalized(tokens[detAt])) detAt--;
    const det = tokens[detAt]?.pos === 'DET' ? tokens[detAt] : tokens[start - 1];
    const hasDeterminer = det !== undefined && (LEADING_THE.has(det.lower) || det.lower === 'a' || det.lower === 'an');
    // "President of Kenya" names its country itself.
    const ofComplement = end > titleEnd;
    if (!mod && !hasDeterminer && !capitalizedTitle && !ofComplement) continue;
    // Rule actors.context-country: a bare office ("the president") belongs to the country the input
    // is about, when the caller says which (`--country`).
    if (!mod && !org && country === null && ctx.defaultCountry && hasDeterminer) country = ctx.defaultCountry;
    if (!mod && !org && country === null) continue;
    // Rule actors.indefinite-role: "a leader of Taiwan", "a U.S. president" name no one in particular.
    if (det?.lower === 'a' || det?.lower === 'an') continue;
    if (hasDeterminer) start--;
    let actor: ActorRef | null = null;
    let rule = 'actors.role-unresolved';
    let reason = `office "${textOf(ctx, start, end)}" with no known holder`;
    let gender = genderOfTitle(entry);
    const holderKey = org ?? country;
    // "the Kenyan leader" is whoever holds the office that governs Kenya on the date.
    const role = entry.role === 'leader' && holderKey && ctx.date ? kb.executiveRoleOn(holderKey, ctx.date) : entry.role;
    office.role = role;
    if (holderKey && !entry.generic && !former && ctx.date && det?.lower !== 'a' && det?.lower !== 'an') {
      const found = kb.holderOn(holderKey, role, ctx.date);
      // A gendered title names a holder of that gender only: "the Queen" is not a king.
      const holder = found && entry.gender && found.gender !== entry.gender ? null : found;
      if (holder) {
        actor = kb.personActor(holder.id, ctx.date, holderKey);
        rule = 'actors.role-at-date';
        reason = `${holder.name} held ${role} of ${holderKey} on ${ctx.date}`;
        gender = holder.gender;
      }
    }
    if (!actor) {
      const c = country ? kb.country(country) : undefined;
      const o = org ? kb.org(org) : undefined;
      if (!c && !o) continue;
      actor = {
        name: o ? `${o.name} (${entry.title})` : `${c!.name} (${entry.title})`,
        id: null,
        kind: 'person',
        country: c ? c.iso3 : null,
        code: o?.code ?? (c ? `${c.cameo}${entry.code ?? ''}` : null),
      };
    }
    out.push({ tokenStart: start, tokenEnd: end, type: 'role', actors: [actor], office, gender, priority: 3, provenance: [prov(rule, reason)] });
    i = end - 1;
  }
  return out;
}

/** Extractor actors.agent: "Russian forces", "a French presidential official", "an official at the Elysee". */
export function extractAgents(ctx: ActorContext, kb: KnowledgeBase, lex: ActorLexicon, names: NameMatches): Candidate[] {
  const out: Candidate[] = [];
  const tokens = ctx.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'ADJ') continue;
    const m = lex.agents.longestAt(ctx.foldedLower, t.start, ctx.isTokenEnd);
    if (!m) continue;
    const end = ctx.tokenEndingAt(m.end) + 1;
    const code = m.values[0]!;
    // Look left over up to two lower-case modifiers for a country.
    let k = i - 1;
    let skipped = 0;
    while (k >= 0 && skipped < 2 && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NOUN') && !isCapitalized(tokens[k])) {
      k--;
      skipped++;
    }
    let mod = modifierEndingAt(ctx, names, k);
    let start = mod?.tokenStart ?? i;
    let stop = end;
    // Or to the right: "an official at the Elysee", "officials from Russia".
    if (!mod && ['at', 'from', 'of', 'in'].includes(tokens[end]?.lower ?? '')) {
      const k2 = tokens[end + 1]?.lower === 'the' ? end + 2 : end + 1;
      const r = names.byStart.get(k2);
      const ref = refOf(r?.refs, ['seat', 'state', 'org']);
      if (r && ref) {
        mod = { tokenStart: k2, country: ref.type === 'org' ? null : ref.id, org: ref.type === 'org' ? ref.id : null };
        stop = r.tokenEnd;
        // "an official at the Elysee presidential palace": take the trailing head noun too.
        while (tokens[stop] && (tokens[stop]!.pos === 'NOUN' || tokens[stop]!.pos === 'ADJ') && !isCapitalized(tokens[stop]) && stop - r.tokenEnd < 2) stop++;
      }
    }
    if (!mod) continue;
    const det = tokens[start - 1];
    if (det && ['a', 'an', 'the'].includes(det.lower)) start--;
    const c = mod.country ? kb.country(mod.country) : undefined;
    const o = mod.org ? kb.org(mod.org) : undefined;
    if (!c && !o) continue;
    const label = ROLE_LABELS[code] ?? code.toLowerCase();
    const actor: ActorRef = {
      name: `${(c ?? o)!.name} (${label})`,
      id: null,
      kind: 'group',
      country: c ? c.iso3 : null,
      code: o ? o.code : `${c!.cameo}${code}`,
    };
    out.push({ tokenStart: start, tokenEnd: stop, type: 'group', actors: [actor], office: null, gender: null, priority: 2, provenance: [prov('actors.agent', `"${textOf(ctx, i, end)}" of ${actor.name}`)] });
    i = stop - 1;
  }
  return out;
}

/** Extractor actors.kb-name: states, capitals, seats, organisations and people named alone. */
export function extractNamed(ctx: ActorContext, kb: KnowledgeBase, lex: ActorLexicon, names: NameMatches): Candidate[] {
  const out: Candidate[] = [];
  const tokens = ctx.tokens;
  for (const [start, match] of names.byStart) {
    const refs = match.refs;
    let s = start;
    const person = refs.find((r) => r.type === 'person');
    const other = refs.find((r) => r.type !== 'person');
    if (person) {
      const people = refs.filter((r) => r.type === 'person');
      let chosen = person;
      let rule = 'actors.kb-name';
      let ambiguous = people.length > 1 || person.ambiguous;
      // Rule actors.kb-name-at-date: a name several people share ("Scholz", "Kim") is the one of them
      // in office on the date, when exactly one is — unless the word is also a month or a weekday.
      const word = textOf(ctx, start, match.tokenEnd);
      if (ambiguous && ctx.date && !CALENDAR_WORDS.has(word) && tokens[start]!.pos === 'PROPN') {
        const serving = people.filter((r) => kb.officesOn(r.id, ctx.date).length > 0);
        if (serving.length === 1) {
          chosen = serving[0]!;
          ambiguous = false;
          rule = 'actors.kb-name-at-date';
        }
      }
      // Rule actors.name-continues: one word of a longer name is not that person ("Gul" in "Gul Rahman",
      // a detainee, is not Abdullah Gül).
      const nextTok = tokens[match.tokenEnd];
      if (match.tokenEnd - start === 1 && nextTok && nextTok.sentence === tokens[start]!.sentence && nextTok.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(nextTok.text) && !CALENDAR_WORDS.has(nextTok.text)) continue;
      const p = kb.person(chosen.id);
      if (!p) continue;
      const prevTok = tokens[start - 1];
      const honorific = prevTok !== undefined && lex.honorifics.has(prevTok.text);
      if (honorific) s = start - 1;
      const actor = kb.personActor(p.id, ctx.date);
      if (!actor) continue;
      const cand: Candidate = {
        tokenStart: s,
        tokenEnd: match.tokenEnd,
        type: 'person',
        actors: ambiguous ? [] : [actor],
        office: null,
        gender: p.gender,
        priority: 2,
        provenance: [prov(rule, rule === 'actors.kb-name' ? `"${word}" is ${p.name} in the knowledge base` : `of the people called "${word}", only ${p.name} held office on ${ctx.date}`)],
      };
      if (ambiguous) {
        if (people.length > 1) continue; // a shared surname needs a title or an earlier full name (local names pass)
        cand.pendingPerson = p.id;
      }
      out.push(cand);
      continue;
    }
    if (!other) continue;
    const theBefore = tokens[start - 1]?.lower === 'the';
    if (other.type === 'state') {
      const actor = kb.stateActor(other.id);
      if (actor) out.push({ tokenStart: start, tokenEnd: match.tokenEnd, type: 'state', actors: [actor], office: null, gender: null, priority: 1, provenance: [prov('actors.kb-state')] });
    } else if (other.type === 'seat') {
      const actor = kb.stateActor(other.id, 'GOV');
      if (actor) out.push({ tokenStart: theBefore ? start - 1 : start, tokenEnd: match.tokenEnd, type: 'seat', actors: [{ ...actor, name: `${actor.name} (government)` }], office: null, gender: null, priority: 1, provenance: [prov('actors.kb-seat', `"${textOf(ctx, start, match.tokenEnd)}" is the seat of the government of ${actor.name}`)] });
    } else if (other.type === 'capital') {
      const actor = kb.stateActor(other.id, 'GOV');
      if (actor) out.push({ tokenStart: start, tokenEnd: match.tokenEnd, type: 'capital', actors: [{ ...actor, name: `${actor.name} (government)` }], office: null, gender: null, priority: 1, provenance: [prov('actors.kb-capital')] });
    } else if (other.type === 'demonym') {
      const actor = kb.stateActor(other.id);
      if (actor) out.push({ tokenStart: start, tokenEnd: match.tokenEnd, type: 'demonym', actors: [actor], office: null, gender: null, priority: 1, provenance: [prov('actors.kb-demonym')] });
    } else if (other.type === 'org' && other.ambiguous && !orgAcronymInContext(ctx, start, match.tokenEnd)) {
      continue;
    } else if (other.type === 'org') {
      const actor = kb.orgActor(other.id);
      if (actor) out.push({ tokenStart: theBefore ? start - 1 : start, tokenEnd: match.tokenEnd, type: 'org', actors: [actor], office: null, gender: null, priority: 1, provenance: [prov('actors.kb-org')] });
    }
  }
  return out;
}

/**
 * Rule actors.org-acronym: an acronym that is also a word ("WHO", "AU", "IS") names the organisation
 * only when written in capitals in a sentence that is not itself in capitals (a shouted headline).
 */
function orgAcronymInContext(ctx: ActorContext, start: number, end: number): boolean {
  const text = ctx.doc.text.slice(ctx.tokens[start]!.start, ctx.tokens[end - 1]!.end);
  if (text !== text.toUpperCase()) return false;
  const s = ctx.doc.sentences[ctx.tokens[start]!.sentence]!;
  const sentence = ctx.doc.text.slice(s.start, s.end);
  return /\p{Ll}/u.test(sentence.replace(text, ''));
}

const SPEECH_LEMMAS = new Set(['say', 'tell', 'add', 'write', 'note', 'argue', 'warn', 'explain']);

/**
 * Extractor actors.introduced-name: a person the KB does not know, introduced the way news
 * introduces people: "Benjamin Haddad, senior director …", "said Silvia Colombo", "Jane Doe said".
 * A bare capitalised pair is not enough ("Atlantic Council" is not a person).
 */
export function extractIntroducedNames(ctx: ActorContext, lex: ActorLexicon, names: NameMatches, covered: (i: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const tokens = ctx.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isCapitalized(t) || covered(i) || t.pos !== 'PROPN') continue;
    if (names.byStart.get(i)?.refs.some((r) => r.type !== 'person' || !r.ambiguous)) continue;
    const end = nameRunAt(ctx, names, lex, i, 4);
    if (end - i < 2) continue;
    let blocked = false;
    for (let k = i; k < end; k++) if (covered(k) || tokens[k]!.pos !== 'PROPN' && !NAME_PARTICLES.has(tokens[k]!.lower)) blocked = true;
    if (blocked) continue;
    const prev = tokens[i - 1];
    const next = tokens[end];
    const next2 = tokens[end + 1];
    // "… the Ukrainian president, Volodymyr Zelenskiy": a name in apposition to a title.
    const afterTitle = prev?.text === ',' && tokens[i - 2] !== undefined && lex.titles.get(tokens[i - 2]!.lower).length > 0;
    const cueBefore = prev !== undefined && (SPEECH_LEMMAS.has(prev.lemma) || prev.lower === 'to' && tokens[i - 2]?.lower === 'according' || afterTitle);
    const cueAfter = next !== undefined && (SPEECH_LEMMAS.has(next.lemma) && next.pos === 'VERB' || next.text === ',' && next2 !== undefined && (next2.lower === 'a' || next2.lower === 'an' || next2.lower === 'the' || (next2.pos === 'ADJ' || next2.pos === 'NOUN') && !isCapitalized(next2)));
    if (!cueBefore && !cueAfter) continue;
    const name = textOf(ctx, i, end);
    out.push({
      tokenStart: i,
      tokenEnd: end,
      type: 'person',
      actors: [{ name, id: null, kind: 'person', country: null, code: null }],
      office: null,
      gender: null,
      priority: 1,
      provenance: [prov('actors.introduced-name', cueBefore ? 'introduced after a speech verb' : 'introduced by an apposition or a speech verb')],
    });
    i = end - 1;
  }
  return out;
}
