import type { KnowledgeBase } from './knowledge-base.js';

export interface KbIssue {
  readonly level: 'error' | 'warning';
  readonly check: string;
  readonly message: string;
}

/**
 * Consistency checks over the knowledge base: dates in order, no two substantive holders of one
 * office at once, offices in known countries or organisations, aliases shared without a flag.
 */
export function checkKnowledgeBase(kb: KnowledgeBase): KbIssue[] {
  const issues: KbIssue[] = [];
  const orgIds = new Set(kb.organizations.map((o) => o.id));
  const byOffice = new Map<string, Array<{ person: string; from: string; until: string | null; acting: boolean }>>();
  for (const p of kb.people) {
    if (p.gender !== 'male' && p.gender !== 'female') issues.push({ level: 'warning', check: 'gender', message: `${p.id} has no gender` });
    for (const o of p.offices) {
      if (o.until !== null && o.until <= o.from) issues.push({ level: 'error', check: 'dates-in-order', message: `${p.id}: ${o.country} ${o.role} ends (${o.until}) before it starts (${o.from})` });
      if (!kb.country(o.country) && !orgIds.has(o.country)) issues.push({ level: 'error', check: 'known-country', message: `${p.id}: ${o.role} in unknown country or organisation "${o.country}"` });
      const key = `${o.country}|${o.role}`;
      const list = byOffice.get(key) ?? [];
      list.push({ person: p.id, from: o.from, until: o.until, acting: o.acting === true || o.disputed === true || o.joint === true });
      byOffice.set(key, list);
    }
  }
  for (const [office, terms] of byOffice) {
    const real = terms.filter((t) => !t.acting).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    for (let i = 1; i < real.length; i++) {
      const prev = real[i - 1]!;
      const cur = real[i]!;
      if (prev.person === cur.person) continue;
      if (prev.until === null || prev.until > cur.from) {
        issues.push({ level: 'error', check: 'no-overlapping-terms', message: `${office.replace('|', ' ')}: ${prev.person} (${prev.from}..${prev.until ?? 'now'}) overlaps ${cur.person} (from ${cur.from})` });
      }
    }
  }
  const aliasOwners = new Map<string, Set<string>>();
  for (const p of kb.people) {
    const flagged = new Set(p.ambiguousAliases ?? []);
    for (const a of p.aliases) {
      if (flagged.has(a)) continue;
      const set = aliasOwners.get(a) ?? new Set<string>();
      set.add(p.id);
      aliasOwners.set(a, set);
    }
  }
  for (const [alias, owners] of aliasOwners) {
    if (owners.size > 1) issues.push({ level: 'warning', check: 'shared-alias', message: `"${alias}" names ${[...owners].join(', ')} but is not flagged ambiguous (it is treated as ambiguous)` });
  }
  return issues;
}
