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
  readonly end_date?: string | null;
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
  /** Mentions left out, by reason (a consort, a sub-national premier, a third country's leader at a summit …). */
  readonly excluded: Readonly<Record<string, number>>;
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

// A name word: capitalised; an initial may end in a full stop ("John F. Kennedy"), a word may not.
const NAME_WORD = "(?:[A-Z]\\.|[A-ZÀ-Þ][\\p{L}'’\\-]*)";
const CONNECTOR = "(?:bin|al|de|da|van|von|der|del|la|le|ibn|II|III|IV|V|VI)";
const MENTION = new RegExp(
  `(?<pre>\\b[A-Za-z-]+ )?(?<demonym>\\b[A-Z][a-z]+ )?\\b(?<title>${TITLE_ROLES.map(([t]) => t).join('|')})\\b(?! of the| of Government| of State|-elect| Minister)\\s+(?<name>(?:(?:Dr|Sir|Sheikh)\\.?\\s+)?${NAME_WORD}(?:\\s+(?:${NAME_WORD}|${CONNECTOR})){0,4})`,
  'gu',
);
const NOT_IN_OFFICE = /\b(former|ex|late|then|outgoing|incoming|future|deputy|vice|crown|designate|elect|alternate|acting deputy)\b/i;
const HONORIFIC = /^(?:(?:Dr|Sir|Sheikh|Shaikh|Prince|General|Gen|Field Marshal|Marshal)\.?\s+)+/;

function tokens(s: string): string[] {
  const all = fold(s).toLowerCase().replace(/[^a-z0-9\s-]/g, ' ').split(/[\s-]+/).filter((t) => t.length >= 2 && !/^(iii|ii|iv|vi|the|and|of|bin|al|de|da|von|van)$/.test(t));
  // Two-letter words count only when they are the whole name ("President Hu", "Foreign Minister Li").
  return all.length === 1 ? all : all.filter((t) => t.length >= 3);
}

/** Edit distance ≤ 2 for long words: official lists misspell names ("Atisaari", "Bessmertnkyh"). */
function closeEnough(a: string, b: string): boolean {
  if (a === b) return true;
  const allowed = Math.min(a.length, b.length) >= 7 ? 2 : Math.min(a.length, b.length) >= 5 ? 1 : 0;
  if (allowed === 0 || Math.abs(a.length - b.length) > allowed) return false;
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]! <= allowed;
}

interface Holder {
  readonly id: string;
  readonly name: string;
  readonly gender: string;
  readonly words: readonly string[];
  readonly joined: readonly string[];
  readonly titles: readonly string[];
}

function nameMatches(h: Holder, name: string): boolean {
  const words = tokens(name);
  const joined = fold(name).toLowerCase().replace(/[^a-z]/g, '');
  return words.some((w) => h.words.some((x) => closeEnough(w, x))) || h.joined.some((j) => j.length >= 6 && joined.includes(j));
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
    if (comma) variants.push(`${comma[2]} ${comma[1]}`);
  }
  for (const v of variants) {
    const ref = kb.names.get(v.trim()).find((r) => r.type === 'state');
    if (ref) return ref.id;
  }
  return null;
}

/**
 * The countries whose office-holders a country name may mean on a date: "Germany" in 1985 is West
 * Germany (a predecessor it continues), and "the Soviet Union" in 1992 is Russia (its successor).
 */
function countriesOn(kb: KnowledgeBase, iso: string, date: string): string[] {
  const out = [iso];
  for (const p of kb.country(iso)?.predecessors ?? []) {
    const pre = kb.country(p);
    if (pre && (pre.until === null || date < pre.until)) out.push(p);
  }
  const self = kb.country(iso);
  if (self?.until && date >= self.until) {
    for (const c of kb.countries) if (c.predecessors?.includes(iso)) out.push(c.iso3);
  }
  return out;
}

/** Holders of the roles in the countries at any time from `date` to `until` (a trip lasts days). */
function holders(kb: KnowledgeBase, countries: readonly string[] | null, roles: readonly string[], date: string, until: string = date): Holder[] {
  const out: Holder[] = [];
  for (const p of kb.people) {
    const offices = p.offices.filter((o) => (countries === null || countries.includes(o.country)) && roles.includes(o.role) && o.from <= until && (o.until === null || date < o.until));
    if (offices.length === 0) continue;
    const names = [p.name, ...p.aliases];
    out.push({
      id: p.id,
      name: p.name,
      gender: p.gender,
      words: names.flatMap(tokens),
      joined: names.map((n) => fold(n).toLowerCase().replace(/[^a-z]/g, '')),
      titles: offices.map((o) => o.title),
    });
  }
  return out;
}

/** Builds and judges the cases of every record from `since` on. */
export function crossCheckTravel(kb: KnowledgeBase, records: readonly TravelRecord[], since = '1980-01-01'): CrossCheckReport {
  const cases: CrossCheckCase[] = [];
  const excluded: Record<string, number> = {};
  const unknownCountries: Record<string, number> = {};
  const exclude = (why: string): void => {
    excluded[why] = (excluded[why] ?? 0) + 1;
  };

  const judge = (record: string, date: string, until: string, title: string, name: string, iso: string, roles: readonly string[], countryStated: boolean): void => {
    const hs = holders(kb, countriesOn(kb, iso, date), roles, date, until);
    if (hs.some((h) => nameMatches(h, name))) {
      cases.push({ record, date, title, name, country: iso, roles, agreed: true, kbHolders: hs.map((h) => h.name) });
      return;
    }
    // A queen or king of the other sex than the monarch is a consort ("Queen Sophia" of Spain).
    if ((title === 'Queen' || title === 'King') && hs.length > 0 && hs.every((h) => h.gender === (title === 'Queen' ? 'male' : 'female'))) return exclude('consort');
    // "Premier" where the country's head of government is not called so: a provincial premier.
    if (title === 'Premier' && !hs.some((h) => h.titles.includes('Premier'))) return exclude('sub-national premier');
    if (!countryStated) {
      // No country in the remark: at a summit the named leader may be anyone's. Judge them only if
      // they hold that office somewhere; a leader of another country is not this record's case.
      // (A "President" of an institution — the European Commission — counts as such a third party.)
      if (holders(kb, null, [...roles, 'org-head'], date, until).some((h) => nameMatches(h, name))) return exclude('leader of a third country, country not stated');
    }
    cases.push({ record, date, title, name, country: iso, roles, agreed: false, kbHolders: hs.map((h) => h.name) });
  };

  for (const r of records) {
    if (r.date < since) continue;
    if (r.kind === 'foreign_leader_visit_to_us') {
      const trav = r.gold_traveler.trim();
      const hit = TITLE_ROLES.find(([t]) => trav.startsWith(`${t} `));
      if (!hit) continue;
      const iso = countryOf(kb, r.gold_origin_country);
      if (!iso) {
        unknownCountries[r.gold_origin_country] = (unknownCountries[r.gold_origin_country] ?? 0) + 1;
        continue;
      }
      // "President of the Council of Ministers …" names another office.
      if (/^of\b/.test(trav.slice(hit[0].length + 1))) continue;
      const name = trav.slice(hit[0].length + 1).replace(/\s+of\s+.*$/, '').replace(HONORIFIC, '').trim();
      if (name !== '') judge(r.id, r.date, r.end_date ?? r.date, hit[0], name, iso, hit[1], true);
      continue;
    }
    const destination = countryOf(kb, r.gold_destination_country);
    MENTION.lastIndex = 0;
    for (const m of r.text.matchAll(MENTION)) {
      const g = m.groups!;
      const hit = TITLE_ROLES.find(([t]) => t === g['title']);
      if (!hit) continue;
      const pre = `${g['pre'] ?? ''}${g['demonym'] ?? ''}`.trim();
      // The words before the title in its clause: "former South African President Mandela".
      const clause = r.text.slice(Math.max(0, m.index - 40), m.index + (g['pre']?.length ?? 0) + (g['demonym']?.length ?? 0)).split(/[,;:]|\band\b/).pop() ?? '';
      if (NOT_IN_OFFICE.test(clause) || /\bfuneral of\s*$/i.test(clause)) {
        exclude('not in office (former, late, deputy …)');
        continue;
      }
      // Two-word demonyms first ("East German", "South Korean").
      const candidates = [pre, g['demonym']?.trim() ?? ''].filter((x) => x !== '' && /^[A-Z]/.test(x));
      let byDemonym: string | undefined;
      for (const d of candidates) {
        byDemonym = kb.countryOfDemonym(d) ?? countryOf(kb, d) ?? undefined;
        if (byDemonym) break;
      }
      const iso = byDemonym ?? destination;
      if (!iso) {
        unknownCountries[r.gold_destination_country] = (unknownCountries[r.gold_destination_country] ?? 0) + 1;
        continue;
      }
      const name = g['name']!.replace(/\s+(?:and|And)\b.*$/, '').replace(/[.,;]+$/, '').replace(HONORIFIC, '').trim();
      if (name === '' || /^(Dr|Sir|Sheikh)\.?$/.test(name)) continue;
      const until = r.end_date ?? r.date;
      // The U.S. side ("accompanied President Obama") is not a foreign office-holder.
      if (iso === 'USA' || holders(kb, ['USA'], hit[1], r.date, until).some((h) => nameMatches(h, name))) continue;
      judge(r.id, r.date, until, hit[0], name, iso, hit[1], byDemonym !== undefined);
    }
  }
  const agreed = cases.filter((c) => c.agreed).length;
  return { cases, agreed, total: cases.length, rate: cases.length === 0 ? 0 : agreed / cases.length, excluded, unknownCountries };
}
