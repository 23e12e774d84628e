import { randomUUID } from 'node:crypto';
import { Kysely, Migrator, sql, type Dialect } from 'kysely';
import { ReadoutError, type Actor, type ExtractRecord, type ProcessedArticle, type Rejection } from '../model/index.js';
import { boundOf, periodOf } from './dates.js';
import { migrationProvider } from './migrations.js';
import type { Database } from './schema.js';
import type { EventFilter, LedgerCounts, SaveOutcome, Store, StoredEvent, StoredRejection } from './store.js';

/** What differs between databases, stated once as flags rather than dialect checks in the code. */
export interface StoreCapabilities {
  /** A name for messages: "sqlite", "postgres". */
  readonly name: string;
}

function actorKey(a: { id: string | null; kind: string; name: string }): string {
  return a.id ?? `${a.kind}:${a.name}`;
}

function actorRows(eventId: string, role: string, actors: readonly Actor[]) {
  return actors.map((a, position) => ({
    event_id: eventId,
    role,
    position,
    actor_key: actorKey(a),
    name: a.name,
    kb_id: a.id,
    kind: a.kind,
    country: a.country,
    code: a.code,
  }));
}

/** The one Store implementation, over any kysely dialect. */
export class KyselyStore implements Store {
  private readonly db: Kysely<Database>;

  constructor(dialect: Dialect, readonly caps: StoreCapabilities) {
    this.db = new Kysely<Database>({ dialect });
  }

  async migrate(): Promise<void> {
    const migrator = new Migrator({ db: this.db, provider: migrationProvider });
    const { error, results } = await migrator.migrateToLatest();
    if (error) {
      const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
      throw new ReadoutError('RD041', `database migration ${failed} failed: ${(error as Error).message ?? String(error)}`, 'check that the database is writable and was created by readout', { cause: error });
    }
  }

  async hasArticle(hash: string): Promise<boolean> {
    const row = await this.db.selectFrom('articles').select('hash').where('hash', '=', hash).executeTakeFirst();
    return row !== undefined;
  }

  async saveArticle(article: ProcessedArticle): Promise<SaveOutcome> {
    return this.db.transaction().execute(async (trx) => {
      const existing = await trx.selectFrom('articles').select('hash').where('hash', '=', article.hash).executeTakeFirst();
      if (existing) return 'exists';
      await trx
        .insertInto('articles')
        .values({
          hash: article.hash,
          id: article.id,
          origin: article.origin,
          format: article.format,
          title: article.meta.title,
          published: article.meta.published,
          outlet: article.meta.outlet,
          url: article.meta.url,
          language: article.meta.language,
          raw: article.raw,
          text: article.text,
          flags: JSON.stringify(article.flags),
          extractor_version: article.extractorVersion,
          kb_version: article.kbVersion,
          ingested_at: new Date().toISOString(),
        })
        .execute();
      const eventRecords = article.records.filter((r) => r.kind === 'event' || r.kind === 'contact');
      for (const r of eventRecords) {
        const id = r.id;
        const period = periodOf(r.date?.value ?? null);
        await trx
          .insertInto('events')
          .values({
            id,
            article_hash: article.hash,
            article_id: article.id,
            kind: r.kind,
            cameo: r.cameo ?? '',
            plover: r.plover ?? null,
            quad: r.quad ?? null,
            goldstein: r.goldstein ?? null,
            date_value: r.date?.value ?? null,
            date_precision: r.date?.precision ?? 'unknown',
            date_start: period.start,
            date_end: period.end,
            status: r.status ?? 'past',
            rule: r.rule,
            record: JSON.stringify(r),
          })
          .execute();
        const rows = [
          ...actorRows(id, 'source', r.source ?? []),
          ...actorRows(id, 'target', r.target ?? []),
          ...actorRows(id, 'participant', r.contact?.participants ?? []),
        ];
        if (rows.length > 0) await trx.insertInto('event_actors').values(rows).execute();
        if (r.contact) {
          const c = r.contact;
          await trx
            .insertInto('contacts')
            .values({
              event_id: id,
              mode: c.mode,
              duration_minutes: c.durationMinutes,
              location: c.location,
              initiator_key: c.initiator ? actorKey(c.initiator) : null,
              visitor_key: c.visitor ? actorKey(c.visitor) : null,
              mediator_key: c.mediator ? actorKey(c.mediator) : null,
              topics: JSON.stringify(c.topics),
            })
            .execute();
        }
      }
      return 'inserted' as const;
    });
  }

  async recordRejection(rejection: Rejection): Promise<void> {
    await this.db
      .insertInto('rejections')
      .values({ id: randomUUID(), origin: rejection.origin, code: rejection.code, reason: rejection.reason, hint: rejection.hint ?? null, rejected_at: new Date().toISOString() })
      .execute();
  }

  /** Events in which some actor matches `term`: by KB id, CAMEO code, country, or name. */
  private actorMatch(term: string) {
    const like = `%${term.toLowerCase()}%`;
    return this.db
      .selectFrom('event_actors')
      .select('event_id')
      .where((eb) =>
        eb.or([
          eb('actor_key', '=', term),
          eb('code', '=', term.toUpperCase()),
          eb('country', '=', term.toUpperCase()),
          eb(sql`lower(name)`, 'like', like),
        ]),
      );
  }

  async listEvents(filter: EventFilter = {}): Promise<StoredEvent[]> {
    let q = this.db
      .selectFrom('events')
      .innerJoin('articles', 'articles.hash', 'events.article_hash')
      .select(['events.record', 'articles.id as article_id', 'articles.title', 'articles.outlet', 'articles.published', 'articles.url']);
    if (filter.kind) q = q.where('events.kind', '=', filter.kind);
    if (filter.actor) q = q.where('events.id', 'in', this.actorMatch(filter.actor));
    if (filter.with) q = q.where('events.id', 'in', this.actorMatch(filter.with));
    if (filter.since) q = q.where('events.date_end', '>=', boundOf(filter.since, 'since'));
    if (filter.until) q = q.where('events.date_start', '<=', boundOf(filter.until, 'until'));
    // Undated events sort by their article's publication date: where a reader would look for them.
    q = q.orderBy(sql`coalesce(events.date_start, articles.published)`, 'asc').orderBy('articles.published', 'asc').orderBy('events.id', 'asc');
    if (filter.limit && filter.limit > 0) q = q.limit(filter.limit);
    const rows = await q.execute();
    return rows.map((row) => ({
      record: JSON.parse(row.record) as ExtractRecord,
      article: { id: row.article_id, title: row.title, outlet: row.outlet, published: row.published, url: row.url },
    }));
  }

  async listRejections(): Promise<StoredRejection[]> {
    const rows = await this.db.selectFrom('rejections').selectAll().orderBy('rejected_at', 'asc').execute();
    return rows.map((r) => ({ origin: r.origin, code: r.code, reason: r.reason, ...(r.hint ? { hint: r.hint } : {}), at: r.rejected_at }));
  }

  async counts(): Promise<LedgerCounts> {
    const count = async (table: 'articles' | 'rejections'): Promise<number> => {
      const r = await this.db.selectFrom(table).select((eb) => eb.fn.countAll<number | string | bigint>().as('n')).executeTakeFirst();
      return Number(r?.n ?? 0);
    };
    const events = await this.db
      .selectFrom('events')
      .select((eb) => [eb.fn.countAll<number | string | bigint>().as('n'), eb.fn.sum<number | string | bigint | null>(sql`case when kind = 'contact' then 1 else 0 end`).as('contacts')])
      .executeTakeFirst();
    return {
      articles: await count('articles'),
      events: Number(events?.n ?? 0),
      contacts: Number(events?.contacts ?? 0),
      rejections: await count('rejections'),
    };
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
