import { type Kysely, type Migration, type MigrationProvider } from 'kysely';

/**
 * Schema migrations, in order. Types are the portable subset (text, integer, double precision)
 * so the same migrations run on SQLite and PostgreSQL.
 */
const migrations: Record<string, Migration> = {
  '0001_ledger': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('articles')
        .addColumn('hash', 'text', (c) => c.primaryKey())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('title', 'text')
        .addColumn('published', 'text')
        .addColumn('outlet', 'text')
        .addColumn('url', 'text')
        .addColumn('language', 'text')
        .addColumn('raw', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('flags', 'text', (c) => c.notNull())
        .addColumn('extractor_version', 'text', (c) => c.notNull())
        .addColumn('kb_version', 'text', (c) => c.notNull())
        .addColumn('ingested_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('articles_id').on('articles').column('id').execute();
      await db.schema.createIndex('articles_published').on('articles').column('published').execute();

      await db.schema
        .createTable('events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('article_hash', 'text', (c) => c.notNull().references('articles.hash').onDelete('cascade'))
        .addColumn('article_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('cameo', 'text', (c) => c.notNull())
        .addColumn('plover', 'text')
        .addColumn('quad', 'integer')
        .addColumn('goldstein', 'double precision')
        .addColumn('date_value', 'text')
        .addColumn('date_precision', 'text', (c) => c.notNull())
        .addColumn('date_start', 'text')
        .addColumn('date_end', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('rule', 'text', (c) => c.notNull())
        .addColumn('record', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('events_article').on('events').column('article_hash').execute();
      await db.schema.createIndex('events_date').on('events').columns(['date_start', 'date_end']).execute();
      await db.schema.createIndex('events_kind_cameo').on('events').columns(['kind', 'cameo']).execute();

      await db.schema
        .createTable('event_actors')
        .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('actor_key', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kb_id', 'text')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('country', 'text')
        .addColumn('code', 'text')
        .addPrimaryKeyConstraint('event_actors_pk', ['event_id', 'role', 'position'])
        .execute();
      await db.schema.createIndex('event_actors_key').on('event_actors').column('actor_key').execute();
      await db.schema.createIndex('event_actors_name').on('event_actors').column('name').execute();

      await db.schema
        .createTable('contacts')
        .addColumn('event_id', 'text', (c) => c.primaryKey().references('events.id').onDelete('cascade'))
        .addColumn('mode', 'text', (c) => c.notNull())
        .addColumn('duration_minutes', 'integer')
        .addColumn('location', 'text')
        .addColumn('initiator_key', 'text')
        .addColumn('visitor_key', 'text')
        .addColumn('mediator_key', 'text')
        .addColumn('topics', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('rejections')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('hint', 'text')
        .addColumn('rejected_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
