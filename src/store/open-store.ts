/**
 * Opening the store: SQLite in a data folder by default, PostgreSQL when a `postgres://` URL is given.
 * Migrations are applied before the store is returned. Transactions go through `store.transaction`,
 * the single place that knows how each database serialises writers.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { CompiledQuery, Kysely, Migrator, PostgresDialect, SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';
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
   * Run `fn` atomically: its writes are committed when it resolves (before the promise settles), and
   * rolled back when it throws. On SQLite units are group-committed on the single connection inside
   * BEGIN IMMEDIATE (the write lock is taken up front, so two processes never deadlock on an upgrade),
   * each in its own savepoint; on PostgreSQL each is its own transaction.
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

  const { error, results } = dialect === 'postgres' ? await migrateUnderAdvisoryLock(db, dialect) : await new Migrator({ db, provider: migrationProvider(dialect) }).migrateToLatest();
  if (error) {
    await db.destroy();
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`store: migration ${failed ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`);
  }

  return {
    db,
    dialect,
    file,
    transaction: dialect === 'sqlite' ? sqliteGroupCommit(db) : postgresTransaction(db),
    close: () => db.destroy(),
  };
}

/** The advisory-lock key instances take while migrating (any fixed 64-bit number; 'chaperon' in ASCII). */
const MIGRATION_LOCK_KEY = '7522537878223605614';

/**
 * PostgreSQL: migrate while holding a session advisory lock, so instances that start at once migrate
 * one after another (the first applies, the others then find nothing to do). Kysely's own lock table
 * is created by the first migrator to run, and two creating it at once can collide on the catalog;
 * the advisory lock is taken before any of that. The lock is released with the connection's session.
 */
async function migrateUnderAdvisoryLock(db: Kysely<Database>, dialect: DialectName) {
  return db.connection().execute(async (conn) => {
    await conn.executeQuery(CompiledQuery.raw(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`));
    try {
      return await new Migrator({ db: conn, provider: migrationProvider(dialect) }).migrateToLatest();
    } finally {
      await conn.executeQuery(CompiledQuery.raw(`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`)).catch(() => undefined);
    }
  });
}

/**
 * Run `fn` while holding the same advisory lock as the migrations (PostgreSQL), so start-up work that
 * reads then writes (the first API key and admin) happens once when instances start together. On
 * SQLite `fn` simply runs.
 */
export async function withStartupLock<T>(store: Store, fn: () => Promise<T>): Promise<T> {
  if (store.dialect !== 'postgres') return fn();
  return store.db.connection().execute(async (conn) => {
    await conn.executeQuery(CompiledQuery.raw(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`));
    try {
      return await fn();
    } finally {
      await conn.executeQuery(CompiledQuery.raw(`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`)).catch(() => undefined);
    }
  });
}

const BEGIN = CompiledQuery.raw('BEGIN');
const BEGIN_IMMEDIATE = CompiledQuery.raw('BEGIN IMMEDIATE');
const COMMIT = CompiledQuery.raw('COMMIT');
const ROLLBACK = CompiledQuery.raw('ROLLBACK');
const SAVEPOINT = CompiledQuery.raw('SAVEPOINT chaperone_unit');
const RELEASE = CompiledQuery.raw('RELEASE chaperone_unit');
const ROLLBACK_TO = CompiledQuery.raw('ROLLBACK TO chaperone_unit');

/** PostgreSQL: one pooled connection per transaction (Kysely's connection() holds it for the callback). */
function postgresTransaction(db: Kysely<Database>): Store['transaction'] {
  return (fn) =>
    db.connection().execute(async (conn) => {
      await conn.executeQuery(BEGIN);
      try {
        const out = await fn(conn);
        await conn.executeQuery(COMMIT);
        return out;
      } catch (err) {
        await conn.executeQuery(ROLLBACK).catch(() => undefined);
        throw err;
      }
    });
}

/**
 * SQLite: group commit. Units of work that arrive together run one after another on the single
 * connection inside ONE `BEGIN IMMEDIATE … COMMIT`, each inside its own savepoint, so a unit that
 * fails is rolled back alone and the others still commit. Every caller is answered only after the
 * COMMIT that contains its work (or with the error that prevented it), so nothing is acknowledged
 * before it is durable. Why: the commit (writing the pages to the WAL) is the largest part of a
 * send's database time, and a batch shares its pages (index leaves, the audit chain's tail).
 */
function sqliteGroupCommit(db: Kysely<Database>, maxBatch = 64): Store['transaction'] {
  type Unit = { fn: (tx: Tx) => Promise<unknown>; resolve: (v: unknown) => void; reject: (e: unknown) => void };
  const queue: Unit[] = [];
  let draining = false;

  async function drain(): Promise<void> {
    while (queue.length) {
      const batch = queue.splice(0, maxBatch);
      const answers: (() => void)[] = [];
      try {
        // Kysely's connection() holds the single connection under its mutex for the callback.
        await db.connection().execute(async (conn) => {
          await conn.executeQuery(BEGIN_IMMEDIATE);
          try {
            for (const unit of batch) {
              await conn.executeQuery(SAVEPOINT);
              try {
                const value = await unit.fn(conn);
                await conn.executeQuery(RELEASE);
                answers.push(() => unit.resolve(value));
              } catch (err) {
                await conn.executeQuery(ROLLBACK_TO);
                await conn.executeQuery(RELEASE);
                answers.push(() => unit.reject(err));
              }
            }
            await conn.executeQuery(COMMIT);
          } catch (err) {
            await conn.executeQuery(ROLLBACK).catch(() => undefined);
            throw err;
          }
        });
      } catch (err) {
        // Nothing of this batch was committed: every unit gets the error.
        for (const unit of batch) unit.reject(err);
        continue;
      }
      for (const answer of answers) answer();
    }
    draining = false;
  }

  return <T>(fn: (tx: Tx) => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      queue.push({ fn, resolve: resolve as (v: unknown) => void, reject });
      if (!draining) {
        draining = true;
        // Let requests already read from their sockets join this batch.
        setImmediate(() => void drain());
      }
    });
}
