/**
 * Which rule produced (or changed) an annotation. Every annotation carries at least one,
 * so `--explain` can show why a label was chosen.
 */
export interface Provenance {
  /** The stage that applied the rule, e.g. "06-events". */
  readonly stage: string;
  /** A stable rule id, e.g. "contact.call.verb" or "time.weekday-by-tense". */
  readonly rule: string;
  /** A short human explanation of this particular decision. */
  readonly reason?: string;
}
