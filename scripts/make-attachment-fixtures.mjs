#!/usr/bin/env node
/**
 * The attachment fixture set (issue 18), made by the project's own code, deterministically (one
 * seeded PRNG): contact details rendered into images with different fonts, sizes (14–40 px),
 * rotations up to 15°, noise, backgrounds and photo-of-a-screen blur; QR codes with wa.me, tel:,
 * vCard and Instagram payloads; PDFs with and without a text layer (and one whose only contact is a
 * link annotation); harmless worksheets (equations, number tables, times tables, graphs) as images
 * and PDFs. Each file is listed in `manifest.json` with what it holds and which kinds count as found.
 *
 *   node scripts/make-attachment-fixtures.mjs [DIR]      (default: .tmp/attachment-fixtures)
 *
 * The tests and the bench call `makeAttachmentFixtures(dir)`; nothing here is committed but the script.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import QRCode from 'qrcode';

/** mulberry32: small, seeded, the same sequence on every machine. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FONTS = [
  { family: 'DejaVu Sans', weight: 'normal', style: 'normal' },
  { family: 'DejaVu Serif', weight: 'normal', style: 'normal' },
  { family: 'DejaVu Sans Mono', weight: 'normal', style: 'normal' },
  { family: 'DejaVu Sans', weight: 'bold', style: 'normal' },
  { family: 'DejaVu Serif', weight: 'normal', style: 'italic' },
  { family: 'DejaVu Sans Condensed', weight: 'normal', style: 'normal' },
];

const BACKGROUNDS = ['white', 'cream', 'blue', 'gradient', 'lined', 'dark', 'grey'];

/** Contact details in the ways tutors write them, each with the kinds that count as finding it. */
const CONTACTS = [
  { lines: ['Any questions before Tuesday?', 'Call me on 07700 900123'], kinds: ['phone'] },
  { lines: ['Text me: +44 7700 900456'], kinds: ['phone'] },
  { lines: ['Homework help', 'WhatsApp 07700 900789'], kinds: ['phone', 'platform'] },
  { lines: ['Email me the answers', 'jane.tutor@gmail.com'], kinds: ['email'] },
  { lines: ['maths.help@outlook.com'], kinds: ['email'] },
  { lines: ['Follow me for tips', 'instagram.com/jane_tutor'], kinds: ['social', 'url'] },
  { lines: ['Chat here: wa.me/447700900321'], kinds: ['phone', 'platform', 'url'] },
  { lines: ['My mobile', '07700 900555'], kinds: ['phone'] },
  { lines: ['Book direct and save:', 'call 07700 900246'], kinds: ['phone'] },
  { lines: ['Contact: sam.physics@yahoo.co.uk'], kinds: ['email'] },
  { lines: ['Snap me: sam_tutor99'], kinds: ['social'] },
  { lines: ['Reach me at +44 (0)7700 900135 any time'], kinds: ['phone'] },
];

/** Harmless worksheet content: equations, number tables, times tables, dates, page references. */
const WORKSHEETS = [
  ['Worksheet 3: Linear equations', '1) 3x + 5 = 20', '2) 2y - 7 = 11', '3) 4(z + 2) = 36'],
  ['Times tables', '7 x 8 = 56    9 x 6 = 54', '12 x 12 = 144    11 x 7 = 77'],
  ['Table of squares', '1  4  9  16  25  36', '49  64  81  100  121  144'],
  ['Exercise 4.2 (page 17)', 'Round 3.14159 to 2 decimal places.', 'Estimate 48 x 52.'],
  ['Fractions', '1/2 + 1/4 = 3/4', '2/3 - 1/6 = 1/2', 'Simplify 18/24.'],
  ['History dates', '1066 Battle of Hastings', '1215 Magna Carta', '1914 First World War'],
  ['Area and perimeter', 'A rectangle is 12 cm by 7 cm.', 'Area = 84 cm2, perimeter = 38 cm.'],
  ['Simultaneous equations', 'x + y = 10', 'x - y = 4', 'so x = 7 and y = 3'],
  ['Number table', '2  3  5  7  11  13  17', '19  23  29  31  37  41  43'],
  ['Lesson plan', 'Starter: 10 minutes', 'Main task: questions 1 to 12', 'Plenary: 5 minutes'],
  ['Percentages', '15% of 240 = 36', '240 increased by 20% = 288'],
  ['Quadratics', 'x^2 - 5x + 6 = 0', '(x - 2)(x - 3) = 0', 'x = 2 or x = 3'],
];

const QR_PAYLOADS = [
  { payload: 'https://wa.me/447700900321', kinds: ['phone', 'platform', 'url'] },
  { payload: 'tel:+447700900123', kinds: ['phone'] },
  { payload: 'BEGIN:VCARD\nVERSION:3.0\nFN:Jane Tutor\nTEL;TYPE=CELL:+447700900456\nEMAIL:jane.tutor@gmail.com\nEND:VCARD', kinds: ['phone', 'email'] },
  { payload: 'https://www.instagram.com/jane_tutor', kinds: ['social', 'url'] },
];

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function background(kind, w, h) {
  switch (kind) {
    case 'cream':
      return { fill: `<rect width="${w}" height="${h}" fill="#fbf4dc"/>`, ink: '#222' };
    case 'blue':
      return { fill: `<rect width="${w}" height="${h}" fill="#dfeeff"/>`, ink: '#0a2a66' };
    case 'gradient':
      return {
        fill: `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#ffffff"/><stop offset="1" stop-color="#c9d6e8"/></linearGradient></defs><rect width="${w}" height="${h}" fill="url(#g)"/>`,
        ink: '#111',
      };
    case 'lined': {
      let lines = '';
      for (let y = 24; y < h; y += 24) lines += `<line x1="0" y1="${y}" x2="${w}" y2="${y}" stroke="#a9c4e8" stroke-width="1"/>`;
      return { fill: `<rect width="${w}" height="${h}" fill="#fffef8"/>${lines}<line x1="40" y1="0" x2="40" y2="${h}" stroke="#e8a0a0"/>`, ink: '#1a1a4a' };
    }
    case 'dark':
      return { fill: `<rect width="${w}" height="${h}" fill="#202428"/>`, ink: '#f2f2f2' };
    case 'grey':
      return { fill: `<rect width="${w}" height="${h}" fill="#d8d8d8"/>`, ink: '#333' };
    default:
      return { fill: `<rect width="${w}" height="${h}" fill="#ffffff"/>`, ink: '#000' };
  }
}

/** Render lines of text into an SVG, rotated about its centre. */
function textSvg(lines, { font, size, rotate, bg }) {
  const longest = Math.max(...lines.map((l) => l.length));
  const tw = Math.ceil(longest * size * 0.62) + 2 * size;
  const th = Math.ceil(lines.length * size * 1.5) + 2 * size;
  const rad = (Math.abs(rotate) * Math.PI) / 180;
  const w = Math.ceil(tw * Math.cos(rad) + th * Math.sin(rad)) + 40;
  const h = Math.ceil(tw * Math.sin(rad) + th * Math.cos(rad)) + 40;
  const b = background(bg, w, h);
  const x0 = (w - tw) / 2 + size;
  const y0 = (h - th) / 2 + size * 1.6;
  const text = lines
    .map((l, i) => `<text x="${x0}" y="${y0 + i * size * 1.5}" font-family="${font.family}" font-weight="${font.weight}" font-style="${font.style}" font-size="${size}" fill="${b.ink}">${esc(l)}</text>`)
    .join('');
  return { svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">${b.fill}<g transform="rotate(${rotate} ${w / 2} ${h / 2})">${text}</g></svg>`, w, h };
}

/** Add grey noise (a fraction of pixels moved by up to ±amount) to an image. */
async function addNoise(img, amount, rand) {
  const { data, info } = await img.raw().toBuffer({ resolveWithObject: true });
  for (let i = 0; i < data.length; i += info.channels) {
    if (rand() > 0.35) continue;
    const d = Math.round((rand() * 2 - 1) * amount);
    for (let c = 0; c < Math.min(3, info.channels); c++) data[i + c] = Math.max(0, Math.min(255, data[i + c] + d));
  }
  return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
}

async function encode(img, format) {
  switch (format) {
    case 'jpeg':
      return img.jpeg({ quality: 80 }).toBuffer();
    case 'webp':
      return img.webp({ quality: 85 }).toBuffer();
    case 'gif':
      return img.gif().toBuffer();
    default:
      return img.png().toBuffer();
  }
}

async function renderText(lines, style, rand) {
  const { svg } = textSvg(lines, style);
  let img = sharp(Buffer.from(svg)).removeAlpha();
  if (style.noise > 0) img = await addNoise(img, style.noise, rand);
  if (style.blur > 0.3) img = sharp(await img.png().toBuffer()).blur(style.blur);
  return encode(img, style.format);
}

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function styleFor(rand, i, size) {
  return {
    font: FONTS[i % FONTS.length],
    size,
    rotate: Math.round((rand() * 30 - 15) * 10) / 10,
    bg: BACKGROUNDS[i % BACKGROUNDS.length],
    noise: rand() < 0.5 ? Math.round(rand() * 40) : 0,
    blur: rand() < 0.4 ? Math.round((0.4 + rand() * 0.8) * 10) / 10 : 0,
    format: ['png', 'jpeg', 'webp', 'gif'][i % 4],
  };
}

/** A PDF page with lines of Helvetica text (a real text layer), optionally with a link annotation. */
async function textPdf(lines, link) {
  const mupdf = await import('mupdf');
  const doc = new mupdf.PDFDocument();
  const font = doc.addSimpleFont(new mupdf.Font('Helvetica'));
  const res = doc.newDictionary();
  const fonts = doc.newDictionary();
  fonts.put('F1', font);
  res.put('Font', fonts);
  const pdfEsc = (s) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = lines.map((l, i) => `BT /F1 14 Tf 72 ${760 - i * 24} Td (${pdfEsc(l)}) Tj ET`).join('\n');
  doc.insertPage(-1, doc.addPage([0, 0, 595, 842], 0, res, content));
  if (link) doc.loadPage(0).createLink([72, 72, 300, 100], link);
  return Buffer.from(doc.saveToBuffer('').asUint8Array());
}

/** A PDF page that is only a picture (a scan): no text layer. */
async function imagePdf(png) {
  const mupdf = await import('mupdf');
  const doc = new mupdf.PDFDocument();
  const meta = await sharp(png).metadata();
  const img = doc.addImage(new mupdf.Image(png));
  const res = doc.newDictionary();
  const xobj = doc.newDictionary();
  xobj.put('Im0', img);
  res.put('XObject', xobj);
  // Drawn at 72 dpi from the top of an A4 page, so a 28 px letter is 28 pt.
  const w = Math.min(meta.width, 560), h = (meta.height * w) / meta.width;
  doc.insertPage(-1, doc.addPage([0, 0, 595, 842], 0, res, `q ${w} 0 0 ${h} 18 ${800 - h} cm /Im0 Do Q`));
  return Buffer.from(doc.saveToBuffer('').asUint8Array());
}

/** A QR code, alone or on a card with a caption, at a random size. */
async function qrImage(payload, rand, i) {
  const width = 180 + Math.floor(rand() * 220);
  const qr = await QRCode.toBuffer(payload, { width, margin: 2, errorCorrectionLevel: 'M' });
  if (i % 2 === 0) return qr;
  const pad = 60;
  return sharp({ create: { width: width + 2 * pad, height: width + 2 * pad + 40, channels: 3, background: '#f4f0e6' } })
    .composite([
      { input: qr, left: pad, top: pad },
      { input: Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width + 2 * pad}" height="40"><text x="${pad}" y="28" font-family="DejaVu Sans" font-size="20">Scan me!</text></svg>`), left: 0, top: width + pad },
    ])
    .jpeg({ quality: 85 })
    .toBuffer();
}

/** A line graph with numbered axes (a harmless image full of digits). */
async function graphImage(rand) {
  const w = 520, h = 380;
  let s = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="#fff"/>`;
  s += `<line x1="60" y1="320" x2="500" y2="320" stroke="#000" stroke-width="2"/><line x1="60" y1="20" x2="60" y2="320" stroke="#000" stroke-width="2"/>`;
  for (let i = 0; i <= 10; i++) s += `<text x="${56 + i * 44}" y="345" font-family="DejaVu Sans" font-size="16">${i}</text>`;
  for (let i = 0; i <= 5; i++) s += `<text x="20" y="${326 - i * 60}" font-family="DejaVu Sans" font-size="16">${i * 20}</text>`;
  let pts = '';
  for (let i = 0; i <= 10; i++) pts += `${60 + i * 44},${320 - Math.round(rand() * 280)} `;
  s += `<polyline points="${pts}" fill="none" stroke="#c00" stroke-width="3"/><text x="200" y="372" font-family="DejaVu Sans" font-size="16">Time (minutes)</text></svg>`;
  return sharp(Buffer.from(s)).png().toBuffer();
}

/**
 * Write the fixture set into `dir` and return its manifest: `{ file, group, kinds, size?, payload? }`
 * per file, where `group` is `contact`, `qr` or `harmless`.
 */
export async function makeAttachmentFixtures(dir, { seed = 18 } = {}) {
  mkdirSync(dir, { recursive: true });
  const rand = prng(seed);
  const manifest = [];
  const put = (file, bytes, entry) => {
    writeFileSync(path.join(dir, file), bytes);
    manifest.push({ file, ...entry });
  };
  const SIZES = [14, 16, 18, 20, 24, 28, 32, 40];
  // Contact details in images: every template, in two styles each.
  let n = 0;
  for (let round = 0; round < 2; round++) {
    for (const c of CONTACTS) {
      const size = SIZES[n % SIZES.length];
      const style = styleFor(rand, n, size);
      put(`contact-${String(n).padStart(2, '0')}.${style.format === 'jpeg' ? 'jpg' : style.format}`, await renderText(c.lines, style, rand), { group: 'contact', kinds: c.kinds, size, style: { font: `${style.font.family} ${style.font.weight} ${style.font.style}`, rotate: style.rotate, bg: style.bg, noise: style.noise, blur: style.blur }, text: c.lines.join(' / ') });
      n++;
    }
  }
  // QR codes: every payload twice (bare, and on a captioned card as a JPEG).
  let q = 0;
  for (let round = 0; round < 2; round++) {
    for (const p of QR_PAYLOADS) {
      put(`qr-${q}.${q % 2 === 0 ? 'png' : 'jpg'}`, await qrImage(p.payload, rand, q), { group: 'qr', kinds: p.kinds, payload: p.payload });
      q++;
    }
  }
  // Harmless worksheets as images, and graphs.
  let hN = 0;
  for (const w of WORKSHEETS) {
    const style = { ...styleFor(rand, hN, pick(rand, [16, 20, 24, 28])), rotate: Math.round((rand() * 10 - 5) * 10) / 10 };
    put(`harmless-${String(hN).padStart(2, '0')}.${style.format === 'jpeg' ? 'jpg' : style.format}`, await renderText(w, style, rand), { group: 'harmless', kinds: [], text: w.join(' / ') });
    hN++;
  }
  for (let g = 0; g < 3; g++) put(`harmless-graph-${g}.png`, await graphImage(rand), { group: 'harmless', kinds: [] });
  // PDFs: contact details with a text layer, as a scan (no text layer), and only in a link.
  put('contact-text.pdf', await textPdf(['Worksheet answers are on the next page.', 'Questions? Email jane.tutor@gmail.com']), { group: 'contact', kinds: ['email'], size: 14, text: 'email in the text layer' });
  put('contact-text-phone.pdf', await textPdf(['Revision plan for May', 'Any problems, call 07700 900123']), { group: 'contact', kinds: ['phone'], size: 14, text: 'phone in the text layer' });
  put('contact-link.pdf', await textPdf(['Book your next lesson here'], 'https://wa.me/447700900555'), { group: 'contact', kinds: ['phone', 'platform', 'url'], size: 14, text: 'wa.me only in a link annotation' });
  put('contact-scan.pdf', await imagePdf(await renderText(['Homework sheet 5', 'Text me on 07700 900789'], { ...styleFor(rand, 1, 28), rotate: 2, format: 'png' }, rand)), { group: 'contact', kinds: ['phone'], size: 28, text: 'phone in a scanned page' });
  put('contact-scan-email.pdf', await imagePdf(await renderText(['Send your essay to', 'sam.physics@yahoo.co.uk'], { ...styleFor(rand, 2, 32), rotate: -3, format: 'png' }, rand)), { group: 'contact', kinds: ['email'], size: 32, text: 'email in a scanned page' });
  put('qr-scan.pdf', await imagePdf(await qrImage(QR_PAYLOADS[0].payload, rand, 0)), { group: 'qr', kinds: QR_PAYLOADS[0].kinds, payload: QR_PAYLOADS[0].payload });
  for (let i = 0; i < 4; i++) put(`harmless-text-${i}.pdf`, await textPdf(WORKSHEETS[i * 3]), { group: 'harmless', kinds: [] });
  for (let i = 0; i < 2; i++) put(`harmless-scan-${i}.pdf`, await imagePdf(await renderText(WORKSHEETS[i * 5 + 1], { ...styleFor(rand, i, 24), rotate: 1, format: 'png' }, rand)), { group: 'harmless', kinds: [] });
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return manifest;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? '.tmp/attachment-fixtures';
  const manifest = await makeAttachmentFixtures(dir);
  const count = (g) => manifest.filter((m) => m.group === g).length;
  console.log(`wrote ${manifest.length} files to ${dir}: ${count('contact')} contact, ${count('qr')} QR, ${count('harmless')} harmless`);
}
