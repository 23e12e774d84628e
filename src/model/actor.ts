import type { Provenance } from './provenance.js';

export type ActorKind = 'person' | 'state' | 'igo' | 'group' | 'org';

/** A resolved actor: who, independent of where it was mentioned. */
export interface ActorRef {
  readonly name: string;
  /** Knowledge-base id, or null for an actor recognised from the text alone. */
  readonly id: string | null;
  readonly kind: ActorKind;
  /** ISO-3 country the actor belongs to or represents. */
  readonly country: string | null;
  /** CAMEO actor code, e.g. FRAGOV, RUSMIL, IGOUNO. */
  readonly code: string | null;
}

/** An actor as it appears in one record of the extract contract: resolved actor plus the text that named it. */
export interface Actor extends ActorRef {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** PLOVER sector ("Government", "Military", "IGO"…), derived from the CAMEO code when records are written. */
  readonly sector?: string | null;
  /** The office or position: a role id ("head-of-state", "foreign-minister"), or "affiliate" for a described post. */
  readonly role?: string | null;
  /** The title as the article gives it ("Prime Minister", "senior director for Europe at the Atlantic Council"). */
  readonly title?: string | null;
}

/** The grammatical/semantic type of a mention, before and after resolution. */
export type MentionType =
  | 'person'      // "Emmanuel Macron", "Macron", "Israeli Prime Minister Naftali Bennett"
  | 'role'        // "the French president": an office, resolved to its holder on a date
  | 'state'       // "France", "Russia"
  | 'demonym'     // "French" used as a modifier
  | 'seat'        // "the Kremlin", "the Elysee": the seat of a government, standing for it
  | 'capital'     // "Moscow": a place, and a metonym for the government
  | 'org'         // "the International Atomic Energy Agency"
  | 'group'       // "Russian forces", "a French official": a collective or anonymous actor
  | 'pronoun'     // "he", "him", "his"
  | 'plural';     // "the two men", "they"

export interface OfficeRef {
  /** ISO-3 country, or an organisation code ("UN", "EU"). */
  readonly country: string | null;
  /** head-of-state, head-of-government, foreign-minister, … */
  readonly role: string;
  /** The title as written ("Prime Minister"). */
  readonly title: string;
}

export interface Mention {
  readonly id: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly sentence: number;
  readonly tokenStart: number;
  /** Exclusive. */
  readonly tokenEnd: number;
  type: MentionType;
  /** The resolved actor(s). One for most mentions; several for "the two men". Empty when unresolved. */
  actors: ActorRef[];
  /** The office named in the mention, when there is one ("Israeli Prime Minister …", "the French president"). */
  office: OfficeRef | null;
  /** Gender for pronoun resolution, when known. */
  gender: 'male' | 'female' | null;
  /** For anaphora: the mention ids this one refers back to. */
  antecedents: number[];
  provenance: Provenance[];
}
