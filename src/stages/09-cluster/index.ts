import { createHash } from 'node:crypto';
import type { Actor, Doc, Event } from '../../model/index.js';
import type { Codebook, KnowledgeBase } from '../../kb/index.js';
import type { Stage } from '../../pipeline/stage.js';
import { actorKey } from '../06-events/index.js';
import { locationCountry } from '../07-contacts/index.js';

const STAGE = '09-cluster';
export const CLUSTER_RULE_VERSION = 'within-article/1';

/** How specific a contact code is: a merged contact keeps the most specific one. */
const SPECIFICITY: Record<string, number> = { '043': 6, '042': 6, '044': 5, '045': 5, '046': 4, '041': 3, '040': 1, '036': 0 };

/** Sentences apart that an undated mention may be from the contact it elaborates. */
const ELABORATION_DISTANCE = 2;
/** Sentences back that "the call" may look for the contact it refers to. */
const ANAPHOR_DISTANCE = 3;

function keys(actors: readonly Actor[]): Set<string> {
  return new Set(actors.map(actorKey));
}

function participantsOf(e: Event): Actor[] {
  return e.contact ? e.contact.participants : [...e.source, ...e.target];
}

/**
 * Rule cluster.government-covers-person: a government named without a person ("United States
 * (government)", the host of a visit to Washington) stands for any person of that government.
 */
export function represents(general: Actor, specific: Actor): boolean {
  if (general.kind === 'person' || specific.kind !== 'person' || general.country === null) return false;
  const isGovernment = general.kind === 'state' || (general.code !== null && general.code.endsWith('GOV'));
  return isGovernment && specific.country === general.country;
}

function sameOrCovered(x: Actor, y: Actor): boolean {
  return actorKey(x) === actorKey(y) || represents(x, y) || represents(y, x);
}

function subsetEither(a: readonly Actor[], b: readonly Actor[]): boolean {
  const [small, big] = a.length <= b.length ? [a, b] : [b, a];
  if (small.length === 0) return false;
  return small.every((x) => big.some((y) => sameOrCovered(x, y)));
}

function compatible<T>(a: T | null, b: T | null, eq: (x: T, y: T) => boolean = (x, y) => x === y): boolean {
  return a === null || b === null || eq(a, b);
}

function sentenceDistance(a: Event, b: Event): number {
  let best = Infinity;
  for (const x of a.evidence) for (const y of b.evidence) best = Math.min(best, Math.abs(x.sentence - y.sentence));
  return best;
}

/**
 * Rule cluster.same-contact: two mentions in one article are one event when they have the same
 * kind and status, one's participants include the other's, their details do not conflict (mode,
 * place, visitor), and their dates agree, or one is undated and close by (it elaborates the other:
 * "Putin called on Thursday. … Macron responded and they spoke for 90 minutes").
 */
/** Places agree when they are the same, or when one is unknown to the KB, or both lie in one country ("Havana" and "Cuba"). */
function sameArea(kb: KnowledgeBase | null, x: string, y: string): boolean {
  if (x === y || kb === null) return x === y;
  const cx = locationCountry(kb, x);
  const cy = locationCountry(kb, y);
  return cx === null || cy === null || cx === cy;
}

export function canMerge(a: Event, b: Event, published: string | null = null, kb: KnowledgeBase | null = null, anyDistance = false): boolean {
  if (a.kind !== b.kind || a.status !== b.status) return false;
  if (a.kind === 'event') {
    if (a.cameo !== b.cameo) return false;
    if (!subsetEither(a.source, b.source)) return false;
  } else {
    const ca = a.contact!;
    const cb = b.contact!;
    const modeOk = ca.mode === 'unknown' || cb.mode === 'unknown' || ca.mode === cb.mode;
    if (!modeOk) return false;
    if (!compatible(ca.location, cb.location, (x, y) => sameArea(kb, x, y))) return false;
    if (!compatible(ca.visitor, cb.visitor, (x, y) => actorKey(x) === actorKey(y))) return false;
  }
  // An anaphoric "the call" has no participants of its own: it joins a contact just before it.
  if (b.anaphoric) return a.contact !== null && b.sentence >= a.sentence && b.sentence - a.sentence <= ANAPHOR_DISTANCE && (b.date.value === null || b.date.value === a.date.value);
  if (!subsetEither(participantsOf(a), participantsOf(b))) return false;
  if (a.date.value !== null && b.date.value !== null) return a.date.value === b.date.value;
  if (!recentCompatible(a, b, published) || !recentCompatible(b, a, published)) return false;
  return anyDistance || sentenceDistance(a, b) <= ELABORATION_DISTANCE;
}

/** How long before publication a "recent" contact can have been. */
const RECENT_DAYS = 180;

/** Rule cluster.recent-window: a "recent" contact cannot be one dated years before the article. */
function recentCompatible(a: Event, b: Event, published: string | null): boolean {
  if (a.date.value !== null || a.date.text === null || b.date.value === null || published === null) return true;
  const start = b.date.value.length === 4 ? `${b.date.value}-12-31` : b.date.value.length === 7 ? `${b.date.value}-28` : b.date.value;
  const days = (Date.parse(published) - Date.parse(start)) / 86400000;
  return days >= -1 && days <= RECENT_DAYS;
}

/** Union of actor lists where a person replaces the government that stood for them. */
function unionActors(a: readonly Actor[], b: readonly Actor[]): Actor[] {
  const out = [...a];
  for (const x of b) {
    if (out.some((y) => actorKey(y) === actorKey(x) || represents(x, y))) continue;
    const general = out.findIndex((y) => represents(y, x));
    if (general >= 0) out[general] = x;
    else out.push(x);
  }
  return out;
}

/** Folds mention `b` into cluster `a`, keeping the most specific code and every detail either stated. */
export function mergeInto(a: Event, b: Event, codebook: Codebook | null, kb: KnowledgeBase | null = null): void {
  const aSpec = SPECIFICITY[a.cameo] ?? 2;
  const bSpec = SPECIFICITY[b.cameo] ?? 2;
  if (bSpec > aSpec) {
    a.cameo = b.cameo;
    a.rule = b.rule;
    a.trigger = b.trigger;
    const code = codebook?.resolve(a.cameo);
    a.goldstein = code?.goldstein ?? b.goldstein;
    a.quad = code?.quad ?? b.quad;
    a.plover = code?.plover ?? b.plover;
  }
  if (a.date.value === null && b.date.value !== null) a.date = b.date;
  else if (a.date.value === null && a.date.text === null && b.date.text !== null) a.date = b.date;
  // New actors join on the side they had in b; actors a already has keep their side.
  const known = [...a.source, ...a.target];
  a.source = unionActors(a.source, b.source.filter((x) => !known.some((y) => sameOrCovered(x, y)) || a.source.some((y) => represents(y, x))));
  const sourceKeys = keys(a.source);
  a.target = unionActors(a.target, b.target).filter((x) => !sourceKeys.has(actorKey(x)));
  if (a.contact && b.contact) {
    const c = a.contact;
    const d = b.contact;
    if (c.mode === 'unknown') c.mode = d.mode;
    c.initiator ??= d.initiator;
    c.visitor ??= d.visitor;
    c.mediator ??= d.mediator;
    c.durationMinutes ??= d.durationMinutes;
    if (c.location === null || (kb && d.location && locationCountry(kb, c.location) === null && locationCountry(kb, d.location) !== null)) c.location = d.location ?? c.location;
    c.topics = [...new Set([...c.topics, ...d.topics])];
    c.participants = unionActors(c.participants, d.participants);
  }
  const seen = new Set(a.evidence.map((e) => e.sentence));
  for (const e of b.evidence) if (!seen.has(e.sentence)) a.evidence.push(e);
  a.evidence.sort((x, y) => x.start - y.start);
  a.provenance.push(...b.provenance, { stage: STAGE, rule: 'cluster.same-contact', reason: `merged the mention in sentence ${b.sentence} (${b.rule})` });
}

/** Orients a contact: the initiator (or the visitor of a visit, the host of a hosting) is the source. */
function orient(e: Event): void {
  // A contact always has a source when it has any party: "a call with Macron and Putin" lists both
  // as target. (An attack on a convoy by no one named keeps its empty source.)
  if (e.contact && e.source.length === 0 && e.target.length > 0) e.source = e.target.splice(0, 1);
  const c = e.contact;
  if (!c) return;
  let first: Actor | null = null;
  if (c.initiator) first = c.initiator;
  else if (e.cameo === '042' && c.visitor) first = c.visitor;
  else if (e.cameo === '043' && c.visitor) first = c.participants.find((p) => actorKey(p) !== actorKey(c.visitor!)) ?? null;
  if (!first) return;
  const key = actorKey(first);
  const all = unionActors(e.source, e.target);
  const src = all.find((x) => actorKey(x) === key) ?? first;
  e.source = [src];
  e.target = all.filter((x) => actorKey(x) !== key);
}

/** Derived from the article's content hash, so ids survive re-ingestion and never collide across articles. */
/** The headline's sentence index: the first paragraph when it is one sentence with no final stop. */
function headlineSentence(doc: Doc): number {
  const s0 = doc.sentences[0];
  const s1 = doc.sentences[1];
  if (!s0) return -1;
  const text = doc.text.slice(s0.start, s0.end);
  const alone = !s1 || s1.paragraph !== s0.paragraph;
  return alone && (!/[.!?]["”’]?$/.test(text) || text === doc.article.meta.title) ? 0 : -1;
}

export function stableEventId(articleHash: string, e: Event): string {
  const participants = [...keys(participantsOf(e))].sort().join(',');
  // The trigger offset makes the id unique within the article: two clusters never share a trigger.
  const basis = [articleHash, e.kind, e.cameo, participants, e.date.value ?? '', e.trigger.start].join('|');
  return `ev_${createHash('sha256').update(basis).digest('hex').slice(0, 20)}`;
}

/**
 * 09-cluster: mentions of one real-world event within an article become one event with all its
 * evidence. Cross-article clustering happens in the ledger.
 */
export function createClusterStage(options: { codebook: Codebook | null; kb: KnowledgeBase | null } = { codebook: null, kb: null }): Stage {
  return {
    name: '09-cluster',
    requires: ['events', 'contacts'],
    assigns: ['clusters'],
    run(doc: Doc): void {
      const clusters: Event[] = [];
      for (const e of doc.events) {
        let best: Event | null = null;
        let bestScore = Infinity;
        for (const c of clusters) {
          if (!canMerge(c, e, doc.article.meta.published, options.kb)) continue;
          const sameDate = c.date.value !== null && c.date.value === e.date.value;
          const score = (sameDate ? 0 : 100) + sentenceDistance(c, e);
          if (score < bestScore) {
            best = c;
            bestScore = score;
          }
        }
        if (best) mergeInto(best, e, options.codebook, options.kb);
        else if (!e.anaphoric) clusters.push(e);
      }
      // Rule cluster.headline / cluster.only-candidate: an undated mention in the headline, or one
      // with a single compatible contact anywhere in the article, is that contact however far away.
      const headline = headlineSentence(doc);
      for (const x of [...clusters]) {
        if (x.date.value !== null || x.date.text !== null) continue;
        const candidates = clusters.filter((y) => y !== x && canMerge(y, x, doc.article.meta.published, options.kb, true));
        const inHeadline = x.evidence.every((e) => e.sentence === headline);
        if (candidates.length === 1 || (inHeadline && candidates.length > 0)) {
          const target = candidates.find((y) => y.date.value !== null) ?? candidates[0]!;
          mergeInto(target, x, options.codebook, options.kb);
          target.provenance.push({ stage: STAGE, rule: inHeadline ? 'cluster.headline' : 'cluster.only-candidate' });
          clusters.splice(clusters.indexOf(x), 1);
        }
      }
      for (const c of clusters) {
        orient(c);
        c.id = stableEventId(doc.article.hash, c);
      }
      // Rule cluster.incomplete-contact: a contact is between two sides; one whose other side the
      // article never names ("Putin spoke by phone", "NATO ministers are discussing nuclear planning")
      // is not a contact-ledger entry. When one side is named and it happened or is planned, it stays
      // an event of that side (still coded 04x); otherwise it is dropped.
      const out: Event[] = [];
      for (const c of clusters) {
        if (c.kind !== 'contact' || (c.source.length > 0 && c.target.length > 0)) out.push(c);
        else if (c.source.length + c.target.length > 0 && !c.anaphoric && c.status !== 'conditional' && c.status !== 'negated') {
          out.push({ ...c, kind: 'event', contact: null, source: c.source.length > 0 ? c.source : c.target, target: [], provenance: [...c.provenance, { stage: STAGE, rule: 'cluster.incomplete-contact', reason: 'only one side is named: an event of that side, not a contact' }] });
        }
      }
      doc.events = out;
    },
  };
}
