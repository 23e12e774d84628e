import type { ExtractRecord } from '../model/index.js';

/** CAMEO root → the five ConfliBERT classes: statement, verbal and material cooperation, verbal and material conflict. */
export const PENTACLASS = ['make_statement', 'verbal_cooperation', 'material_cooperation', 'verbal_conflict', 'material_conflict'] as const;

export function pentaclassOf(cameo: string): number {
  const root = Number(cameo.slice(0, 2));
  if (root <= 2) return 0;
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13 || root === 16) return 3;
  return 4;
}

/**
 * The primary event of a sentence or article: the one a coder reading it would name. Events with an
 * asserted, planned (coded as intents and threats) or cancelled (coded as reduced relations) status
 * come before negated or conditional ones; an action in the main clause or in reported content comes
 * before the statement that reports it ("officials said the army shelled X" is about the shelling),
 * an action in a subordinate clause ("a man died after he was shot by police") before a bare statement,
 * and that statement before an action in a relative clause ("claimed responsibility for the bombings
 * that killed 300"); then the earliest in the text.
 */
export function primaryEvent(records: readonly ExtractRecord[]): ExtractRecord | null {
  const events = records.filter((r) => (r.kind === 'event' || r.kind === 'contact') && r.cameo);
  if (events.length === 0) return null;
  const rank = (r: ExtractRecord): number => {
    let score = 0;
    if (r.status === 'negated' || r.status === 'conditional') score += 4;
    if (r.clause === 'relative' || r.clause === 'claimed') score += 2;
    if (r.clause === 'subordinate') score += 0.5;
    if (r.cameo!.startsWith('01')) score += 1;
    return score;
  };
  return [...events].sort((a, b) => rank(a) - rank(b) || (a.trigger?.start ?? 0) - (b.trigger?.start ?? 0))[0]!;
}
