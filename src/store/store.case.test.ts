import { randomUUID } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers.js';
import type { Actor, ExtractRecord, ProcessedArticle } from '../model/index.js';
import { openStore, type Store } from './index.js';

/**
 * The one contract every Store implementation passes, run against each database on a real server
 * (no mocks). PostgreSQL: READOUT_TEST_PG (default postgres://postgres@127.0.0.1:5432/postgres);
 * each run creates and drops its own database.
 */
const PG_ADMIN = process.env['READOUT_TEST_PG'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function actor(name: string, id: string | null, kind: Actor['kind'], country: string | null, code: string | null): Actor {
  return { name, id, kind, country, code, text: name, start: 0, end: name.length };
}
const macron = actor('Emmanuel Macron', 'emmanuel-macron', 'person', 'FRA', 'FRAGOV');
const putin = actor('Vladimir Putin', 'vladimir-putin', 'person', 'RUS', 'RUSGOV');
const scholz = actor('Olaf Scholz', 'olaf-scholz', 'person', 'DEU', 'DEUGOV');
const russia = actor('Russia', 'RUS', 'state', 'RUS', 'RUS');

function contact(id: string, date: string | null, precision: 'day' | 'month' | 'year' | 'unknown', source: Actor, target: Actor): ExtractRecord {
  return {
    article: 'a', kind: 'contact', id, cameo: '041', plover: 'CONSULT', quad: 1, goldstein: 1,
    source: [source], target: [target], date: { value: date, precision, text: date ? 'on Sunday' : null }, status: 'past',
    contact: { mode: 'phone', participants: [source, target], initiator: source, visitor: null, mediator: null, durationMinutes: 120, location: null, topics: ['nuclear plant safety'] },
    evidence: [{ sentence: 3, start: 10, end: 40, text: 'Macron and Putin spoke — « très » long' }], rule: 'contact.phone-noun',
  };
}

function article(hash: string, records: ExtractRecord[], published = '2022-03-07'): ProcessedArticle {
  return {
    id: `art-${hash}`, hash, origin: `${hash}.txt`, format: 'txt',
    meta: { title: 'Élysée readout', published, outlet: 'Example Wire', url: null, language: 'en' },
    raw: 'raw text', text: 'clean text', flags: [], records: records.map((r) => ({ ...r, article: `art-${hash}` })),
    extractorVersion: 'test', kbVersion: 'kb-test',
  };
}

interface Target {
  readonly name: string;
  open(): Promise<{ location: string; cleanup: () => Promise<void> }>;
}

const targets: Target[] = [
  { name: 'sqlite (in memory)', open: async () => ({ location: ':memory:', cleanup: async () => {} }) },
  { name: 'sqlite (file)', open: async () => ({ location: path.join(tempDir(), 'ledger.db'), cleanup: async () => {} }) },
  {
    name: 'postgresql',
    open: async () => {
      const dbName = `readout_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
      const admin = new pg.Client({ connectionString: PG_ADMIN });
      await admin.connect();
      await admin.query(`create database ${dbName}`);
      await admin.end();
      const url = new URL(PG_ADMIN);
      url.pathname = `/${dbName}`;
      return {
        location: url.toString(),
        cleanup: async () => {
          const c = new pg.Client({ connectionString: PG_ADMIN });
          await c.connect();
          await c.query(`drop database if exists ${dbName} with (force)`);
          await c.end();
        },
      };
    },
  },
];

describe.each(targets)('Store contract: $name', (target) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let location: string;

  beforeAll(async () => {
    const opened = await target.open();
    location = opened.location;
    cleanup = opened.cleanup;
    store = await openStore(location);
    await store.saveArticle(article('h1', [contact('e1', '2022-03-06', 'day', macron, putin), contact('e2', '2022-03-03', 'day', putin, macron)]));
    await store.saveArticle(article('h2', [contact('e3', '2022-02', 'month', scholz, putin), { ...contact('e4', null, 'unknown', macron, russia), kind: 'event', cameo: '111', contact: undefined }], '2022-03-10'));
  });

  afterAll(async () => {
    await store.close();
    await cleanup();
  });

  it('migrates again without harm', async () => {
    await store.migrate();
    expect((await store.counts()).articles).toBe(2);
  });

  it('identifies articles by content hash: saving again is a no-op', async () => {
    expect(await store.hasArticle('h1')).toBe(true);
    expect(await store.hasArticle('nope')).toBe(false);
    expect(await store.saveArticle(article('h1', [contact('other', '2022-01-01', 'day', macron, putin)]))).toBe('exists');
    expect(await store.counts()).toEqual({ articles: 2, events: 4, contacts: 3, rejections: 0 });
  });

  it('returns records exactly as saved, with their article', async () => {
    const [e] = await store.listEvents({ actor: 'emmanuel-macron', since: '2022-03-06', until: '2022-03-06' });
    expect(e!.record).toEqual({ ...contact('e1', '2022-03-06', 'day', macron, putin), article: 'art-h1' });
    expect(e!.article).toEqual({ id: 'art-h1', title: 'Élysée readout', outlet: 'Example Wire', published: '2022-03-07', url: null });
  });

  it('filters by actor name, id, CAMEO code and country, and by a second actor', async () => {
    const ids = async (f: Parameters<Store['listEvents']>[0]) => (await store.listEvents(f)).map((e) => e.record.id);
    expect(await ids({ actor: 'putin' })).toEqual(['e3', 'e2', 'e1']);
    expect(await ids({ actor: 'FRAGOV' })).toEqual(['e2', 'e1', 'e4']);
    expect(await ids({ actor: 'DEU' })).toEqual(['e3']);
    expect(await ids({ actor: 'Macron', with: 'RUS' })).toEqual(['e2', 'e1', 'e4']);
    expect(await ids({ actor: 'Macron', with: 'russia' })).toEqual(['e4']);
    expect(await ids({ kind: 'event' })).toEqual(['e4']);
  });

  it('filters by period, matching dates of any precision that overlap it, oldest first', async () => {
    const ids = async (f: Parameters<Store['listEvents']>[0]) => (await store.listEvents(f)).map((e) => e.record.id);
    expect(await ids({ since: '2022-02-20', until: '2022-03-05' })).toEqual(['e3', 'e2']);
    expect(await ids({ since: '2022-03' })).toEqual(['e2', 'e1']);
    expect(await ids({ until: '2022' })).toEqual(['e3', 'e2', 'e1']);
    expect(await ids({ limit: 2 })).toEqual(['e3', 'e2']);
    expect(await ids({ limit: 0 })).toHaveLength(4);
  });

  it('writes an article all or nothing', async () => {
    const broken = article('h3', [contact('dup', '2022-01-01', 'day', macron, putin), contact('dup', '2022-01-02', 'day', macron, putin)]);
    await expect(store.saveArticle(broken)).rejects.toThrow();
    expect(await store.hasArticle('h3')).toBe(false);
    expect((await store.listEvents({ limit: 0 })).map((e) => e.record.id)).not.toContain('dup');
  });

  it('keeps rejected inputs with their reason', async () => {
    await store.recordRejection({ origin: 'batch.jsonl:7', code: 'RD005', reason: 'not valid JSON', hint: 'fix the line' });
    const [r] = await store.listRejections();
    expect(r).toMatchObject({ origin: 'batch.jsonl:7', code: 'RD005', reason: 'not valid JSON', hint: 'fix the line' });
    expect((await store.counts()).rejections).toBe(1);
  });
});
