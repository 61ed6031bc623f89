/**
 * Sign-in throttling. Moderator accounts open the originals of held messages about children, so a
 * password must not be guessable by trying: after `maxFailures` wrong passwords for one email within
 * `windowMs`, sign-in with that email is refused (429 with Retry-After) until the window ends — even
 * with the right password, so a lucky guess inside a burst does not get in. A success resets it.
 *
 * Keyed by the email, not the caller's address: guessing from many addresses is throttled alike.
 * The cost is that someone can keep a moderator out for a window by failing on purpose; the failures
 * are audited (`auth.login_failed`, `auth.login_throttled`), so that shows. Kept in memory, per
 * process (several instances each allow `maxFailures`); at most `maxTracked` emails, the oldest
 * window forgotten first.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, { count: number; since: number }>();

  constructor(
    private readonly nowMs: () => number,
    readonly maxFailures = 5,
    readonly windowMs = 15 * 60 * 1000,
    private readonly maxTracked = 10_000,
  ) {}

  /** Whole seconds until `email` may try again; 0 when it may now. */
  retryAfterSeconds(email: string): number {
    const f = this.failures.get(key(email));
    if (!f || f.count < this.maxFailures) return 0;
    const left = f.since + this.windowMs - this.nowMs();
    if (left <= 0) {
      this.failures.delete(key(email));
      return 0;
    }
    return Math.ceil(left / 1000);
  }

  /** Count a wrong password for `email`. */
  failed(email: string): void {
    const k = key(email);
    const now = this.nowMs();
    const f = this.failures.get(k);
    if (f && now - f.since < this.windowMs) {
      f.count++;
      return;
    }
    this.failures.delete(k); // re-inserted last: Map order is then the order of window starts
    if (this.failures.size >= this.maxTracked) this.failures.delete(this.failures.keys().next().value!);
    this.failures.set(k, { count: 1, since: now });
  }

  /** A correct sign-in: forget the failures. */
  succeeded(email: string): void {
    this.failures.delete(key(email));
  }
}

function key(email: string): string {
  return email.trim().toLowerCase();
}
