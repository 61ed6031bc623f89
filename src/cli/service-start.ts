/**
 * What `chaperone serve` and `chaperone consume` share: reading `--port`/`--host` (with $PORT/$HOST)
 * and starting the service app with its first-start credentials printed once, here, never logged.
 */
import { createApp } from '../service/create-app.js';
import { scanWorkersFromEnv } from '../service/scan-pool.js';

/**
 * Parse `--port N` and `--host H` (also `--port=N`). `defaultPort` is used when neither the flag nor
 * $PORT gives one; null means "no port" (consume serves HTTP only when asked). Returns 'help', an
 * error message, or the values.
 */
export function parseListenArgs<P extends number | null>(args: string[], defaultPort: P): { port: number | P; host: string } | string {
  let port: number | P = process.env.PORT ? Number(process.env.PORT) : defaultPort;
  let host = process.env.HOST ?? '127.0.0.1';
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const [flag, inline] = a.split('=', 2);
    const value = () => inline ?? args[++i];
    if (flag === '--port') port = Number(value());
    else if (flag === '--host') host = value() ?? '';
    else if (a === '--help' || a === '-h') return 'help';
    else return `unknown option '${a}'`;
  }
  if (port !== null && (!Number.isInteger(port) || (port as number) < 0 || (port as number) > 65535)) return 'the port must be an integer from 0 to 65535';
  if (!host) return '--host needs a value';
  return { port, host };
}

/** Create the app (printing first-start credentials once), or report why it cannot start and return null. */
export async function startApp(command: string): Promise<Awaited<ReturnType<typeof createApp>> | null> {
  let app;
  try {
    // The service scans off the event loop by default, on a worker per core ($CHAPERONE_SCAN_WORKERS; 0 = main thread).
    app = await createApp({ logger: { level: process.env.LOG_LEVEL ?? 'info' }, scanWorkers: scanWorkersFromEnv() });
  } catch (err) {
    process.stderr.write(`chaperone ${command}: cannot start: ${err instanceof Error ? err.message : String(err)}\n`);
    return null;
  }
  const boot = app.chaperone.bootstrap;
  if (boot.apiKey) process.stdout.write(`\nFirst start: platform API key (shown once, store it now):\n  ${boot.apiKey}\n`);
  if (boot.adminPassword) process.stdout.write(`\nFirst start: admin account (shown once, change it):\n  email:    ${boot.adminEmail}\n  password: ${boot.adminPassword}\n\n`);
  return app;
}
