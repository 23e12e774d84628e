import type { Actor, ContactDetails, Doc, Event, Provenance, Token } from '../../model/index.js';
import type { Codebook, KnowledgeBase } from '../../kb/index.js';
import type { Stage } from '../../pipeline/stage.js';
import { actorKey, actorsOf, PlaceFinder, SentenceView } from '../06-events/index.js';

const STAGE = '07-contacts';

function prov(rule: string, reason?: string): Provenance {
  return reason ? { stage: STAGE, rule, reason } : { stage: STAGE, rule };
}

const PHONE_CUES = new Set(['phone', 'telephone', 'phoned', 'telephoned', 'call', 'calls', 'called']);
const VIDEO_CUES = new Set(['video', 'virtual', 'virtually', 'videoconference', 'video-link', 'online']);
const IN_PERSON_CUES = new Set(['face-to-face', 'visit', 'visited', 'hosted', 'summit']);
const MEDIATOR_NOUNS = new Set(['mediator', 'go-between', 'intermediary', 'broker', 'middleman']);
const TOPIC_STOP = new Set(['at', 'in', 'to', 'with', 'during', 'after', 'before', 'as', 'while', 'since', 'from', 'by', 'for', 'amid', 'when', 'that', 'which', 'who', 'but', 'because', 'following']);

/** Tokens of the sentence around a trigger, bounded by neighbouring clauses. */
function window(doc: Doc, ev: Event, radius: number): Token[] {
  const s = doc.sentences[ev.sentence]!;
  const trig = doc.tokens.findIndex((t) => t.start === ev.trigger.start);
  const lo = Math.max(s.tokenStart, trig - radius);
  const hi = Math.min(s.tokenEnd, trig + radius + 1);
  return doc.tokens.slice(lo, hi);
}

/** Refiner contact.mode-cue: "by phone", "phone call", "video call", "in person" settle an unknown mode. */
function refineMode(doc: Doc, ev: Event, c: ContactDetails): void {
  if (c.mode !== 'unknown') return;
  const toks = window(doc, ev, 12);
  const words = toks.map((t) => t.lower);
  const text = words.join(' ');
  if (words.some((w) => VIDEO_CUES.has(w)) || /video (call|link|conference)/.test(text)) {
    c.mode = 'video';
    ev.provenance.push(prov('contact.mode-cue', 'a video cue near the trigger'));
  } else if (words.some((w) => PHONE_CUES.has(w))) {
    c.mode = 'phone';
    ev.provenance.push(prov('contact.mode-cue', 'a phone cue near the trigger'));
  } else if (/\bin person\b/.test(text) || words.some((w) => IN_PERSON_CUES.has(w))) {
    c.mode = 'in-person';
    ev.provenance.push(prov('contact.mode-cue', 'an in-person cue near the trigger'));
  }
}

/**
 * Refiner contact.initiator-cue: "at Macron's request", "at the request of X", "at X's initiative",
 * "on the initiative of X", "initiated by X", "X requested the call".
 */
function refineInitiator(doc: Doc, view: SentenceView, ev: Event, c: ContactDetails): void {
  const s = doc.sentences[ev.sentence]!;
  const tokens = doc.tokens;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = tokens[k]!;
    if (t.lemma !== 'request' && t.lemma !== 'initiative' && t.lemma !== 'invitation' && t.lemma !== 'initiate') continue;
    let who: Actor[] = [];
    if (t.pos === 'NOUN') {
      const poss = view.possessorOf(k, k);
      if (poss) who = actorsOf([poss]);
      else if (tokens[k + 1]?.lower === 'of') {
        const m = view.mention(k + 2) ?? (tokens[k + 2]?.lower === 'the' ? view.mention(k + 3) : undefined);
        if (m) who = actorsOf([m]);
      }
    } else if (t.pos === 'VERB') {
      if (view.isPassive(k)) who = actorsOf(view.agentOf(k));
      else who = actorsOf(view.subjectOf(k));
    }
    if (who.length === 1) {
      c.initiator = who[0]!;
      ev.provenance.push(prov('contact.initiator-cue', `"${t.text}" names ${who[0]!.name} as the one who asked for it`));
      return;
    }
  }
}

/** Refiner contact.duration: the length stated in the same sentence ("for nearly two hours"). */
function refineDuration(doc: Doc, ev: Event, c: ContactDetails): void {
  const s = doc.sentences[ev.sentence]!;
  const durations = doc.times.filter((t) => t.kind === 'duration' && t.start >= s.start && t.end <= s.end);
  if (durations.length === 0) return;
  durations.sort((a, b) => Math.abs(a.start - ev.trigger.start) - Math.abs(b.start - ev.trigger.start));
  const d = durations[0]!;
  c.durationMinutes = d.durationMinutes;
  ev.provenance.push(prov('contact.duration', `"${d.text}" in the same sentence`));
}

/** A noun phrase used as a topic, starting at token k: "the safety of Ukraine's nuclear plants". */
function topicPhrase(doc: Doc, k: number, end: number): string | null {
  const tokens = doc.tokens;
  let i = k;
  while (i < end && (tokens[i]!.pos === 'DET' || tokens[i]!.lower === 'the')) i++;
  const start = i;
  let last = -1;
  let nouns = 0;
  while (i < end && i - start < 12) {
    const t = tokens[i]!;
    const participle = t.pos === 'VERB' && /(ed|ing)$/.test(t.lower) && ['NOUN', 'PROPN', 'ADJ'].includes(tokens[i + 1]?.pos ?? '');
    if (TOPIC_STOP.has(t.lower) || t.pos === 'PUNCT' && t.text !== '’s' && t.text !== "'s" || t.pos === 'VERB' && !participle || t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'PRON') break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      nouns++;
      last = i;
    } else if (t.pos === 'VERB' && /(ed|ing)$/.test(t.lower) && ['NOUN', 'PROPN', 'ADJ'].includes(tokens[i + 1]?.pos ?? '')) {
      // "stalled Ukraine peace talks": a participle used as an adjective
    } else if (t.pos === 'ADP' && t.lower !== 'of' || t.pos === 'CCONJ' && !(tokens[i + 1]?.pos === 'NOUN' || tokens[i + 1]?.pos === 'ADJ')) break;
    else if (t.pos === 'ADJ' || t.pos === 'NUM' || t.text === "'s" || t.text === '’s' || t.lower === 'of' || t.pos === 'CCONJ' || t.pos === 'DET' || t.pos === 'PART') {
      // continues the phrase
    } else break;
    i++;
  }
  if (nouns === 0 || last < start) return null;
  return doc.text.slice(tokens[start]!.start, tokens[last]!.end);
}

/** Refiner contact.topic: what was discussed: "discussed X", "focused on X", "talks on/about X". */
function refineTopics(doc: Doc, view: SentenceView, ev: Event, c: ContactDetails): void {
  const s = doc.sentences[ev.sentence]!;
  const tokens = doc.tokens;
  const trig = tokens.findIndex((t) => t.start === ev.trigger.start);
  const topics = new Set(c.topics);
  for (let k = Math.max(s.tokenStart, trig - 2); k < s.tokenEnd; k++) {
    const t = tokens[k]!;
    let from = -1;
    if (t.lemma === 'discuss' && t.pos === 'VERB' && !view.mention(k + 1)) from = k + 1;
    else if ((t.lemma === 'focus' || t.lemma === 'concentrate') && tokens[k + 1]?.lower === 'on') from = k + 2;
    else if ((t.lower === 'about' || t.lower === 'on' || t.lower === 'over') && tokens[k + 1]?.lower !== 'behalf' && k > trig && k - trig <= 8 && !doc.times.some((x) => x.start === tokens[k]!.start || x.start === tokens[k + 1]?.start)) from = k + 1;
    else if (t.lemma === 'focus' && tokens[k + 1]?.lower !== 'on') {
      // "focused for nearly two hours on …": look past the duration.
      for (let j = k + 1; j < Math.min(s.tokenEnd, k + 7); j++) if (tokens[j]!.lower === 'on') {
        from = j + 1;
        break;
      }
    }
    if (from < 0 || view.mention(from) && view.mention(from)!.type !== 'state') continue;
    const phrase = topicPhrase(doc, from, s.tokenEnd);
    if (phrase && phrase.length > 2) {
      topics.add(phrase);
      ev.provenance.push(prov('contact.topic', `"${phrase}"`));
    }
  }
  c.topics = [...topics];
}

const CLAUSE_END = new Set(['since', 'while', 'because', 'although', 'though', 'whereas', 'which', 'who', 'where', 'when', ';']);

/**
 * Refiner contact.location: where an in-person contact took place: "in Geneva", "at the White House",
 * "in the Black Sea resort of Sochi". Phone and video contacts have no place. The search stays in
 * the trigger's clause and stops at the next event.
 */
function refineLocation(doc: Doc, places: PlaceFinder, ev: Event, c: ContactDetails, nextTrigger: number): void {
  if (c.location || c.mode === 'phone' || c.mode === 'video') return;
  const s = doc.sentences[ev.sentence]!;
  const tokens = doc.tokens;
  const trig = tokens.findIndex((t) => t.start === ev.trigger.start);
  let end = s.tokenEnd;
  for (let k = trig + 1; k < s.tokenEnd; k++) {
    if (CLAUSE_END.has(tokens[k]!.lower) || tokens[k]!.start >= nextTrigger) {
      end = k;
      break;
    }
  }
  const place = places.after(trig + 1, end, ['in', 'at', 'on', 'of']);
  if (place) {
    c.location = place.name;
    ev.provenance.push(prov('contact.location', `"${place.name}"${place.country ? ` (${place.country})` : ''}`));
  }
}

/** Refiner contact.mediator: "became a mediator, meeting Putin", "spoke to Putin on behalf of Zelensky". */
function refineMediator(doc: Doc, ev: Event, c: ContactDetails): void {
  const s = doc.sentences[ev.sentence]!;
  const tokens = doc.tokens;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = tokens[k]!;
    const onBehalf = t.lower === 'behalf' && tokens[k - 1]?.lower === 'on';
    if ((MEDIATOR_NOUNS.has(t.lemma) || onBehalf) && ev.source.length === 1) {
      c.mediator = ev.source[0]!;
      ev.provenance.push(prov('contact.mediator', onBehalf ? '"on behalf of": the source carries another party\'s message' : `"${t.text}" describes the source`));
      return;
    }
  }
}

/**
 * Refiner contact.code: the CAMEO code that fits the details. A phone contact is 041; a meeting in
 * one side's country is a visit (042, visitor as source) or a hosting (043); a meeting elsewhere is
 * 044; a planned contact is an intent to meet (036).
 */
function refineCode(kb: KnowledgeBase, codebook: Codebook, ev: Event, c: ContactDetails, locationCountry: string | null): void {
  const before = ev.cameo;
  if (c.mode === 'phone' && ev.cameo === '040') ev.cameo = '041';
  if (ev.cameo === '040' && c.mode !== 'phone' && c.mode !== 'video' && locationCountry) {
    const srcCountries = new Set(ev.source.map((a) => a.country));
    const tgtCountries = new Set(ev.target.map((a) => a.country));
    if (tgtCountries.has(locationCountry) && !srcCountries.has(locationCountry)) {
      ev.cameo = '042';
      c.visitor = ev.source[0] ?? null;
    } else if (srcCountries.has(locationCountry) && !tgtCountries.has(locationCountry) && ev.target.length > 0) {
      ev.cameo = '043';
      c.visitor = ev.target[0] ?? null;
    } else if (!srcCountries.has(locationCountry) && !tgtCountries.has(locationCountry) && ev.target.length > 0) {
      ev.cameo = '044';
    }
    if (ev.cameo !== '040') c.mode = 'in-person';
  }
  if (ev.status === 'planned') ev.cameo = '036';
  // A cancelled meeting or visit reduces relations (16); the record keeps its mode and its status.
  if (ev.status === 'cancelled') ev.cameo = '160';
  if (ev.cameo !== before) {
    ev.provenance.push(prov('contact.code', `${before} → ${ev.cameo} (${ev.status === 'planned' || ev.status === 'cancelled' ? ev.status : c.mode}${locationCountry ? `, in ${kb.country(locationCountry)?.name ?? locationCountry}` : ''})`));
    const code = codebook.resolve(ev.cameo);
    ev.goldstein = code?.goldstein ?? null;
    ev.quad = code?.quad ?? null;
    ev.plover = code?.plover ?? ev.plover;
  }
}

const LOCATING = new Set(['capital', 'state', 'seat', 'place']);

/** The country a contact's location is in, when the knowledge base knows the place. */
export function locationCountry(kb: KnowledgeBase, location: string | null): string | null {
  if (!location) return null;
  return kb.names.get(location).find((r) => LOCATING.has(r.type))?.id ?? null;
}

export interface ContactsOptions {
  readonly kb: KnowledgeBase;
  readonly codebook: Codebook;
}

/** 07-contacts: the details of each contact: mode, initiator, duration, place, topics, mediator, and the code that fits them. */
export function createContactsStage(options: ContactsOptions): Stage {
  const { kb, codebook } = options;
  return {
    name: '07-contacts',
    requires: ['events', 'mentions', 'times'],
    assigns: ['contacts'],
    run(doc: Doc): void {
      const view = new SentenceView(doc);
      const places = new PlaceFinder(doc, view, kb);
      const triggerStarts = doc.events.map((e) => e.trigger.start).sort((a, b) => a - b);
      for (const ev of doc.events) {
        const c = ev.contact;
        if (!c) continue;
        const nextTrigger = triggerStarts.find((x) => x > ev.trigger.start) ?? Infinity;
        refineMode(doc, ev, c);
        refineInitiator(doc, view, ev, c);
        refineDuration(doc, ev, c);
        refineTopics(doc, view, ev, c);
        refineLocation(doc, places, ev, c, nextTrigger);
        refineMediator(doc, ev, c);
        refineCode(kb, codebook, ev, c, locationCountry(kb, c.location));
        const seen = new Set<string>();
        c.participants = [...ev.source, ...ev.target].filter((a) => {
          const k = actorKey(a);
          if (seen.has(k)) return false;
          seen.add(k);
          return true;
        });
      }
    },
  };
}
