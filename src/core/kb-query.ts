import { fold } from '../kb/index.js';
import type { KnowledgeBase, OfficeTerm } from '../kb/index.js';
import type { ActorKind } from '../model/index.js';
import type { Engine } from './engine.js';

/** The answer to `readout kb resolve`: who a phrase names on a date, and why. */
export interface Resolution {
  readonly query: string;
  readonly date: string;
  readonly name: string | null;
  readonly id: string | null;
  readonly kind: ActorKind | null;
  readonly country: string | null;
  readonly code: string | null;
  readonly sector: string | null;
  readonly role: string | null;
  readonly title: string | null;
  readonly term: { readonly from: string; readonly until: string | null } | null;
  readonly reason: string;
}

function officeOf(kb: KnowledgeBase, id: string, date: string, role: string | null): OfficeTerm | null {
  const offices = kb.officesOn(id, date);
  return offices.find((o) => role === null || o.role === role) ?? offices[0] ?? null;
}

/**
 * Resolves a phrase ("the French president", "Putin", "Kenya's foreign minister") on a date with the
 * same actor stage that reads articles, so the command shows exactly what extraction would do.
 */
export function resolvePhrase(engine: Engine, phrase: string, date: string, country: string | null = null): Resolution {
  const first = resolveOnce(engine, phrase, date, country);
  // A bare office ("foreign minister", "Prime Minister") is read as "the …", as a query means it.
  if (first.name === null && !/^(the|a|an)\s/i.test(phrase.trim())) {
    const again = resolveOnce(engine, `the ${phrase.trim()}`, date, country);
    if (again.name !== null) return { ...again, query: phrase };
  }
  return first;
}

function resolveOnce(engine: Engine, phrase: string, date: string, country: string | null): Resolution {
  const out = engine.process({ origin: 'kb resolve', format: 'txt', content: phrase, fields: { published: date, ...(country ? { country } : {}) } });
  const empty: Resolution = { query: phrase, date, name: null, id: null, kind: null, country: null, code: null, sector: null, role: null, title: null, term: null, reason: 'no actor recognised in the phrase' };
  if (!out.ok) return { ...empty, reason: `${out.rejection.code}: ${out.rejection.reason}` };
  // The phrase's head: the mention it starts with ("Benjamin Haddad, … at the Atlantic Council"),
  // else the longest one.
  const mentions = out.doc.mentions.filter((m) => m.actors.length > 0).sort((a, b) => (b.end - b.start) - (a.end - a.start));
  const m = mentions.find((x) => x.start === 0) ?? mentions[0];
  if (!m) return empty;
  const a = m.actors[0]!;
  const kb = engine.resources.kb;
  const role = m.office?.role ?? null;
  const term = a.id ? officeOf(kb, a.id, date, role) : null;
  return {
    query: phrase,
    date,
    name: a.name,
    id: a.id,
    kind: a.kind,
    country: a.country,
    code: a.code,
    sector: engine.resources.sectors.of(a),
    role: role ?? term?.role ?? null,
    title: term?.title ?? m.office?.title ?? null,
    term: term ? { from: term.from, until: term.until } : null,
    reason: m.provenance.map((p) => p.reason ?? p.rule).join('; '),
  };
}

export interface SearchHit {
  readonly type: 'person' | 'state' | 'organization';
  readonly id: string;
  readonly name: string;
  readonly detail: string;
}

/** Entries whose name or alias contains the query (accents and case ignored), people first. */
export function searchKnowledgeBase(kb: KnowledgeBase, query: string, limit = 20): SearchHit[] {
  const q = fold(query.trim()).toLowerCase();
  if (q === '') return [];
  const has = (names: readonly string[]): boolean => names.some((n) => fold(n).toLowerCase().includes(q));
  const hits: SearchHit[] = [];
  for (const p of kb.people) {
    if (!has([p.name, ...p.aliases])) continue;
    const offices = [...p.offices].sort((x, y) => (x.from < y.from ? -1 : 1)).map((o) => `${o.title} (${o.country}) ${o.from}..${o.until ?? 'now'}`);
    hits.push({ type: 'person', id: p.id, name: p.name, detail: offices.join('; ') });
  }
  for (const c of kb.countries) {
    if (!has([c.name, c.official, ...c.aliases, ...c.demonyms, ...(c.capital ? [c.capital] : [])])) continue;
    hits.push({ type: 'state', id: c.iso3, name: c.name, detail: `CAMEO ${c.cameo}, capital ${c.capital ?? '—'}, ${c.un}` });
  }
  for (const o of kb.organizations) {
    if (!has([o.name, ...o.aliases])) continue;
    hits.push({ type: 'organization', id: o.id, name: o.name, detail: `CAMEO ${o.code ?? '—'}, ${o.kind}` });
  }
  return hits.slice(0, limit);
}
