/**
 * `chaperone audit verify`: walk the audit log's hash chain in the service's database ($DATABASE_URL
 * or the SQLite file in $CHAPERONE_DATA_DIR / ./data, or --database-url / --data-dir), compare it with
 * the signed checkpoints (--checkpoints FILE, else $CHAPERONE_AUDIT_CHECKPOINT_FILE, else the data
 * folder's) and the stored messages, and report truncation, deletion, re-hashing and rollback with the
 * first entry affected. The key: --public-key B64, else $CHAPERONE_AUDIT_PUBLIC_KEY, else the public
 * half of the signing key. Exit 0 when everything holds, 1 when not, 2 on usage errors.
 */
import { flushAuditQueue } from '../store/audit-log.js';
import { dataDirectory, isPostgresUrl, openStore } from '../store/open-store.js';
import { checkAgainstCheckpoints, checkpointFile, countMessages, readCheckpoints } from '../service/audit-checkpoints.js';
import { loadAuditVerifyKey } from '../service/audit-signing-key.js';

const USAGE = `chaperone audit verify [--database-url URL] [--data-dir DIR] [--checkpoints FILE] [--public-key BASE64]
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
  let checkpoints: string | undefined;
  let publicKey: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const [flag, inline] = rest[i].split('=', 2);
    const value = inline ?? rest[++i];
    if (flag === '--database-url' && value) databaseUrl = value;
    else if (flag === '--data-dir' && value) dataDir = value;
    else if (flag === '--checkpoints' && value) checkpoints = value;
    else if (flag === '--public-key' && value) publicKey = value;
    else {
      process.stderr.write(`chaperone audit: unknown or incomplete option '${rest[i - (inline ? 0 : 1)] ?? flag}'\n\n${USAGE}`);
      return 2;
    }
  }
  let store;
  let key;
  try {
    key = loadAuditVerifyKey(dataDirectory(dataDir), { publicKey });
  } catch (err) {
    process.stderr.write(`chaperone audit: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
  try {
    store = await openStore({ databaseUrl: isPostgresUrl(databaseUrl) ? databaseUrl : undefined, dataDir });
  } catch (err) {
    process.stderr.write(`chaperone audit: cannot open the store: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  try {
    // Messages are counted before the queue (PostgreSQL) is chained, so every counted message's entry is chained and checked.
    const messageCount = await countMessages(store.db);
    await flushAuditQueue(store);
    const result = await checkAgainstCheckpoints(store.db, await readCheckpoints(checkpointFile(dataDirectory(dataDir), checkpoints)), key, { messageCount });
    process.stdout.write(JSON.stringify(result) + '\n');
    if (!result.ok) process.stderr.write(`audit log ${result.tamper} at entry ${result.firstBroken!.seq}: ${result.firstBroken!.reason}\n`);
    for (const note of result.notes) process.stderr.write(`note: ${note}\n`);
    return result.ok ? 0 : 1;
  } finally {
    await store.close();
  }
}
