/**
 * Every bad input gets the documented problem response (docs/API.md), on every route of the OpenAPI
 * document (issue 15):
 *
 * - a body that is not JSON (text/plain, a form, no content type) → 415 `unsupported-media-type`;
 * - malformed JSON → 400 `malformed-json`;
 * - a property-based test per route with a JSON body: fast-check builds a body that satisfies the
 *   route's OpenAPI schema, then puts a value of a wrong type at one property (a number where a string
 *   goes, "7" where an integer goes, an object where an array goes…) → 400 `validation` whose first
 *   error names exactly that property's path: nothing is coerced ("7" is not 7, 123 is not "123");
 * - an unknown body property → 400 naming it (the schemas say `additionalProperties: false`);
 * - a query parameter of the wrong type → 400 `validation` at `querystring:/<name>`.
 *
 * Only bad inputs are sent, so no request reaches a handler: nothing is created, no sign-in is
 * counted. In-process (`inject`), SQLite: validation does not depend on the database.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { createApp } from '../src/service/create-app.js';
import { ServiceClient } from './helpers/service-client.js';
import { sqliteDb, type TestDb } from './helpers/service-db.js';

const API_KEY = 'chp_badinput_key_0123456789';
const ADMIN = { email: 'admin@example.org', password: 'correct horse battery staple' };

type Schema = {
  type?: string | string[];
  nullable?: boolean;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minProperties?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  format?: string;
  pattern?: string;
  anyOf?: unknown;
  oneOf?: unknown;
};

function typesOf(s: Schema): string[] {
  const t = s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type];
  return s.nullable ? [...t, 'null'] : t;
}

/** An arbitrary value that satisfies `s` (the subset of JSON Schema our routes use). */
function validArb(s: Schema): fc.Arbitrary<unknown> {
  if (s.enum) return fc.constantFrom(...s.enum);
  const t = typesOf(s).filter((x) => x !== 'null')[0];
  switch (t) {
    case 'string': {
      if (s.format === 'date-time') return fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
      // A pattern (a template's one-key shortcut, say) is honoured, so only the planted value is wrong.
      if (s.pattern) return fc.stringMatching(new RegExp(s.pattern));
      const min = Math.max(s.minLength ?? 0, 1);
      const max = Math.max(min, Math.min(s.maxLength ?? 24, 24));
      return fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: min, maxLength: max });
    }
    case 'integer':
      return fc.integer({ min: s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 0), max: s.maximum ?? 1000 });
    case 'number':
      return fc.double({ min: s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 0.5 : 0), max: s.maximum ?? 1000, noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const item = validArb(s.items ?? {});
      const limits = { minLength: s.minItems ?? 0, maxLength: Math.max(s.minItems ?? 0, Math.min(s.maxItems ?? 3, 3)) };
      return s.uniqueItems ? fc.uniqueArray(item, { ...limits, selector: (v) => JSON.stringify(v) }) : fc.array(item, limits);
    }
    case 'object': {
      const props = Object.entries(s.properties ?? {}).filter(([, p]) => !p.anyOf && !p.oneOf);
      const rec = fc.record(Object.fromEntries(props.map(([k, p]) => [k, validArb(p)])), { requiredKeys: (s.required ?? []).filter((k) => props.some(([p]) => p === k)) });
      return s.minProperties ? rec.filter((o) => Object.keys(o).length >= s.minProperties!) : rec;
    }
    default:
      return fc.constant('x');
  }
}

/** Every property path in `value` (JSON pointer) with the schema that governs it. */
function paths(value: unknown, s: Schema, at = ''): { pointer: string; schema: Schema }[] {
  const out: { pointer: string; schema: Schema }[] = [];
  if (at) out.push({ pointer: at, schema: s });
  if (Array.isArray(value) && s.items) value.forEach((v, i) => out.push(...paths(v, s.items!, `${at}/${i}`)));
  else if (value && typeof value === 'object' && s.properties) for (const [k, v] of Object.entries(value)) if (s.properties[k]) out.push(...paths(v, s.properties[k], `${at}/${k}`));
  return out;
}

/** JSON values of each JSON type, "7" and 7 both: a wrong one is chosen per schema. */
const CANDIDATES: { type: string; value: unknown }[] = [
  { type: 'integer', value: 7 },
  { type: 'number', value: 7.5 },
  { type: 'string', value: '7' },
  { type: 'string', value: 'true' },
  { type: 'boolean', value: true },
  { type: 'null', value: null },
  { type: 'object', value: { a: 1 } },
  { type: 'array', value: ['x'] },
];

function wrongValues(s: Schema): unknown[] {
  const allowed = new Set(typesOf(s));
  if (allowed.size === 0) return [];
  // An integer is also a number in JSON Schema.
  return CANDIDATES.filter((c) => !allowed.has(c.type) && !(c.type === 'integer' && allowed.has('number'))).map((c) => c.value);
}

function setAt(root: unknown, pointer: string, value: unknown): unknown {
  const copy = structuredClone(root) as Record<string, unknown>;
  const keys = pointer.split('/').slice(1);
  let node: Record<string, unknown> = copy;
  for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
  return copy;
}

interface Route {
  method: string;
  url: string;
  body: Schema | null;
  query: { name: string; schema: Schema; required: boolean }[];
}

describe('every bad input gets the documented problem response', () => {
  let db: TestDb;
  let app: FastifyInstance;
  let client: ServiceClient;
  let routes: Route[] = [];
  const tried = { media: 0, malformed: 0, wrongType: 0, extra: 0, query: 0 };

  before(async () => {
    db = sqliteDb();
    app = await createApp({ dataDir: db.dataDir, apiKey: API_KEY, adminEmail: ADMIN.email, adminPassword: ADMIN.password, webhook: null, consoleDir: false, logger: false });
    client = new ServiceClient(app, API_KEY);
    assert.equal((await client.login(ADMIN.email, ADMIN.password)).status, 200);
    const doc = (await client.request('GET', '/openapi.json', { auth: 'none' })).body as { paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema: Schema }> }; parameters?: { in: string; name: string; required?: boolean; schema: Schema }[] }>> };
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        routes.push({
          method: method.toUpperCase(),
          // Path parameters get a valid value (an enum's first), so the fault tried is the only one.
          // A path parameter gets a value of its own type (an attachment's index is an integer), so the planted fault is the only one.
          url: path.replace(/\{([^}]+)\}/g, (_, name: string) => {
            const schema = (op.parameters ?? []).find((p) => p.in === 'path' && p.name === name)?.schema;
            return String(schema?.enum?.[0] ?? (schema?.type === 'integer' || schema?.type === 'number' ? 0 : 'x1'));
          }),
          body: op.requestBody?.content?.['application/json']?.schema ?? null,
          query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema, required: !!p.required })),
        });
      }
    }
  });
  after(async () => {
    await app?.close();
    await db?.drop();
    const total = Object.values(tried).reduce((a, b) => a + b, 0);
    process.stdout.write(`# bad inputs tried: ${total} (not JSON ${tried.media}, malformed JSON ${tried.malformed}, wrong type ${tried.wrongType}, unknown property ${tried.extra}, query ${tried.query}) on ${routes.length} routes\n`);
  });

  /** A request with both credentials, so that no route answers 401 before validating. */
  const send = (method: string, url: string, payload: string | undefined, contentType?: string) =>
    app.inject({ method: method as never, url, payload, headers: { authorization: `Bearer ${API_KEY}`, cookie: client.cookie, ...(contentType ? { 'content-type': contentType } : {}) } });

  it('finds the routes with a JSON body in the OpenAPI document', () => {
    const withBody = routes.filter((r) => r.body).map((r) => `${r.method} ${r.url}`);
    assert.ok(withBody.length >= 10, withBody.join(', '));
    assert.ok(withBody.includes('POST /v1/messages'));
  });

  it('answers 415 to a body that is not JSON, and 400 malformed-json to broken JSON, on every route with a body', async () => {
    for (const r of routes.filter((x) => x.body)) {
      for (const [payload, type] of [
        ['call me on 07700 900123', 'text/plain'],
        ['text=hello', 'application/x-www-form-urlencoded'],
        ['<text>hi</text>', 'application/xml'],
        ['hello', undefined],
      ] as const) {
        const res = await send(r.method, r.url, payload, type);
        tried.media++;
        assert.equal(res.statusCode, 415, `${r.method} ${r.url} with ${type ?? 'no content type'}: ${res.body}`);
        assert.equal(res.json().type, 'https://chaperone.dev/problems/unsupported-media-type');
        assert.match(String(res.headers['content-type']), /application\/problem\+json/);
      }
      for (const payload of ['{', '{"text": }', "{'text': 'x'}"]) {
        const res = await send(r.method, r.url, payload, 'application/json');
        tried.malformed++;
        assert.equal(res.statusCode, 400, `${r.method} ${r.url} with ${payload}: ${res.body}`);
        assert.equal(res.json().type, 'https://chaperone.dev/problems/malformed-json');
      }
    }
  });

  it('answers 400 with the exact path to a value of the wrong type anywhere in a body (no coercion)', async () => {
    for (const r of routes.filter((x) => x.body)) {
      const schema = r.body!;
      const arb = validArb(schema)
        .chain((body) => {
          const targets = paths(body, schema).filter((p) => wrongValues(p.schema).length > 0);
          if (targets.length === 0) return fc.constant(null);
          return fc.tuple(fc.constantFrom(...targets), fc.nat()).map(([t, i]) => {
            const wrong = wrongValues(t.schema);
            return { body: setAt(body, t.pointer, wrong[i % wrong.length]), pointer: t.pointer };
          });
        })
        .filter((x): x is { body: unknown; pointer: string } => x !== null);
      await fc.assert(
        fc.asyncProperty(arb, async ({ body, pointer }) => {
          const res = await send(r.method, r.url, JSON.stringify(body), 'application/json');
          tried.wrongType++;
          assert.equal(res.statusCode, 400, `${r.method} ${r.url} ${JSON.stringify(body)}: ${res.body}`);
          const p = res.json() as { type: string; errors: { path: string }[] };
          assert.equal(p.type, 'https://chaperone.dev/problems/validation');
          assert.equal(p.errors[0].path, pointer, `${r.method} ${r.url} ${JSON.stringify(body)}`);
        }),
        { numRuns: 40, seed: 15 },
      );
    }
  });

  it('answers 400 naming an unknown body property', async () => {
    for (const r of routes.filter((x) => x.body)) {
      const arb = validArb(r.body!).map((b) => ({ ...(b as object), notInTheSchema: 1 }));
      await fc.assert(
        fc.asyncProperty(arb, async (body) => {
          const res = await send(r.method, r.url, JSON.stringify(body), 'application/json');
          tried.extra++;
          // Another fault may be reported first only if the generated body had one; it has none.
          assert.equal(res.statusCode, 400, `${r.method} ${r.url}: ${res.body}`);
          assert.equal(res.json().errors[0].path, '/notInTheSchema');
        }),
        { numRuns: 5, seed: 15 },
      );
    }
  });

  it('answers 400 at querystring:/<name> to a query parameter of the wrong type', async () => {
    let checked = 0;
    for (const r of routes) {
      for (const q of r.query) {
        const t = typesOf(q.schema)[0];
        if (t !== 'integer' && t !== 'number' && t !== 'boolean') continue;
        for (const bad of ['abc', '1.5.2', '', '7x']) {
          if (t === 'number' && bad === '') continue;
          // Required parameters get a valid value, so the bad one is the only fault.
          const others = r.query.filter((o) => o.required && o.name !== q.name).map((o) => `${o.name}=x1&`).join('');
          const res = await send(r.method, `${r.url}?${others}${q.name}=${encodeURIComponent(bad)}`, undefined);
          tried.query++;
          assert.equal(res.statusCode, 400, `${r.method} ${r.url}?${q.name}=${bad}: ${res.body}`);
          assert.equal(res.json().errors[0].path, `querystring:/${q.name}`);
          checked++;
        }
      }
    }
    assert.ok(checked > 0);
  });
});
