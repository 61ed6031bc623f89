/**
 * Guards the engine against super-linear time (issue 7). Not a timing test: nothing here asserts a
 * speed. Adversarial 1 MB messages must simply FINISH (each scan runs in a child process that is
 * killed after a generous deadline, because a catastrophic regex blocks its thread and no in-process
 * timeout could interrupt it), and no regular expression in src/engine — written out, or built at run
 * time from word lists — may have the shapes that backtrack exponentially.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { regexesInSource, regexProblems } from '../bench/regex-safety.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ENGINE = join(ROOT, 'src', 'engine');
const SCAN_URL = pathToFileURL(join(ENGINE, 'scan.ts')).href;
/**
 * A hang guard, not a speed limit. Linear code takes up to about 11 s for the 1 MB digit run on a
 * loaded 2-core machine (the phone detector validates thousands of candidates); quadratic code would
 * take minutes (a 64 KB run times 256), so a wide margin costs no sensitivity and avoids flaky CI.
 */
const DEADLINE_MS = 60_000;

type ChildResult = { ok: true; stdout: string } | { ok: false; why: string };

/** Run an ES module snippet under tsx in a child process; kill it at the deadline. */
function runChild(code: string): Promise<ChildResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr = (stderr + d).slice(-4000)));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, DEADLINE_MS);
    child.on('close', (status) => {
      clearTimeout(timer);
      if (timedOut) resolve({ ok: false, why: `did not finish within ${DEADLINE_MS / 1000} s` });
      else if (status !== 0) resolve({ ok: false, why: `child failed (status ${status}): ${stderr.split('\n').slice(0, 6).join('\n')}` });
      else resolve({ ok: true, stdout });
    });
  });
}

// Each generator is deterministic JavaScript run inside the child (so the 1 MB text never crosses a
// pipe). `n` is the target length in UTF-16 units.
const ADVERSARIAL: { name: string; why: string; make: string }[] = [
  {
    name: '1 MB of digits and separators',
    why: 'phone candidates everywhere: runs of 1–6 digits joined by every separator a number may use',
    make: `let t = ''; let x = 1; const seps = ' -.()+/';
      while (t.length < n) { x = (x * 1103515245 + 12345) & 0x7fffffff; const len = 1 + (x % 6);
        for (let i = 0; i < len; i++) { x = (x * 1103515245 + 12345) & 0x7fffffff; t += String(x % 10); }
        t += seps[x % seps.length]; }
      return t.slice(0, n);`,
  },
  {
    name: '1 MB of "@." noise',
    why: 'every position looks like the middle of an email or a domain, none completes one',
    make: `return '@.'.repeat(n / 2);`,
  },
  {
    name: '1 MB of spelled "at"/"dot" and number words',
    why: 'the at/dot and number-word normalisers see a candidate at every word',
    make: `const w = ['at', 'dot', 'oh', 'double', 'seven', '(at)', '[dot]', 'x', '_at_'];
      let t = ''; let x = 7;
      while (t.length < n) { x = (x * 1103515245 + 12345) & 0x7fffffff; t += w[x % w.length] + ' '; }
      return t.slice(0, n);`,
  },
  {
    name: '1 MB of tutoring chat with one disguised platform name',
    why: 'one leetspeak word switches the platform and payment detectors to their disguise path over the whole text',
    make: `const w = ['the', 'answer', 'is', '42', 'so', 'divide', 'both', 'sides', 'by', '7', 'page', '112', 'question', '3b', 'great', 'work', 'see', 'you', 'tuesday', 'at', '4pm'];
      let t = 'add me on wh4tsapp. '; let x = 3;
      while (t.length < n) { x = (x * 1103515245 + 12345) & 0x7fffffff; t += w[x % w.length] + (x % 11 === 0 ? '. ' : ' '); }
      return t.slice(0, n);`,
    // Why this case exists: skeletonOf (intent-rules.ts) once built its text with `text += c` and read
    // `text[n - 1]` back in the same loop, flattening V8's rope string on every character — quadratic
    // (100 KB: 2.5 s, 1 MB: minutes). The spelled-words case above hit it too (its spaced "x" letters).
  },
  // Why these exist (issue 15): one short pattern repeated. "@handle " made the social detector ask
  // three whole-message questions per handle, "07700 " sent the phone detector's look-ahead to the end
  // of the digit run from every prefix, and "www.x.io/ " checked every glued link against every link:
  // quadratic, so a 64 KiB message took up to 1.2 s and 1 MB would take minutes.
  { name: '1 MB of "@handle "', why: 'a bare handle at every word', make: `return '@handle '.repeat(n / 8);` },
  { name: '1 MB of "07700 "', why: 'a UK mobile prefix at every word', make: `return '07700 '.repeat(Math.ceil(n / 6)).slice(0, n);` },
  { name: '1 MB of "0 1 "', why: 'digit pairs: a phone candidate everywhere', make: `return '0 1 '.repeat(n / 4);` },
  { name: '1 MB of "www.x.io/ "', why: 'a link at every word', make: `return 'www.x.io/ '.repeat(Math.ceil(n / 10)).slice(0, n);` },
];

// All runs start together, so a hang costs the suite one deadline, not one per case.
const RUNS = ADVERSARIAL.map((input) => {
  const code = `
      import { scan } from ${JSON.stringify(SCAN_URL)};
      const n = 1 << 20;
      const text = (() => { ${input.make} })();
      const r = scan(text);
      const spansOk = r.findings.every((f) => f.start >= 0 && f.end <= text.length && f.start <= f.end);
      process.stdout.write(JSON.stringify({ length: text.length, findings: r.findings.length, spansOk }));`;
  return runChild(code);
});

ADVERSARIAL.forEach((input, i) => {
  test(`scan finishes on ${input.name} (${input.why})`, { timeout: DEADLINE_MS + 15_000 }, async () => {
    const out = await RUNS[i];
    assert.ok(out.ok, `scan on ${input.name}: ${out.ok ? '' : out.why} — super-linear time or a crash in the engine`);
    const summary = JSON.parse(out.stdout) as { length: number; findings: number; spansOk: boolean };
    assert.equal(summary.length, 1 << 20, 'the input really was 1 MB');
    assert.ok(summary.spansOk, 'every finding span lies inside the message');
  });
});

/** TypeScript sources of src/engine, without tests. */
function engineSources(dir = ENGINE, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) engineSources(p, out);
    else if (p.endsWith('.ts') && !p.endsWith('.test.ts') && !p.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

// The analyser is itself under test: shapes that must be flagged, and look-alikes that must not.
const MUST_FLAG = [
  ['(x+)+y', 'the textbook case'],
  ['(x*)*', 'star of star'],
  ['(a|a)*', 'identical branches'],
  ['(\\w|\\d)+$', 'a digit is also a word character'],
  ['(\\d+[ -]?)+$', 'an optional separator does not pin the split: 1111 splits 2^n ways'],
  ['([\\w.-]+\\.)+$', 'the required dot is also inside the inner class'],
  ['(\\s*\\w+)*$', 'optional space between words'],
  ['(\\d+|\\d)*x', 'a branch that is a prefix of the other, repeated'],
];
const MUST_NOT_FLAG = [
  ['(?:\\d+[ -])+\\d+', 'a required separator that is never a digit'],
  ['([a-z]+\\.)+[a-z]+', 'domain labels: the dot is required and not a letter'],
  ['(?:\\d{1,4}[ -]?){2,5}', 'bounded repetition: polynomial at worst'],
  ['(beep|boop)*', 'branches cannot match the same text'],
  ['(?:\\w+\\s)*', 'a required space after each word'],
  ['(\\d)\\1{5,}', 'a repeated backreference matches one fixed text'],
  ['(?<=\\d)\\s+(?=\\d)', 'lookarounds consume nothing'],
];

test('the regex analyser flags catastrophic shapes and leaves safe look-alikes alone', () => {
  for (const [re, why] of MUST_FLAG) assert.ok(regexProblems(re).length > 0, `must flag /${re}/ (${why})`);
  for (const [re, why] of MUST_NOT_FLAG) assert.deepEqual(regexProblems(re), [], `must not flag /${re}/ (${why})`);
});

test('no regex written in src/engine backtracks catastrophically', (t) => {
  const flagged: string[] = [];
  const unread: string[] = [];
  let count = 0;
  for (const file of engineSources()) {
    const { sites } = regexesInSource(file, readFileSync(file, 'utf8'));
    for (const s of sites) {
      count++;
      const where = `${relative(ROOT, s.file)}:${s.line} /${s.source}/${s.flags}`;
      try {
        for (const p of regexProblems(s.source, s.flags)) flagged.push(`${where}: ${p.reason}`);
      } catch (e) {
        unread.push(`${where}: ${(e as Error).message}`);
      }
    }
  }
  t.diagnostic(`${count} regex literals checked in src/engine`);
  // A pattern the analyser cannot parse is reported, not failed: the 1 MB runs above still cover it.
  for (const u of unread) t.diagnostic(`analyser could not read ${u}`);
  assert.ok(count > 0, 'found the engine sources');
  assert.deepEqual(flagged, [], 'regexes that can backtrack catastrophically');
});

test('no regex built at run time in src/engine backtracks catastrophically', async (t) => {
  // Word-list alternations are built with `new RegExp(...)` when modules load or on first use. A child
  // process replaces the global RegExp with a recording proxy, loads the engine, scans a few messages
  // that reach every detector, and reports the patterns constructed from src/engine files.
  const code = `
    const seen = [];
    const Native = RegExp;
    const record = (args) => {
      const caller = (new Error().stack ?? '').split('\\n')[3] ?? '';
      if (caller.includes('/src/engine/')) {
        const [p, f] = args;
        seen.push({ source: p instanceof Native ? p.source : String(p), flags: f ?? (p instanceof Native ? p.flags : ''), caller: caller.trim() });
      }
    };
    globalThis.RegExp = new Proxy(Native, {
      construct(target, args, newTarget) { record(args); return Reflect.construct(target, args, newTarget); },
      apply(target, self, args) { record(args); return Reflect.apply(target, self, args); },
    });
    const { scan } = await import(${JSON.stringify(SCAN_URL)});
    for (const text of [
      'call me on 07700 900123 or oh seven seven double oh nine',
      'jane dot doe at gmail dot com, jane.doe@gmail.com',
      'book at calendly.com/jane or bit.ly/x, insta: jane_tutor @jane_tutor',
      "let's switch to WhatsApp or Zoom; pay me by PayPal, sort code 12-34-56",
      'I live at 12 Elm Road, LS6 2AB. what is your number?',
    ]) scan(text);
    process.stdout.write(JSON.stringify(seen));`;
  const out = await runChild(code);
  assert.ok(out.ok, out.ok ? '' : out.why);
  const seen = JSON.parse(out.stdout) as { source: string; flags: string; caller: string }[];
  t.diagnostic(`${seen.length} regexes built at run time by src/engine checked`);
  const flagged: string[] = [];
  for (const s of seen) {
    try {
      for (const p of regexProblems(s.source, s.flags)) flagged.push(`${s.caller} /${s.source.slice(0, 120)}/: ${p.reason}`);
    } catch {
      // Unreadable by the analyser: covered by the 1 MB runs.
    }
  }
  assert.deepEqual(flagged, [], 'run-time regexes that can backtrack catastrophically');
});
