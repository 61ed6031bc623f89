/**
 * What the browser tests and the screenshot script share: the built console, the real service
 * started on a free port with a throw-away data directory, a small API client for seeding through
 * the public API, and Debian chromium driven by playwright-core. No fake backend anywhere.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (console/e2e/../..). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Where Debian installs chromium; CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags that keep chromium quiet and offline in containers and CI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

/** True when chromium is installed where we look for it. */
export function hasChromium(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** Newest modification time (ms) of the console's sources. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    newest = Math.max(newest, st.isDirectory() ? newestSource(p) : st.mtimeMs);
  }
  return newest;
}

/**
 * Build the console into dist/console when it is missing, older than its sources (so a test never
 * runs against a stale bundle), or `force` is set.
 */
export function ensureConsoleBuilt(force = false): void {
  const index = join(ROOT, 'dist/console/index.html');
  const sources = Math.max(newestSource(join(ROOT, 'console/src')), statSync(join(ROOT, 'console/index.html')).mtimeMs, statSync(join(ROOT, 'console/vite.config.ts')).mtimeMs);
  if (!force && existsSync(index) && statSync(index).mtimeMs >= sources) return;
  const res = spawnSync(process.execPath, ['scripts/build-console.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (res.status !== 0) throw new Error(`building the console failed (exit ${res.status})`);
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** A running service and how to reach it. */
export interface RunningService {
  url: string;
  apiKey: string;
  adminEmail: string;
  adminPassword: string;
  dataDir: string;
  /** Everything the service printed (for failure messages; it never prints message text). */
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Start `chaperone serve` (the same entry point as `npm start`) on a free port with a fresh data
 * directory and known credentials, and wait until /healthz answers.
 */
export async function startService(opts: { env?: Record<string, string> } = {}): Promise<RunningService> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'chaperone-console-'));
  const adminEmail = 'admin@example.org';
  const adminPassword = 'correct horse battery staple';
  const apiKey = 'chp_test_console_key_0123456789';
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    CHAPERONE_DATA_DIR: dataDir,
    DATABASE_URL: '',
    LOG_LEVEL: 'warn',
    CHAPERONE_ADMIN_EMAIL: adminEmail,
    CHAPERONE_ADMIN_PASSWORD: adminPassword,
    CHAPERONE_API_KEY: apiKey,
    ...opts.env,
  };
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  let exited: number | null = null;
  child.on('exit', (code) => (exited = code ?? -1));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (exited === null) {
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await gone;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited !== null) {
      await stop();
      throw new Error(`chaperone serve exited with ${exited} before it was ready:\n${out}`);
    }
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`chaperone serve did not answer /healthz within 60 s:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return { url, apiKey, adminEmail, adminPassword, dataDir, output: () => out, stop };
}

/** Credentials of a moderator account created for a test. */
export interface Account {
  email: string;
  password: string;
  role: 'moderator' | 'safeguarding_lead' | 'admin';
  name: string;
}

/**
 * Create a moderator account through the admin API (sign in as the admin, POST /v1/moderators), as
 * an admin would in the console's Accounts screen.
 */
export async function createAccount(service: RunningService, account: Account): Promise<Account> {
  const login = await fetch(`${service.url}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: service.adminEmail, password: service.adminPassword }) });
  if (!login.ok) throw new Error(`admin sign-in failed: ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  const res = await fetch(`${service.url}/v1/moderators`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(account) });
  if (res.status !== 201) throw new Error(`creating ${account.email} failed: ${res.status} ${await res.text()}`);
  return account;
}

/** The body of POST /v1/messages. */
export interface SendBody {
  conversationId: string;
  senderId: string;
  senderRole: 'tutor' | 'parent' | 'student';
  recipientId?: string;
  participants?: { id: string; role: string; name?: string }[];
  studentAge?: 'under13' | '13-17' | 'adult';
  stage?: 'enquiry' | 'booked' | 'ended';
  text: string;
  sentAt?: string;
}

/** The platform side of the API, as a marketplace backend would call it (API key). */
export class PlatformClient {
  constructor(private readonly url: string, private readonly key: string) {}

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text.slice(0, 500)}`);
    return JSON.parse(text) as T;
  }

  /** Send a message through Chaperone. */
  send(body: SendBody) {
    return this.call<{
      message: { id: string; status: string; deliveredText: string | null };
      decision: { action: string; concern: string | null; severity: number; kinds: string[] };
    }>('POST', '/v1/messages', body);
  }

  /** What participant `as` sees of a conversation. */
  messagesAs(conversationId: string, as: string) {
    return this.call<{ messages: { id: string; senderId: string; status: string; text: string }[] }>(
      'GET', `/v1/conversations/${encodeURIComponent(conversationId)}/messages?as=${encodeURIComponent(as)}`,
    );
  }
}

/** A running service, a safeguarding lead's account and Chromium, for one `describe` block. */
export interface LeadInChromium {
  service: RunningService;
  browser: import('playwright-core').Browser;
  platform: PlatformClient;
  lead: Account;
}

/**
 * Registers `before`/`after` hooks that start the service, create the lead "Lee Lead" and launch
 * Chromium (when `available`), and close both afterwards. The returned object is filled in by the
 * time the tests run.
 */
export function leadInChromium(available: boolean, hooks: { before: (fn: () => Promise<void>) => void; after: (fn: () => Promise<void>) => void }): LeadInChromium {
  const s = {} as LeadInChromium;
  hooks.before(async () => {
    if (!available) return;
    ensureConsoleBuilt();
    s.service = await startService();
    s.platform = new PlatformClient(s.service.url, s.service.apiKey);
    s.lead = await createAccount(s.service, { email: 'lee.lead@example.org', password: 'the lead has a long password', role: 'safeguarding_lead', name: 'Lee Lead' });
    const { chromium } = await import('playwright-core');
    s.browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });
  hooks.after(async () => {
    await s.browser?.close();
    await s.service?.stop();
  });
  return s;
}
