import type { Actor } from './actor.js';
import type { Provenance } from './provenance.js';
import type { Precision } from './time.js';

export type RecordKind = 'event' | 'contact' | 'claim' | 'quote' | 'promise';

export type EventStatus = 'past' | 'planned' | 'ongoing' | 'cancelled' | 'negated' | 'conditional';

export type ContactMode = 'phone' | 'in-person' | 'video' | 'unknown';

/** The 16 POLECAT/PLOVER event types. */
export type PloverType =
  | 'AGREE' | 'CONSULT' | 'SUPPORT' | 'CONCEDE' | 'COOPERATE' | 'AID' | 'RETREAT' | 'REQUEST'
  | 'ACCUSE' | 'REJECT' | 'THREATEN' | 'PROTEST' | 'SANCTION' | 'MOBILIZE' | 'COERCE' | 'ASSAULT';

export interface EventDate {
  readonly value: string | null;
  readonly precision: Precision;
  /** The text the date was read from, or null when it was inherited or unknown. */
  readonly text: string | null;
}

export interface Evidence {
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface ContactDetails {
  mode: ContactMode;
  participants: Actor[];
  initiator: Actor | null;
  visitor: Actor | null;
  mediator: Actor | null;
  durationMinutes: number | null;
  location: string | null;
  topics: string[];
}

/** A coded event. A contact is an event whose `contact` holds the details. */
export interface Event {
  id: string;
  kind: 'event' | 'contact';
  cameo: string;
  plover: PloverType | null;
  quad: number | null;
  goldstein: number | null;
  source: Actor[];
  target: Actor[];
  date: EventDate;
  status: EventStatus;
  contact: ContactDetails | null;
  evidence: Evidence[];
  /** The main rule: the pattern that found the event. */
  rule: string;
  /** The trigger word(s) in the text. */
  trigger: { start: number; end: number; text: string };
  sentence: number;
  provenance: Provenance[];
  /** A definite mention ("the call") that names no participants and must join an earlier contact. */
  anaphoric?: boolean;
  /** Where the trigger sits: the main clause, reported content, a subordinate or a relative clause. */
  clause?: ClauseRole;
}

export type ClauseRole = 'main' | 'complement' | 'claimed' | 'subordinate' | 'relative';

export interface Quote {
  id: string;
  speaker: Actor | null;
  anonymous: boolean;
  text: string;
  direct: boolean;
  evidence: Evidence[];
  rule: string;
  provenance: Provenance[];
}

export interface Claim {
  id: string;
  about: Actor[];
  what: 'contacts';
  count: number;
  since: string | null;
  until: string | null;
  evidence: Evidence[];
  rule: string;
  provenance: Provenance[];
}

/** A commitment or assurance ("Putin said he had no intention of attacking them"): the spec's Promise. */
export interface PromiseRecord {
  id: string;
  by: Actor;
  text: string;
  to: Actor | null;
  evidence: Evidence[];
  rule: string;
  provenance: Provenance[];
}
