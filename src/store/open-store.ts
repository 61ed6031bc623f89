/**
 * Opening the store: SQLite in a data folder by default, PostgreSQL when a `postgres://` URL is given.
 * Migrations are applied before the store is returned. Transactions go through `store.transaction`,
 * the single place that knows how each database serialises writers.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type SqliteDatabase, type SqliteStatement } from 'kysely';
import { migrationProvider, type DialectName } from './migrations.js';
import type { Database } from './schema.js';

/** Options for `openStore`; every field is optional. */
export interface StoreOptions {
  /** `postgres://…` switches to PostgreSQL; otherwise SQLite in `dataDir`. */
  databaseUrl?: string;
  /** Folder for the SQLite file (default $CHAPERONE_DATA_DIR or ./data). */
  dataDir?: string;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
}

/** A transaction handle: the Kysely instance bound to the one connection of the transaction. */
export type Tx = Kysely<Database>;

/** An open store. */
export interface Store {
  db: Kysely<Database>;
  dialect: DialectName;
  /** The SQLite file, when embedded. */
  file: string | null;
  /**
   * Run `fn` in one transaction: committed when it resolves, rolled back when it throws. On SQLite the
   * single connection is held for the whole callback and the transaction is BEGIN IMMEDIATE (the write
   * lock is taken up front, so two writers never deadlock on an upgrade).
   */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Resolve the data folder: explicit, else $CHAPERONE_DATA_DIR, else ./data. */
export function dataDirectory(dataDir?: string): string {
  return resolve(dataDir ?? process.env.CHAPERONE_DATA_DIR ?? 'data');
}

/** True when `url` selects PostgreSQL. */
export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//i.test(url);
}

// PostgreSQL's int8 (count(*), sums) arrives as a string by default; every count we read fits a double.
pg.types.setTypeParser(20, (v: string) => Number(v));

/**
 * better-sqlite3 statements are reusable: caching them by SQL text skips re-preparing the same
 * handful of statements on every request (Kysely's driver prepares per query).
 */
function cachingSqlite(database: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => database.close(),
    prepare(text: string): SqliteStatement {
      let stmt = cache.get(text);
      if (!stmt) {
        stmt = database.prepare(text) as unknown as SqliteStatement;
        if (cache.size > 500) cache.clear();
        cache.set(text, stmt);
      }
      return stmt;
    },
  };
}

/** Open (and migrate) the store described by `options`. */
export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const url = options.databaseUrl;
  let db: Kysely<Database>;
  let dialect: DialectName;
  let file: string | null = null;
  if (isPostgresUrl(url)) {
    dialect = 'postgres';
    const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
    // An idle connection dropped by the server (restart, failover) is an 'error' event on the pool;
    // unhandled it would crash the process. The pool replaces the connection on next use.
    pool.on('error', () => undefined);
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  } else {
    dialect = 'sqlite';
    const dir = dataDirectory(options.dataDir);
    mkdirSync(dir, { recursive: true });
    file = join(dir, 'chaperone.db');
    const database = new BetterSqlite3(file);
    // WAL + synchronous=NORMAL: a commit is in the WAL before the reply is sent, so a crash of the
    // process (kill -9) loses nothing committed; only a power loss or OS crash can lose the last few
    // commits (the WAL is fsynced at checkpoints, not per commit). The database is never corrupted.
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    database.pragma('busy_timeout = 5000');
    database.pragma('foreign_keys = ON');
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingSqlite(database) }) });
  }

  const migrator = new Migrator({ db, provider: migrationProvider(dialect) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`store: migration ${failed ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`);
  }

  const begin = dialect === 'sqlite' ? sql`BEGIN IMMEDIATE` : sql`BEGIN`;
  return {
    db,
    dialect,
    file,
    transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
      // Kysely's connection() holds one connection (on SQLite: the single connection, under its
      // mutex) for the callback, so BEGIN/COMMIT and every query inside run on it.
      return db.connection().execute(async (conn) => {
        await begin.execute(conn);
        try {
          const out = await fn(conn);
          await sql`COMMIT`.execute(conn);
          return out;
        } catch (err) {
          await sql`ROLLBACK`.execute(conn).catch(() => undefined);
          throw err;
        }
      });
    },
    close: () => db.destroy(),
  };
}
