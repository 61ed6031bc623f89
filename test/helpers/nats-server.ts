/**
 * A throwaway `nats-server -js` for the stream suites: a free loopback port, a temporary store
 * folder, stopped and removed afterwards. When the binary is missing the suite is skipped with a
 * visible message, unless CHAPERONE_REQUIRE_NATS=1 (then it fails).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The binary: $NATS_SERVER_BIN, else nats-server on the PATH, else Debian's /usr/sbin path. */
export function natsServerBinary(): string | null {
  for (const candidate of [process.env.NATS_SERVER_BIN, 'nats-server', '/usr/sbin/nats-server', '/usr/bin/nats-server']) {
    if (!candidate) continue;
    const r = spawnSync(candidate, ['--version'], { encoding: 'utf8' });
    if (r.status === 0) return candidate;
  }
  return null;
}

/** Null when a nats-server can be started, else why not (and whether that must fail the suite). */
export function natsUnavailable(): { why: string; required: boolean } | null {
  if (natsServerBinary()) return null;
  return { why: 'nats-server not found (Debian: apt-get install nats-server)', required: process.env.CHAPERONE_REQUIRE_NATS === '1' };
}

/** A free loopback TCP port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

/** A running server. */
export interface NatsServer {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Start `nats-server -js` on a free port with a temporary store; resolves once it is ready. */
export async function startNatsServer(timeoutMs = 15_000): Promise<NatsServer> {
  const bin = natsServerBinary();
  if (!bin) throw new Error('nats-server not found');
  const dir = mkdtempSync(join(tmpdir(), 'chaperone-nats-'));
  const port = await freePort();
  const child = spawn(bin, ['-js', '-a', '127.0.0.1', '-p', String(port), '-sd', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`nats-server did not start in ${timeoutMs} ms:\n${out}`)), timeoutMs);
    const onData = (c: Buffer) => {
      out += c.toString();
      if (/Server is ready/.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`nats-server exited (${code}):\n${out}`));
    });
  });
  return {
    url: `nats://127.0.0.1:${port}`,
    child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
