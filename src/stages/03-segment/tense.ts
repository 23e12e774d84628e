import type { Tense, Token } from '../../model/index.js';

const FUTURE_AUX = new Set(['will', "'ll", 'shall', 'wo', 'would', "'d"]);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', "'d"]);
const PRESENT_AUX = new Set(['is', 'are', 'am', "'s", "'re", "'m", 'has', 'have', "'ve", 'does', 'do']);
const MODAL_PRESENT = new Set(['can', 'could', 'may', 'might', 'must', 'should', 'ought']);
/** Verbs that, followed by "to", put the next verb in the future: "plans to visit", "is set to meet". */
const FUTURE_LEADS = new Set(['plan', 'set', 'due', 'expect', 'schedule', 'intend', 'hope', 'aim', 'prepare']);

/** Is this verb form a past form (preterite or participle) rather than the base, -s or -ing form? */
export function isPastForm(t: Token): boolean {
  const w = t.lower;
  if (t.lemma === 'be') return w === 'was' || w === 'were' || w === 'been';
  if (t.lemma === 'have') return w === 'had';
  if (t.lemma === 'do') return w === 'did' || w === 'done';
  if (w === t.lemma || w.endsWith('ing')) return false;
  const l = t.lemma;
  if (w === `${l}s` || w === `${l}es` || (l.endsWith('y') && w === `${l.slice(0, -1)}ies`)) return false;
  return true;
}

function isVerbal(t: Token): boolean {
  return t.pos === 'VERB' || t.pos === 'AUX';
}

/**
 * Assigns a tense to every verb and auxiliary, reading the verb group it belongs to
 * ("will meet" future, "has met" past, "was attacked" past, "heads" present). The group is the run
 * of auxiliaries, negation and adverbs ending in the verb; its tense is set by its first member.
 * Participles without an auxiliary ("…, meeting Putin") and infinitives ("to meet") get no tense:
 * the time stage then reads the tense of the finite verb they depend on.
 */
export function assignTense(tokens: Token[], from = 0, to = tokens.length): void {
  let i = from;
  while (i < to) {
    const t = tokens[i]!;
    if (!isVerbal(t)) {
      i++;
      continue;
    }
    // Collect the group: verbal tokens with negation/adverbs between them.
    let j = i;
    let last = i;
    while (j < to) {
      const u = tokens[j]!;
      if (isVerbal(u)) last = j;
      else if (!(u.pos === 'PART' && (u.lower === 'not' || u.lower === "n't")) && u.pos !== 'ADV') break;
      j++;
    }
    const first = tokens[i]!;
    // Non-finite forms (participles, infinitives) have no tense of their own: they take the clause's.
    let tense: Tense | null;
    // Set already by a future lead ("plans to | visit").
    if (first.tense !== null) tense = first.tense;
    else if (FUTURE_AUX.has(first.lower) && first.pos === 'AUX') tense = 'future';
    else if (PAST_AUX.has(first.lower)) tense = 'past';
    else if ((first.lemma === 'have') && last > i) tense = 'past';
    else if (PRESENT_AUX.has(first.lower) || MODAL_PRESENT.has(first.lower)) tense = 'present';
    else if (first.lower.endsWith('ing') || tokens[i - 1]?.lower === 'to') tense = null;
    else tense = isPastForm(first) ? 'past' : 'present';
    // "is going to meet", "plans to visit": the verb after "to" is future.
    const head = tokens[last]!;
    const next = tokens[last + 1];
    const after = tokens[last + 2];
    if (tense !== null && tense !== 'past' && (FUTURE_LEADS.has(head.lemma) || head.lower === 'going') && next?.lower === 'to' && after && isVerbal(after)) {
      tense = 'future';
      after.tense = 'future';
    }
    for (let k = i; k <= last; k++) {
      if (isVerbal(tokens[k]!)) tokens[k]!.tense = tense;
    }
    i = Math.max(last + 1, i + 1);
  }
}
