/** Entries of the knowledge base, as authored in data/kb/*.json. */

export interface CountryEntry {
  readonly iso3: string;
  readonly cameo: string;
  readonly name: string;
  readonly official: string;
  readonly aliases: readonly string[];
  readonly demonyms: readonly string[];
  readonly capital: string | null;
  readonly capitalAliases: readonly string[];
  readonly seats: readonly string[];
  readonly un: 'member' | 'observer' | 'non-member' | 'historical';
  readonly from: string | null;
  readonly until: string | null;
  readonly region: string;
  /** States this one continues, whose name news also uses for them ("Germany" in 1985 is West Germany). */
  readonly predecessors?: readonly string[];
}

export interface OfficeTerm {
  /** ISO-3 country, or an organisation id ("UN", "NATO", "EU"). */
  readonly country: string;
  readonly role: string;
  readonly title: string;
  readonly from: string;
  readonly until: string | null;
  readonly acting?: boolean;
  /** A rival or de facto claim (a government not recognised at the time): never wins over a recognised holder. */
  readonly disputed?: boolean;
  /** A second holder sharing the office by design (Cambodia's co-prime ministers, 1993–98). */
  readonly joint?: boolean;
}

/** Which office governs a country during a period. */
export interface ExecutiveTerm {
  readonly role: string;
  readonly from: string | null;
  readonly until: string | null;
}

export interface PersonEntry {
  readonly id: string;
  readonly name: string;
  readonly gender: 'male' | 'female';
  /** Home country, when offices alone would mislead (a monarch of several realms). */
  readonly country?: string;
  readonly aliases: readonly string[];
  readonly ambiguousAliases?: readonly string[];
  readonly offices: readonly OfficeTerm[];
}

export interface OrgEntry {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: 'igo' | 'org' | 'group';
  readonly code: string | null;
  /** What the organisation is: igo, ngo, think-tank, news-agency, armed-group, party, company, university… */
  readonly type?: string;
  /** ISO-3 country of a national organisation (a think tank's home, an agency's state). */
  readonly country?: string | null;
  readonly ambiguousAliases?: readonly string[];
}

/** A place that is not a capital but hosts diplomacy ("Geneva", "Sochi", "Camp David"): located, never an actor. */
export interface PlaceEntry {
  readonly name: string;
  readonly country: string;
  readonly aliases: readonly string[];
}

export interface TitleEntry {
  readonly title: string;
  readonly role: string;
  readonly code: string | null;
  readonly countries?: readonly string[];
  readonly generic?: boolean;
  /** The title names an office only with an organisation ("the IAEA chief", "the head of NATO"). */
  readonly orgOnly?: boolean;
  /** For gendered titles ("king", "spokeswoman"): used to resolve pronouns. */
  readonly gender?: 'male' | 'female';
}

export interface TitlesFile {
  readonly honorifics: readonly string[];
  readonly titles: readonly TitleEntry[];
}

export type NameType = 'person' | 'state' | 'demonym' | 'capital' | 'seat' | 'org' | 'place';

/** What a name in the gazetteer points to. */
export interface NameRef {
  readonly type: NameType;
  readonly id: string;
  /** A common word or a name several entries share: needs context to be trusted. */
  readonly ambiguous: boolean;
}
