import { fold } from './fold.js';
import type { KnowledgeBase } from './knowledge-base.js';

/**
 * Cross-check of the knowledge base against official travel records (the U.S. Office of the
 * Historian's lists of foreign leaders' visits and of presidential and secretary-of-state trips).
 * Each record that names a foreign head of state or government, or a foreign minister, with a title
 * and a country, is a test: the KB must hold a person of that name in that office, in that country,
 * on that date. The records are read at run time; nothing from them is stored in the KB.
 */

export interface TravelRecord {
  readonly id: string;
  readonly kind: 'foreign_leader_visit_to_us' | 'us_president_trip_abroad' | 'us_secretary_of_state_trip_abroad';
  readonly text: string;
  readonly date: string;
  readonly gold_traveler: string;
  readonly gold_origin_country: string;
  readonly gold_destination_country: string;
}

export interface CrossCheckCase {
  readonly record: string;
  readonly date: string;
  readonly title: string;
  readonly name: string;
  readonly country: string;
  readonly roles: readonly string[];
  readonly agreed: boolean;
  /** Who the KB has in that office on that date (for disagreements). */
  readonly kbHolders: readonly string[];
}

export interface CrossCheckReport {
  readonly cases: readonly CrossCheckCase[];
  readonly agreed: number;
  readonly total: number;
  readonly rate: number;
  /** Records skipped because their country is not a state the KB knows. */
  readonly unknownCountries: Readonly<Record<string, number>>;
}

/** Titles that name the offices the check is about, and the roles they may denote. */
const TITLE_ROLES: ReadonlyArray<[string, readonly string[]]> = [
  ['Minister of Foreign Affairs', ['foreign-minister']],
  ['Foreign Minister', ['foreign-minister']],
  ['Foreign Secretary', ['foreign-minister']],
  ['External Affairs Minister', ['foreign-minister']],
  ['Prime Minister', ['head-of-government']],
  ['Premier', ['head-of-government']],
  ['Chancellor', ['head-of-government']],
  ['Taoiseach', ['head-of-government']],
  ['Interim President', ['head-of-state', 'head-of-government']],
  ['Acting President', ['head-of-state', 'head-of-government']],
  ['President', ['head-of-state', 'head-of-government']],
  ['King', ['head-of-state']],
  ['Queen', ['head-of-state']],
  ['Emperor', ['head-of-state']],
  ['Grand Duke', ['head-of-state']],
  ['Amir', ['head-of-state']],
  ['Emir', ['head-of-state']],
  ['Sultan', ['head-of-state']],
  ['Pope', ['head-of-state']],
];

const NAME_WORD = "[A-ZÀ-Þ][\\p{L}'’.\\-]*";
const MENTION = new RegExp(
  `(?:\\b(?<demonym>[A-Z][a-z]+) )?\\b(?<title>${TITLE_ROLES.map(([t]) => t.replace(/ /g, ' ')).join('|')})\\b(?! of the| of Government| of State|-elect| Minister)\\s+(?<name>${NAME_WORD}(?:\\s+(?:${NAME_WORD}|bin|al|de|da|van|von|del|la|le|ibn|II|III|IV)){0,4})`,
  'gu',
);

function tokens(s: string): string[] {
  return fold(s).toLowerCase().replace(/[^a-z0-9\s-]/g, ' ').split(/[\s-]+/).filter((t) => t.length >= 3 && !/^(iii|ii|iv)$/.test(t));
}

/**
 * A state from a country name as official lists write it: "Korea, Republic of", "Korea, South",
 * "Burma (Myanmar)", "Democratic Republic of the Congo (Zaire)".
 */
function countryOf(kb: KnowledgeBase, name: string): string | null {
  const variants = [name];
  const paren = /^(.*?)\s*\((.*)\)\s*$/.exec(name);
  if (paren) variants.push(paren[1]!, paren[2]!);
  for (const v of [...variants]) {
    const comma = /^(.*?),\s*(.*)$/.exec(v);
    if (comma) variants.push(`${comma[2]} ${comma[1]}`.replace(/^(.*) of (.*)$/, (_m, a: string, b: string) => `${a} of ${b}`));
  }
  for (const v of variants) {
    const ref = kb.names.get(v.trim()).find((r) => r.type === 'state');
    if (ref) return ref.id;
  }
  return null;
}

/** The countries whose office-holders a record's country name may mean on a date ("Germany" in 1985 is West Germany). */
function countriesOn(kb: KnowledgeBase, iso: string, date: string): string[] {
  const c = kb.country(iso);
  const out = [iso];
  for (const p of c?.predecessors ?? []) {
    const pre = kb.country(p);
    if (pre && (pre.until === null || date < pre.until)) out.push(p);
  }
  return out;
}

function holders(kb: KnowledgeBase, countries: readonly string[], roles: readonly string[], date: string): Array<{ id: string; name: string; words: Set<string> }> {
  const out: Array<{ id: string; name: string; words: Set<string> }> = [];
  for (const p of kb.people) {
    const holds = p.offices.some((o) => countries.includes(o.country) && roles.includes(o.role) && o.from <= date && (o.until === null || date < o.until));
    if (holds) out.push({ id: p.id, name: p.name, words: new Set([p.name, ...p.aliases].flatMap(tokens)) });
  }
  return out;
}

function judge(kb: KnowledgeBase, record: string, date: string, title: string, name: string, iso: string, roles: readonly string[]): CrossCheckCase {
  const hs = holders(kb, countriesOn(kb, iso, date), roles, date);
  const words = tokens(name);
  const agreed = hs.some((h) => words.some((w) => h.words.has(w)));
  return { record, date, title, name, country: iso, roles, agreed, kbHolders: hs.map((h) => h.name) };
}

/** Builds and judges the cases of every record from `since` on. */
export function crossCheckTravel(kb: KnowledgeBase, records: readonly TravelRecord[], since = '1980-01-01'): CrossCheckReport {
  const cases: CrossCheckCase[] = [];
  const unknownCountries: Record<string, number> = {};
  const usOffices = new Set(['USA']);
  for (const r of records) {
    if (r.date < since) continue;
    if (r.kind === 'foreign_leader_visit_to_us') {
      const trav = r.gold_traveler.trim();
      const hit = TITLE_ROLES.find(([t]) => trav.startsWith(`${t} `) && !trav.startsWith(`${t}-`));
      if (!hit) continue;
      const iso = countryOf(kb, r.gold_origin_country);
      if (!iso) {
        unknownCountries[r.gold_origin_country] = (unknownCountries[r.gold_origin_country] ?? 0) + 1;
        continue;
      }
      const name = trav.slice(hit[0].length + 1).replace(/\s+of\s+.*$/, '').trim();
      if (name === '') continue;
      cases.push(judge(kb, r.id, r.date, hit[0], name, iso, hit[1]));
      continue;
    }
    const destination = countryOf(kb, r.gold_destination_country);
    MENTION.lastIndex = 0;
    for (const m of r.text.matchAll(MENTION)) {
      const g = m.groups!;
      const hit = TITLE_ROLES.find(([t]) => t === g['title']);
      if (!hit) continue;
      const byDemonym = g['demonym'] ? kb.countryOfDemonym(g['demonym']) ?? countryOf(kb, g['demonym']) : undefined;
      const iso = byDemonym ?? destination;
      if (!iso) {
        unknownCountries[r.gold_destination_country] = (unknownCountries[r.gold_destination_country] ?? 0) + 1;
        continue;
      }
      if (usOffices.has(iso)) continue;
      const name = g['name']!.replace(/\b(and|And)\b.*$/, '').replace(/[.,;]+$/, '').trim();
      // The U.S. side ("accompanied President Obama") is not a foreign office-holder.
      const words = tokens(name);
      const american = holders(kb, ['USA'], hit[1], r.date).some((h) => words.some((w) => h.words.has(w)));
      if (american || name === '') continue;
      cases.push(judge(kb, r.id, r.date, hit[0], name, iso, hit[1]));
    }
  }
  const agreed = cases.filter((c) => c.agreed).length;
  return { cases, agreed, total: cases.length, rate: cases.length === 0 ? 0 : agreed / cases.length, unknownCountries };
}
