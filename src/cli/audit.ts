/**
 * `chaperone audit verify`: walk the audit log's hash chain in the service's database ($DATABASE_URL
 * or the SQLite file in $CHAPERONE_DATA_DIR / ./data, or --database-url / --data-dir) and report the
 * first broken link. Exit 0 when the chain holds, 1 when it is broken, 2 on usage errors.
 */
import { flushAuditQueue, verifyAudit } from '../store/audit-log.js';
import { isPostgresUrl, openStore } from '../store/open-store.js';

const USAGE = `chaperone audit verify [--database-url URL] [--data-dir DIR]
`;

/** Run `audit <subcommand>`. */
export async function auditCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === '--help' || sub === '-h') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (sub !== 'verify') {
    process.stderr.write(`chaperone audit: unknown subcommand '${sub ?? ''}'\n\n${USAGE}`);
    return 2;
  }
  let databaseUrl = process.env.DATABASE_URL;
  let dataDir: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const [flag, inline] = rest[i].split('=', 2);
    const value = inline ?? rest[++i];
    if (flag === '--database-url' && value) databaseUrl = value;
    else if (flag === '--data-dir' && value) dataDir = value;
    else {
      process.stderr.write(`chaperone audit: unknown or incomplete option '${rest[i - (inline ? 0 : 1)] ?? flag}'\n\n${USAGE}`);
      return 2;
    }
  }
  let store;
  try {
    store = await openStore({ databaseUrl: isPostgresUrl(databaseUrl) ? databaseUrl : undefined, dataDir });
  } catch (err) {
    process.stderr.write(`chaperone audit: cannot open the store: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  try {
    // Entries committed but not yet chained (PostgreSQL's queue) are chained first, so they are checked too.
    await flushAuditQueue(store);
    const result = await verifyAudit(store.db);
    process.stdout.write(JSON.stringify(result) + '\n');
    if (!result.ok) process.stderr.write(`audit chain broken at entry ${result.firstBroken!.seq}: ${result.firstBroken!.reason}\n`);
    return result.ok ? 0 : 1;
  } finally {
    await store.close();
  }
}
