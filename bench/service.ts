/**
 * Service under load: sustained sends per second and latency of POST /v1/messages, driven by
 * autocannon on loopback against the real service (`chaperone serve`) in a child process — so load
 * generator and server do not share one event loop — with SQLite (a temporary data folder) and with
 * PostgreSQL (a fresh database, dropped afterwards). Every send is the full lifecycle, durable write
 * included. When the service is not there yet, the section says so and the bench goes on.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import type { BenchMessage } from './corpus.js';
import { topSelfTime, type CpuProfile, type HotFunction } from './profile.js';
import { round } from './stats.js';

const num = (x: number): string => round(x).toLocaleString('en-GB');

/** One store's load figures. */
export interface ServiceRun {
  store: 'sqlite' | 'postgres';
  /** False when this store could not be measured (see note). */
  ok: boolean;
  /** Successful (2xx) sends per second, averaged over the run. */
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  ok2xx: number;
  non2xx: number;
  errors: number;
  note?: string;
  /** The preflight send's outcome (HTTP status and message status), as a sanity check. */
  firstSend?: string;
  /** Every 2xx reply of the run (preflight and warm-up included). */
  accepted?: number;
  /** Rows in the `messages` table after the server stopped: equal to `accepted` when every acknowledged send was durably stored. */
  stored?: number | null;
}

/** The service section. */
export interface ServiceReport {
  path: string;
  connections: number;
  durationSeconds: number;
  /** Why the section was skipped or partial, in words; null when all ran. */
  note: string | null;
  runs: ServiceRun[];
  /** With --profile: where the server spends its time under load (top functions by self time). */
  profile?: { note: string; top: HotFunction[] };
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PATH = '/v1/messages';
export const API_KEY = 'bench-key-0123456789abcdef0123456789abcdef';

/** True when the CLI has a `serve` command (the service is written concurrently with the bench). */
export function isServiceAvailable(): boolean {
  const main = join(ROOT, 'src/cli/main.ts');
  return existsSync(main) && /^\s*serve\s*:/m.test(readFileSync(main, 'utf8'));
}

/** A free loopback port (bind to 0, read it, release it). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

export interface Server {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Start `chaperone serve` in a child process and wait until it answers HTTP. */
export async function startServer(env: Record<string, string>, log: (s: string) => void, nodeArgs: string[] = [], command: 'serve' | 'consume' = 'serve'): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, join(ROOT, 'bin/chaperone.js'), command, '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', CHAPERONE_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // Keep only the tail of stderr, to explain a failed start (the service never logs message text).
  let stderrTail = '';
  child.stderr?.on('data', (b: Buffer) => {
    stderrTail = (stderrTail + b.toString('utf8')).slice(-600);
  });
  let exited: number | null = null;
  child.once('exit', (code) => {
    exited = code ?? -1;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited !== null) throw new Error(`serve exited with status ${exited}: ${stderrTail.trim().split('\n').slice(-3).join(' | ')}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('serve did not answer within 60 s');
    }
    try {
      await fetch(`${url}/`, { signal: AbortSignal.timeout(1000) });
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  log(`service up at ${url}`);
  return {
    url,
    child,
    stop: () =>
      new Promise<void>((resolveStop) => {
        if (exited !== null) return resolveStop();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolveStop();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Request bodies: corpus messages, in rotating conversations between a tutor and a parent. */
export function bodies(messages: BenchMessage[], runId: string, conversations = 200): string[] {
  return messages.map((m, i) => {
    const c = i % conversations;
    const fromTutor = m.role === 'tutor';
    const tutor = `tutor-${c}`;
    const parent = `parent-${c}`;
    return JSON.stringify({
      conversationId: `bench-${runId}-${c}`,
      senderId: fromTutor ? tutor : parent,
      senderRole: fromTutor ? 'tutor' : 'parent',
      recipientId: fromTutor ? parent : tutor,
      participants: [
        { id: tutor, role: 'tutor' },
        { id: parent, role: 'parent' },
      ],
      studentAge: '13-17',
      stage: 'booked',
      text: m.text,
    });
  });
}

/** Drive POST /v1/messages with `connections` connections for `duration` seconds. */
export async function load(url: string, payloads: string[], options: { connections: number; duration: number }): Promise<Omit<ServiceRun, 'store' | 'firstSend' | 'accepted' | 'stored'>> {
  let i = 0;
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.duration,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        path: PATH,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` },
        // Each request a different message: the engine and the store see realistic variety.
        setupRequest: (req) => ({ ...req, body: payloads[i++ % payloads.length] }),
      },
    ],
  });
  const ok2xx = result['2xx'];
  const ok = ok2xx > 0;
  return {
    ok,
    perSecond: round(ok2xx / (result.duration || options.duration)),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    ok2xx,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    note: ok
      ? result.non2xx
        ? `non-2xx by status: ${JSON.stringify(Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([k, v]) => [k, v.count])))}`
        : undefined
      : `no successful send (status codes ${JSON.stringify(Object.keys(result.statusCodeStats ?? {}))})`,
  };
}

/**
 * One send before the load, so a contract mismatch (a renamed field, a missing key) is reported with
 * the service's own problem title instead of as thousands of anonymous non-2xx responses.
 */
async function preflight(url: string, body: string): Promise<string> {
  const res = await fetch(`${url}${PATH}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` }, body });
  const json = (await res.json().catch(() => ({}))) as { title?: string; decision?: { action?: string }; message?: { status?: string } };
  if (!res.ok) throw new Error(`a send was refused: HTTP ${res.status} ${json.title ?? ''}`.trim());
  return `first send: HTTP ${res.status}, status ${json.message?.status ?? '?'}`;
}

/** Messages durably stored by the run (read after the server stopped); null when unreadable. */
async function countStored(store: ServiceRun['store'], dataDir: string, pgUrl?: string): Promise<number | null> {
  try {
    if (store === 'postgres' && pgUrl) {
      const c = new pg.Client({ connectionString: pgUrl });
      await c.connect();
      try {
        const r = await c.query<{ n: string }>('SELECT count(*) AS n FROM messages');
        return Number(r.rows[0]?.n ?? 0);
      } finally {
        await c.end();
      }
    }
    const db = new BetterSqlite3(join(dataDir, 'chaperone.db'), { readonly: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM messages').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

/** Create a fresh PostgreSQL database for one run; returns its URL and a drop function. */
export async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env.DATABASE_URL_TEST ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `chaperone_bench_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const u = new URL(base);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/**
 * One store: start the service on it, load it, stop it, clean up. Never throws. With `profileDir`
 * the server runs under `--cpu-prof` (slower: such a run is for the profile, not for the figures).
 */
async function runStore(store: ServiceRun['store'], messages: BenchMessage[], options: { connections: number; duration: number; profileDir?: string }, log: (s: string) => void): Promise<ServiceRun> {
  const dataDir = mkdtempSync(join(tmpdir(), 'chaperone-bench-'));
  let pgDb: { url: string; drop: () => Promise<void> } | null = null;
  let server: Server | null = null;
  const failed = (note: string): ServiceRun => ({ store, ok: false, perSecond: 0, p50Ms: 0, p99Ms: 0, maxMs: 0, ok2xx: 0, non2xx: 0, errors: 0, note });
  try {
    const env: Record<string, string> = { CHAPERONE_DATA_DIR: dataDir, CHAPERONE_API_KEYS: API_KEY, CHAPERONE_API_KEY: API_KEY };
    if (store === 'postgres') {
      try {
        pgDb = await freshPostgres();
      } catch (e) {
        return failed(`PostgreSQL not reachable: ${(e as Error).message}`);
      }
      env.DATABASE_URL = pgDb.url;
    } else {
      env.DATABASE_URL = '';
    }
    server = await startServer(env, log, options.profileDir ? ['--cpu-prof', '--cpu-prof-dir', options.profileDir] : []);
    const payloads = bodies(messages, store);
    const sample = await preflight(server.url, payloads[0]);
    // Short warm-up so JIT and connection pools are hot before the measured run.
    const warm = await load(server.url, payloads, { connections: options.connections, duration: 2 });
    const r = await load(server.url, payloads, options);
    await server.stop();
    server = null;
    const stored = await countStored(store, dataDir, pgDb?.url);
    return { store, ...r, firstSend: sample, accepted: 1 + warm.ok2xx + r.ok2xx, stored };
  } catch (e) {
    return failed((e as Error).message);
  } finally {
    if (server) await server.stop();
    if (pgDb) await pgDb.drop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Profile of the server process under load (a separate, unmeasured SQLite run). */
async function profileServer(messages: BenchMessage[], options: { connections: number; duration: number }, log: (s: string) => void): Promise<ServiceReport['profile']> {
  const dir = mkdtempSync(join(tmpdir(), 'chaperone-bench-prof-'));
  try {
    const run = await runStore('sqlite', messages, { ...options, profileDir: dir }, log);
    if (!run.ok) return { note: `profiled run failed: ${run.note ?? ''}`, top: [] };
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) return { note: 'the server wrote no profile (it did not exit cleanly on SIGTERM)', top: [] };
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    return { note: `${num(run.perSecond)} sends/s while profiled (not a measured figure)`, top: topSelfTime(profile, 20) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The service section: SQLite then PostgreSQL; with `profile`, a profiled SQLite run after them. */
export async function runServiceBench(messages: BenchMessage[], options: { quick: boolean; profile?: boolean; log: (s: string) => void }): Promise<ServiceReport> {
  const connections = 20;
  const duration = options.quick ? 3 : 10;
  const report: ServiceReport = { path: PATH, connections, durationSeconds: duration, note: null, runs: [] };
  if (!isServiceAvailable()) {
    report.note = 'service: not available yet (no `serve` command in src/cli/main.ts)';
    options.log(report.note);
    return report;
  }
  for (const store of ['sqlite', 'postgres'] as const) {
    options.log(`service on ${store}…`);
    report.runs.push(await runStore(store, messages, { connections, duration }, options.log));
  }
  if (options.profile) {
    options.log('service on sqlite, profiled…');
    report.profile = await profileServer(messages, { connections, duration: Math.min(duration, 5) }, options.log);
  }
  return report;
}
