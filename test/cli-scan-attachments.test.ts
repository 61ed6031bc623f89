/**
 * `chaperone scan` with attachments (issue 18): a line may carry `"attachments": [{"name", "path"}]`
 * or `[{"name", "data": base64}]`, and `text` may then be empty or absent. Findings from an
 * attachment name it (`attachment`, the index), its `source`, and where known its `page` and `box`;
 * a refused attachment is that line's error (`attachment_refused`, with the reason) and the run goes
 * on. With `--workers`, lines with attachments keep their place in the output.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import QRCode from 'qrcode';
import { runCli } from './helpers/run-cli.js';
import { pngBomb } from './helpers/hostile-files.js';

const dir = mkdtempSync(path.join(tmpdir(), 'chaperone-cli-att-'));
let phonePng = '';
let qrB64 = '';

before(async () => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="520" height="140"><rect width="100%" height="100%" fill="#fff"/><text x="20" y="60" font-family="DejaVu Sans" font-size="26">Homework help</text><text x="20" y="105" font-family="DejaVu Sans" font-size="26">Call me on 07700 900123</text></svg>`;
  phonePng = path.join(dir, 'note.png');
  writeFileSync(phonePng, await sharp(Buffer.from(svg)).png().toBuffer());
  qrB64 = (await QRCode.toBuffer('https://www.instagram.com/jane_tutor', { width: 240 })).toString('base64');
  writeFileSync(path.join(dir, 'bomb.png'), pngBomb());
});
after(() => rmSync(dir, { recursive: true, force: true }));

type Line = Record<string, any>;

describe('chaperone scan: attachments', () => {
  test('path and base64 attachments, empty or absent text, refusals as line errors', async () => {
    const input = [
      { id: 'img', text: 'see attached', sender_role: 'tutor', recipient_role: 'student', student_age: 13, attachments: [{ name: 'note.png', path: phonePng }] },
      { id: 'qr', attachments: [{ name: 'card.png', data: qrB64 }], sender_role: 'parent' },
      { id: 'plain', text: 'see you on Tuesday' },
      { id: 'zip', text: '', attachments: [{ name: 'photo.jpg', data: Buffer.from([0x50, 0x4b, 3, 4, 0, 0]).toString('base64') }] },
      { id: 'bomb', text: 'x', attachments: [{ path: path.join(dir, 'bomb.png') }] },
      { id: 'both', text: 'x', attachments: [{ path: phonePng, data: 'AAAA' }] },
      { id: 'device', text: 'x', attachments: [{ path: '/dev/zero' }] },
      { id: 'missing', text: 'x', attachments: [{ path: path.join(dir, 'nope.png') }] },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const run = await runCli(['scan'], input + '\n');
    assert.equal(run.code, 1, run.stderr);
    const [img, qr, plain, zip, bomb, both] = run.lines as Line[];
    // A phone number read from a tutor's image to a 13-year-old: held, safeguarding.
    assert.equal(img!.action, 'hold');
    assert.equal(img!.concern, 'safeguarding');
    const phone = img!.findings.find((f: Line) => f.kind === 'phone');
    assert.equal(phone.attachment, 0);
    assert.equal(phone.source, 'ocr');
    assert.ok(phone.box.width > 0 && phone.box.y > 50, JSON.stringify(phone.box));
    assert.equal(img!.attachments[0].type, 'png');
    assert.equal(img!.attachments[0].delivered, false);
    assert.match(img!.attachments[0].texts[0].text, /07700 900123/);
    // The QR code's payload, from base64, with no text at all.
    assert.ok(qr!.findings.some((f: Line) => f.kind === 'social' && f.source === 'qr'));
    assert.equal(qr!.redacted, '');
    assert.equal(plain!.action, 'allow');
    assert.equal(zip!.error.code, 'attachment_refused');
    assert.equal(zip!.error.reason, 'unsupported_type');
    assert.match(zip!.error.message, /ZIP/);
    assert.equal(bomb!.error.reason, 'too_many_pixels');
    assert.equal(both!.error.code, 'invalid_field');
    const [device, missing] = (run.lines as Line[]).slice(6);
    assert.equal(device!.error.reason, 'unreadable', 'a device is never read');
    assert.equal(missing!.error.reason, 'unreadable');
    assert.match(missing!.error.message, /ENOENT/);
  });

  test('--workers 2: lines with attachments keep their place among 1,500 lines', { timeout: 120_000 }, async () => {
    const lines: string[] = [];
    for (let i = 0; i < 1500; i++) {
      if (i === 3 || i === 1200) lines.push(JSON.stringify({ id: `att-${i}`, text: '', conversation: 'c1', attachments: [{ path: phonePng }] }));
      else if (i === 700) lines.push(JSON.stringify({ id: `bad-${i}`, text: '', attachments: [{ data: Buffer.from('hello').toString('base64') }] }));
      else lines.push(JSON.stringify({ id: `m-${i}`, text: i % 50 === 0 ? 'call 07700 900456' : 'see you tomorrow', conversation: `c${i % 7}` }));
    }
    const run = await runCli(['scan', '--workers', '2'], lines.join('\n') + '\n');
    assert.equal(run.lines.length, 1500, run.stderr);
    const out = run.lines as Line[];
    out.forEach((l, i) => assert.equal(l.id, JSON.parse(lines[i]!).id));
    for (const i of [3, 1200]) assert.ok(out[i]!.findings.some((f: Line) => f.kind === 'phone' && f.attachment === 0), `line ${i}`);
    assert.equal(out[700]!.error.reason, 'unsupported_type');
  });
});
