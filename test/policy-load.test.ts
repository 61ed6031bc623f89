/**
 * Policy files: the shipped default loads; broken files (test/fixtures/policies/bad-*) are rejected
 * with EVERY problem, each naming its path and the problem. Each bad YAML file states its expected
 * problems in `# expect: PATH: MESSAGE` comment lines, so the fixture reads as its own specification.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_POLICY, DEFAULT_POLICY_PATH, engineConfigFromPolicy, loadPolicy, parsePolicy, PolicyError, safeParsePolicy } from '../src/policy/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const dir = join(here, 'fixtures', 'policies');
const badYaml = readdirSync(dir).filter((f) => f.startsWith('bad-') && f.endsWith('.yaml')).sort();

function policyErrorOf(fn: () => unknown): PolicyError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof PolicyError, `expected a PolicyError, got ${String(e)}`);
    return e;
  }
  assert.fail('expected the policy to be rejected');
}

for (const file of badYaml) {
  test(`policies/${file} is rejected with every problem named by path`, () => {
    const expects = readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('# expect: '))
      .map((l) => {
        const body = l.slice('# expect: '.length);
        const cut = body.indexOf(': ');
        return { path: body.slice(0, cut), message: body.slice(cut + 2) };
      });
    assert.ok(expects.length > 0, `${file} states no expected problem`);
    const err = policyErrorOf(() => loadPolicy(join(dir, file)));
    assert.ok(err.code === 'policy_invalid' || err.code === 'policy_syntax');
    for (const x of expects) {
      assert.ok(
        err.issues.some((i) => i.path === x.path && i.message.startsWith(x.message)),
        `${file}: no issue "${x.path}: ${x.message}…"; got:\n${err.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`,
      );
    }
    // Every problem is reported once, and nothing beyond the stated ones (no noise from one mistake).
    assert.equal(err.issues.length, expects.length, `${file}: issues were\n${err.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`);
  });
}

test('a JSON policy with a syntax error names the line and column', () => {
  const err = policyErrorOf(() => loadPolicy(join(dir, 'bad-json.json')));
  assert.equal(err.code, 'policy_syntax');
  assert.match(err.issues[0].path, /^\(line 1, column \d+\)$/);
  assert.match(err.issues[0].message, /not valid JSON/);
});

test('a missing policy file is a clear error, not a crash', () => {
  const err = policyErrorOf(() => loadPolicy(join(dir, 'no-such-policy.yaml')));
  assert.equal(err.code, 'policy_unreadable');
  assert.match(err.issues[0].message, /no such file/);
});

test('safeParsePolicy returns the error as a value', () => {
  const r = safeParsePolicy('version: 1\nrules: []\n', 'yaml');
  assert.equal(r.ok, false);
  if (!r.ok) {
    assert.ok(r.error.issues.some((i) => i.path === 'templates' && i.message === 'is required'));
    assert.ok(r.error.issues.some((i) => i.path === 'rules'));
  }
});

test('the shipped default policy loads, and reads the same as YAML or JSON', () => {
  assert.equal(DEFAULT_POLICY.name, 'default');
  assert.ok(DEFAULT_POLICY.rules.length > 0);
  const asJson = JSON.stringify(parseYaml(readFileSync(DEFAULT_POLICY_PATH, 'utf8')));
  assert.deepEqual(parsePolicy(asJson, 'json'), DEFAULT_POLICY);
});

test('a minimal JSON policy gets defaults for everything it leaves out', () => {
  const p = loadPolicy(join(dir, 'good-minimal.json'));
  assert.equal(p.rules[0].when.minScore, p.thresholds.report, 'a rule without minScore uses the report threshold');
  assert.equal(p.redaction.phone, 'label');
  assert.ok(p.strikes.windowDays > 0);
});

test("the policy's allow-lists reach the engine configuration", () => {
  const cfg = engineConfigFromPolicy(parsePolicy(`
version: 1
engine: { allowedEmails: [Help@Example.org], allowedDomains: [example.org], defaultCountry: IE }
templates: { n: { text: "Hi {senderName}" } }
rules: [ { id: r, when: { kinds: [phone] }, then: { action: redact, reason: A number was removed., nudge: n } } ]
`));
  assert.ok(cfg.allowedEmails.includes('help@example.org'), 'emails are compared in lower case');
  assert.ok(cfg.allowedDomains.includes('example.org'));
  assert.equal(cfg.defaultCountry, 'IE');
  // The engine's own defaults are extended, not replaced.
  assert.ok(cfg.allowedEmails.includes('support@mytutor.co.uk'));
  const def = engineConfigFromPolicy(DEFAULT_POLICY);
  assert.ok(def.allowedEmails.includes('support@mytutor.co.uk') && def.allowedDomains.includes('mytutor.co.uk'));
});

test('`chaperone policy check` prints OK or every error with its path, and exits 1 on errors', () => {
  const run = (file: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli', 'main.ts'), 'policy', 'check', file], { cwd: root, encoding: 'utf8' });
  const ok = run(DEFAULT_POLICY_PATH);
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /^OK /);
  const bad = run(join(dir, 'bad-many.yaml'));
  assert.equal(bad.status, 1, bad.stderr);
  assert.match(bad.stdout, /rules\[1\]\.when\.senderRole\[0\]: must be one of tutor, parent/);
  assert.match(bad.stdout, /escalation\[1\]\.minPoints: /);
  const usage = run('');
  assert.notEqual(usage.status, 0);
});
