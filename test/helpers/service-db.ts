/**
 * Test databases for the service suites: SQLite in a fresh temp folder, and PostgreSQL in a fresh
 * database created on DATABASE_URL_TEST's server (default postgres://postgres@127.0.0.1:5432/test)
 * and dropped afterwards. PostgreSQL is skipped with a visible message when unreachable, unless
 * CHAPERONE_REQUIRE_POSTGRES=1 (then the suite fails).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';

/** One fresh database for one suite. */
export interface TestDb {
  name: 'sqlite' | 'postgres';
  /** Folder for the SQLite file and the seal key. */
  dataDir: string;
  /** Set for PostgreSQL. */
  databaseUrl?: string;
  /** The SQLite file (for grepping), when SQLite. */
  dbFile?: string;
  /** Run raw SQL behind the app's back (tamper tests). `$1`-style parameters on both. */
  exec(text: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  drop(): Promise<void>;
}

/** Where the PostgreSQL test server is. */
export const PG_TEST_URL = process.env.DATABASE_URL_TEST ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Null when PostgreSQL answers, else why not. */
export async function postgresUnavailable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: PG_TEST_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (err) {
    return `PostgreSQL unreachable at ${PG_TEST_URL.replace(/\/\/[^@]*@/, '//…@')}: ${err instanceof Error ? err.message : String(err)}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A fresh SQLite database in a temp folder. */
export function sqliteDb(): TestDb {
  const dataDir = mkdtempSync(join(tmpdir(), 'chaperone-test-'));
  const dbFile = join(dataDir, 'chaperone.db');
  return {
    name: 'sqlite',
    dataDir,
    dbFile,
    async exec(text, params = []) {
      const db = new BetterSqlite3(dbFile);
      try {
        const stmt = db.prepare(text.replace(/\$\d+/g, '?'));
        return stmt.reader ? (stmt.all(...params) as Record<string, unknown>[]) : (stmt.run(...params), []);
      } finally {
        db.close();
      }
    },
    async drop() {
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A fresh PostgreSQL database (create it on the test server; drop it afterwards). */
export async function postgresDb(): Promise<TestDb> {
  const name = `chaperone_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_TEST_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_TEST_URL);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const dataDir = mkdtempSync(join(tmpdir(), 'chaperone-test-pg-'));
  return {
    name: 'postgres',
    dataDir,
    databaseUrl,
    async exec(text, params = []) {
      const c = new pg.Client({ connectionString: databaseUrl });
      await c.connect();
      try {
        return (await c.query(text, params)).rows as Record<string, unknown>[];
      } finally {
        await c.end();
      }
    },
    async drop() {
      rmSync(dataDir, { recursive: true, force: true });
      const c = new pg.Client({ connectionString: PG_TEST_URL });
      await c.connect();
      try {
        // pg-pool's end() resolves before its sockets have closed; dropping WITH (FORCE) at that
        // moment kills those backends and their clients throw. Wait for them to leave instead.
        for (let attempt = 0; ; attempt++) {
          try {
            await c.query(`DROP DATABASE IF EXISTS ${name}`);
            break;
          } catch (err) {
            if (attempt >= 50 || !/being accessed by other users/.test(String(err))) {
              await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
              break;
            }
            await new Promise((r) => setTimeout(r, 100));
          }
        }
      } finally {
        await c.end();
      }
    },
  };
}

/**
 * The databases to run a suite against: always SQLite; PostgreSQL when reachable. When it is not,
 * `skip` says why (printed by the suite), or the suite must fail when CHAPERONE_REQUIRE_POSTGRES=1.
 */
export async function testTargets(): Promise<{ name: 'sqlite' | 'postgres'; skip: string | null; open: () => Promise<TestDb> }[]> {
  const why = await postgresUnavailable();
  const required = process.env.CHAPERONE_REQUIRE_POSTGRES === '1';
  if (why) {
    if (required) process.stderr.write(`FAIL: ${why} and CHAPERONE_REQUIRE_POSTGRES=1\n`);
    else process.stdout.write(`# SKIP postgres: ${why} (set CHAPERONE_REQUIRE_POSTGRES=1 to make this a failure)\n`);
  }
  return [
    { name: 'sqlite', skip: null, open: async () => sqliteDb() },
    {
      name: 'postgres',
      skip: why && !required ? why : null,
      open: async () => {
        if (why) throw new Error(`${why} (CHAPERONE_REQUIRE_POSTGRES=1)`);
        return postgresDb();
      },
    },
  ];
}

/**
 * Lift the database's own guards on audit_log (the append-only triggers, migration 0007) the way an
 * intruder with full rights would, so a test can tamper and show that verification still notices.
 */
export async function liftAuditGuards(db: TestDb): Promise<void> {
  if (db.name === 'postgres') await db.exec('ALTER TABLE audit_log DISABLE TRIGGER USER');
  else {
    await db.exec('DROP TRIGGER IF EXISTS audit_log_no_update');
    await db.exec('DROP TRIGGER IF EXISTS audit_log_no_delete');
  }
}

/** Put the guards back (as migration 0007 made them). */
export async function restoreAuditGuards(db: TestDb): Promise<void> {
  if (db.name === 'postgres') {
    await db.exec('ALTER TABLE audit_log ENABLE ALWAYS TRIGGER audit_log_append_only');
    await db.exec('ALTER TABLE audit_log ENABLE ALWAYS TRIGGER audit_log_no_truncate');
  } else {
    await db.exec("CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END");
    await db.exec("CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END");
  }
}
