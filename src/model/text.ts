/** Universal POS tags, as wink-nlp produces them. */
export type Upos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export type Tense = 'past' | 'present' | 'future';

export interface Token {
  /** Index in the document's token list (whitespace is not a token). */
  readonly i: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  readonly lemma: string;
  readonly pos: Upos;
  /** Shape of the token: word, number, punctuation, symbol, emoji, … (wink-nlp's type). */
  readonly shape: string;
  /** wink-nlp's negation flag: inside the scope of a negation. */
  readonly negated: boolean;
  readonly sentence: number;
  /** Tense of a verb form, with its auxiliaries ("will meet" is future, "has met" past); null otherwise. */
  tense: Tense | null;
}

export interface Sentence {
  readonly i: number;
  readonly start: number;
  readonly end: number;
  /** Token range [tokenStart, tokenEnd). */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly paragraph: number;
}

/** Boilerplate removed by the cleaner, in raw-text offsets, with the rule that removed it. */
export interface RemovedText {
  readonly rawStart: number;
  readonly rawEnd: number;
  readonly text: string;
  readonly rule: string;
}

/** An embedded social-media post recognised by its attribution line. */
export interface Embed {
  readonly kind: 'tweet';
  readonly author: string;
  readonly handle: string | null;
  /** YYYY-MM-DD when the attribution line carries a date. */
  readonly date: string | null;
  /** The post's body in cleaned-text offsets (the paragraph before the attribution). */
  readonly start: number;
  readonly end: number;
}

/** Something wrong with the text that the user should know about (damaged quote, truncated text). */
export interface Flag {
  readonly code: string;
  readonly message: string;
  readonly start: number;
  readonly end: number;
  readonly rule: string;
}
