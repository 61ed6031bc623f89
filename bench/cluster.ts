/**
 * Many instances on one PostgreSQL: sends per second and p99 of POST /v1/messages with 1, 2 and 3
 * `chaperone serve` processes on one fresh database (autocannon drives each instance with its share
 * of the connections, at the same time), and the stream consumer's messages per second: a bounded
 * batch published to a throwaway `nats-server -js` and drained by `chaperone consume` processes.
 * Optional (`--cluster` or `--only cluster`): it starts several servers and takes about a minute.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { connect } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { BenchMessage } from './corpus.js';
import { API_KEY, bodies, freePort, freshPostgres, load, startServer, type Server } from './service.js';
import { round } from './stats.js';

/** One row of the scaling table. */
export interface ClusterRow {
  instances: number;
  perSecond: number;
  /** The highest of the instances' p99 (each instance's load is measured separately). */
  p99Ms: number;
  non2xx: number;
  errors: number;
}

/** The stream consumer's figure. */
export interface StreamRow {
  consumers: number;
  messages: number;
  seconds: number;
  perSecond: number;
}

/** The cluster section. */
export interface ClusterReport {
  connections: number;
  durationSeconds: number;
  note: string | null;
  rows: ClusterRow[];
  stream: StreamRow[];
}

function natsBinary(): string | null {
  for (const b of [process.env.NATS_SERVER_BIN, 'nats-server', '/usr/sbin/nats-server']) if (b && spawnSync(b, ['--version']).status === 0) return b;
  return null;
}

async function withInstances<T>(n: number, env: Record<string, string>, command: 'serve' | 'consume', log: (s: string) => void, fn: (servers: Server[]) => Promise<T>): Promise<T> {
  const servers = await Promise.all(Array.from({ length: n }, () => startServer(env, log, [], command)));
  try {
    return await fn(servers);
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}

/** Run the section. */
export async function runClusterBench(messages: BenchMessage[], options: { quick: boolean; log: (s: string) => void }): Promise<ClusterReport> {
  const connections = 30;
  const duration = options.quick ? 3 : 10;
  const report: ClusterReport = { connections, durationSeconds: duration, note: null, rows: [], stream: [] };
  const sealKey = randomBytes(32).toString('base64');
  const dataDir = mkdtempSync(join(tmpdir(), 'chaperone-bench-cluster-'));
  const envBase = { CHAPERONE_DATA_DIR: dataDir, CHAPERONE_API_KEY: API_KEY, CHAPERONE_SEAL_KEY: sealKey };
  try {
    for (const n of [1, 2, 3]) {
      let db;
      try {
        db = await freshPostgres();
      } catch (e) {
        report.note = `PostgreSQL not reachable: ${(e as Error).message}`;
        return report;
      }
      try {
        options.log(`cluster: ${n} instance(s) on one PostgreSQL…`);
        const row = await withInstances(n, { ...envBase, DATABASE_URL: db.url }, 'serve', options.log, async (servers) => {
          const payloads = bodies(messages, `c${n}`);
          const share = Math.max(1, Math.round(connections / n));
          await Promise.all(servers.map((s) => load(s.url, payloads, { connections: share, duration: 2 })));
          const runs = await Promise.all(servers.map((s) => load(s.url, payloads, { connections: share, duration })));
          return { instances: n, perSecond: round(runs.reduce((a, r) => a + r.perSecond, 0)), p99Ms: Math.max(...runs.map((r) => r.p99Ms)), non2xx: runs.reduce((a, r) => a + r.non2xx, 0), errors: runs.reduce((a, r) => a + r.errors, 0) };
        });
        report.rows.push(row);
      } finally {
        await db.drop().catch(() => undefined);
      }
    }

    const bin = natsBinary();
    if (!bin) {
      report.note = 'stream consumer not measured: nats-server not found';
      return report;
    }
    for (const consumers of [1, 3]) {
      const storeDir = mkdtempSync(join(tmpdir(), 'chaperone-bench-nats-'));
      const port = await freePort();
      const nats = spawn(bin, ['-js', '-a', '127.0.0.1', '-p', String(port), '-sd', storeDir], { stdio: 'ignore' });
      const db = await freshPostgres();
      try {
        await new Promise((r) => setTimeout(r, 500));
        const url = `nats://127.0.0.1:${port}`;
        const total = options.quick ? 1000 : 4000;
        options.log(`cluster: stream, ${consumers} consume process(es), ${total} messages…`);
        const row = await withInstances(consumers, { ...envBase, DATABASE_URL: db.url, NATS_URL: url, CHAPERONE_MAX_IN_FLIGHT: '64' }, 'consume', options.log, async () => {
          const nc = await connect({ servers: url });
          try {
            const js = jetstream(nc);
            const jsm = await jetstreamManager(nc);
            const payloads = bodies(messages, `s${consumers}`);
            // Publish first, then time the drain (the consumers are already attached).
            const started = performance.now();
            const pubs: Promise<unknown>[] = [];
            for (let i = 0; i < total; i++) {
              const body = JSON.parse(payloads[i % payloads.length]) as Record<string, unknown>;
              pubs.push(js.publish('chaperone.messages.in', JSON.stringify({ ...body, id: `b-${consumers}-${i}` })));
              if (pubs.length >= 500) await Promise.all(pubs.splice(0));
            }
            await Promise.all(pubs);
            for (;;) {
              const info = await jsm.consumers.info('CHAPERONE', 'chaperone');
              if (info.num_pending === 0 && info.num_ack_pending === 0) break;
              if (performance.now() - started > 300_000) throw new Error('the stream did not drain in 5 minutes');
              await new Promise((r) => setTimeout(r, 100));
            }
            const seconds = (performance.now() - started) / 1000;
            return { consumers, messages: total, seconds: round(seconds), perSecond: round(total / seconds) };
          } finally {
            await nc.close();
          }
        });
        report.stream.push(row);
      } finally {
        nats.kill('SIGTERM');
        await db.drop().catch(() => undefined);
        rmSync(storeDir, { recursive: true, force: true });
      }
    }
  } catch (e) {
    report.note = `cluster bench failed: ${(e as Error).message}`;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return report;
}

/** The section as text. */
export function renderCluster(r: ClusterReport): string {
  const num = (x: number) => round(x).toLocaleString('en-GB');
  const lines = ['', `Many instances on one PostgreSQL (POST /v1/messages, ${r.connections} connections shared, ${r.durationSeconds} s)`, '  instances  sends/s   p99 ms (worst instance)  non-2xx  errors'];
  for (const row of r.rows) lines.push(`  ${String(row.instances).padEnd(9)}  ${num(row.perSecond).padStart(7)}   ${String(row.p99Ms).padStart(6)}                   ${String(row.non2xx).padStart(7)}  ${String(row.errors).padStart(6)}`);
  if (r.stream.length) {
    lines.push('', 'NATS JetStream intake (chaperone consume on PostgreSQL: publish, decide, publish decision, ack)', '  consumers  messages  seconds  messages/s');
    for (const s of r.stream) lines.push(`  ${String(s.consumers).padEnd(9)}  ${String(s.messages).padStart(8)}  ${String(s.seconds).padStart(7)}  ${num(s.perSecond).padStart(10)}`);
  }
  if (r.note) lines.push(`  note: ${r.note}`);
  return lines.join('\n') + '\n';
}
