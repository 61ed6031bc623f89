/**
 * `chaperone scan`: the JSON Lines contract of DESIGN.md, tested through the real CLI in a child
 * process (standard input, files, exit statuses, per-line errors, conversations, bounded memory).
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { after, describe, test } from 'node:test';
import fc from 'fast-check';
import { splitLines, type InputLine } from '../src/cli/jsonl-lines.js';
import { JsonlWriter } from '../src/cli/jsonl-writer.js';
import { reportedMaxRssKb, runCli, spawnCli, type CliRun } from './helpers/run-cli.js';

const ACTIONS = ['allow', 'warn', 'redact', 'hold', 'block'];
const tmp = mkdtempSync(join(tmpdir(), 'chaperone-cli-scan-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const jsonl = (...rows: unknown[]): string => rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';

/** Every successful output line must have the contract's shape, with spans that point into its text. */
function assertResultLine(line: Record<string, unknown>, text: string): void {
  assert.deepEqual(Object.keys(line).sort(), ['action', 'findings', 'id', 'kinds', 'redacted', 'risk']);
  assert.ok(ACTIONS.includes(line.action as string), `action ${String(line.action)}`);
  assert.equal(typeof line.risk, 'number');
  assert.ok((line.risk as number) >= 0 && (line.risk as number) <= 1);
  assert.ok(Array.isArray(line.kinds));
  assert.equal(typeof line.redacted, 'string');
  const findings = line.findings as { kind: string; start: number; end: number; text: string }[];
  for (const f of findings) {
    assert.ok(0 <= f.start && f.start <= f.end && f.end <= text.length, 'span inside the text');
    assert.equal(f.text, text.slice(f.start, f.end));
    assert.ok((line.kinds as string[]).includes(f.kind));
  }
  // Without a policy, the engine's default: any finding → redact, none → allow and text unchanged.
  if (findings.length === 0) {
    assert.equal(line.action, 'allow');
    assert.equal(line.redacted, text);
  } else {
    assert.equal(line.action, 'redact');
  }
}

function assertErrorLine(line: Record<string, unknown>, expected: { id: unknown; line: number; code: string }): void {
  assert.deepEqual(Object.keys(line).sort(), ['error', 'id', 'line']);
  assert.equal(line.id, expected.id);
  assert.equal(line.line, expected.line);
  const error = line.error as { code: string; message: string };
  assert.equal(error.code, expected.code);
  assert.equal(typeof error.message, 'string');
  assert.ok(error.message.length > 0);
}

describe('chaperone scan: one result per input line, in order', () => {
  const texts = [
    'Hi, could we go over question 3 on page 12 before Thursday?',
    'call me on 07700 900123',
    'The answer is 3.5 x 10^4, so 35000 in total.',
    'email me: jane.doe@example.com',
    'I got 47/50 on the 8300/1H paper!',
  ];
  const input = jsonl(...texts.map((text, i) => ({ id: `m${i + 1}`, text })));

  test('from standard input: ids in order, contract shape, exit 0', async () => {
    const run = await runCli(['scan', '--no-policy'], input);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(run.lines.map((l) => l.id), ['m1', 'm2', 'm3', 'm4', 'm5']);
    run.lines.forEach((l, i) => assertResultLine(l, texts[i]));
  });

  test('from a FILE, and from "-": the same output as standard input', async () => {
    const file = join(tmp, 'in.jsonl');
    writeFileSync(file, input);
    const [fromStdin, fromFile, fromDash] = await Promise.all([runCli(['scan'], input), runCli(['scan', file]), runCli(['scan', '-'], input)]);
    assert.equal(fromFile.code, 0, fromFile.stderr);
    assert.equal(fromFile.stdout, fromStdin.stdout);
    assert.equal(fromDash.stdout, fromStdin.stdout);
  });

  test('a phone number is found and redacted (the contract example, engine default action)', async () => {
    const run = await runCli(['scan', '--no-policy'], jsonl({ id: 'm1', text: 'call me on 07700 900123', conversation: 'c1', sender: 'u1', sender_role: 'tutor', sent_at: '2026-01-01T10:00:00Z' }));
    assert.equal(run.code, 0, run.stderr);
    // The phone number, found by the rules; the learned layer may add the channel ("call me" as a
    // move to phone calls), which the contract allows: kinds lists every kind found.
    assert.ok((run.lines[0].kinds as string[]).includes('phone'), JSON.stringify(run.lines[0].kinds));
    assert.equal(run.lines[0].action, 'redact');
    assert.ok(!(run.lines[0].redacted as string).includes('900123'), 'the number is gone from the redacted text');
  });

  test('with the default policy: a decision that explains itself, per sender and recipient', async () => {
    const run = await runCli(['scan'], jsonl(
      { id: 'tutor-to-child', text: 'call me on 07700 900123', sender_role: 'tutor', recipient_role: 'student', student_age: 'under13' },
      { id: 'parent-asks', text: "what's your number?", sender_role: 'parent', recipient_role: 'tutor' },
      { id: 'clean', text: 'see you on Thursday at 5pm', sender_role: 'student', recipient_role: 'tutor' },
    ));
    assert.equal(run.code, 0, run.stderr);
    const [held, asked, clean] = run.lines;
    // A tutor's number to a child is never delivered, is a safeguarding concern, and the tutor is told why.
    assert.ok(['hold', 'block'].includes(held.action as string), `action ${String(held.action)}`);
    assert.equal(held.concern, 'safeguarding');
    assert.equal(held.redacted, null, 'nothing is delivered to the recipient');
    assert.ok((held.reasons as unknown[]).length > 0);
    assert.ok(typeof (held.nudge as { text: string }).text === 'string' && !/[{}]/.test((held.nudge as { text: string }).text));
    // A parent asking a tutor for their number: delivered with a nudge; the tutor is offered a polite reply.
    assert.notEqual(asked.action, 'allow');
    assert.ok((asked.recipient_suggestion as { text: string } | null)?.text.includes('Code of Conduct'));
    assert.equal(clean.action, 'allow');
    assert.equal(clean.nudge, null);
  });

  test('--policy with a broken file: a usage error naming the path and the problem, nothing scanned', async () => {
    const bad = join(tmp, 'bad-policy.yaml');
    writeFileSync(bad, 'version: 1\nrules:\n  - id: x\n    then: { action: explode }\n');
    const run = await runCli(['scan', '--policy', bad], jsonl({ id: 'a', text: 'hello' }));
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /rules\[0\]/);
  });

  test('only "text" is required; ids may be numbers; optional fields are accepted', async () => {
    const run = await runCli(['scan'], jsonl({ text: 'hello' }, { id: 7, text: 'hi' }, { id: 'x', text: 'hey', sender_role: 'parent', recipient_role: 'tutor', student_age: 12, stage: 'enquiry', sender: 42, conversation: 9 }));
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(run.lines.map((l) => l.id), [null, 7, 'x']);
  });

  test('CRLF line endings and a last line without a newline are read', async () => {
    const run = await runCli(['scan'], `${JSON.stringify({ id: 'a', text: 'one' })}\r\n${JSON.stringify({ id: 'b', text: 'two' })}`);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(run.lines.map((l) => [l.id, l.redacted]), [['a', 'one'], ['b', 'two']]);
  });

  test('blank and whitespace-only lines are skipped, but still counted in line numbers', async () => {
    const run = await runCli(['scan'], `\n   \n${JSON.stringify({ id: 'a', text: 'one' })}\n\t\n{oops\n`);
    assert.equal(run.lines.length, 2);
    assert.equal(run.lines[0].id, 'a');
    assertErrorLine(run.lines[1], { id: null, line: 5, code: 'invalid_json' });
  });
});

describe('chaperone scan: a bad line yields an error line and the run goes on', () => {
  const SECRET = 'jane.secret.tutor@example.com 07700 900999';
  let run: CliRun;
  const lines = [
    JSON.stringify({ id: 'ok1', text: 'fine' }),
    `{"id": "broken", "text": "${SECRET}"`, // truncated JSON
    JSON.stringify(['an', 'array']),
    '42',
    '"just a string"',
    'null',
    JSON.stringify({ id: 'no-text', body: SECRET }),
    JSON.stringify({ id: 'num-text', text: 12345 }),
    JSON.stringify({ id: 'bad-role', text: SECRET, sender_role: 'teacher' }),
    JSON.stringify({ id: 'bad-time', text: SECRET, sent_at: 'yesterday' }),
    JSON.stringify({ id: { nested: true }, text: 'x' }),
    JSON.stringify({ id: 'ok2', text: 'also fine' }),
  ];

  test('setup', async () => {
    run = await runCli(['scan'], lines.join('\n') + '\n');
  });

  test('exit status 1 and one output line per input line, in order', () => {
    assert.equal(run.code, 1);
    assert.equal(run.lines.length, lines.length);
    assert.equal(run.lines[0].id, 'ok1');
    assert.equal(run.lines[lines.length - 1].id, 'ok2');
  });

  test('codes: invalid_json, not_object, missing_text, invalid_field', () => {
    assertErrorLine(run.lines[1], { id: null, line: 2, code: 'invalid_json' });
    for (const i of [2, 3, 4, 5]) assertErrorLine(run.lines[i], { id: null, line: i + 1, code: 'not_object' });
    assertErrorLine(run.lines[6], { id: 'no-text', line: 7, code: 'missing_text' });
    assertErrorLine(run.lines[7], { id: 'num-text', line: 8, code: 'missing_text' });
    assertErrorLine(run.lines[8], { id: 'bad-role', line: 9, code: 'invalid_field' });
    assertErrorLine(run.lines[9], { id: 'bad-time', line: 10, code: 'invalid_field' });
    assertErrorLine(run.lines[10], { id: null, line: 11, code: 'invalid_field' });
  });

  test('error messages and standard error never quote the message text', () => {
    for (const l of run.lines) {
      if (!('error' in l)) continue;
      const message = (l.error as { message: string }).message;
      assert.ok(!message.includes('secret') && !message.includes('900999'), message);
    }
    assert.ok(!run.stderr.includes('secret') && !run.stderr.includes('900999'));
  });

  test('text over --max-bytes is text_too_long, measured in UTF-8 bytes', async () => {
    const r = await runCli(['scan', '--max-bytes', '10'], jsonl({ id: 'a', text: 'x'.repeat(10) }, { id: 'b', text: 'é'.repeat(6) }, { id: 'c', text: '😀😀😀' }, { id: 'd', text: 'x'.repeat(11) }));
    assert.equal(r.code, 1);
    assert.equal(r.lines[0].id, 'a');
    assert.ok('action' in r.lines[0], '10 ASCII bytes fit');
    assertErrorLine(r.lines[1], { id: 'b', line: 2, code: 'text_too_long' }); // 6 × 2 bytes
    assertErrorLine(r.lines[2], { id: 'c', line: 3, code: 'text_too_long' }); // 3 × 4 bytes
    assertErrorLine(r.lines[3], { id: 'd', line: 4, code: 'text_too_long' });
  });

  test('the default --max-bytes is 64 KiB', async () => {
    const r = await runCli(['scan'], jsonl({ id: 'fits', text: 'a'.repeat(64 * 1024) }, { id: 'over', text: 'a'.repeat(64 * 1024 + 1) }));
    assert.equal(r.lines[0].id, 'fits');
    assert.ok('action' in r.lines[0]);
    assertErrorLine(r.lines[1], { id: 'over', line: 2, code: 'text_too_long' });
  });

  test('a line over --max-line-bytes is line_too_long, not read, and the next line is scanned', async () => {
    const r = await runCli(['scan', '--max-line-bytes', '1k'], jsonl({ id: 'huge', text: 'z'.repeat(5000) }, { id: 'after', text: 'fine' }));
    assert.equal(r.code, 1);
    assertErrorLine(r.lines[0], { id: null, line: 1, code: 'line_too_long' });
    assert.equal(r.lines[1].id, 'after');
  });

  test('invalid UTF-8 is invalid_utf8', async () => {
    const bad = Buffer.concat([Buffer.from('{"id":"u","text":"caf'), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n')]);
    const r = await runCli(['scan'], Buffer.concat([bad, Buffer.from(jsonl({ id: 'next', text: 'ok' }))]));
    assertErrorLine(r.lines[0], { id: null, line: 1, code: 'invalid_utf8' });
    assert.equal(r.lines[1].id, 'next');
  });
});

describe('chaperone scan: usage errors exit 2 with a clear message', () => {
  const cases: [string, string[], RegExp][] = [
    ['unknown option', ['scan', '--frobnicate'], /unknown option '--frobnicate'/],
    ['missing file', ['scan', join(tmp, 'does-not-exist.jsonl')], /cannot read .*no such file/],
    ['a directory', ['scan', tmp], /cannot read .*directory/],
    ['bad --max-bytes', ['scan', '--max-bytes', 'lots'], /--max-bytes needs a positive whole number/],
    ['two files', ['scan', 'a.jsonl', 'b.jsonl'], /at most one FILE/],
  ];
  for (const [name, args, message] of cases) {
    test(name, async () => {
      const r = await runCli(args, jsonl({ text: 'never read' }));
      assert.equal(r.code, 2);
      assert.match(r.stderr, message);
      assert.equal(r.stdout, '', 'nothing on standard output');
    });
  }

  test('--help prints usage and exits 0', async () => {
    const r = await runCli(['scan', '--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /chaperone scan/);
    assert.match(r.stdout, /[Bb]lank/, 'the help says what happens to blank lines');
  });
});

describe('chaperone scan: lines with the same "conversation" form one conversation', () => {
  // A phone number split over two messages: only memory of the first message can find it in the second.
  const first = 'my number is 07700';
  const second = '900 123 text me';

  test('split across two messages of one conversation (interleaved with another): found, with both message ids', async () => {
    const r = await runCli(['scan'], jsonl(
      { id: 'a1', conversation: 'A', sender: 't1', sender_role: 'tutor', text: first },
      { id: 'b1', conversation: 'B', sender: 't2', sender_role: 'tutor', text: 'see you on Monday at 5' },
      { id: 'a2', conversation: 'A', sender: 't1', sender_role: 'tutor', text: second },
    ));
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.lines.map((l) => l.id), ['a1', 'b1', 'a2']);
    const findings = r.lines[2].findings as { kind: string; messageIds?: string[] }[];
    const phone = findings.find((f) => f.kind === 'phone');
    assert.ok(phone, 'the second half of the number is found in the light of the first');
    assert.ok(phone.messageIds?.includes('a1') && phone.messageIds?.includes('a2'), 'the finding names both messages');
  });

  test('the same two messages in different conversations, or with no conversation, are not joined', async () => {
    const r = await runCli(['scan'], jsonl(
      { id: 'x1', conversation: 'X', text: first },
      { id: 'y1', conversation: 'Y', text: second },
      { id: 'n1', text: first },
      { id: 'n2', text: second },
    ));
    assert.equal(r.code, 0, r.stderr);
    // The second half alone may still be flagged on its own (a fragment with "text me"), but nothing
    // is assembled with a message of another conversation, or of none.
    for (const i of [1, 3]) {
      const joined = (r.lines[i].findings as { kind: string; messageIds?: string[] }[]).filter((f) => (f.messageIds?.length ?? 0) > 1);
      assert.deepEqual(joined, [], `line ${i + 1} joins nothing`);
    }
  });
});

describe('chaperone scan: streaming with bounded memory', () => {
  /**
   * Pipe `count` generated lines through the CLI (respecting back-pressure on its standard input),
   * check every output line arrives in order, and return the child's peak RSS in KiB.
   */
  async function streamThrough(count: number): Promise<number> {
    // One scanning thread: the property is about streaming (nothing held per line), not about how
    // far each worker isolate's heap grows before its collector runs (workers are tested for order
    // and conversation memory in their own suite).
    const child = spawnCli(['scan', '--max-conversations', '500', '--workers', '1'], { reportRss: true });
    const stderr: Buffer[] = [];
    child.stderr.on('data', (b: Buffer) => stderr.push(b));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));

    const feed = (async () => {
      const texts = [
        'Can you explain question 4 on page 112 again?',
        'call me on 07700 900%d please',
        'I scored 61/80, is that a grade 7?',
        'The area is 3.14 x 12^2 = 452.16 cm2',
        'my insta is tutor_%d',
      ];
      for (let i = 0; i < count; i++) {
        const text = texts[i % texts.length].replace('%d', String(100 + (i % 900)));
        const line = JSON.stringify({ id: `m${i}`, conversation: `c${i % 5000}`, text }) + '\n';
        if (!child.stdin.write(line)) await new Promise((r) => child.stdin.once('drain', r));
      }
      child.stdin.end();
    })();

    let expected = 0;
    for await (const line of createInterface({ input: child.stdout, crlfDelay: Infinity })) {
      const out = JSON.parse(line) as { id: string; action?: string };
      assert.equal(out.id, `m${expected}`, 'output in input order');
      assert.ok(out.action, 'every generated line scans');
      expected++;
    }
    await feed;
    const code = await closed;
    assert.equal(code, 0);
    assert.equal(expected, count, 'one output line per input line');
    const rss = reportedMaxRssKb(Buffer.concat(stderr).toString('utf8'));
    assert.ok(rss !== null, 'the child reported its peak RSS');
    return rss;
  }

  test('200k lines stream through; peak memory does not grow with input size', { timeout: 300_000 }, async (t) => {
    const small = await streamThrough(2_000);
    const large = await streamThrough(200_000);
    t.diagnostic(`peak RSS: ${Math.round(small / 1024)} MiB for 2k lines, ${Math.round(large / 1024)} MiB for 200k lines`);
    // 200k results are roughly 60 MB of output: holding them (or the input) would show here. A
    // generous margin keeps the test about growth, not about the garbage collector's mood.
    assert.ok(large < small + 100 * 1024, `peak RSS ${Math.round(large / 1024)} MiB for 200k lines vs ${Math.round(small / 1024)} MiB for 2k`);
    assert.ok(large < 512 * 1024, `peak RSS ${Math.round(large / 1024)} MiB stays well under 512 MiB`);
  });

  test('a single 50 MB line without a newline is reported, not buffered', { timeout: 120_000 }, async () => {
    const child = spawnCli(['scan'], { reportRss: true });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    const chunk = Buffer.alloc(1024 * 1024, 'q');
    child.stdin.write('{"id":"big","text":"');
    for (let i = 0; i < 50; i++) if (!child.stdin.write(chunk)) await new Promise((r) => child.stdin.once('drain', r));
    child.stdin.end('"}\n' + JSON.stringify({ id: 'after', text: 'still here' }) + '\n');
    assert.equal(await closed, 1);
    const lines = Buffer.concat(out).toString('utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    assertErrorLine(lines[0], { id: null, line: 1, code: 'line_too_long' });
    assert.equal(lines[1].id, 'after');
    const rss = reportedMaxRssKb(Buffer.concat(err).toString('utf8'));
    assert.ok(rss !== null && rss < 400 * 1024, `peak RSS ${rss} KiB`);
  });
});

describe('jsonl-lines and jsonl-writer (in process)', () => {
  async function collect(chunks: Buffer[], maxLineBytes: number): Promise<InputLine[]> {
    const out: InputLine[] = [];
    for await (const l of splitLines((async function* () { yield* chunks; })(), { maxLineBytes })) out.push(l);
    return out;
  }

  test('splitLines gives the same lines whatever the chunking, also inside multi-byte characters and CRLF', async () => {
    const lineArb = fc.string({ unit: fc.constantFrom('a', 'é', '😀', ' ', '\r', '{', '"'), maxLength: 12 }).map((l) => l.replace(/\r$/, ''));
    await fc.assert(
      fc.asyncProperty(fc.array(lineArb, { maxLength: 8 }), fc.array(fc.nat({ max: 7 }), { maxLength: 20 }), fc.boolean(), fc.boolean(), async (lines, cuts, crlf, finalNewline) => {
        const text = lines.join(crlf ? '\r\n' : '\n') + (finalNewline && lines.length ? '\n' : '');
        const bytes = Buffer.from(text, 'utf8');
        // Cut the bytes anywhere, including inside a UTF-8 sequence or between \r and \n.
        const chunks: Buffer[] = [];
        let at = 0;
        for (const c of cuts) {
          if (at >= bytes.length) break;
          chunks.push(bytes.subarray(at, at + c + 1));
          at += c + 1;
        }
        if (at < bytes.length) chunks.push(bytes.subarray(at));
        const got = await collect(chunks, 1 << 20);
        // What follows the last newline is a line only when it is not empty.
        const expected = text.split(/\r?\n/);
        if (expected[expected.length - 1] === '') expected.pop();
        // A carriage return ending the last line (with no newline after it) is dropped too.
        if (expected.length && !text.endsWith('\n')) expected[expected.length - 1] = expected[expected.length - 1].replace(/\r$/, '');
        assert.deepEqual(got.map((l) => l.bytes?.toString('utf8')), expected);
        assert.deepEqual(got.map((l) => l.lineNo), expected.map((_, i) => i + 1));
      }),
      { numRuns: 300 },
    );
  });

  test('splitLines: a line over the cap is reported with its length and the next line is intact', async () => {
    const long = Buffer.alloc(100, 'x');
    const got = await collect([Buffer.from('ok\n'), long.subarray(0, 30), long.subarray(30), Buffer.from('\nnext\n')], 50);
    assert.deepEqual(got.map((l) => (l.tooLong ? `too long ${l.length}` : l.bytes.toString())), ['ok', 'too long 100', 'next']);
    const exact = await collect([Buffer.alloc(50, 'y'), Buffer.from('\r\n')], 50);
    assert.equal(exact[0].bytes?.length, 50, 'a line of exactly the cap (with CRLF) is kept');
  });

  test('JsonlWriter waits for drain and delivers everything in order to a slow reader', async () => {
    const received: string[] = [];
    let waits = 0;
    const slow = new Writable({
      highWaterMark: 64,
      write(chunk: Buffer, _enc, done) {
        received.push(chunk.toString('utf8'));
        setImmediate(done);
      },
    });
    slow.on('drain', () => waits++);
    const writer = new JsonlWriter(slow, { batchSize: 100 });
    for (let i = 0; i < 500; i++) await writer.write({ i });
    await writer.end();
    const lines = received.join('').trim().split('\n').map((l) => (JSON.parse(l) as { i: number }).i);
    assert.deepEqual(lines, Array.from({ length: 500 }, (_, i) => i));
    assert.ok(waits > 0, 'the writer had to wait for drain at least once');
  });
});

describe('chaperone scan --workers: the same answers as one thread, in order', () => {
  // Long enough (over the 1,000-line probe) that the workers really run. Conversations interleave, so
  // each worker gets messages of many conversations; each conversation splits a phone number over
  // two consecutive messages of its own, 61 lines apart in the input, which only that
  // conversation's memory can join.
  const rows: unknown[] = [];
  const CONVERSATIONS = 60;
  for (let round = 0; round < 40; round++) {
    for (let c = 0; c < CONVERSATIONS; c++) {
      const id = `c${c}-${round}`;
      if (round === 10) rows.push({ id, conversation: `c${c}`, sender: `t${c}`, sender_role: 'tutor', text: 'my number is 07700' });
      else if (round === 11) rows.push({ id, conversation: `c${c}`, sender: `t${c}`, sender_role: 'tutor', text: '900 123 text me' });
      else rows.push({ id, conversation: `c${c}`, sender: `t${c}`, sender_role: 'tutor', text: `question ${round} on page ${c + 12}, see you at 5` });
    }
    rows.push({ id: `n-${round}`, text: 'no conversation: call me on 07700 900123' });
    if (round % 7 === 3) rows.push('{"id": "bad", not json');
    if (round % 11 === 5) rows.push({ id: `m-${round}` });
  }
  const input = jsonl(...rows);
  let one: CliRun;
  let three: CliRun;

  test('setup: --workers 1 and --workers 3 over the same input', { timeout: 300_000 }, async () => {
    [one, three] = await Promise.all([runCli(['scan', '--no-policy', '--workers', '1'], input), runCli(['scan', '--no-policy', '--workers', '3'], input)]);
  });

  test('byte for byte the same output; every line answered, in input order', () => {
    assert.equal(three.code, 1, three.stderr); // bad lines → exit 1
    assert.equal(three.stdout, one.stdout);
    assert.equal(three.lines.length, rows.length);
    const ids = rows.map((r) => (typeof r === 'string' ? null : ((r as { id: string }).id ?? null)));
    assert.deepEqual(three.lines.map((l) => l.id), ids.map((id, i) => (typeof rows[i] === 'string' ? null : id)));
  });

  test('conversation memory holds across the workers: every split number is found, naming both messages', () => {
    for (let c = 0; c < CONVERSATIONS; c++) {
      const line = three.lines.find((l) => l.id === `c${c}-11`)!;
      const phone = (line.findings as { kind: string; messageIds?: string[] }[]).find((f) => f.kind === 'phone');
      assert.ok(phone, `conversation c${c}: the second half is found in the light of the first`);
      assert.ok(phone.messageIds?.includes(`c${c}-10`) && phone.messageIds?.includes(`c${c}-11`), `conversation c${c}: both message ids`);
    }
  });

  test('bad lines still get their error object at their own line number', () => {
    const errors = three.lines.filter((l) => 'error' in l);
    assert.equal(errors.length, rows.filter((r) => typeof r === 'string' || !('text' in (r as object))).length);
    for (const e of errors) {
      const row = rows[(e.line as number) - 1];
      const code = (e.error as { code: string }).code;
      assert.equal(code, typeof row === 'string' ? 'invalid_json' : 'missing_text');
    }
  });

  test('--workers needs a whole number from 1 to 256', async () => {
    for (const bad of ['0', 'two', '1.5']) {
      const r = await runCli(['scan', '--workers', bad], '');
      assert.equal(r.code, 2);
      assert.match(r.stderr, /--workers needs a whole number/);
    }
  });
});
