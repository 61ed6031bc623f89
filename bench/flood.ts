/**
 * A flood of worst-case messages against ordinary requests (issue 15): the real service (`chaperone
 * serve`, a child process) takes ordinary sends from autocannon while other connections keep sending
 * 64 KiB messages of the adversarial shapes (bench/worst-case.ts). The figure is the ordinary sends'
 * p99 with the flood over their p99 alone (target ≤ 2×), with scans on worker threads (the default)
 * and on the main thread (CHAPERONE_SCAN_WORKERS=0, how it was before), each on SQLite.
 *
 * Run: `npm run build && node --import tsx bench/flood.ts [--seconds N]`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_KEY, load, startServer } from './service.js';
import { WORST_CASE_BYTES, WORST_CASE_SHAPES } from './worst-case.js';

const ORDINARY = ['see you on thursday at four', 'can we move the lesson to 5pm?', 'great work on the quadratic equations today', 'I have uploaded the homework sheet', 'thanks, he really enjoyed it'];

function ordinaryBodies(run: string): string[] {
  return Array.from({ length: 200 }, (_, i) =>
    JSON.stringify({ conversationId: `ord-${run}-${i % 50}`, senderId: `parent-${i % 50}`, senderRole: 'parent', participants: [{ id: `tutor-${i % 50}`, role: 'tutor' }], text: ORDINARY[i % ORDINARY.length] }),
  );
}

function floodBodies(run: string): string[] {
  return WORST_CASE_SHAPES.filter((s) => s.unit.length > 1).map((s, i) =>
    JSON.stringify({ conversationId: `flood-${run}-${i}`, senderId: `tutor-f${i}`, senderRole: 'tutor', participants: [{ id: `parent-f${i}`, role: 'parent' }], text: s.unit.repeat(Math.floor(WORST_CASE_BYTES / Buffer.byteLength(s.unit))) }),
  );
}

/** Keep `connections` senders posting flood bodies until `stop` resolves; count answers by status. */
async function flood(url: string, bodies: string[], connections: number, stop: Promise<void>): Promise<Record<string, number>> {
  const statuses: Record<string, number> = {};
  let done = false;
  void stop.then(() => (done = true));
  let n = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (!done) {
        const body = bodies[n++ % bodies.length];
        try {
          const r = await fetch(`${url}/v1/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` }, body, signal: AbortSignal.timeout(60_000) });
          const j = (await r.json()) as { message?: { status?: string } };
          const k = `${r.status}${j.message?.status ? ' ' + j.message.status : ''}`;
          statuses[k] = (statuses[k] ?? 0) + 1;
        } catch {
          statuses.error = (statuses.error ?? 0) + 1;
        }
      }
    }),
  );
  return statuses;
}

/** One configuration: ordinary p99 alone, then with the flood. */
async function measure(label: string, workers: string, seconds: number): Promise<{ label: string; aloneP99: number; floodP99: number; ratio: number; flood: Record<string, number> }> {
  const dir = mkdtempSync(join(tmpdir(), 'chaperone-flood-'));
  const server = await startServer({ CHAPERONE_DATA_DIR: dir, CHAPERONE_API_KEY: API_KEY, CHAPERONE_SCAN_WORKERS: workers, CHAPERONE_RATE_LIMIT_PER_KEY: '0', CHAPERONE_RATE_LIMIT_PER_IP: '0', DATABASE_URL: '' }, () => undefined);
  try {
    const alone = await load(server.url, ordinaryBodies(`${label}-a`), { connections: 4, duration: seconds });
    let release!: () => void;
    const stop = new Promise<void>((r) => (release = r));
    const flooding = flood(server.url, floodBodies(label), 4, stop);
    const withFlood = await load(server.url, ordinaryBodies(`${label}-b`), { connections: 4, duration: seconds });
    release();
    const statuses = await flooding;
    return { label, aloneP99: alone.p99Ms, floodP99: withFlood.p99Ms, ratio: Math.round((withFlood.p99Ms / Math.max(1, alone.p99Ms)) * 10) / 10, flood: statuses };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--seconds');
  const seconds = i > 0 ? Number(process.argv[i + 1]) : 8;
  for (const [label, workers] of [['workers = cores', ''], ['1 worker', '1'], ['main thread', '0']] as const) {
    const r = await measure(label, workers, seconds);
    process.stdout.write(`${r.label.padEnd(18)} ordinary p99 alone ${r.aloneP99} ms, with the flood ${r.floodP99} ms (${r.ratio}×); flood answers ${JSON.stringify(r.flood)}\n`);
  }
}
