import type { Store } from './store.js';
import { ReadoutError } from '../model/index.js';
import { openPostgresStore } from './postgres.js';
import { openSqliteStore } from './sqlite.js';

export * from './store.js';
export { KyselyStore, type StoreCapabilities } from './kysely-store.js';
export { openSqliteStore } from './sqlite.js';
export { openPostgresStore } from './postgres.js';

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * Opens the ledger named by `--db`: a `postgres://` URL, or a file path (SQLite, the embedded
 * default). Migrates it before returning.
 */
export async function openStore(location: string): Promise<Store> {
  const store = isPostgresUrl(location) ? openPostgresStore(location) : openSqliteStore(location);
  try {
    await store.migrate();
  } catch (e) {
    await store.close().catch(() => {});
    if (e instanceof ReadoutError) throw e;
    throw new ReadoutError('RD040', `cannot open database ${location.replace(/\/\/[^@/]*@/, '//***@')}: ${(e as Error).message}`, isPostgresUrl(location) ? 'check that PostgreSQL is running and the URL (user, host, database) is right' : 'check the path', { cause: e });
  }
  return store;
}
