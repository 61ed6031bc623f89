/**
 * `chaperone serve [--port N] [--host H]`: run the HTTP service (and the moderator console) on the
 * embedded SQLite database in ./data (or $CHAPERONE_DATA_DIR), or PostgreSQL when $DATABASE_URL is a
 * postgres:// URL. Port from --port, else $PORT, else 8080; host 127.0.0.1 unless --host/$HOST.
 * Credentials created on first start are printed once, here, and never logged.
 */
import { parseListenArgs, startApp } from './service-start.js';

const USAGE = `chaperone serve [--port N] [--host H]

Environment: PORT, HOST, DATABASE_URL (postgres://… switches from SQLite), CHAPERONE_DATA_DIR,
CHAPERONE_API_KEY, CHAPERONE_ADMIN_EMAIL, CHAPERONE_ADMIN_PASSWORD, CHAPERONE_SEAL_KEY,
CHAPERONE_WEBHOOK_URL, CHAPERONE_WEBHOOK_SECRET, CHAPERONE_POLICY, CHAPERONE_IDEMPOTENCY_TTL_HOURS,
LOG_LEVEL.
`;


/** Run the service until SIGINT/SIGTERM; resolves to the exit status. */
export async function serveCommand(args: string[]): Promise<number> {
  const parsed = parseListenArgs(args, 8080);
  if (parsed === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (typeof parsed === 'string') {
    process.stderr.write(`chaperone serve: ${parsed}\n\n${USAGE}`);
    return 2;
  }
  const app = await startApp('serve');
  if (!app) return 1;
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
