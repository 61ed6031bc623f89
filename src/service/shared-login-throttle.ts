/**
 * Sign-in throttling shared by every instance on one PostgreSQL database: the same rule as
 * `LoginThrottle` (after `maxFailures` wrong passwords for one email within `windowMs`, sign-in with
 * that email is refused until the window ends; a success resets it), but the count lives in the
 * `login_failures` table, so several instances together allow `maxFailures`, not one each. One
 * upsert per failure keeps the count right when failures for one email arrive at several instances
 * at once. SQLite (one process) keeps the in-memory `LoginThrottle`.
 */
import { sql } from 'kysely';
import type { Store } from '../store/open-store.js';

/** What the sign-in route needs; `LoginThrottle` (in memory) and this class both fit. */
export interface LoginLimiter {
  retryAfterSeconds(email: string): number | Promise<number>;
  failed(email: string): void | Promise<void>;
  succeeded(email: string): void | Promise<void>;
}

/** The PostgreSQL-backed limiter. */
export class SharedLoginThrottle implements LoginLimiter {
  constructor(
    private readonly store: Store,
    private readonly nowMs: () => number,
    readonly maxFailures = 5,
    readonly windowMs = 15 * 60 * 1000,
  ) {}

  /** Whole seconds until `email` may try again; 0 when it may now. */
  async retryAfterSeconds(email: string): Promise<number> {
    const row = await this.store.db.selectFrom('login_failures').select(['count', 'since_ms']).where('email', '=', key(email)).executeTakeFirst();
    if (!row || Number(row.count) < this.maxFailures) return 0;
    const left = Number(row.since_ms) + this.windowMs - this.nowMs();
    return left <= 0 ? 0 : Math.ceil(left / 1000);
  }

  /** Count a wrong password for `email` (a window that has ended starts again at 1). */
  async failed(email: string): Promise<void> {
    const now = this.nowMs();
    const cutoff = now - this.windowMs;
    await this.store.db
      .insertInto('login_failures')
      .values({ email: key(email), count: 1, since_ms: now })
      .onConflict((oc) =>
        oc.column('email').doUpdateSet({
          count: sql`CASE WHEN login_failures.since_ms > ${cutoff} THEN login_failures.count + 1 ELSE 1 END`,
          since_ms: sql`CASE WHEN login_failures.since_ms > ${cutoff} THEN login_failures.since_ms ELSE ${now} END`,
        }),
      )
      .execute();
  }

  /** A correct sign-in: forget the failures. */
  async succeeded(email: string): Promise<void> {
    await this.store.db.deleteFrom('login_failures').where('email', '=', key(email)).execute();
  }
}

function key(email: string): string {
  return email.trim().toLowerCase();
}
