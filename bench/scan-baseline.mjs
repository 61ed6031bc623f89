#!/usr/bin/env node
// The whole-process baselines of `npm run bench`, as a user would run them: JSON Lines in (FILE), one
// JSON line out per input line, through the same reader and writer as `chaperone scan` (dist/).
//   node bench/scan-baseline.mjs libphonenumber FILE   libphonenumber-js findNumbers (GB, v2) + linkify-it match
//   node bench/scan-baseline.mjs noop FILE             parses and answers only: the floor of reading and writing
import { createReadStream } from 'node:fs';

const [mode, file] = process.argv.slice(2);
const { splitLines } = await import('../dist/src/cli/jsonl-lines.js');
const { isBlankLine, parseInputLine } = await import('../dist/src/cli/jsonl-input.js');
const { JsonlWriter } = await import('../dist/src/cli/jsonl-writer.js');

let answer;
if (mode === 'libphonenumber') {
  const { findNumbers } = await import('libphonenumber-js/max');
  const { LinkifyIt } = await import('linkify-it');
  const linkify = new LinkifyIt();
  answer = (r) => {
    const findings = [];
    for (const n of findNumbers(r.text, { defaultCountry: 'GB', v2: true })) findings.push({ kind: 'phone', start: n.startsAt, end: n.endsAt });
    for (const m of linkify.match(r.text) ?? []) findings.push({ kind: m.schema === 'mailto:' ? 'email' : 'url', start: m.index, end: m.lastIndex });
    return { id: r.id, action: findings.length ? 'redact' : 'allow', findings };
  };
} else if (mode === 'noop') {
  answer = (r) => ({ id: r.id, action: 'allow', risk: 0, kinds: [], findings: [], redacted: r.text });
} else {
  process.stderr.write('usage: scan-baseline.mjs libphonenumber|noop FILE\n');
  process.exit(2);
}

const writer = new JsonlWriter(process.stdout);
for await (const line of splitLines(createReadStream(file), { maxLineBytes: 1 << 20 })) {
  if (line.tooLong) { await writer.write({ id: null, line: line.lineNo, error: { code: 'line_too_long' } }); continue; }
  if (isBlankLine(line.bytes)) continue;
  const parsed = parseInputLine(line.bytes, { maxTextBytes: 64 * 1024 });
  await writer.write(parsed.ok ? answer(parsed.request) : { id: parsed.id, line: line.lineNo, error: parsed.error });
}
await writer.end();
