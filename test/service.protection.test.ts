/**
 * Limits and headers from well-kept libraries (issue 15): `@fastify/rate-limit` per API key and per
 * IP (wrong keys count against the IP), answered with the documented 429 problem and Retry-After;
 * probes never limited; `@fastify/helmet` headers on the console and the API; behind a TLS proxy
 * (`trustProxy`) the session cookie is Secure and each client's own address is what is limited.
 * In-process (`inject`), SQLite; limits set tiny so nothing depends on timing.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createApp } from '../src/service/create-app.js';
import { sqliteDb, type TestDb } from './helpers/service-db.js';

const KEY = 'chp_protect_key_0123456789';
const ADMIN = { email: 'admin@example.org', password: 'correct horse battery staple' };

describe('rate limits, security headers, secure cookies', () => {
  let db: TestDb;
  let app: FastifyInstance;
  before(async () => {
    db = sqliteDb();
    const consoleDir = mkdtempSync(join(tmpdir(), 'chaperone-console-'));
    writeFileSync(join(consoleDir, 'index.html'), '<!doctype html><title>console</title>');
    app = await createApp({ dataDir: db.dataDir, apiKey: KEY, adminEmail: ADMIN.email, adminPassword: ADMIN.password, webhook: null, consoleDir, logger: false, trustProxy: true, rateLimit: { perKeyPerMinute: 6, perIpPerMinute: 4 } });
  });
  after(async () => {
    await app?.close();
    await db?.drop();
  });

  const scan = (ip: string, key = KEY) => app.inject({ method: 'POST', url: '/v1/scan', headers: { authorization: `Bearer ${key}`, 'x-forwarded-for': ip }, payload: { text: 'see you on thursday' } });

  it('limits a valid API key by the key, whatever address it comes from, with a 429 problem and Retry-After', async () => {
    for (let i = 0; i < 6; i++) assert.equal((await scan(`10.0.0.${i + 1}`)).statusCode, 200);
    const over = await scan('10.0.0.99');
    assert.equal(over.statusCode, 429);
    assert.match(String(over.headers['content-type']), /application\/problem\+json/);
    assert.equal(over.json().type, 'https://chaperone.dev/problems/rate-limited');
    assert.ok(Number(over.headers['retry-after']) > 0);
  });

  it('limits everything else by IP, and made-up keys count against the IP (no fresh bucket per guess)', async () => {
    const ip = '10.1.0.1';
    for (let i = 0; i < 4; i++) assert.equal((await scan(ip, `chp_guess_${i}`)).statusCode, 401);
    assert.equal((await scan(ip, 'chp_guess_next')).statusCode, 429);
    assert.equal((await app.inject({ method: 'POST', url: '/v1/auth/login', headers: { 'x-forwarded-for': ip }, payload: ADMIN })).statusCode, 429, 'sign-in from that address too');
    // Another address is not affected.
    assert.equal((await scan('10.1.0.2', 'chp_guess_x')).statusCode, 401);
  });

  it('never limits the health and metrics probes', async () => {
    for (let i = 0; i < 8; i++) assert.equal((await app.inject({ method: 'GET', url: '/healthz', headers: { 'x-forwarded-for': '10.2.0.1' } })).statusCode, 200);
  });

  it('sends helmet security headers on the console and the API', async () => {
    for (const url of ['/', '/v1/auth/me']) {
      const r = await app.inject({ method: 'GET', url, headers: { 'x-forwarded-for': '10.3.0.1' } });
      assert.match(String(r.headers['content-security-policy']), /default-src 'self'/, url);
      assert.match(String(r.headers['content-security-policy']), /frame-ancestors 'self'/, url);
      assert.doesNotMatch(String(r.headers['content-security-policy']), /upgrade-insecure-requests/);
      assert.equal(r.headers['x-content-type-options'], 'nosniff', url);
      assert.ok(r.headers['strict-transport-security'], url);
      assert.equal(r.headers['x-powered-by'], undefined);
    }
  });

  it('marks the session cookie Secure when the request came over HTTPS through the proxy', async () => {
    const tls = await app.inject({ method: 'POST', url: '/v1/auth/login', headers: { 'x-forwarded-for': '10.4.0.1', 'x-forwarded-proto': 'https' }, payload: ADMIN });
    assert.equal(tls.statusCode, 200, tls.body);
    assert.match(String(tls.headers['set-cookie']), /; Secure/);
    assert.match(String(tls.headers['set-cookie']), /HttpOnly/);
    const plain = await app.inject({ method: 'POST', url: '/v1/auth/login', headers: { 'x-forwarded-for': '10.4.0.2' }, payload: ADMIN });
    assert.equal(plain.statusCode, 200);
    assert.doesNotMatch(String(plain.headers['set-cookie']), /Secure/);
  });
});

/** Redis for the shared-limit case: REDIS_URL_TEST (default redis://127.0.0.1:6379); skipped with a message when unreachable, unless CHAPERONE_REQUIRE_REDIS=1. */
const REDIS_URL = process.env.REDIS_URL_TEST ?? 'redis://127.0.0.1:6379';
async function redisUnavailable(): Promise<string | null> {
  const { Redis } = await import('ioredis');
  const r = new Redis(REDIS_URL, { connectTimeout: 1000, maxRetriesPerRequest: 0, lazyConnect: true, retryStrategy: () => null });
  try {
    await r.connect();
    await r.ping();
    return null;
  } catch (err) {
    return `Redis unreachable at ${REDIS_URL}: ${err instanceof Error ? err.message : String(err)}`;
  } finally {
    r.disconnect();
  }
}
const noRedis = await redisUnavailable();
if (noRedis && process.env.CHAPERONE_REQUIRE_REDIS !== '1') process.stdout.write(`# SKIP shared rate limits: ${noRedis} (set CHAPERONE_REQUIRE_REDIS=1 to make this a failure)\n`);

describe('rate limits shared across instances through Redis', { skip: noRedis && process.env.CHAPERONE_REQUIRE_REDIS !== '1' ? noRedis : false }, () => {
  it('two instances on one Redis count one caller together', async () => {
    const namespace = `chaperone-test-${process.pid}-${Date.now()}:`;
    const dbs = [sqliteDb(), sqliteDb()];
    const apps = await Promise.all(dbs.map((d) => createApp({ dataDir: d.dataDir, apiKey: KEY, webhook: null, consoleDir: false, logger: false, trustProxy: true, rateLimit: { perKeyPerMinute: 1000, perIpPerMinute: 4, redisUrl: REDIS_URL, redisNamespace: namespace } })));
    try {
      const me = (i: number) => apps[i % 2].inject({ method: 'GET', url: '/v1/auth/me', headers: { 'x-forwarded-for': '10.9.0.1' } });
      // Four requests, alternating instances: each instance alone has seen only two.
      for (let i = 0; i < 4; i++) assert.equal((await me(i)).statusCode, 401);
      assert.equal((await me(4)).statusCode, 429, 'the fifth, on either instance, is over the shared limit');
      assert.equal((await me(5)).statusCode, 429);
    } finally {
      await Promise.all(apps.map((a) => a.close()));
      await Promise.all(dbs.map((d) => d.drop()));
    }
  });
});
