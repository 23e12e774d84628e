import type { ActorRef, Doc, Mention } from '../../model/index.js';
import type { KnowledgeBase } from '../../kb/index.js';
import type { Stage } from '../../pipeline/stage.js';
import { buildActorContext, isCapitalized, type ActorContext } from './context.js';
import { findAnaphors, resolveAnaphors } from './coreference.js';
import { extractAgents, extractIntroducedNames, extractNamed, extractTitled, scanNames, type Candidate } from './extract.js';
import { compileActorLexicon, type ActorLexicon, type AgentsFile } from './lexicon.js';

export type { AgentsFile } from './lexicon.js';

export interface NamesFile {
  /** Countries whose names are written family name first in English news. */
  readonly familyNameFirst: readonly string[];
}

export interface ActorsOptions {
  readonly kb: KnowledgeBase;
  readonly agents: AgentsFile;
  readonly names: NamesFile;
}

/**
 * Refiner actors.prefer-longest: among overlapping candidates keep the higher priority, then the
 * longer one ("Israeli Prime Minister Naftali Bennett" beats "Israeli").
 */
function settleOverlaps(cands: Candidate[]): Candidate[] {
  const ordered = [...cands].sort((a, b) => b.priority - a.priority || (b.tokenEnd - b.tokenStart) - (a.tokenEnd - a.tokenStart) || a.tokenStart - b.tokenStart);
  const taken: Candidate[] = [];
  const used = new Set<number>();
  for (const c of ordered) {
    let clash = false;
    for (let i = c.tokenStart; i < c.tokenEnd; i++) if (used.has(i)) clash = true;
    if (clash) continue;
    for (let i = c.tokenStart; i < c.tokenEnd; i++) used.add(i);
    taken.push(c);
  }
  return taken.sort((a, b) => a.tokenStart - b.tokenStart);
}

/**
 * The family name of a person, used to recognise later mentions: the last word, except for names
 * written family-name first (Chinese, Korean and Taiwanese names, or a hyphenated given name such as
 * "Tsai Ing-wen"), where it is the first.
 */
function surnameOf(name: string, country: string | null, familyFirst: ReadonlySet<string>): string {
  const parts = name.trim().split(/\s+/);
  const last = parts[parts.length - 1]!;
  if (parts.length > 1 && ((country !== null && familyFirst.has(country)) || /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(last))) return parts[0]!;
  return last;
}

/**
 * Refiner actors.local-name: once an article has named a person in full, a bare surname refers to
 * them ("Naftali Bennett" … "Bennett"), and ambiguous KB aliases it used are confirmed.
 */
function addLocalNames(ctx: ActorContext, kb: KnowledgeBase, lex: ActorLexicon, kept: Candidate[], familyFirst: ReadonlySet<string>): Candidate[] {
  const bySurname = new Map<string, { actor: ActorRef; gender: Candidate['gender']; office: Candidate['office'] } | null>();
  const note = (key: string, actor: ActorRef, gender: Candidate['gender'], office: Candidate['office'] = null): void => {
    const prev = bySurname.get(key);
    if (prev === undefined) bySurname.set(key, { actor, gender, office });
    else if (prev !== null && prev.office === null && office !== null && (prev.actor.id ?? prev.actor.name) === (actor.id ?? actor.name)) bySurname.set(key, { actor, gender, office });
    else if (prev !== null && (prev.actor.id ?? prev.actor.name) !== (actor.id ?? actor.name)) bySurname.set(key, null); // two people share it
  };
  const confirmed = new Set<string>();
  for (const c of kept) {
    if (c.type !== 'person' || c.actors.length !== 1) continue;
    const a = c.actors[0]!;
    note(surnameOf(a.name, a.country, familyFirst), a, c.gender, c.office);
    if (a.id) {
      confirmed.add(a.id);
      for (const alias of kb.person(a.id)?.aliases ?? []) if (!alias.includes(' ')) note(alias, a, c.gender);
    }
  }
  const covered = new Set<number>();
  for (const c of kept) for (let i = c.tokenStart; i < c.tokenEnd; i++) covered.add(i);
  const out: Candidate[] = [];
  for (const c of kept) {
    if (c.pendingPerson) {
      if (!confirmed.has(c.pendingPerson)) continue;
      const actor = kb.personActor(c.pendingPerson, ctx.date);
      if (!actor) continue;
      out.push({ ...c, actors: [actor], pendingPerson: undefined, provenance: [...c.provenance, { stage: '04-actors', rule: 'actors.local-name', reason: 'ambiguous name confirmed by a fuller mention in the article' }] });
      continue;
    }
    out.push(c);
  }
  const tokens = ctx.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(i)) continue;
    const t = tokens[i]!;
    if (!isCapitalized(t) || (t.pos !== 'PROPN' && t.pos !== 'NOUN' && t.pos !== 'ADJ')) continue;
    const entry = bySurname.get(t.text);
    if (!entry) continue;
    const start = i > 0 && lex.honorifics.has(tokens[i - 1]!.text) && !covered.has(i - 1) ? i - 1 : i;
    out.push({
      tokenStart: start, tokenEnd: i + 1, type: 'person', actors: [entry.actor], office: entry.office, gender: entry.gender, priority: 1,
      provenance: [{ stage: '04-actors', rule: 'actors.local-name', reason: `"${t.text}" was named in full earlier as ${entry.actor.name}` }],
    });
  }
  return out.sort((a, b) => a.tokenStart - b.tokenStart);
}

const LEADER_ROLES = new Set(['head-of-state', 'head-of-government', 'leader', 'supreme-leader']);

/**
 * Refiner actors.role-to-named-holder: an office the KB cannot fill ("Taiwan's leader") is the
 * person the article itself names as that country's leader ("Taiwan's President Tsai Ing-wen"),
 * when it names exactly one.
 */
function resolveRolesToNamedHolders(kb: KnowledgeBase, date: string | null, kept: Candidate[]): Candidate[] {
  const leaders = new Map<string, Map<string, Candidate>>();
  for (const c of kept) {
    if (c.type !== 'person' || c.actors.length !== 1) continue;
    const a = c.actors[0]!;
    if (!a.country) continue;
    const titled = c.office !== null && LEADER_ROLES.has(c.office.role);
    const inKb = a.id !== null && kb.officesOn(a.id, date).some((o) => LEADER_ROLES.has(o.role));
    if (!titled && !inKb) continue;
    const byKey = leaders.get(a.country) ?? new Map<string, Candidate>();
    byKey.set(a.id ?? a.name, c);
    leaders.set(a.country, byKey);
  }
  return kept.map((c) => {
    if (c.type !== 'role' || c.actors.length !== 1 || c.actors[0]!.id !== null || !c.office || !LEADER_ROLES.has(c.office.role)) return c;
    const country = c.actors[0]!.country;
    const holders = country ? leaders.get(country) : undefined;
    if (!holders || holders.size !== 1) return c;
    const holder = [...holders.values()][0]!;
    return {
      ...c,
      actors: holder.actors,
      gender: holder.gender,
      provenance: [...c.provenance, { stage: '04-actors', rule: 'actors.role-to-named-holder', reason: `the article names ${holder.actors[0]!.name} as this office's holder` }],
    };
  });
}

/**
 * Refiner actors.apposition: "Mateusz Morawiecki, the Polish prime minister," and "the Ukrainian
 * president, Volodymyr Zelenskiy," name one person twice. The office lends the person its country
 * and code when the person had none; the office takes the person's identity.
 */
function resolveAppositions(ctx: ActorContext, kept: Candidate[]): Candidate[] {
  const out = [...kept];
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (b.tokenStart !== a.tokenEnd + 1 || ctx.tokens[a.tokenEnd]?.text !== ',') continue;
    const [person, role] = a.type === 'person' && b.type === 'role' ? [a, b] : a.type === 'role' && b.type === 'person' ? [b, a] : [null, null];
    if (!person || !role || person.actors.length !== 1 || role.actors.length !== 1) continue;
    const p = person.actors[0]!;
    const r = role.actors[0]!;
    if (p.country !== null && r.country !== null && p.country !== r.country) continue;
    if (r.id !== null && p.id !== null && r.id !== p.id) continue;
    const merged = p.id !== null || p.country !== null ? p : { ...p, country: r.country, code: r.code };
    const why = { stage: '04-actors', rule: 'actors.apposition', reason: `"${ctx.doc.text.slice(ctx.tokens[a.tokenStart]!.start, ctx.tokens[b.tokenEnd - 1]!.end)}" names one person` };
    const personIndex = out.indexOf(person);
    const roleIndex = out.indexOf(role);
    out[personIndex] = { ...person, actors: [merged], office: person.office ?? role.office, gender: person.gender ?? role.gender, provenance: [...person.provenance, why] };
    out[roleIndex] = { ...role, actors: [merged], gender: person.gender ?? role.gender, provenance: [...role.provenance, why] };
  }
  return out;
}

const AFFILIATION_PREPS = new Set(['at', 'of', 'with', 'from']);
const OFFICE_PREFERENCE = ['head-of-state', 'supreme-leader', 'party-leader', 'head-of-government', 'foreign-minister', 'defence-minister', 'org-head'];

/**
 * Refiner actors.affiliation: "Benjamin Haddad, senior director for Europe at the Atlantic Council in
 * Paris" gives the person a post ("senior director for Europe at the Atlantic Council") and a country
 * (the place of the post, else the organisation's country).
 */
function resolveAffiliations(ctx: ActorContext, kb: KnowledgeBase, kept: Candidate[]): Candidate[] {
  const tokens = ctx.tokens;
  const byStart = new Map(kept.map((c) => [c.tokenStart, c]));
  return kept.map((c) => {
    if (c.type !== 'person' || c.actors.length !== 1 || c.office !== null || tokens[c.tokenEnd]?.text !== ',') return c;
    const sentence = tokens[c.tokenStart]!.sentence;
    let k = c.tokenEnd + 1;
    if (['a', 'an', 'the'].includes(tokens[k]?.lower ?? '')) k++;
    const descStart = k;
    let orgStart = -1;
    while (k < tokens.length && k - descStart < 12 && tokens[k]!.sentence === sentence && tokens[k]!.pos !== 'PUNCT') {
      const t = tokens[k]!;
      const next = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
      if (AFFILIATION_PREPS.has(t.lower) && k > descStart && isCapitalized(tokens[next])) {
        orgStart = next;
        break;
      }
      k++;
    }
    if (orgStart < 0) return c;
    const descTokens = tokens.slice(descStart, k);
    if (!descTokens.some((t) => t.pos === 'NOUN') || descTokens.some((t) => t.pos === 'VERB')) return c;
    // The organisation: a KB mention, or capitalised words ("the International Institute").
    const known = byStart.get(orgStart);
    let orgEnd = orgStart;
    if (known && (known.type === 'org' || known.type === 'state')) orgEnd = known.tokenEnd;
    else while (orgEnd < tokens.length && isCapitalized(tokens[orgEnd]) && tokens[orgEnd]!.sentence === sentence) orgEnd++;
    if (orgEnd === orgStart) return c;
    const orgText = ctx.doc.text.slice(tokens[orgStart]!.start, tokens[orgEnd - 1]!.end);
    const org = known?.type === 'org' && known.actors[0]?.id ? kb.org(known.actors[0].id) : undefined;
    // "… in Paris": the place of the post.
    let country: string | null = null;
    if (tokens[orgEnd]?.lower === 'in') {
      const place = byStart.get(orgEnd + 1);
      country = place && (place.type === 'capital' || place.type === 'state') ? place.actors[0]?.country ?? null : null;
      if (!country) {
        const hit = kb.names.longestAt(ctx.folded, tokens[orgEnd + 1]?.start ?? -1, ctx.isTokenEnd);
        country = hit?.values.find((r) => r.type === 'place' || r.type === 'capital' || r.type === 'state')?.id ?? null;
      }
    }
    country ??= org?.country ?? (known?.type === 'state' ? known.actors[0]?.country ?? null : null);
    const a = c.actors[0]!;
    const title = `${ctx.doc.text.slice(tokens[descStart]!.start, tokens[k - 1]!.end)} at ${orgText.replace(/^the\s+/i, '')}`;
    const c2 = country ? kb.country(country) : undefined;
    const actor = a.id !== null || a.country !== null ? a : { ...a, country: c2?.iso3 ?? null, code: org?.code ?? c2?.cameo ?? null };
    return {
      ...c,
      actors: [actor],
      office: { country: country, role: 'affiliate', title },
      provenance: [...c.provenance, { stage: '04-actors', rule: 'actors.affiliation', reason: `post: ${title}${country ? ` (${country})` : ''}` }],
    };
  });
}

/** Rule actors.office-on-date: a KB person named without a title holds the offices the KB gives them on the date. */
function addKbOffices(kb: KnowledgeBase, date: string | null, kept: Candidate[]): Candidate[] {
  if (!date) return kept;
  return kept.map((c) => {
    const a = c.actors[0];
    if (c.office !== null || c.type !== 'person' || c.actors.length !== 1 || !a?.id) return c;
    const offices = kb.officesOn(a.id, date).sort((x, y) => OFFICE_PREFERENCE.indexOf(x.role) - OFFICE_PREFERENCE.indexOf(y.role));
    const o = offices[0];
    return o ? { ...c, office: { country: o.country, role: o.role, title: o.title } } : c;
  });
}

function toMention(ctx: ActorContext, c: Candidate, id: number): Mention {
  const first = ctx.tokens[c.tokenStart]!;
  const last = ctx.tokens[c.tokenEnd - 1]!;
  return {
    id,
    start: first.start,
    end: last.end,
    text: ctx.doc.text.slice(first.start, last.end),
    sentence: first.sentence,
    tokenStart: c.tokenStart,
    tokenEnd: c.tokenEnd,
    type: c.type,
    actors: c.actors,
    office: c.office,
    gender: c.gender,
    antecedents: [],
    provenance: c.provenance,
  };
}

/**
 * 04-actors: people, offices, states, seats of government, organisations and groups, resolved
 * against the knowledge base on the publication date, then pronouns and "the two leaders".
 */
export function createActorsStage(options: ActorsOptions): Stage {
  const { kb } = options;
  const lex = compileActorLexicon(kb, options.agents);
  const familyFirst = new Set(options.names.familyNameFirst);
  return {
    name: '04-actors',
    requires: ['tokens', 'sentences'],
    assigns: ['mentions'],
    run(doc: Doc): void {
      const ctx = buildActorContext(doc, kb);
      const names = scanNames(ctx, kb);
      // Extractors propose; overlaps are settled by priority and length.
      const proposals = [
        ...extractTitled(ctx, kb, lex, names),
        ...extractAgents(ctx, kb, lex, names),
        ...extractNamed(ctx, kb, lex, names),
      ];
      let kept = settleOverlaps(proposals);
      // An unconfirmed surname ("Colombo", also an Italian minister's) does not stop a full name
      // the article introduces ("Silvia Colombo, an expert …") from being read.
      const covered = new Set<number>();
      for (const c of kept) if (!c.pendingPerson) for (let i = c.tokenStart; i < c.tokenEnd; i++) covered.add(i);
      const introduced = extractIntroducedNames(ctx, lex, names, (i) => covered.has(i));
      const introducedTokens = new Set(introduced.flatMap((c) => Array.from({ length: c.tokenEnd - c.tokenStart }, (_, k) => c.tokenStart + k)));
      kept = settleOverlaps([...kept.filter((c) => !(c.pendingPerson && introducedTokens.has(c.tokenStart))), ...introduced]);
      // Order: appositions and posts describe a person where they are introduced; later surname-only
      // mentions then inherit identity, country and office from that introduction.
      kept = resolveAppositions(ctx, kept);
      kept = resolveAffiliations(ctx, kb, kept);
      kept = addLocalNames(ctx, kb, lex, kept, familyFirst);
      kept = resolveRolesToNamedHolders(kb, ctx.date, kept);
      kept = addKbOffices(kb, ctx.date, kept);
      let id = 0;
      const mentions = kept.map((c) => toMention(ctx, c, id++));
      const taken = new Set<number>();
      for (const m of mentions) for (let i = m.tokenStart; i < m.tokenEnd; i++) taken.add(i);
      const anaphors = findAnaphors(doc.tokens, (i) => taken.has(i));
      const resolved = resolveAnaphors(doc, mentions, anaphors, () => id++);
      doc.mentions = [...mentions, ...resolved].sort((a, b) => a.start - b.start);
    },
  };
}
