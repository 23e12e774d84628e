import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractRecord } from '../src/model/index.js';
import { jsonLines, ROOT, runCli, SEED, SHARED, sharedAvailable, tempDir } from './helpers.js';

type Rec = ExtractRecord & { contact: NonNullable<ExtractRecord['contact']> };

/** Participant names without accents: an article may write "Erdogan" where the knowledge base has "Erdoğan". */
function plain(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

function names(r: ExtractRecord): string[] {
  return (r.contact?.participants ?? [...(r.source ?? []), ...(r.target ?? [])]).map((a) => plain(a.name)).sort();
}

describe.skipIf(!sharedAvailable(SEED))('the seed article (PRODUCT.md acceptance, published 2022-03-07)', () => {
  const run = runCli(['extract', SEED, '--published', '2022-03-07']);
  const records = jsonLines<Rec>(run.stdout);
  const contacts = records.filter((r) => r.kind === 'contact');

  it('is processed without rejection', () => {
    expect(run.status).toBe(0);
  });

  it('finds the Sunday 2022-03-06 Macron–Putin phone call, initiated by Macron, about two hours', () => {
    const call = contacts.find((r) => r.date?.value === '2022-03-06' && names(r).join() === 'Emmanuel Macron,Vladimir Putin');
    expect(call).toBeDefined();
    expect(call!.contact.mode).toBe('phone');
    expect(call!.cameo).toBe('041');
    expect(call!.plover).toBe('CONSULT');
    expect(call!.contact.initiator?.name).toBe('Emmanuel Macron');
    expect(call!.contact.durationMinutes).toBe(120);
    expect(call!.date?.text).toBe('on Sunday');
  });

  it('finds the Thursday 2022-03-03 call, initiated by Putin, 90 minutes', () => {
    const call = contacts.find((r) => r.date?.value === '2022-03-03' && names(r).join() === 'Emmanuel Macron,Vladimir Putin');
    expect(call).toBeDefined();
    expect(call!.contact.mode).toBe('phone');
    expect(call!.contact.initiator?.name).toBe('Vladimir Putin');
    expect(call!.contact.durationMinutes).toBe(90);
  });

  it('finds the Bennett–Putin phone call on 2022-03-06', () => {
    const call = contacts.find((r) => r.date?.value === '2022-03-06' && names(r).join() === 'Naftali Bennett,Vladimir Putin');
    expect(call).toBeDefined();
    expect(call!.contact.mode).toBe('phone');
    const bennett = call!.contact.participants.find((a) => a.name === 'Naftali Bennett')!;
    expect([bennett.country, bennett.code]).toEqual(['ISR', 'ISRGOV']);
  });

  it('draws no record from the cookie banner, and every evidence span is a slice of the cleaned text', () => {
    for (const r of records) {
      for (const e of r.evidence) {
        expect(e.text).not.toMatch(/cookies/i);
        expect(e.end - e.start).toBe(e.text.length);
      }
    }
  });
});

describe('the bundled examples', () => {
  interface Expected {
    file: string;
    id: string | null;
    headline: { participants: string[]; date: string; mode: string; cameo: string | string[]; durationMinutes: number | null };
  }
  const expected = JSON.parse(readFileSync(path.join(ROOT, 'examples', 'expected.json'), 'utf8')) as Expected[];
  const articles = path.join(ROOT, 'examples', 'articles');
  const run = runCli(['extract', articles, '--kinds', 'contact']);
  const records = jsonLines<Rec & { article: string }>(run.stdout);

  it('are all processed', () => {
    expect(run.status).toBe(0);
    expect(new Set(records.map((r) => r.article)).size).toBe(expected.length);
  });

  it.each(expected.map((e) => [e.id ?? e.file, e]))('%s yields its headline contact with the right date', (_name, exp) => {
    const e = exp as Expected;
    // An article is named by its batch id, or else by the sha256 of its content (first 32 hex digits).
    const articleId = e.id ?? createHash('sha256').update(readFileSync(path.join(articles, e.file), 'utf8')).digest('hex').slice(0, 32);
    const own = records.filter((r) => r.article === articleId);
    expect(own.length, `no records for ${e.file}`).toBeGreaterThan(0);
    const match = own.find((r) => r.date?.value === e.headline.date && e.headline.participants.every((p) => names(r).includes(plain(p))));
    expect(match, `no ${e.headline.participants.join('–')} contact on ${e.headline.date}`).toBeDefined();
    expect(match!.contact.mode).toBe(e.headline.mode);
    expect([e.headline.cameo].flat()).toContain(match!.cameo);
    if (e.headline.durationMinutes !== null) expect(match!.contact.durationMinutes).toBe(e.headline.durationMinutes);
  });

  it('`readout demo` ingests them and prints the contact ledger', () => {
    const db = path.join(tempDir(), 'demo.db');
    const r = runCli(['demo', '--db', db]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Contact ledger');
    expect(r.stdout).toContain('Olaf Scholz');
    expect(r.stdout).toContain('2022-12-02');
    expect(r.stdout).toContain(`${expected.length} new articles`);
  });
});

const GUARDIAN = path.join(SHARED, 'data', 'news', 'guardian-ukraine-2022', 'articles.jsonl');

describe.skipIf(!sharedAvailable(GUARDIAN))('ingesting a real news batch (Guardian 2022, 216 articles)', () => {
  it('finishes with a summary, and running it again adds nothing', () => {
    const db = path.join(tempDir(), 'guardian.db');
    const first = runCli(['ingest', GUARDIAN, '--db', db, '--json']);
    expect(first.status).toBe(0);
    const s1 = JSON.parse(first.stdout) as { read: number; inserted: number; events: number; contacts: number; rejected: number };
    expect(s1.read).toBe(216);
    expect(s1.inserted + s1.rejected).toBe(216);
    expect(s1.contacts).toBeGreaterThan(50);
    const second = runCli(['ingest', GUARDIAN, '--db', db, '--json']);
    const s2 = JSON.parse(second.stdout) as { inserted: number; unchanged: number; events: number };
    expect(s2).toMatchObject({ inserted: 0, unchanged: s1.inserted, events: 0 });
    const human = runCli(['ingest', GUARDIAN, '--db', db]);
    expect(human.stderr).toMatch(/ingested into .* 0 new articles, 216 already in the ledger/);
  });
});

describe.skipIf(!sharedAvailable(SEED))('the seed article: every person resolved (knowledge base acceptance)', () => {
  const run = runCli(['extract', SEED, '--published', '2022-03-07', '--kinds', 'event,contact']);
  const actors = new Map<string, { country: string | null; role?: string | null; title?: string | null }>();
  for (const r of jsonLines<Rec>(run.stdout)) {
    for (const a of [...(r.source ?? []), ...(r.target ?? []), ...(r.contact?.participants ?? [])]) if (a.kind === 'person') actors.set(a.name, a);
  }

  it.each([
    ['Emmanuel Macron', 'FRA', 'head-of-state'],
    ['Vladimir Putin', 'RUS', 'head-of-state'],
    ['Naftali Bennett', 'ISR', 'head-of-government'],
    ['Antony Blinken', 'USA', 'foreign-minister'],
  ])('%s is a person of %s, %s, in the records', (name, country, role) => {
    expect(actors.get(name)).toMatchObject({ country, role });
  });

  it('resolves every person the article names, with country and role', () => {
    const doc = runCli(['kb', 'resolve', 'Benjamin Haddad, senior director for Europe at the Atlantic Council in Paris', '--date', '2022-03-07', '--json']);
    expect(JSON.parse(doc.stdout)).toMatchObject({ name: 'Benjamin Haddad', country: 'FRA', role: 'affiliate', title: 'senior director for Europe at Atlantic Council' });
    const colombo = runCli(['kb', 'resolve', 'Silvia Colombo, an expert on EU foreign relations at the International Institute in Rome', '--date', '2022-03-07', '--json']);
    expect(JSON.parse(colombo.stdout)).toMatchObject({ name: 'Silvia Colombo', country: 'ITA', role: 'affiliate' });
    for (const [phrase, name, country, role] of [
      ['Ukrainian President Volodymyr Zelensky', 'Volodymyr Zelensky', 'UKR', 'head-of-state'],
      ['French Foreign Minister Jean-Yves Le Drian', 'Jean-Yves Le Drian', 'FRA', 'foreign-minister'],
      ['the French president', 'Emmanuel Macron', 'FRA', 'head-of-state'],
    ] as const) {
      const r = JSON.parse(runCli(['kb', 'resolve', phrase, '--date', '2022-03-07', '--json']).stdout);
      expect(r, phrase).toMatchObject({ name, country, role });
    }
  });
});

describe.skipIf(!sharedAvailable(SEED))('the seed article: events beyond contacts (event coder acceptance)', () => {
  const records = jsonLines<Rec>(runCli(['extract', SEED, '--published', '2022-03-07', '--kinds', 'event']).stdout);

  it("codes Macron's denunciation of Moscow's \"cynicism\" on 2022-03-07 as 111, FRA → RUS, with its evidence", () => {
    const r = records.find((x) => x.cameo === '111' && x.date?.value === '2022-03-07');
    expect(r).toBeDefined();
    expect(r!.source![0]).toMatchObject({ name: 'Emmanuel Macron', country: 'FRA' });
    expect(r!.target![0]!.country).toBe('RUS');
    expect(r!.evidence[0]!.text).toContain('cynicism');
    expect(r!.plover).toBe('ACCUSE');
  });

  it('codes the Russian attack on Ukraine of 2022-02-24 as a 19x/18x event, RUS → UKR', () => {
    const r = records.find((x) => /^1[89]/.test(x.cameo!) && x.date?.value === '2022-02-24');
    expect(r).toBeDefined();
    expect(r!.source![0]!.country).toBe('RUS');
    expect(r!.target![0]!.country).toBe('UKR');
    expect(r!.evidence[0]!.text).toContain('February 24');
  });
});
