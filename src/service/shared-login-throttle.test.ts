/**
 * Sign-in throttling is global on PostgreSQL: two instances on one database together allow five
 * wrong passwords for an email, not five each; a success resets it for both.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { postgresDb, postgresUnavailable } from '../../test/helpers/service-db.js';
import { createApp } from './create-app.js';

const why = await postgresUnavailable();
const required = process.env.CHAPERONE_REQUIRE_POSTGRES === '1';
if (why && !required) process.stdout.write(`# SKIP postgres: ${why} (set CHAPERONE_REQUIRE_POSTGRES=1 to make this a failure)\n`);

test('two instances on one PostgreSQL share the sign-in throttle', { skip: why && !required ? why : false }, async () => {
  if (why) throw new Error(`${why} (CHAPERONE_REQUIRE_POSTGRES=1)`);
  const db = await postgresDb();
  const opts = { databaseUrl: db.databaseUrl, dataDir: db.dataDir, apiKey: 'chp_throttle_key_0123456789abcdef', adminEmail: 'lead@example.org', adminPassword: 'the right password here', webhook: null, consoleDir: false as const, logger: false as const };
  const [a, b] = [await createApp(opts), await createApp(opts)];
  try {
    const login = (app: typeof a, password: string) => app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: 'Lead@example.org', password } });
    assert.equal((await login(a, 'wrong one')).statusCode, 401);
    assert.equal((await login(a, 'the right password here')).statusCode, 200, 'a success resets the count');
    for (let i = 0; i < 5; i++) assert.equal((await login(i % 2 ? a : b, `wrong ${i}`)).statusCode, 401);
    for (const app of [a, b]) {
      const r = await login(app, 'the right password here');
      assert.equal(r.statusCode, 429, 'five failures over two instances close sign-in on both');
      assert.ok(Number(r.headers['retry-after']) > 0);
    }
  } finally {
    await a.close();
    await b.close();
    await db.drop();
  }
});
