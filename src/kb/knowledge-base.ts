import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ActorRef } from '../model/index.js';
import { ReadoutError } from '../model/index.js';
import { Gazetteer } from './gazetteer.js';
import type { CountryEntry, NameRef, OfficeTerm, OrgEntry, PersonEntry, PlaceEntry, TitleEntry, TitlesFile } from './types.js';

export interface KnowledgeBaseData {
  readonly countries: readonly CountryEntry[];
  readonly people: readonly PersonEntry[];
  readonly organizations: readonly OrgEntry[];
  readonly places: readonly PlaceEntry[];
  readonly titles: TitlesFile;
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

  constructor(data: KnowledgeBaseData) {
    this.version = data.version;
    this.titles = data.titles.titles;
    this.honorifics = new Set(data.titles.honorifics);
    for (const c of data.countries) {
      this.countriesByIso.set(c.iso3, c);
      for (const n of [c.name, c.official, ...c.aliases]) this.names.add(n, { type: 'state', id: c.iso3, ambiguous: false });
      for (const d of c.demonyms) {
        this.names.add(d, { type: 'demonym', id: c.iso3, ambiguous: false });
        this.demonymToIso.set(d.toLowerCase(), c.iso3);
      }
      if (c.capital) for (const n of [c.capital, ...c.capitalAliases]) this.names.add(n, { type: 'capital', id: c.iso3, ambiguous: false });
      for (const s of c.seats) this.names.add(s, { type: 'seat', id: c.iso3, ambiguous: false });
    }
    for (const p of data.places) for (const n of [p.name, ...p.aliases]) this.names.add(n, { type: 'place', id: p.country, ambiguous: false });
    for (const o of data.organizations) {
      this.orgsById.set(o.id, o);
      for (const n of [o.name, ...o.aliases]) this.names.add(n, { type: 'org', id: o.id, ambiguous: false });
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
        this.names.add(a, { type: 'person', id: p.id, ambiguous: a !== p.name && (flagged.has(a) || shared) });
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
    const list = this.terms.get(`${country}|${role}`);
    if (!list) return null;
    let acting: PersonEntry | null = null;
    for (const { person, term } of list) {
      if (!validOn(term, date)) continue;
      if (!term.acting) return person;
      acting ??= person;
    }
    return acting;
  }

  /** The offices a person held on a date (all of them when the date is unknown). */
  officesOn(personId: string, date: string | null): OfficeTerm[] {
    const p = this.peopleById.get(personId);
    if (!p) return [];
    return date === null ? [...p.offices] : p.offices.filter((t) => validOn(t, date));
  }

  /** The country a person is most associated with: their office on the date, else their latest office. */
  countryOfPerson(personId: string, date: string | null): string | null {
    const now = this.officesOn(personId, date);
    const offices = now.length > 0 ? now : [...(this.peopleById.get(personId)?.offices ?? [])].sort((a, b) => (a.from < b.from ? 1 : -1));
    const first = offices[0];
    return first ? first.country : null;
  }

  /** The actor a KB person, state or organisation stands for, with its CAMEO code. */
  personActor(personId: string, date: string | null): ActorRef | null {
    const p = this.peopleById.get(personId);
    if (!p) return null;
    const country = this.countryOfPerson(personId, date);
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

function checkPeople(people: readonly PersonEntry[], file: string): void {
  const ids = new Set<string>();
  people.forEach((p, i) => {
    const where = `${file}: person #${i} (${p.id ?? '?'})`;
    if (!p.id || !p.name || !Array.isArray(p.offices)) throw new ReadoutError('RD030', `${where} needs id, name and offices`, 'fix the entry');
    if (ids.has(p.id)) throw new ReadoutError('RD030', `${where}: duplicate id`, 'give each person a unique id');
    ids.add(p.id);
    for (const t of p.offices) {
      if (!ISO_DATE.test(t.from) || (t.until !== null && !ISO_DATE.test(t.until))) {
        throw new ReadoutError('RD030', `${where}: office ${t.role} has a bad date (${t.from}..${t.until})`, 'use YYYY-MM-DD');
      }
    }
  });
}

/** Loads the knowledge base from a data folder (data/kb by default), validating as it goes. */
export function loadKnowledgeBase(dir: string): KnowledgeBase {
  const files = ['countries.json', 'people.json', 'organizations.json', 'titles.json', 'places.json'];
  const hash = createHash('sha256');
  const read = <T>(name: string): T => {
    const { value, text } = readJson<T>(path.join(dir, name));
    hash.update(name).update(text);
    return value;
  };
  const countries = read<CountryEntry[]>(files[0]!);
  const people = read<PersonEntry[]>(files[1]!);
  const organizations = read<OrgEntry[]>(files[2]!);
  const titles = read<TitlesFile>(files[3]!);
  const places = read<PlaceEntry[]>(files[4]!);
  checkPeople(people, path.join(dir, files[1]!));
  return new KnowledgeBase({ countries, people, organizations, places, titles, version: `kb-${hash.digest('hex').slice(0, 12)}` });
}
