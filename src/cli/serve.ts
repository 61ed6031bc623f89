/**
 * `chaperone serve [--port N] [--host H]`: run the HTTP service (and the moderator console) on the
 * embedded SQLite database in ./data (or $CHAPERONE_DATA_DIR), or PostgreSQL when $DATABASE_URL is a
 * postgres:// URL. Port from --port, else $PORT, else 8080; host 127.0.0.1 unless --host/$HOST.
 * Credentials created on first start are printed once, here, and never logged.
 */
import { createApp } from '../service/create-app.js';

const USAGE = `chaperone serve [--port N] [--host H]

Environment: PORT, HOST, DATABASE_URL (postgres://… switches from SQLite), CHAPERONE_DATA_DIR,
CHAPERONE_API_KEY, CHAPERONE_ADMIN_EMAIL, CHAPERONE_ADMIN_PASSWORD, CHAPERONE_SEAL_KEY,
CHAPERONE_WEBHOOK_URL, CHAPERONE_WEBHOOK_SECRET, CHAPERONE_POLICY, CHAPERONE_IDEMPOTENCY_TTL_HOURS,
LOG_LEVEL.
`;

function parseArgs(args: string[]): { port: number; host: string } | string {
  let port = process.env.PORT ? Number(process.env.PORT) : 8080;
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
  if (!Number.isInteger(port) || port < 0 || port > 65535) return 'the port must be an integer from 0 to 65535';
  if (!host) return '--host needs a value';
  return { port, host };
}

/** Run the service until SIGINT/SIGTERM; resolves to the exit status. */
export async function serveCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (parsed === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (typeof parsed === 'string') {
    process.stderr.write(`chaperone serve: ${parsed}\n\n${USAGE}`);
    return 2;
  }
  let app;
  try {
    app = await createApp({ logger: { level: process.env.LOG_LEVEL ?? 'info' } });
  } catch (err) {
    process.stderr.write(`chaperone serve: cannot start: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  const boot = app.chaperone.bootstrap;
  if (boot.apiKey) process.stdout.write(`\nFirst start: platform API key (shown once, store it now):\n  ${boot.apiKey}\n`);
  if (boot.adminPassword) process.stdout.write(`\nFirst start: admin account (shown once, change it):\n  email:    ${boot.adminEmail}\n  password: ${boot.adminPassword}\n\n`);
  try {
    const address = await app.listen({ port: parsed.port, host: parsed.host });
    process.stdout.write(`chaperone: listening on ${address} (${app.chaperone.store.dialect}); API docs at ${address}/docs\n`);
  } catch (err) {
    process.stderr.write(`chaperone serve: cannot listen on ${parsed.host}:${parsed.port}: ${err instanceof Error ? err.message : String(err)}\n`);
    await app.close();
    return 1;
  }
  return new Promise<number>((resolve) => {
    const stop = () => {
      app.close().then(() => resolve(0), () => resolve(1));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
