import pg from 'pg';
import { PostgresDialect } from 'kysely';
import { KyselyStore } from './kysely-store.js';

/** Opens a PostgreSQL ledger from a `postgres://` URL: for several machines working on one corpus. */
export function openPostgresStore(url: string): KyselyStore {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  return new KyselyStore(new PostgresDialect({ pool }), { name: 'postgres' });
}
