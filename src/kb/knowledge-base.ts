import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ActorRef } from '../model/index.js';
import { ReadoutError } from '../model/index.js';
import { fold } from './fold.js';
import { Gazetteer } from './gazetteer.js';
import type { CountryEntry, ExecutiveTerm, NameRef, OfficeTerm, OrgEntry, PersonEntry, PlaceEntry, TitleEntry, TitlesFile } from './types.js';

export interface KnowledgeBaseData {
  readonly countries: readonly CountryEntry[];
  readonly people: readonly PersonEntry[];
  readonly organizations: readonly OrgEntry[];
  readonly places: readonly PlaceEntry[];
  readonly titles: TitlesFile;
  /** Which office governs each country, by date (from the people files). */
  readonly executive?: Readonly<Record<string, readonly ExecutiveTerm[]>>;
  /** Identifies the data, so results can be reproduced. */
  readonly version: string;
}

/** An entry is valid on a date when the date falls in [from, until). Missing bounds are open. */
export function validOn(entry: { from: string | null; until: string | null }, date: string | null): boolean {
  if (date === null) return entry.until === null;
  const d = date.length === 4 ? `${date}-07-01` : date.length === 7 ? `${date}-15` : date;
  return (entry.from === null || entry.from <= d) && (entry.until === null || d < entry.until);
}

/**
 * The knowledge base: states, organisations, office-holders with dated terms, and the titles
 * that name offices. It is an instance (no module state); load it once and share it.
 */
export class KnowledgeBase {
  readonly version: string;
  readonly names = new Gazetteer<NameRef>();
  readonly titles: readonly TitleEntry[];
  readonly honorifics: ReadonlySet<string>;
  private readonly countriesByIso = new Map<string, CountryEntry>();
  private readonly peopleById = new Map<string, PersonEntry>();
  private readonly orgsById = new Map<string, OrgEntry>();
  private readonly demonymToIso = new Map<string, string>();
  private readonly terms = new Map<string, Array<{ person: PersonEntry; term: OfficeTerm }>>();
  private readonly executive: Readonly<Record<string, readonly ExecutiveTerm[]>>;
  readonly people: readonly PersonEntry[];
  readonly countries: readonly CountryEntry[];
  readonly organizations: readonly OrgEntry[];

  constructor(data: KnowledgeBaseData) {
    // A name and its accent-free spelling fold to one key: keep one reference per entry under it,
    // or "Vučić" would look like two people.
    const added = new Set<string>();
    const addName = (name: string, ref: NameRef): void => {
      const key = `${fold(name.trim())}|${ref.type}|${ref.id}`;
      if (added.has(key)) return;
      added.add(key);
      this.names.add(name, ref);
    };
    this.version = data.version;
    this.executive = data.executive ?? {};
    this.people = data.people;
    this.countries = data.countries;
    this.organizations = data.organizations;
    this.titles = data.titles.titles;
    this.honorifics = new Set(data.titles.honorifics);
    for (const c of data.countries) {
      this.countriesByIso.set(c.iso3, c);
      for (const n of [c.name, c.official, ...c.aliases]) addName(n, { type: 'state', id: c.iso3, ambiguous: false });
      for (const d of c.demonyms) {
        addName(d, { type: 'demonym', id: c.iso3, ambiguous: false });
        this.demonymToIso.set(d.toLowerCase(), c.iso3);
      }
      if (c.capital) for (const n of [c.capital, ...c.capitalAliases]) addName(n, { type: 'capital', id: c.iso3, ambiguous: false });
      for (const s of c.seats) addName(s, { type: 'seat', id: c.iso3, ambiguous: false });
    }
    for (const p of data.places) for (const n of [p.name, ...p.aliases]) addName(n, { type: 'place', id: p.country, ambiguous: false });
    for (const o of data.organizations) {
      this.orgsById.set(o.id, o);
      const flagged = new Set(o.ambiguousAliases ?? []);
      for (const n of [o.name, ...o.aliases]) addName(n, { type: 'org', id: o.id, ambiguous: flagged.has(n) });
    }
    // Aliases several people share are ambiguous whether or not the data flags them.
    const aliasOwners = new Map<string, Set<string>>();
    for (const p of data.people) {
      for (const a of [p.name, ...p.aliases]) {
        const set = aliasOwners.get(a) ?? new Set<string>();
        set.add(p.id);
        aliasOwners.set(a, set);
      }
    }
    for (const p of data.people) {
      this.peopleById.set(p.id, p);
      const flagged = new Set(p.ambiguousAliases ?? []);
      for (const a of new Set([p.name, ...p.aliases])) {
        const shared = (aliasOwners.get(a)?.size ?? 0) > 1;
        addName(a, { type: 'person', id: p.id, ambiguous: a !== p.name && (flagged.has(a) || shared) });
      }
      for (const term of p.offices) {
        const key = `${term.country}|${term.role}`;
        const list = this.terms.get(key) ?? [];
        list.push({ person: p, term });
        this.terms.set(key, list);
      }
    }
    for (const list of this.terms.values()) list.sort((a, b) => (a.term.from < b.term.from ? -1 : 1));
  }

  country(iso3: string): CountryEntry | undefined {
    return this.countriesByIso.get(iso3);
  }

  person(id: string): PersonEntry | undefined {
    return this.peopleById.get(id);
  }

  org(id: string): OrgEntry | undefined {
    return this.orgsById.get(id);
  }

  countryOfDemonym(word: string): string | undefined {
    return this.demonymToIso.get(word.toLowerCase());
  }

  /**
   * Who held an office on a date: resolveRoleAtDate("FRA", "head-of-state", "2022-03-06") is Macron.
   * A substantive holder wins over an acting one. Null when the KB does not know.
   */
  holderOn(country: string, role: string, date: string): PersonEntry | null {
    const own = this.holderOfOffice(country, role, date);
    if (own) return own;
    // "The German chancellor" in 1985 is West Germany's: a state answers for the states it continues.
    for (const p of this.countriesByIso.get(country)?.predecessors ?? []) {
      const pre = this.countriesByIso.get(p);
      if (pre && validOn(pre, date)) {
        const h = this.holderOfOffice(p, role, date);
        if (h) return h;
      }
    }
    return null;
  }

  private holderOfOffice(country: string, role: string, date: string): PersonEntry | null {
    const list = this.terms.get(`${country}|${role}`);
    if (!list) return null;
    let second: PersonEntry | null = null;
    for (const { person, term } of list) {
      if (!validOn(term, date)) continue;
      if (!term.acting && !term.disputed && !term.joint) return person;
      second ??= person;
    }
    return second;
  }

  /**
   * The office that governs a country on a date: "the Kenyan leader" is its holder. Falls back to the
   * head of government where there is one on the date, else the head of state.
   */
  executiveRoleOn(country: string, date: string): string {
    const live = [country, ...(this.countriesByIso.get(country)?.predecessors ?? []).filter((p) => {
      const pre = this.countriesByIso.get(p);
      return pre !== undefined && validOn(pre, date);
    })];
    // The first of the country and the states it continues that had a government on the date.
    for (const c of live) {
      const hit = this.executive[c]?.find((t) => validOn(t, date));
      if (hit && this.holderOfOffice(c, hit.role, date)) return hit.role;
    }
    for (const c of live) {
      const hit = this.executive[c]?.find((t) => validOn(t, date));
      if (hit) return hit.role;
    }
    return this.holderOn(country, 'head-of-government', date) ? 'head-of-government' : 'head-of-state';
  }

  /** The offices a person held on a date (all of them when the date is unknown). */
  officesOn(personId: string, date: string | null): OfficeTerm[] {
    const p = this.peopleById.get(personId);
    if (!p) return [];
    return date === null ? [...p.offices] : p.offices.filter((t) => validOn(t, date));
  }

  /**
   * The country a person is most associated with: their home country when the data names one,
   * else the country of their offices on the date (then of all their offices) where they hold the
   * most, so the French president is French though also co-prince of Andorra.
   */
  countryOfPerson(personId: string, date: string | null, prefer: string | null = null): string | null {
    const p = this.peopleById.get(personId);
    if (!p) return null;
    const now = this.officesOn(personId, date);
    if (prefer && now.some((o) => o.country === prefer)) return prefer;
    if (p.country) return p.country;
    const pool = now.length > 0 ? now : p.offices;
    const weight = new Map<string, number>();
    for (const o of p.offices) weight.set(o.country, (weight.get(o.country) ?? 0) + 1);
    let best: string | null = null;
    for (const o of pool) if (best === null || (weight.get(o.country) ?? 0) > (weight.get(best) ?? 0)) best = o.country;
    return best;
  }

  /** The actor a KB person stands for, with its CAMEO code; `prefer` is the country of the office that named them. */
  personActor(personId: string, date: string | null, prefer: string | null = null): ActorRef | null {
    const p = this.peopleById.get(personId);
    if (!p) return null;
    const country = this.countryOfPerson(personId, date, prefer);
    const org = country ? this.orgsById.get(country) : undefined;
    if (org) return { name: p.name, id: p.id, kind: 'person', country: null, code: org.code };
    const c = country ? this.countriesByIso.get(country) : undefined;
    return { name: p.name, id: p.id, kind: 'person', country: country, code: c ? `${c.cameo}GOV` : null };
  }

  stateActor(iso3: string, roleCode: string | null = null): ActorRef | null {
    const c = this.countriesByIso.get(iso3);
    if (!c) return null;
    return { name: c.name, id: c.iso3, kind: 'state', country: c.iso3, code: `${c.cameo}${roleCode ?? ''}` };
  }

  orgActor(id: string): ActorRef | null {
    const o = this.orgsById.get(id);
    if (!o) return null;
    return { name: o.name, id: o.id, kind: o.kind === 'igo' ? 'igo' : o.kind === 'group' ? 'group' : 'org', country: null, code: o.code };
  }
}

function readJson<T>(file: string): { value: T; text: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ReadoutError('RD030', `cannot read knowledge-base file ${file}: ${(e as Error).message}`, 'reinstall readout; data/kb is part of the package');
  }
  try {
    return { value: JSON.parse(text) as T, text };
  } catch (e) {
    throw new ReadoutError('RD030', `knowledge-base file ${file} is not valid JSON: ${(e as Error).message}`, 'fix the file; data/kb/README.md describes its format');
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ROLES = new Set(['head-of-state', 'head-of-government', 'foreign-minister', 'defence-minister', 'party-leader', 'supreme-leader', 'org-head']);

function checkPeople(people: readonly PersonEntry[], file: string): void {
  people.forEach((p, i) => {
    const where = `${file}: person #${i} (${p.id ?? '?'})`;
    if (!p.id || !p.name || !Array.isArray(p.offices)) throw new ReadoutError('RD030', `${where} needs id, name and offices`, 'fix the entry (data/kb/people/FORMAT.md)');
    for (const t of p.offices) {
      if (!ISO_DATE.test(t.from) || (t.until !== null && !ISO_DATE.test(t.until))) {
        throw new ReadoutError('RD030', `${where}: office ${t.role} has a bad date (${t.from}..${t.until})`, 'use YYYY-MM-DD');
      }
      if (!ROLES.has(t.role)) throw new ReadoutError('RD030', `${where}: unknown role "${t.role}"`, `use one of ${[...ROLES].join(', ')}`);
    }
  });
}

/** A person listed in two files (same id) is one person: offices and aliases are joined. */
export function mergePeople(lists: ReadonlyArray<readonly PersonEntry[]>): PersonEntry[] {
  const byId = new Map<string, PersonEntry>();
  for (const list of lists) {
    for (const p of list) {
      const prev = byId.get(p.id);
      if (!prev) {
        byId.set(p.id, p);
        continue;
      }
      const seen = new Set(prev.offices.map((o) => `${o.country}|${o.role}|${o.from}`));
      byId.set(p.id, {
        ...prev,
        ...(prev.country === undefined && p.country !== undefined ? { country: p.country } : {}),
        aliases: [...new Set([...prev.aliases, ...p.aliases])],
        ambiguousAliases: [...new Set([...(prev.ambiguousAliases ?? []), ...(p.ambiguousAliases ?? [])])],
        offices: [...prev.offices, ...p.offices.filter((o) => !seen.has(`${o.country}|${o.role}|${o.from}`))],
      });
    }
  }
  return [...byId.values()];
}

/** A file of data/kb/people/: office-holders of a group of countries, and which office governs each. */
export interface PeopleFile {
  readonly scope?: string;
  readonly countries?: Readonly<Record<string, { readonly executive: readonly ExecutiveTerm[] }>>;
  readonly people: readonly PersonEntry[];
}

/** Loads the knowledge base from a data folder (data/kb by default), validating as it goes. */
export function loadKnowledgeBase(dir: string): KnowledgeBase {
  const hash = createHash('sha256');
  const read = <T>(name: string): T => {
    const { value, text } = readJson<T>(path.join(dir, name));
    hash.update(name).update(text);
    return value;
  };
  const countries = read<CountryEntry[]>('countries.json');
  const organizations = read<OrgEntry[]>('organizations.json');
  const titles = read<TitlesFile>('titles.json');
  const places = read<PlaceEntry[]>('places.json');
  const peopleLists: PersonEntry[][] = [];
  const executive: Record<string, ExecutiveTerm[]> = {};
  const peopleDir = path.join(dir, 'people');
  const files = existsSync(peopleDir) ? readdirSync(peopleDir).filter((f) => f.endsWith('.json')).sort() : [];
  for (const f of files) {
    const file = read<PeopleFile>(path.join('people', f));
    if (!file || !Array.isArray(file.people)) throw new ReadoutError('RD030', `${path.join(peopleDir, f)} has no "people" list`, 'see data/kb/people/FORMAT.md');
    checkPeople(file.people, path.join(peopleDir, f));
    peopleLists.push([...file.people]);
    for (const [iso, c] of Object.entries(file.countries ?? {})) executive[iso] = [...(executive[iso] ?? []), ...c.executive];
  }
  if (existsSync(path.join(dir, 'people.json'))) {
    const legacy = read<PersonEntry[]>('people.json');
    checkPeople(legacy, path.join(dir, 'people.json'));
    peopleLists.push([...legacy]);
  }
  const people = mergePeople(peopleLists);
  return new KnowledgeBase({ countries, people, organizations, places, titles, executive, version: `kb-${hash.digest('hex').slice(0, 12)}` });
}
