import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SqliteDialect } from 'kysely';
import { ReadoutError } from '../model/index.js';
import { KyselyStore } from './kysely-store.js';

/** Opens (creating if needed) a SQLite ledger file: the embedded default. `:memory:` works for tests. */
export function openSqliteStore(file: string): KyselyStore {
  let db: Database.Database;
  try {
    if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
  } catch (e) {
    throw new ReadoutError('RD040', `cannot open database ${file}: ${(e as Error).message}`, 'check the path and that the file is a readout SQLite database', { cause: e });
  }
  return new KyselyStore(new SqliteDialect({ database: db }), { name: 'sqlite' });
}
