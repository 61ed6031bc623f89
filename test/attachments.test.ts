/**
 * Attachments (issue 18): the type comes from the bytes; every limit refuses with a clear error, and
 * hostile files (a 30,000 × 30,000 PNG, a 50,000-page PDF, truncated files) end with an error without
 * being decoded; OCR, QR and PDF text all go through the engine's scan, and findings name their
 * attachment, source, page and box.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import sharp from 'sharp';
import QRCode from 'qrcode';
import {
  analyseAttachment,
  analyseAttachments,
  AttachmentError,
  DEFAULT_ATTACHMENT_LIMITS,
  makeAttachmentLimits,
  OcrPool,
  qrPayloadText,
  scanAttachments,
  sniffType,
} from '../src/attachments/index.js';
import { manyPagePdf, pngBomb } from './helpers/hostile-files.js';

const ocr = new OcrPool({ size: 1 });
after(() => ocr.close());

async function textImage(lines: string[], size = 28, format: 'png' | 'jpeg' = 'png'): Promise<Buffer> {
  const w = Math.max(...lines.map((l) => l.length)) * size * 0.65 + 60;
  const h = lines.length * size * 1.6 + 60;
  const text = lines.map((l, i) => `<text x="30" y="${40 + size + i * size * 1.5}" font-family="DejaVu Sans" font-size="${size}">${l}</text>`).join('');
  const img = sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(w)}" height="${Math.round(h)}"><rect width="100%" height="100%" fill="#fff"/>${text}</svg>`));
  return format === 'png' ? img.png().toBuffer() : img.jpeg().toBuffer();
}

/** Expect an AttachmentError with `code`; returns it for further checks. */
async function refused(p: Promise<unknown>, code: string): Promise<AttachmentError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof AttachmentError, `expected an AttachmentError, got ${String(e)}`);
    assert.equal(e.code, code, e.message);
    return e;
  }
  assert.fail(`expected a refusal with code ${code}`);
}

describe('sniffType: the type from the bytes', () => {
  it('recognises PNG, JPEG, WebP, GIF and PDF whatever the name', async () => {
    const base = sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } });
    assert.equal(sniffType(await base.clone().png().toBuffer()), 'png');
    assert.equal(sniffType(await base.clone().jpeg().toBuffer()), 'jpeg');
    assert.equal(sniffType(await base.clone().webp().toBuffer()), 'webp');
    assert.equal(sniffType(await base.clone().gif().toBuffer()), 'gif');
    assert.equal(sniffType(Buffer.from('%PDF-1.7\n...')), 'pdf');
  });
  for (const [name, bytes, says] of [
    ['a ZIP', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /ZIP/],
    ['a BMP', Buffer.from('BM\x00\x00\x00\x00'), /BMP/],
    ['plain text', Buffer.from('call me on 07700 900123'), /plain text/],
    ['an SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'), /SVG/],
    ['an empty file', Buffer.alloc(0), /empty/],
  ] as const) {
    it(`refuses ${name}, naming the type`, () => {
      assert.throws(() => sniffType(bytes), (e: unknown) => e instanceof AttachmentError && e.code === 'unsupported_type' && says.test(e.message));
    });
  }
});

describe('limits: each refusal is a clear error', () => {
  it('has sane defaults and rejects a non-positive limit', () => {
    assert.ok(DEFAULT_ATTACHMENT_LIMITS.maxBytes >= 1024 * 1024);
    assert.throws(() => makeAttachmentLimits({ maxPixels: 0 }), /maxPixels/);
  });
  it('too many attachments', async () => {
    const png = await textImage(['hi']);
    const e = await refused(analyseAttachments([png, png, png].map((bytes) => ({ bytes })), { limits: makeAttachmentLimits({ maxAttachments: 2 }), ocr }), 'too_many_attachments');
    assert.match(e.message, /3 attachments.*limit of 2/);
  });
  it('too many bytes, before anything is decoded', async () => {
    const e = await refused(analyseAttachment({ bytes: Buffer.alloc(2048, 1) }, 0, { limits: makeAttachmentLimits({ maxBytes: 1024 }), ocr }), 'too_large');
    assert.match(e.message, /2048 bytes, over the limit of 1024 \(maxBytes\)/);
    assert.equal(e.index, 0);
  });
  it('a 30,000 × 30,000 PNG (a decompression bomb) is refused from its header', async () => {
    const bomb = pngBomb();
    assert.ok(bomb.length < 10_000, 'the bomb is small on disk');
    const t0 = performance.now();
    const e = await refused(analyseAttachment({ bytes: bomb }, 0, { ocr }), 'too_many_pixels');
    assert.match(e.message, /30000×30000/);
    // Reported, not asserted (tests assert behaviour): the header alone is read.
    console.log(`# 30000x30000 PNG refused in ${Math.round(performance.now() - t0)} ms`);
  });
  it('an image over a configured pixel limit is refused', async () => {
    const png = await textImage(['hello there']);
    await refused(analyseAttachment({ bytes: png }, 0, { limits: makeAttachmentLimits({ maxPixels: 1000 }), ocr }), 'too_many_pixels');
  });
  it('a 50,000-page PDF is refused from its page count', async () => {
    const pdf = manyPagePdf(50_000);
    const t0 = performance.now();
    const e = await refused(analyseAttachment({ bytes: pdf }, 0, { ocr }), 'too_many_pages');
    assert.match(e.message, /50000 pages, over the limit of 50/);
    console.log(`# 50,000-page PDF refused in ${Math.round(performance.now() - t0)} ms`);
  });
  it('OCR over its time budget ends with ocr_timeout, and the pool still works after', async () => {
    const png = await textImage(['Call me on 07700 900123', 'or email jane.tutor@gmail.com'], 20);
    await refused(analyseAttachment({ bytes: png }, 0, { limits: makeAttachmentLimits({ maxOcrMs: 1 }), ocr }), 'ocr_timeout');
    const ok = await analyseAttachment({ bytes: png }, 0, { ocr });
    assert.ok(scanAttachments([ok]).some((f) => f.kind === 'phone'));
  });
});

describe('malformed files: an error, never a crash', () => {
  it('a truncated PNG', async () => {
    const png = await textImage(['Call me on 07700 900123']);
    await refused(analyseAttachment({ bytes: png.subarray(0, 60) }, 0, { ocr }), 'malformed');
  });
  it('a truncated JPEG', async () => {
    const jpg = await textImage(['Call me on 07700 900123'], 28, 'jpeg');
    await refused(analyseAttachment({ bytes: jpg.subarray(0, 200) }, 0, { ocr }), 'malformed');
  });
  it('a PDF header followed by junk', async () => {
    await refused(analyseAttachment({ bytes: Buffer.from('%PDF-1.7\n' + 'x'.repeat(500)) }, 0, { ocr }), 'malformed');
  });
});

describe('reading attachments through the engine', () => {
  it('a phone number in an image: OCR text scanned, finding with attachment index, source and a box inside the image', async () => {
    const png = await textImage(['Homework is on page 12', 'Call me on 07700 900123'], 24);
    const a = await analyseAttachment({ name: 'note.png', bytes: png }, 2, { ocr });
    assert.equal(a.type, 'png');
    const findings = scanAttachments([a]);
    const phone = findings.find((f) => f.kind === 'phone');
    assert.ok(phone, JSON.stringify(a.units.map((u) => u.text)));
    assert.equal(phone.attachment, 2);
    assert.equal(phone.source, 'ocr');
    assert.ok(phone.box && phone.box.width > 0 && phone.box.x + phone.box.width <= a.width! + 1 && phone.box.y + phone.box.height <= a.height! + 1);
    // The second line: below the first line's top.
    assert.ok(phone.box.y > 30);
    assert.ok(phone.why.some((w) => /OCR/.test(w)));
  });
  it('QR payloads: wa.me, tel:, vCard and Instagram are decoded and scanned', async () => {
    const cases: [string, string][] = [
      ['https://wa.me/447700900321', 'phone'],
      ['tel:+447700900123', 'phone'],
      ['BEGIN:VCARD\nVERSION:3.0\nFN:Jane\nEMAIL:jane.tutor@gmail.com\nEND:VCARD', 'email'],
      ['https://www.instagram.com/jane_tutor', 'social'],
    ];
    for (const [payload, kind] of cases) {
      const a = await analyseAttachment({ bytes: await QRCode.toBuffer(payload, { width: 240 }) }, 0, { ocr });
      const f = scanAttachments([a]).filter((x) => x.source === 'qr');
      assert.ok(f.some((x) => x.kind === kind), `${payload}: ${JSON.stringify(f.map((x) => x.kind))}`);
      assert.ok(f[0]!.box);
    }
  });
  it('qrPayloadText unfolds a vCard and spells a tel: URI', () => {
    assert.match(qrPayloadText('BEGIN:VCARD\nTEL;TYPE=CELL:+447700900456\nEND:VCARD'), /phone \+447700900456/);
    assert.match(qrPayloadText('tel:%2B447700900123'), /phone \+447700900123/);
    assert.equal(qrPayloadText('hello'), 'hello');
  });
  it('a PDF: text layer and link annotation, with page numbers', async () => {
    const mupdf = await import('mupdf');
    const doc = new mupdf.PDFDocument();
    const font = doc.addSimpleFont(new mupdf.Font('Helvetica'));
    const res = doc.newDictionary();
    const fonts = doc.newDictionary();
    fonts.put('F1', font);
    res.put('Font', fonts);
    doc.insertPage(-1, doc.addPage([0, 0, 595, 842], 0, res, 'BT /F1 14 Tf 72 760 Td (Worksheet 3: fractions) Tj ET'));
    doc.insertPage(-1, doc.addPage([0, 0, 595, 842], 0, res, 'BT /F1 14 Tf 72 760 Td (Questions? Email jane.tutor@gmail.com) Tj ET'));
    doc.loadPage(0).createLink([72, 72, 300, 100], 'https://wa.me/447700900555');
    const bytes = Buffer.from(doc.saveToBuffer('').asUint8Array());
    const a = await analyseAttachment({ name: 'worksheet.pdf', bytes }, 0, { ocr });
    assert.equal(a.pages, 2);
    const findings = scanAttachments([a]);
    const email = findings.find((f) => f.kind === 'email');
    assert.equal(email?.page, 2);
    assert.equal(email?.source, 'pdf-text');
    const link = findings.find((f) => f.source === 'pdf-link');
    assert.equal(link?.page, 1);
    assert.ok(link?.box);
  });
  it('a harmless worksheet image yields no finding', async () => {
    const a = await analyseAttachment({ bytes: await textImage(['Solve 3x + 5 = 20', '7 x 8 = 56   12 x 12 = 144'], 24) }, 0, { ocr });
    assert.deepEqual(scanAttachments([a]), []);
  });
});

describe('policy on attachment findings', () => {
  it('default policy: a contact detail in an attachment from a tutor to a possible child is held as safeguarding, however unsure', async () => {
    const { decide } = await import('../src/policy/decide.js');
    const { deliveredText } = await import('../src/policy/delivered-text.js');
    const { DEFAULT_POLICY } = await import('../src/policy/default-policy.js');
    const { deliveredAttachments } = await import('../src/attachments/index.js');
    const finding = { kind: 'phone' as const, detector: 'phone', start: 8, end: 20, text: '07700 900123', score: 0.6, why: [], attachment: 0, source: 'ocr' as const };
    const d = decide([finding], { senderRole: 'tutor', recipientRole: 'student', studentAge: '13-17', text: 'see pic' });
    assert.equal(d.action, 'hold');
    assert.equal(d.concern, 'safeguarding');
    assert.equal(d.reasons[0]!.rule, 'tutor-contact-minor-attachment');
    // The same finding in text would only be redacted at this score.
    const inText = decide([{ ...finding, attachment: undefined, source: undefined }], { senderRole: 'tutor', recipientRole: 'student', studentAge: '13-17' });
    assert.equal(inText.action, 'redact');
    // Tutor to parent: redacted; the attachment's span never touches the message text; the attachment is withheld.
    const toParent = decide([finding], { senderRole: 'tutor', recipientRole: 'parent', studentAge: '13-17', text: 'see pic' });
    assert.equal(toParent.action, 'redact');
    assert.equal(deliveredText('see the picture attached', [finding], toParent, DEFAULT_POLICY), 'see the picture attached');
    assert.deepEqual(deliveredAttachments(toParent.action, [finding], 2, 0.5), [1]);
    assert.deepEqual(deliveredAttachments('hold', [], 2, 0.5), []);
    assert.deepEqual(deliveredAttachments('allow', [], 2, 0.5), [0, 1]);
  });
});

describe('more shapes of input', () => {
  it('an animated GIF is read at its first frame', async () => {
    const frame1 = await sharp(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="80"><rect width="100%" height="100%" fill="#fff"/><text x="10" y="50" font-family="DejaVu Sans" font-size="26">Call 07700 900123</text></svg>')).png().toBuffer();
    const frame2 = await sharp({ create: { width: 400, height: 80, channels: 3, background: '#fff' } }).png().toBuffer();
    const gif = await sharp([frame1, frame2], { join: { animated: true } }).gif().toBuffer();
    const a = await analyseAttachment({ bytes: gif }, 0, { ocr });
    assert.equal(a.type, 'gif');
    assert.deepEqual([a.width, a.height], [400, 80], 'one frame, not the whole strip');
    assert.ok(scanAttachments([a]).some((f) => f.kind === 'phone'));
  });
  it('a blank 36-megapixel PNG (a compressed "bomb" under the pixel limit) is read without OCR', async () => {
    const png = await sharp({ create: { width: 6000, height: 6000, channels: 3, background: '#fff' } }).greyscale().png({ compressionLevel: 9 }).toBuffer();
    assert.ok(png.length < 200_000);
    const a = await analyseAttachment({ bytes: png }, 0, { ocr });
    assert.deepEqual(a.units, []);
  });
  it('mutated PNGs and PDFs: each either reads or fails with an AttachmentError, never anything else', async () => {
    const png = await textImage(['Call me on 07700 900123'], 20);
    const mupdf = await import('mupdf');
    const doc = new mupdf.PDFDocument();
    doc.insertPage(-1, doc.addPage([0, 0, 200, 200], 0, doc.newDictionary(), 'BT ET'));
    const pdf = Buffer.from(doc.saveToBuffer('').asUint8Array());
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (const [base, name] of [[png, 'png'], [pdf, 'pdf']] as const) {
      for (let i = 0; i < 15; i++) {
        const bytes = Buffer.from(base);
        // Keep the magic bytes; flip bytes after them, or cut the file short.
        if (i % 3 === 2) {
          const cut = bytes.subarray(0, 16 + Math.floor(rand() * (bytes.length - 16)));
          await analyseAttachment({ bytes: cut }, 0, { ocr }).catch((e) => assert.ok(e instanceof AttachmentError, `${name} cut: ${String(e)}`));
          continue;
        }
        for (let k = 0; k < 8; k++) bytes[16 + Math.floor(rand() * (bytes.length - 16))] = Math.floor(rand() * 256);
        await analyseAttachment({ bytes }, 0, { ocr }).catch((e) => assert.ok(e instanceof AttachmentError, `${name} mutated: ${String(e)}`));
      }
    }
  });
});

describe('offline', () => {
  // The traineddata ships in @tesseract.js-data/eng and is read from disk: OCR works in a process with
  // no network at all (a fresh network namespace, where even loopback is down).
  const probe = spawnSync('unshare', ['-rn', 'true']);
  const skipOffline = probe.status === 0 ? false : 'unshare -rn is not available here (no user namespaces)';
  it('OCR runs with no network (unshare -rn)', { skip: skipOffline }, async () => {
    const png = await textImage(['Call me on 07700 900123'], 24);
    const dir = mkdtempSync(path.join(tmpdir(), 'chaperone-offline-'));
    const file = path.join(dir, 'note.png');
    writeFileSync(file, png);
    const script = `import { readFileSync } from 'node:fs';
      import { analyseAttachment, scanAttachments, closeSharedOcrPool } from ${JSON.stringify(new URL('../src/attachments/index.ts', import.meta.url).href)};
      const a = await analyseAttachment({ bytes: readFileSync(${JSON.stringify(file)}) }, 0);
      process.stdout.write(scanAttachments([a]).map((f) => f.kind).join(','));
      await closeSharedOcrPool();`;
    // A file, not -e: OCR's worker threads inherit the process's flags.
    writeFileSync(path.join(dir, 'offline.mts'), script);
    const r = spawnSync('unshare', ['-rn', process.execPath, '--import', 'tsx', path.join(dir, 'offline.mts')], { encoding: 'utf8', timeout: 60_000 });
    rmSync(dir, { recursive: true, force: true });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /phone/);
  });
});
