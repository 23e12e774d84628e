import type { Actor, ActorRef, ClauseRole, Doc, Event, EventDate, EventStatus, Mention, Provenance, Tense, TimeMention, Token } from '../../model/index.js';
import type { Codebook, KnowledgeBase, Modality } from '../../kb/index.js';
import type { Stage } from '../../pipeline/stage.js';
import { PatternIndex, type PatternsFile, type PatternSpec, type TriggerMatch } from './patterns.js';
import { PlaceFinder, type Place } from './places.js';
import { NounPhrases, SentenceView } from './syntax.js';

export { PatternIndex, type PatternsFile, type PatternSpec } from './patterns.js';
export { SentenceView } from './syntax.js';
export { PlaceFinder, type Place } from './places.js';

const STAGE = '06-events';

export interface EventsOptions {
  readonly patterns: PatternsFile | readonly PatternsFile[];
  readonly codebook: Codebook;
  readonly kb: KnowledgeBase;
  readonly modality?: Modality;
}

function prov(rule: string, reason?: string): Provenance {
  return reason ? { stage: STAGE, rule, reason } : { stage: STAGE, rule };
}

export function actorKey(a: ActorRef): string {
  return a.id ?? `${a.kind}:${a.name}`;
}

/** Turns mentions into contract actors (one per resolved actor), without duplicates. */
export function actorsOf(mentions: readonly Mention[], exclude: readonly Actor[] = []): Actor[] {
  const seen = new Set(exclude.map(actorKey));
  const out: Actor[] = [];
  for (const m of mentions) {
    for (const a of m.actors) {
      const key = actorKey(a);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...a, text: m.text, start: m.start, end: m.end, role: m.office?.role ?? null, title: m.office?.title ?? null });
    }
  }
  return out;
}

/**
 * The actor a noun phrase stands for: the known actors inside it ("the Croatian government's
 * request"), else the phrase itself as an actor the knowledge base does not know.
 */
function npActors(doc: Doc, view: SentenceView, range: { start: number; end: number } | null, exclude: readonly Actor[] = []): Actor[] {
  if (!range) return [];
  const inside: Mention[] = [];
  for (let k = range.start; k < range.end; k++) {
    const m = view.mention(k);
    if (m && m.tokenStart >= range.start && m.tokenEnd <= range.end && !inside.includes(m)) inside.push(m);
  }
  // Known actors in the head of the phrase, before any preposition: "an Israeli airstrike on Gaza"
  // is Israel's, not Gaza's; a demonym counts when it modifies the head.
  const prep = doc.tokens.slice(range.start, range.end).findIndex((t) => t.pos === 'ADP' && t.lower !== "'s");
  const headEnd = prep > 0 ? range.start + prep : range.end;
  const inHead = inside.filter((m) => m.tokenEnd <= headEnd);
  const known = actorsOf(inHead.filter((m) => m.type !== 'pronoun' || m.actors[0]?.kind === 'person'), exclude);
  if (known.length > 0 && (prep <= 0 || inHead.some((m) => m.type !== 'demonym'))) return known;
  if (known.length > 0 && prep > 0) return known;
  const first = doc.tokens[range.start]!;
  const last = doc.tokens[range.end - 1]!;
  // A date is not an actor ("next week", "July 2015", "Monday").
  if (doc.times.some((t) => t.start < last.end && first.start < t.end)) return [];
  const text = doc.text.slice(first.start, last.end);
  const country = inside.find((m) => m.type === 'demonym' || m.type === 'state')?.actors[0]?.country ?? null;
  if (exclude.some((a) => a.start === first.start && a.end === last.end)) return [];
  return [{ name: text.replace(/^(the|a|an)\s+/i, ''), id: null, kind: 'group', country, code: country, text, start: first.start, end: last.end, role: null, title: null }];
}

/**
 * The verb whose "to" complement a trigger heads ("urged Russia to | withdraw", "agreed to | meet"),
 * and whether an object stands between them (the object then does it: object control).
 */
/** Verbs whose "from"/"against" gerund is kept from happening ("barred them from entering"). */
const PREVENTING = new Set(['prevent', 'bar', 'ban', 'stop', 'deter', 'dissuade', 'refrain', 'abstain', 'keep', 'prohibit', 'forbid', 'block', 'caution', 'warn', 'advise']);

function complementGovernor(doc: Doc, at: number, lex: PatternIndex): { verb: number; objectControl: boolean } | null {
  const tokens = doc.tokens;
  let i = at;
  // "warned Kosovo against deploying police", "barred them from entering": a gerund after "against"
  // or "from" under a verb of warning or preventing is not done.
  if (tokens[i]!.lower.endsWith('ing') && ['against', 'from'].includes(tokens[i - 1]?.lower ?? '')) {
    for (let k = i - 2; k >= Math.max(0, i - 6); k--) {
      const g = tokens[k]!;
      if (g.sentence !== tokens[i]!.sentence || g.pos === 'PUNCT') break;
      if (g.pos === 'VERB' && (lex.requestVerbs.has(g.lemma) || lex.wishVerbs.has(g.lemma) || PREVENTING.has(g.lemma))) return { verb: k, objectControl: true };
      if (g.pos === 'VERB') break;
    }
  }
  // "is considering sending aid", "plans giving": a gerund right after the governing verb.
  if (tokens[i]!.lower.endsWith('ing')) {
    let k = i - 1;
    while (k >= 0 && tokens[k]!.pos === 'ADV' && tokens[k]!.sentence === tokens[i]!.sentence) k--;
    const g = tokens[k];
    if (g && g.sentence === tokens[i]!.sentence && g.pos === 'VERB' && (lex.wishVerbs.has(g.lemma) || lex.intentVerbs.has(g.lemma))) return { verb: k, objectControl: false };
  }
  // "agreed to a ceasefire", "ready for …" no: only "to" + a noun phrase whose head is the trigger.
  if (tokens[i]!.pos === 'NOUN') {
    let j = i - 1;
    while (j > 0 && ['DET', 'ADJ', 'NUM'].includes(tokens[j]!.pos) && i - j <= 3) j--;
    if (j < i - 1 && tokens[j]?.lower === 'to') i = j + 1;
  }
  if (tokens[i - 1]?.lower !== 'to') return null;
  const s = doc.sentences[tokens[i]!.sentence]!;
  let objectControl = false;
  const governs = (t: Token): boolean => lex.requestVerbs.has(t.lemma) || lex.intentVerbs.has(t.lemma) || lex.wishVerbs.has(t.lemma);
  for (let k = i - 2; k >= Math.max(s.tokenStart, i - 9); k--) {
    const t = tokens[k]!;
    // A participle modifying the object is not the governing verb ("persuade newly inaugurated President Biden to").
    if (t.pos === 'VERB' && ['ADV', 'DET'].includes(tokens[k - 1]?.pos ?? '') && ['NOUN', 'PROPN', 'ADJ'].includes(tokens[k + 1]?.pos ?? '') && /(ed|en)$/.test(t.lower)) {
      objectControl = true;
      continue;
    }
    // "willing to withdraw", "ready to talk": an adjective governs the complement too; so does a
    // governing verb the tagger read as a noun ("China and Russia call on the US to …").
    if (t.pos === 'VERB' || (t.pos === 'AUX' && ['have', 'need'].includes(t.lemma)) || (t.pos === 'ADJ' && k === i - 2) || (t.pos === 'NOUN' && governs(t) && k > s.tokenStart)) return { verb: k, objectControl };
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ') return null;
    if (['NOUN', 'PROPN', 'PRON'].includes(t.pos)) objectControl = true;
  }
  return null;
}

/** A denial verb before the trigger in its sentence, with "that" or a short distance between: its index, or -1. */
function deniedBy(doc: Doc, i: number, denials: ReadonlySet<string>): number {
  const tokens = doc.tokens;
  const s = doc.sentences[tokens[i]!.sentence]!;
  for (let k = i - 1; k >= s.tokenStart; k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' && denials.has(t.lemma)) {
      const between = tokens.slice(k + 1, i);
      if (between.some((x) => x.lower === 'that' || x.lower === 'claims' || x.lower === 'reports') || i - k <= 6) return k;
      return -1;
    }
    if (t.text === ';') break;
  }
  return -1;
}

/**
 * Refiner events.intent-code / events.threat-code / events.refusal-code: a statement about an action
 * is coded as the statement CAMEO names: "will withdraw" is an intent to de-escalate (0356), "will
 * impose sanctions" a threat (1312), "will not lift the ban" a refusal to yield (1241).
 */
function recodeByModality(doc: Doc, ev: Event, modality: Modality): void {
  const head = doc.tokens.find((t) => t.start === ev.trigger.start);
  const future = head?.tense === 'future' || ev.status === 'planned';
  let code: string | null = null;
  let rule = '';
  if (ev.status === 'planned') {
    code = modality.planned(ev.cameo);
    rule = Number(ev.cameo.slice(0, 2)) <= 8 ? 'events.intent-code' : 'events.threat-code';
  } else if (ev.status === 'negated' && (future || ev.provenance.some((x) => x.rule === 'status.refused'))) {
    code = modality.refused(ev.cameo);
    rule = 'events.refusal-code';
    if (code) ev.status = 'past';
  }
  if (!code || code === ev.cameo) return;
  ev.provenance.push({ stage: STAGE, rule, reason: `${ev.cameo} → ${code}: a statement about the action, not the action` });
  ev.cameo = code;
}

/**
 * "must", "has to", "needs to", "ought to": the modal of an obligation, and how many tokens it spans.
 * "should" is advice, not a demand: coders read "X said Japan should respect …" as a statement.
 */
function obligationAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (t.lower === 'must') return 1;
  if (['has', 'have', 'need', 'needs', 'ought'].includes(t.lower) && tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.pos === 'VERB') return 2;
  return 0;
}

/**
 * Refiner events.obligation-demand: "Human Rights Watch said that Sudanese authorities must ensure
 * security", "the UN said the EU must mediate": what a speaker says another side must do
 * is a demand (CAMEO 10x) by the speaker on that side. The demanded action is not an event of its
 * own; the statement is recoded by that action (modality.json "demand"), or 100 when it has none.
 * A speaker's obligation on itself ("Britain said it must act") stays a statement.
 */
function demandsByObligation(doc: Doc, view: SentenceView, events: Event[], modality: Modality, index: PatternIndex): Event[] {
  const tokens = doc.tokens;
  const dropped = new Set<Event>();
  for (const st of events) {
    if (!st.cameo.startsWith('01') || st.source.length === 0) continue;
    const head = tokens.findIndex((t) => t.start === st.trigger.start);
    if (head < 0 || !REPORTING.has(tokens[head]!.lemma)) continue;
    const { end } = view.sentenceOf(head);
    let modal = -1;
    let span = 0;
    for (let k = head + 1; k < Math.min(end, head + 16); k++) {
      if ([';', ':', '“', '”', '"'].includes(tokens[k]!.text)) break;
      if (tokens[k]!.pos === 'VERB' && k > head + 1 && tokens[k - 1]!.lower !== 'to' && !obligationAt(tokens, k - 1) && tokens[k]!.tense !== null) break;
      span = obligationAt(tokens, k);
      if (span > 0) {
        modal = k;
        break;
      }
    }
    if (modal < 0) continue;
    const addressee = actorsOf(view.subjectOf(modal), []);
    const speakers = new Set(st.source.map(actorKey));
    if (addressee.length > 0 && addressee.every((a) => speakers.has(actorKey(a)))) continue;
    if (addressee.length === 0 && ['we', 'i', 'it'].includes(tokens[modal - 1]?.lower ?? '')) continue;
    let negated = false;
    for (let k = modal + span; k < Math.min(end, modal + span + 2); k++) if (tokens[k]!.lower === 'not' || tokens[k]!.lower === "n't") negated = true;
    const action = events.find((e) => e !== st && e.sentence === st.sentence && e.trigger.start > tokens[modal]!.start && e.trigger.start <= (tokens[Math.min(end - 1, modal + span + 4)]!.start));
    const actionCode = action && !negated ? index.byId.get(action.rule)?.cameo ?? action.cameo : null;
    const code = modality.demanded(actionCode);
    st.provenance.push({ stage: STAGE, rule: 'events.obligation-demand', reason: `"${tokens[modal]!.text}" under "${tokens[head]!.text}": a demand (${st.cameo} → ${code})` });
    st.cameo = code;
    if (addressee.length > 0) st.target = addressee;
    else if (action && action.source.length > 0 && !action.source.every((a) => speakers.has(actorKey(a)))) st.target = action.source;
    if (action) dropped.add(action);
  }
  return dropped.size > 0 ? events.filter((e) => !dropped.has(e)) : events;
}

/**
 * Refiner events.event-noun-subject: "a car bomb in Kiev killed a Chechen", "a suicide attack on a
 * convoy has killed eight people": an event noun that is the subject of an event verb is one event
 * with it. The verb's event keeps its sides (the noun phrase as the source, the victims as the
 * target) and takes the noun's code ("car bomb": 1832) when it is of the same kind and as specific.
 */
function absorbSubjectNouns(doc: Doc, events: Event[], index: PatternIndex): Event[] {
  const dropped = new Set<Event>();
  for (const verb of events) {
    if (index.byId.get(verb.rule)?.frame !== 'directed' || verb.source.length !== 1 || verb.source[0]!.id !== null) continue;
    const np = verb.source[0]!;
    for (const noun of events) {
      if (noun === verb || dropped.has(noun) || noun.sentence !== verb.sentence || index.byId.get(noun.rule)?.frame !== 'nominal' || noun.kind !== 'event') continue;
      if (noun.trigger.start < np.start || noun.trigger.end > np.end) continue;
      const sameFamily = pentaFamily(noun.cameo) === pentaFamily(verb.cameo);
      if (sameFamily && noun.cameo.length >= verb.cameo.length) {
        verb.provenance.push({ stage: STAGE, rule: 'events.event-noun-subject', reason: `"${noun.trigger.text}" is the subject of "${verb.trigger.text}": one event, coded ${noun.cameo}` });
        verb.cameo = noun.cameo;
      } else {
        verb.provenance.push({ stage: STAGE, rule: 'events.event-noun-subject', reason: `"${noun.trigger.text}" is the subject of "${verb.trigger.text}": one event` });
      }
      dropped.add(noun);
    }
  }
  return dropped.size > 0 ? events.filter((e) => !dropped.has(e)) : events;
}

/** The kind of a CAMEO code: statements, verbal or material cooperation, verbal or material conflict. */
function pentaFamily(code: string): number {
  const root = Number(code.slice(0, 2));
  return root <= 2 ? 0 : root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 || root === 16 ? 3 : 4;
}

/**
 * Refiner events.antecedent-span: an actor found through a pronoun ("NAF says it has killed …")
 * points at the name it stands for when that name is in the same sentence; the pronoun adds nothing
 * a reader can check.
 */
function pointPronounsAtAntecedents(doc: Doc, events: readonly Event[]): void {
  const byId = new Map(doc.mentions.map((m) => [m.id, m]));
  const pronounAt = new Map(doc.mentions.filter((m) => (m.type === 'pronoun' || m.type === 'plural') && m.antecedents.length === 1).map((m) => [m.start, m]));
  const fix = (a: Actor): Actor => {
    const m = pronounAt.get(a.start);
    const ante = m && m.end === a.end ? byId.get(m.antecedents[0]!) : undefined;
    if (!ante || ante.sentence !== m!.sentence) return a;
    return { ...a, text: ante.text, start: ante.start, end: ante.end };
  };
  for (const ev of events) {
    ev.source = ev.source.map(fix);
    ev.target = ev.target.map(fix);
    if (ev.contact) ev.contact = { ...ev.contact, participants: ev.contact.participants.map(fix), initiator: ev.contact.initiator ? fix(ev.contact.initiator) : null, visitor: ev.contact.visitor ? fix(ev.contact.visitor) : null };
  }
}

const SUBORDINATORS = new Set(['after', 'before', 'since', 'because', 'while', 'when', 'although', 'though', 'until', 'unless', 'whereas', 'as', 'once', 'following', 'amid']);
const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'whose', 'where']);
const CLAIM_NOUNS = new Set(['accusation', 'accusations', 'allegation', 'allegations', 'claim', 'claims', 'charge', 'charges', 'report', 'reports', 'rumour', 'rumours', 'rumor', 'rumors', 'suggestion', 'suggestions', 'suspicion', 'suspicions']);
const CLAIMING = new Set(['claim', 'allege', 'boast', 'purport']);
const REPORTING = new Set(['say', 'tell', 'announce', 'report', 'claim', 'state', 'add', 'confirm', 'declare', 'note', 'warn', 'allege', 'insist', 'believe', 'show', 'reveal', 'accuse', 'suggest', 'indicate', 'deny']);

/**
 * Rule events.clause: where a trigger sits. Scanning back to the start of its clause: a relative
 * pronoun after a noun makes it a relative clause ("the bombings that killed 300"), a subordinator a
 * subordinate clause ("after troops shelled the town"), a reporting verb reported content ("officials
 * said the army shelled the town"); otherwise it is the main clause.
 */
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'earlier', 'later', 'week', 'month', 'year', 'morning', 'evening', 'afternoon', 'night', 'weekend', 'last', 'this', 'on', 'in', 'at', 'late', 'early']);

/** Is the "that" at k preceded by a reporting verb and only a time phrase ("said on Monday that")? */
function reportedAfterTime(tokens: readonly Token[], k: number, floor: number): boolean {
  for (let j = k - 1; j >= Math.max(floor, k - 5); j--) {
    const t = tokens[j]!;
    if (t.pos === 'VERB') return REPORTING.has(t.lemma) && j < k - 1;
    if (!TIME_WORDS.has(t.lower) && t.pos !== 'NUM' && t.pos !== 'ADV') return false;
  }
  return false;
}

export function clauseOf(doc: Doc, i: number): ClauseRole {
  const tokens = doc.tokens;
  const s = doc.sentences[tokens[i]!.sentence]!;
  for (let k = i - 1; k >= s.tokenStart; k--) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':') return 'main';
    // "announced on Monday that it had …": "that" after a time phrase still opens reported content.
    if (t.lower === 'that' && reportedAfterTime(tokens, k, s.tokenStart)) return 'complement';
    if (RELATIVES.has(t.lower) && ['NOUN', 'PROPN', 'PRON'].includes(tokens[k - 1]?.pos ?? '') && t.lower !== 'that' || t.lower === 'that' && ['NOUN', 'PROPN'].includes(tokens[k - 1]?.pos ?? '') && tokens[k + 1]?.pos !== 'DET' && tokens[k + 1]?.pos !== 'PROPN') return 'relative';
    if (SUBORDINATORS.has(t.lower) && (t.pos === 'SCONJ' || t.pos === 'ADP') && tokens[k + 1]?.pos !== 'NOUN') return 'subordinate';
    if (t.pos === 'VERB' && CLAIMING.has(t.lemma)) return 'claimed';
    // "accusations (that) his government had taken …", "reports that troops shelled …": what a
    // claim noun says is claimed, not asserted.
    if (CLAIM_NOUNS.has(t.lower) && (tokens[k + 1]?.lower === 'that' || ['DET', 'PRON', 'PROPN', 'NOUN'].includes(tokens[k + 1]?.pos ?? '')) && k < i - 2) return 'claimed';
    // "a video that it said showed …": reported content inside a relative clause stays relative.
    if (t.pos === 'VERB' && REPORTING.has(t.lemma)) {
      const outer = clauseOf(doc, k);
      return outer === 'relative' || outer === 'claimed' ? outer : 'complement';
    }
    if (t.pos === 'VERB' && t.tense !== null && k < i - 1) return 'main';
  }
  return 'main';
}

const GENERIC_DETERMINERS = new Set(['one', 'such', 'every', 'each', 'any', 'these', 'those', 'some', 'many', 'several', 'previous', 'future', 'further', 'more', 'regular', 'frequent']);
const NEGATORS = new Set(['not', "n't", 'never', 'no']);
const MODALS = new Set(['can', 'could', 'may', 'might', 'should', 'must', 'ought']);
const REFUSALS = new Set(['refuse', 'decline', 'fail', 'reject']);
const CANCEL_LEMMAS = new Set(['cancel', 'postpone', 'scrap', 'delay', 'suspend', 'abandon']);
const FUTURE_NOUN_CUES = new Set(['upcoming', 'planned', 'forthcoming', 'proposed', 'expected', 'next', 'possible', 'potential']);
const RECENT_CUES = new Set(['recent', 'latest', 'last']);
const PLACE_TYPES = new Set(['capital', 'state', 'seat']);
const HOSTING_LEMMAS = new Set(['host', 'welcome', 'receive', 'invite', 'greet']);

/**
 * 06-events: finds event triggers from the pattern lexicon and attributes source and target with
 * shallow clause analysis (subject, object, passive "by", possessor, "with", compounds).
 * Then dates each event from the time expressions in its part of the sentence and sets its status.
 */
export function createEventsStage(options: EventsOptions): Stage {
  const index = new PatternIndex(options.patterns);
  const { codebook, kb } = options;
  return {
    name: '06-events',
    requires: ['mentions', 'times', 'tokens', 'sentences'],
    assigns: ['events'],
    run(doc: Doc): void {
      const view = new SentenceView(doc);
      const places = new PlaceFinder(doc, view, kb);
      const tokens = doc.tokens;
      const triggers: TriggerMatch[] = [];
      const alternatives = new Map<TriggerMatch, TriggerMatch[]>();
      for (let i = 0; i < tokens.length; i++) {
        const [m, ...rest] = index.matchesAt(tokens, i);
        if (!m) continue;
        triggers.push(m);
        alternatives.set(m, rest);
        i = m.end - 1;
      }
      const times = assignTimesToTriggers(doc, triggers);
      let events: Event[] = [];
      for (const trig of triggers) {
        // Rule events.fallback-trigger: when the best pattern at a token cannot make an event, the
        // next best may ("says to keep the ban": not "say … to" someone, but "say").
        let ev = buildEvent(doc, view, places, kb, trig, times.get(trig), index.topicVerbs, index);
        for (const alt of alternatives.get(trig) ?? []) {
          if (ev) break;
          ev = buildEvent(doc, view, places, kb, alt, times.get(trig), index.topicVerbs, index);
        }
        if (!ev) continue;
        if (options.modality && ev.kind === 'event') recodeByModality(doc, ev, options.modality);
        events.push(ev);
      }
      if (options.modality) events = demandsByObligation(doc, view, events, options.modality, index);
      events = absorbSubjectNouns(doc, events, index);
      pointPronounsAtAntecedents(doc, events);
      for (const ev of events) {
        const code = codebook.resolve(ev.cameo);
        ev.goldstein = code?.goldstein ?? null;
        ev.quad = code?.quad ?? null;
        ev.plover = code?.plover ?? null;
      }
      doc.events = events;
    },
  };
}

function sentenceEvidence(doc: Doc, sentence: number): Event['evidence'][number] {
  const s = doc.sentences[sentence]!;
  return { sentence, start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) };
}

function hostFor(view: SentenceView, place: Place, sentence: { start: number; end: number }, visitors: readonly Actor[], kb: KnowledgeBase): Mention[] | ActorRef | null {
  if (!place.country) return null;
  const visitorKeys = new Set(visitors.map(actorKey));
  const people: Mention[] = [];
  for (let k = sentence.start; k < sentence.end; k++) {
    const m = view.mention(k);
    if (!m || m.tokenStart !== k) continue;
    const a = m.actors[0];
    if (m.actors.length === 1 && a && a.kind === 'person' && a.country === place.country && !visitorKeys.has(actorKey(a))) people.push(m);
  }
  if (people.length > 0) return [people[0]!];
  const gov = kb.stateActor(place.country, 'GOV');
  return gov ? { ...gov, name: `${gov.name} (government)` } : null;
}

/**
 * Rule time.governing-verb: a date expression belongs to the verb (or event noun) it modifies: the
 * nearest one before it in the sentence, or, at the start of a clause, the first one after it
 * ("On Sunday, Macron called Putin"). Only when that word is an event trigger does the event get the
 * date: in "Russia withdrew in July, a year after it was brokered", July is the withdrawal's.
 */
export function assignTimesToTriggers(doc: Doc, triggers: readonly TriggerMatch[]): Map<TriggerMatch, TimeMention> {
  const tokens = doc.tokens;
  const byToken = new Map<number, TriggerMatch>();
  for (const trig of triggers) for (let k = trig.start; k < trig.end; k++) byToken.set(k, trig);
  const out = new Map<TriggerMatch, TimeMention>();
  for (const t of doc.times) {
    if (t.kind === 'duration' || t.value === null || t.value.value === null || startsPeriod(doc, t)) continue;
    const first = tokens.findIndex((x) => x.start >= t.start);
    if (first < 0) continue;
    const s = doc.sentences[tokens[first]!.sentence]!;
    let last = first;
    while (last + 1 < s.tokenEnd && tokens[last + 1]!.end <= t.end) last++;
    let owner: TriggerMatch | undefined;
    let decided = false;
    for (let k = first - 1; k >= s.tokenStart && !decided; k--) {
      if (tokens[k]!.text === ';') break;
      const trig = byToken.get(k);
      if (trig || tokens[k]!.pos === 'VERB') {
        owner = trig;
        decided = true;
      }
    }
    for (let k = last + 1; k < s.tokenEnd && !decided; k++) {
      const trig = byToken.get(k);
      if (trig || tokens[k]!.pos === 'VERB') {
        owner = trig;
        decided = true;
      }
    }
    if (owner && !out.has(owner)) out.set(owner, t);
  }
  // Rule time.coordinated-verbs: "In 2010 he visited Moscow and met the president": an undated verb
  // coordinated with a dated one shares its date.
  for (let i = 1; i < triggers.length; i++) {
    const trig = triggers[i]!;
    const prev = triggers[i - 1]!;
    if (out.has(trig) || !out.has(prev) || tokens[prev.start]!.sentence !== tokens[trig.start]!.sentence) continue;
    if (tokens[trig.start]!.pos !== 'VERB') continue;
    let coordinated = false;
    let otherVerb = false;
    for (let k = prev.end; k < trig.start; k++) {
      if (tokens[k]!.pos === 'CCONJ') coordinated = true;
      if (tokens[k]!.pos === 'VERB') otherVerb = true;
    }
    if (coordinated && !otherVerb) out.set(trig, out.get(prev)!);
  }
  return out;
}

/**
 * Rule time.since-not-date: "the first visit since Calvin Coolidge in 1928" — a date inside a
 * "since …" phrase starts a period; it is not when the event happened.
 */
function startsPeriod(doc: Doc, t: TimeMention): boolean {
  const tokens = doc.tokens;
  let k = tokens.findIndex((x) => x.start >= t.start);
  // "since Russian forces attacked Ukraine on February 24": the date belongs to "attacked" (a verb
  // in between ends the search); the governing-verb rule gives it to that verb.
  for (let n = 0; k > 0 && n < 6; n++) {
    k--;
    const u = tokens[k]!;
    if (u.sentence !== t.sentence || u.text === ',' || u.text === ';' || u.pos === 'VERB') return false;
    if (u.lower === 'since') return true;
  }
  return false;
}

function pickDate(doc: Doc, trig: TriggerMatch, time: TimeMention | undefined): EventDate {
  if (time?.value) return { value: time.value.value, precision: time.value.precision, text: time.text };
  // "his recent visit", "the latest call": before publication, day unknown.
  const tokens = doc.tokens;
  const s = doc.sentences[tokens[trig.start]!.sentence]!;
  for (let k = trig.start - 1; k >= Math.max(s.tokenStart, trig.start - 3); k--) {
    const t = tokens[k]!;
    if (RECENT_CUES.has(t.lower) && t.pos === 'ADJ') return { value: null, precision: 'unknown', text: t.text };
  }
  return { value: null, precision: 'unknown', text: null };
}

function statusOf(doc: Doc, view: SentenceView, trig: TriggerMatch, date: EventDate): { status: EventStatus; rule: string | null } {
  const tokens = doc.tokens;
  const t = tokens[trig.start]!;
  const { start } = view.sentenceOf(trig.start);
  // Negation inside the verb group or a determiner "no".
  for (let k = trig.start - 1; k >= Math.max(start, trig.start - 4); k--) {
    const u = tokens[k]!;
    if (NEGATORS.has(u.lower)) return { status: 'negated', rule: 'status.negation' };
    if (u.lower === 'to' && REFUSALS.has(tokens[k - 1]?.lemma ?? '')) return { status: 'negated', rule: 'status.refused' };
    if (u.pos === 'VERB' || u.text === ',' || u.pos === 'PUNCT') break;
  }
  // Modality: "they can talk their way out", "Putin could meet Zelensky" assert no event.
  for (let k = trig.start - 1; k >= Math.max(start, trig.start - 3); k--) {
    const u = tokens[k]!;
    if (MODALS.has(u.lower) && u.pos === 'AUX') return { status: 'conditional', rule: 'status.modal' };
    if (u.pos !== 'ADV' && u.pos !== 'AUX' && u.pos !== 'PART') break;
  }
  // Conditional: inside an "if"/"unless" clause that has not been closed by a comma.
  for (let k = trig.start - 1; k >= start; k--) {
    const u = tokens[k]!;
    if (u.text === ',' || u.text === ';') break;
    if (u.lower === 'if' || u.lower === 'unless') return { status: 'conditional', rule: 'status.conditional' };
  }
  const isNoun = t.pos === 'NOUN' || t.pos === 'PROPN';
  if (isNoun) {
    const gv = view.governingVerb(trig.start);
    if (gv >= 0 && CANCEL_LEMMAS.has(tokens[gv]!.lemma) || tokens[gv]?.lemma === 'call' && tokens[gv + 1]?.lower === 'off') return { status: 'cancelled', rule: 'status.cancelled' };
    for (let k = trig.start - 1; k >= Math.max(start, trig.start - 3); k--) {
      if (FUTURE_NOUN_CUES.has(tokens[k]!.lower)) return { status: 'planned', rule: 'status.planned-cue' };
    }
  }
  // A noun takes the tense of the verb it depends on: before it ("held talks"), or, for a subject,
  // after it ("Discussions … will take place").
  const nounVerb = isNoun ? (view.governingVerb(trig.start) >= 0 ? view.governingVerb(trig.start) : view.mainVerbAfter(trig.end)) : -1;
  const tense = isNoun ? tokens[nounVerb]?.tense ?? null : t.tense ?? nearestFiniteTense(doc, trig.start);
  const published = doc.article.meta.published;
  if (tense === 'future') return { status: 'planned', rule: 'status.future-tense' };
  if (date.value && published && date.precision === 'day' && date.value > published) return { status: 'planned', rule: 'status.future-date' };
  return { status: 'past', rule: null };
}

function nearestFiniteTense(doc: Doc, i: number): Tense | null {
  const s = doc.sentences[doc.tokens[i]!.sentence]!;
  for (let k = i - 1; k >= s.tokenStart; k--) {
    const t = doc.tokens[k]!;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && t.tense) return t.tense;
  }
  return null;
}

const FREQUENCY_WORDS = new Set(['twice', 'repeatedly', 'regularly', 'often', 'frequently', 'routinely']);

/**
 * Rule events.repeated-contacts: "the two men have spoken four times since …" counts contacts; it
 * is a claim about many events, not one event.
 */
function isRepeatedContact(doc: Doc, v: number): boolean {
  const tokens = doc.tokens;
  const s = doc.sentences[tokens[v]!.sentence]!;
  for (let k = v + 1; k < Math.min(s.tokenEnd, v + 6); k++) {
    const t = tokens[k]!;
    if (FREQUENCY_WORDS.has(t.lower)) return true;
    if ((t.lower === 'times' || t.lower === 'occasions') && (tokens[k - 1]!.pos === 'NUM' || tokens[k - 1]!.lower === 'several' || tokens[k - 1]!.lower === 'many')) return true;
    if (t.text === ',' || t.text === ';') break;
  }
  return false;
}

const NON_DIPLOMATIC_ROLES = /(MIL|COP|CVL|MED|BUS|REB)$/;

function isContactParty(a: Actor): boolean {
  return !(a.kind === 'group' && a.code !== null && NON_DIPLOMATIC_ROLES.test(a.code));
}

/** Participles that work as prepositions ("concerns regarding the attack"). */
const PREPOSITION_VERBS = new Set(['regarding', 'concerning', 'including', 'following', 'surrounding', 'involving']);

/** Nouns that continue an event noun into a bigger event ("bombing campaign", "strike wave"). */
const EVENT_HEADS = new Set(['campaign', 'operation', 'wave', 'spree', 'series', 'mission', 'blitz', 'offensive', 'attack', 'raid', 'strike', 'assault', 'action', 'effort', 'process', 'round', 'session', 'meeting', 'call', 'visit', 'trip', 'tour', 'summit', 'conference', 'talk', 'deal', 'agreement', 'accord', 'pact', 'treaty', 'plan']);

function isGenericNoun(doc: Doc, trig: TriggerMatch): boolean {
  const head = doc.tokens[trig.end - 1]!;
  // "meetings", "visits": a plural contact noun speaks of contacts in general. Plural acts of
  // violence or aid ("carried out attacks", "continued their airstrikes") are events.
  const plural = head.lower !== head.lemma && head.lower.endsWith('s') && head.lower !== 'talks' && head.lower !== 'discussions';
  if (plural && trig.pattern.contact) return true;
  const before = doc.tokens[trig.start - 1];
  const before2 = doc.tokens[trig.start - 2];
  return (before !== undefined && GENERIC_DETERMINERS.has(before.lower)) || (before2 !== undefined && GENERIC_DETERMINERS.has(before2.lower) && before?.pos === 'ADJ');
}

function buildEvent(doc: Doc, view: SentenceView, places: PlaceFinder, kb: KnowledgeBase, trig: TriggerMatch, time: TimeMention | undefined, topicVerbs: ReadonlySet<string>, requests: PatternIndex): Event | null {
  const p: PatternSpec = trig.pattern;
  const tokens = doc.tokens;
  // In a phrase ("held talks"), the verb carries the clause; the object follows the whole phrase.
  let v = trig.end - 1;
  if (p.frame !== 'nominal') for (let k = trig.start; k < trig.end; k++) if (tokens[k]!.pos === 'VERB') {
    v = k;
    break;
  }
  const objectFrom = trig.end - 1;
  const head = tokens[trig.end - 1]!;
  const sentence = head.sentence;
  const bounds = view.sentenceOf(v);
  const provenance: Provenance[] = [prov(p.id, `trigger "${doc.text.slice(tokens[trig.start]!.start, head.end)}"`)];
  let source: Actor[] = [];
  let target: Actor[] = [];
  let place: Place | null = null;
  let visitorRole: 'source' | 'target' | null = p.contact?.visitor === 'source' ? 'source' : p.contact?.visitor === 'target' ? 'target' : null;

  if (p.contact && isRepeatedContact(doc, v)) return null;
  // Rule events.compound-modifier: "Russia-backed militias", "UN-brokered ceasefire": a verb joined by a
  // hyphen to the word before it is an adjective, not an event.
  const hy = tokens[trig.start - 1];
  if (hy && (hy.text === '-' || hy.text === '‑') && hy.end === tokens[trig.start]!.start) return null;
  // Rule events.participle-modifier: "the detained vessels", "its captured soldiers": a participle
  // between a determiner and a noun describes the noun; it is not an event of the sentence.
  if (trig.end - trig.start === 1 && tokens[v]!.pos === 'VERB' && /(ed|en)$/.test(tokens[v]!.lower) && hy &&
    (hy.pos === 'DET' || hy.pos === 'NUM' || ['his', 'her', 'its', 'their', 'our'].includes(hy.lower)) &&
    ['NOUN', 'PROPN', 'ADJ'].includes(tokens[v + 1]?.pos ?? '')) return null;
  // Rule events.accused-act: "accused Russia of shelling Kharkiv" reports an accusation, not a shelling.
  const gvOf = tokens[trig.start - 1]?.lower === 'of' ? view.governingVerb(trig.start) : -1;
  if (gvOf >= 0 && topicVerbs.has(tokens[gvOf]!.lemma)) return null;
  const nextWord = tokens[v + 1];
  if (p.exclude?.nextWords && nextWord && p.exclude.nextWords.includes(nextWord.lower)) {
    const dated = doc.times.some((t) => t.start === tokens[v + 2]?.start || t.start === nextWord.start);
    if (!dated) return null;
  }

  if (p.frame === 'directed' || p.frame === 'reciprocal') {
    if (view.isPassive(v)) {
      source = actorsOf(view.agentOf(v));
      target = actorsOf(view.subjectOf(v), source);
      provenance.push(prov('syntax.passive', 'passive voice: the "by" phrase is the source'));
    } else {
      source = actorsOf(view.subjectOf(v));
      const obj = view.objectOf(objectFrom, p.objectPreps ?? []);
      // "called them 'Nazis'", "called the move a mistake": naming, not a call.
      if (p.id === 'contact.call-verb') {
        const after = obj.mentions.length > 0 ? tokens[obj.mentions[obj.mentions.length - 1]!.tokenEnd] : nextWord;
        if (after && (/^["“‘']/.test(after.text) || after.text === "'s" || after.text === '’s' || (obj.mentions.length > 0 && ['NOUN', 'ADJ', 'DET'].includes(after.pos)) || (obj.mentions.length === 0 && ['DET', 'NOUN', 'ADJ', 'PRON'].includes(after.pos)))) return null;
      }
      if (p.requireObjectKind && obj.mentions.length > 0 && !obj.mentions.some((m) => m.actors.some((a) => p.requireObjectKind!.includes(a.kind)))) return null;
      target = actorsOf(obj.mentions, source);
      if (obj.mentions.length > 0) provenance.push(prov(obj.viaPrep ? 'syntax.prepositional-object' : 'syntax.object', obj.viaPrep ? `object after "${obj.viaPrep}"` : 'direct object'));
    }
    if (p.frame === 'reciprocal' && target.length === 0 && source.length > 1) {
      target = source.slice(1);
      source = source.slice(0, 1);
      provenance.push(prov('syntax.compound-subject', 'several subjects meet each other'));
    }
    // Rule syntax.noun-phrase-actor: a side that names no known actor is still a side: "a car bomb
    // killed another ethnic Chechen". Contacts stay between known actors.
    // Rule syntax.inverted-speaker: "…, said Benjamin Haddad" — the speaker follows the verb.
    if (p.cameo.startsWith('01') && source.length === 0 && target.length > 0) {
      const before = tokens[trig.start - 1];
      const first = view.mention(trig.end);
      if (first && first.tokenStart === trig.end && (!before || before.pos === 'PUNCT')) {
        source = target;
        target = [];
        provenance.push(prov('syntax.inverted-speaker', 'the speaker follows the reporting verb'));
      }
    }
    // A statement's target is someone addressed, never what was said: no noun-phrase sides for it.
    const statement = p.cameo.startsWith('01');
    if (!p.contact) {
      const nps = new NounPhrases(view);
      if (statement) {
        if (source.length === 0) source = npActors(doc, view, nps.before(trig.start));
        // "wrote to the parliament", "said in a letter to the board": the phrase after "to" is addressed.
        if (target.length === 0 && (tokens[trig.end - 1]!.lower === 'to' || tokens[trig.end]?.lower === 'to')) target = npActors(doc, view, nps.after(trig.end, ['to']), source);
      } else if (view.isPassive(v)) {
        if (target.length === 0) target = npActors(doc, view, nps.before(v));
        const by = tokens.slice(v + 1, v + 5).find((t) => t.lower === 'by');
        if (source.length === 0 && by) source = npActors(doc, view, nps.after(by.i + 1));
      } else {
        if (source.length === 0) source = npActors(doc, view, nps.before(trig.start));
        if (target.length === 0) target = npActors(doc, view, nps.after(trig.end, p.objectPreps ?? []), source);
        // "released 50 Palestinian prisoners": the object may sit inside the matched words.
        if (target.length === 0 && trig.end - v > 1) target = npActors(doc, view, nps.after(v + 1), source);
      }
    }
    if (p.requireObject && target.length === 0) return null;
    if (p.requireObjectKind && target.length === 0 && p.frame === 'directed') return null;
    // Rule syntax.inverse: "Haiti received aid from Japan": the giver is the source.
    if (p.inverse) {
      [source, target] = [target, source];
      provenance.push(prov('syntax.inverse', 'the subject receives: the giver is the source'));
    }
  } else if (p.frame === 'travel') {
    source = actorsOf(view.subjectOf(v));
    if (p.placeAsObject) {
      const obj = view.objectOf(v, []);
      const m = obj.mentions[0];
      if (m && PLACE_TYPES.has(m.type)) place = places.at(m.tokenStart);
      else if (m) target = actorsOf(obj.mentions, source);
      else place = places.at(v + 1);
    } else {
      place = places.after(v + 1, Math.min(bounds.end, v + 4), p.placePreps ?? ['to']);
    }
    if (!place && target.length === 0) return null;
  } else {
    // nominal
    if (isGenericNoun(doc, trig)) return null;
    // Rule events.noun-modifier: "kidnap victims", "protest leaders", "attack helicopters": an event
    // noun modifying another noun names people or things, not an event ("bombing campaign" still is one).
    const after = tokens[trig.end];
    if (head.pos === 'NOUN' && after && after.sentence === head.sentence && after.pos === 'NOUN' && !EVENT_HEADS.has(after.lemma) && !doc.times.some((t) => t.start === after.start)) return null;
    // Rule events.topic-noun: the object of "discussed", "support", "urged" is what was talked about.
    const gvTopic = view.governingVerb(trig.start);
    if (gvTopic >= 0 && topicVerbs.has(tokens[gvTopic]!.lemma) && (trig.start - gvTopic <= 4 || tokens.slice(gvTopic + 1, trig.start).every((t) => ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'PRON'].includes(t.pos) || t.text === '-' || t.text === "'s" || t.text === '’s'))) return null;

    // Rule events.topic-of-noun: "claimed responsibility for both the Farah and the Ghazni attacks",
    // "condolences over an attack on mosques": the event is what the noun is about.
    for (let k = trig.start - 1; k >= Math.max(bounds.start, trig.start - 10); k--) {
      const t = tokens[k]!;
      if ((t.pos === 'VERB' && !PREPOSITION_VERBS.has(t.lower)) || t.pos === 'SCONJ' || (t.pos === 'PUNCT' && t.text !== '-')) break;
      if (requests.topicNouns.has(t.lower) && (tokens[k + 1]?.pos === 'ADP' || PREPOSITION_VERBS.has(tokens[k + 1]?.lower ?? ''))) {
        provenance.push(prov('events.topic-of-noun', `"${t.text} ${tokens[k + 1]!.text}" makes it a topic`));
        return null;
      }
    }
    // Rule events.multilateral-noun: "the Nato summit", "an EU meeting" is a gathering of an
    // organisation, not a contact between the people around it.
    const modifier = view.mention(trig.start - 1);
    if (p.contact && modifier && modifier.type === 'org' && modifier.tokenEnd === trig.start) return null;
    const possessor = view.possessorOf(v, trig.start);
    const companions = view.companionsOf(v);
    if (possessor) {
      source = actorsOf([possessor]);
      target = actorsOf(companions, source);
      provenance.push(prov('syntax.possessor', `"${possessor.text}" owns the ${head.text}`));
    } else if (companions.length > 0) {
      const between = tokens[v + 1]?.lower === 'between';
      if (between) {
        source = actorsOf(companions.slice(0, 1));
        target = actorsOf(companions.slice(1), source);
      } else {
        const gv = view.governingVerb(trig.start);
        source = actorsOf(gv >= 0 ? view.subjectOf(gv) : view.mainSubject(bounds.start, trig.start));
        target = actorsOf(companions, source);
      }
      provenance.push(prov('syntax.companion', between ? '"between X and Y"' : '"with X"'));
    } else {
      const gv = view.governingVerb(trig.start);
      const governing = gv >= 0 ? view.subjectOf(gv) : (() => {
        const nv = view.mainVerbAfter(trig.end);
        return nv >= 0 ? view.subjectOf(nv) : [];
      })();
      const actors = actorsOf(governing);
      source = actors.slice(0, 1);
      target = actors.slice(1);
      if (actors.length > 0) provenance.push(prov('syntax.governing-subject', gv >= 0 ? 'the subject of the verb the noun depends on' : 'the subject of the main clause'));
      // "meeting Putin on a visit": the object of the governing verb takes part too.
      if (gv >= 0 && target.length === 0) {
        const obj = view.objectOf(gv, ['with']);
        if (obj.at >= 0 && obj.at < trig.start) target = actorsOf(obj.mentions, source);
      }
    }
    // Rule syntax.event-noun: "an Israeli airstrike on Gaza", "the attack by rebels on the convoy":
    // the modifier or the "by" phrase is the source, the phrase after the pattern's preposition the target.
    if (!p.contact) {
      const nps = new NounPhrases(view);
      let k = trig.start - 1;
      while (k >= bounds.start && tokens[k]!.pos === 'ADJ' && !view.mention(k)) k--;
      const mod = view.mention(k);
      const byAt = tokens.slice(trig.end, trig.end + 3).find((t) => t.lower === 'by');
      const bySide = byAt ? (view.mention(byAt.i + 1) ? actorsOf([view.mention(byAt.i + 1)!]) : npActors(doc, view, nps.after(byAt.i + 1))) : [];
      const modSide = mod && mod.tokenEnd === k + 1 && (mod.type === 'demonym' || mod.type === 'state' || mod.type === 'group' || mod.type === 'org') ? actorsOf([mod]) : [];
      if (bySide.length > 0 || modSide.length > 0) {
        source = bySide.length > 0 ? bySide : modSide;
        provenance.push(prov('syntax.event-noun', bySide.length > 0 ? '"by" names the source' : `"${mod!.text}" modifies the event noun`));
      }
      const preps = p.objectPreps ?? ['on', 'against'];
      const objAt = tokens.slice(trig.end, trig.end + 4).findIndex((t) => preps.includes(t.lower));
      if (objAt >= 0) {
        const at = trig.end + objAt + 1;
        const m = view.mention(at) ?? (tokens[at]?.lower === 'the' ? view.mention(at + 1) : undefined);
        const side = m ? actorsOf([m], source) : npActors(doc, view, nps.after(at), source);
        if (side.length > 0) target = side;
      }
    }
    if (p.contact?.visitor === 'possessor') {
      visitorRole = source.length > 0 ? 'source' : null;
      // "Biden welcomed Modi … for a state visit": under a hosting verb the visitor is its object.
      const gv = possessor ? -1 : view.governingVerb(trig.start);
      if (gv >= 0 && HOSTING_LEMMAS.has(tokens[gv]!.lemma) && target.length > 0) {
        visitorRole = 'target';
        provenance.push(prov('contact.visit-under-host', `the visit is hosted ("${tokens[gv]!.text}"): its object is the visitor`));
      }
      place = places.after(trig.end, Math.min(bounds.end, trig.end + 3), ['to', 'in']);
    }
  }

  // Rule events.contact-parties: diplomatic contacts are between people, governments, states and
  // organisations; troops, reporters or civilians meeting someone is not one.
  if (p.contact) {
    // A pattern may rule out some parties altogether: speaking to a parliament is a speech.
    const excluded = p.excludePartyCodes ?? [];
    if ([...source, ...target].some((a) => a.kind === 'group' && a.code !== null && excluded.some((c) => a.code!.endsWith(c)))) return null;
    source = source.filter(isContactParty);
    target = target.filter(isContactParty);
  }
  // Rule events.statement-speaker: a statement is recorded only when it has a speaker.
  if (p.cameo.startsWith('01') && source.length === 0) return null;
  // Rule events.definite-anaphor: "The call lasted about an hour" names no one but refers to the
  // contact just described; the cluster stage attaches it there or drops it.
  const det = tokens[trig.start - 1];
  const anaphoric = p.frame === 'nominal' && source.length === 0 && target.length === 0 && p.contact !== undefined &&
    det !== undefined && ['the', 'this', 'that'].includes(det.lower);
  if (anaphoric) provenance.push(prov('events.definite-anaphor', `"${det!.text} ${head.text}" refers to a contact described before`));
  else if (source.length === 0 && target.length === 0) return null;
  // Rule events.one-sided-contact: a contact with one known side ("Kuwait launched a mediation effort
  // between the two parties") is kept as a contact only when the text names where it happened (the
  // cluster stage can complete it); otherwise it is an event of that side, outside the contact ledger.
  let oneSided = false;
  if (!anaphoric && p.contact && source.length + target.length < 2 && !place && p.frame !== 'directed') {
    if (!(p.frame === 'reciprocal' && source.length === 1)) {
      if (source.length === 0) return null;
      oneSided = true;
      provenance.push(prov('events.one-sided-contact', 'only one side is named: an event, not a contact'));
    }
  }

  // Rule events.domestic-travel: going to one's own country is not a visit.
  if (place?.country && visitorRole === 'source' && source.length > 0 && source.every((a) => a.country === place!.country)) return null;
  // The host of a visit: a person of the visited country named in the sentence, or its government.
  if (place && (p.frame === 'travel' || visitorRole === 'source') && target.length === 0) {
    const host = hostFor(view, place, bounds, source, kb);
    if (Array.isArray(host)) target = actorsOf(host, source);
    else if (host) target = [{ ...host, text: place.name, start: place.start, end: place.end }];
    if (target.length > 0) provenance.push(prov('contact.host-of-place', `the host is ${target[0]!.name}, of the visited country`));
  }

  // Rule events.requested-action / status.intended / status.denied: an action in the "to" complement
  // of "urged X to", or under "agreed to", or in the clause of "denied that", is not asserted.
  let complementStatus: EventStatus | null = null;
  const gov = complementGovernor(doc, trig.start, requests);
  if (gov) {
    const lemma = tokens[gov.verb]!.lemma;
    if (gov.objectControl && requests.requestVerbs.has(lemma)) return null;
    if (requests.wishVerbs.has(lemma)) return null;
    if (requests.intentVerbs.has(lemma) || requests.requestVerbs.has(lemma)) {
      complementStatus = 'planned';
      provenance.push(prov('status.intended', `the action is what "${tokens[gov.verb]!.text}" is about, not yet done`));
    }
  }
  const denial = deniedBy(doc, trig.start, requests.denialVerbs);
  if (denial >= 0) {
    complementStatus = 'negated';
    provenance.push(prov('status.denied', `"${tokens[denial]!.text}" denies it`));
  }
  const date = pickDate(doc, trig, time);
  // Rule events.role-at-event-date: "the French president" in an event of 2010 is who held the office then.
  if (date.value !== null && !(doc.article.meta.published ?? '').startsWith(date.value)) {
    const reresolve = (actors: Actor[]): Actor[] => actors.map((a) => {
      const m = doc.mentions.find((x) => x.start === a.start && x.end === a.end && x.type === 'role' && x.office !== null);
      if (!m?.office?.country) return a;
      const holder = kb.holderOn(m.office.country, m.office.role, date.value!);
      if (!holder || holder.id === a.id) return a;
      const actor = kb.personActor(holder.id, date.value, m.office.country);
      if (!actor) return a;
      provenance.push(prov('events.role-at-event-date', `"${m.text}" on ${date.value} is ${holder.name}`));
      return { ...actor, text: a.text, start: a.start, end: a.end, role: a.role ?? null, title: a.title ?? null };
    });
    source = reresolve(source);
    target = reresolve(target);
  }
  const stated = statusOf(doc, view, trig, date);
  const status = complementStatus && stated.status === 'past' ? complementStatus : stated.status;
  const statusRule = stated.rule;
  if (statusRule) provenance.push(prov(statusRule));
  const triggerStart = tokens[trig.start]!.start;
  const ev: Event = {
    id: '',
    kind: p.contact && !oneSided ? 'contact' : 'event',
    cameo: p.cameo,
    plover: null,
    quad: null,
    goldstein: null,
    source,
    target,
    date,
    status,
    contact: p.contact && !oneSided
      ? {
          mode: p.contact.mode,
          participants: [...source, ...target],
          initiator: p.contact.initiator === 'source' && source.length === 1 ? source[0]! : null,
          visitor: visitorRole === 'source' ? source[0] ?? null : visitorRole === 'target' ? target[0] ?? null : null,
          mediator: null,
          durationMinutes: null,
          location: place?.name ?? null,
          topics: [],
        }
      : null,
    evidence: [sentenceEvidence(doc, sentence)],
    rule: p.id,
    trigger: { start: triggerStart, end: head.end, text: doc.text.slice(triggerStart, head.end) },
    sentence,
    provenance,
    clause: clauseOf(doc, trig.start),
    ...(anaphoric ? { anaphoric: true } : {}),
  };
  return ev;
}
