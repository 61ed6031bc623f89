/**
 * Issue 18 in a real browser (Debian chromium + playwright-core): a tutor sends a possible child an
 * image with a phone number and a PDF whose only contact is a wa.me link; the safeguarding lead opens
 * the review and sees each image (the PDF page rendered) with the found regions outlined, the text
 * that was read, and why. Screenshot: docs/screenshots/attachment-review.png.
 *
 * Without chromium the test skips with a message; CHAPERONE_REQUIRE_CHROMIUM=1 makes that a failure.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { CHROMIUM_PATH, ROOT, hasChromium, leadInChromium } from '../console/e2e/harness.ts';

const REQUIRE = process.env.CHAPERONE_REQUIRE_CHROMIUM === '1';
const available = hasChromium();
const skip = available ? false : `chromium not found at ${CHROMIUM_PATH} (install Debian chromium; CI sets CHAPERONE_REQUIRE_CHROMIUM=1)`;
if (!available) {
  if (REQUIRE) test('chromium is installed (CHAPERONE_REQUIRE_CHROMIUM=1)', () => assert.fail(`chromium not found at ${CHROMIUM_PATH}`));
  else process.stdout.write(`SKIPPED console attachment browser test: ${skip}\n`);
}

async function phonePhoto(): Promise<string> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="260"><rect width="100%" height="100%" fill="#fbf4dc"/>
    <g transform="rotate(-6 320 130)"><text x="40" y="100" font-family="DejaVu Serif" font-size="30">Homework help any time!</text>
    <text x="40" y="160" font-family="DejaVu Serif" font-size="30">Text me on 07700 900123</text></g></svg>`;
  return (await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer()).toString('base64');
}

async function linkPdf(): Promise<string> {
  const mupdf = await import('mupdf');
  const doc = new mupdf.PDFDocument();
  const font = doc.addSimpleFont(new mupdf.Font('Helvetica'));
  const res = doc.newDictionary();
  const fonts = doc.newDictionary();
  fonts.put('F1', font);
  res.put('Font', fonts);
  doc.insertPage(-1, doc.addPage([0, 0, 595, 842], 0, res, 'BT /F1 16 Tf 72 760 Td (Fractions worksheet: 1/2 + 1/4 = ?) Tj ET BT /F1 16 Tf 72 720 Td (Stuck? Message me here) Tj ET'));
  doc.loadPage(0).createLink([72, 112, 260, 132], 'https://wa.me/447700900555');
  return Buffer.from(doc.saveToBuffer('').asUint8Array()).toString('base64');
}

describe('console: attachments in the review', { skip }, () => {
  const session = leadInChromium(available, { before, after });

  test('the lead sees the image and the PDF page with the regions outlined, the text read, and why (screenshot)', async () => {
    const { service, browser, platform, lead } = session;
    const participants = [{ id: 'tutor-att-1', role: 'tutor', name: 'Tom Tutor' }, { id: 'student-att-1', role: 'student', name: 'Ava' }];
    const sent = await platform.send({
      conversationId: 'conv-att-1', senderId: 'tutor-att-1', senderRole: 'tutor', participants, studentAge: '13-17', stage: 'booked',
      text: 'Here is the homework for next week',
      attachments: [{ name: 'homework-note.jpg', data: await phonePhoto() }, { name: 'worksheet.pdf', data: await linkPdf() }],
    } as Parameters<PlatformClient['send']>[0]);
    assert.equal(sent.message.status, 'held', JSON.stringify(sent.decision));
    assert.equal(sent.decision.concern, 'safeguarding');

    const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
    await page.goto(service.url + '/');
    await page.getByLabel('Email').fill(lead.email);
    await page.getByLabel('Password').fill(lead.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.goto(`${service.url}/queues/safeguarding`);
    await page.locator('.queue-list li[data-review-id]').filter({ hasText: 'tutor-att-1' }).getByRole('link').click();
    const panel = page.locator('[data-testid="attachments"]');
    await panel.waitFor();
    assert.equal(await panel.locator('article.attachment').count(), 2);
    // The photo: its phone number outlined, the OCR text shown, and the reasons.
    const photo = panel.locator('article[data-attachment="0"]');
    await photo.locator('img').evaluate((img: HTMLImageElement) => (img.complete ? null : new Promise((r) => (img.onload = r))));
    assert.ok(await photo.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth > 0), 'the image loaded');
    assert.ok((await photo.locator('[data-testid="region"]').count()) >= 1, 'a region is outlined');
    assert.match(await photo.locator('[data-testid="ocr-text"]').first().innerText(), /07700 900123/);
    await photo.getByText('read by OCR from the attachment').first().waitFor();
    await photo.getByText('withheld').waitFor();
    // The PDF: its page rendered, the link's region outlined.
    const pdf = panel.locator('article[data-attachment="1"]');
    assert.ok(await pdf.locator('img').evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth > 0 : new Promise((r) => (img.onload = () => r(img.naturalWidth > 0))))));
    assert.ok((await pdf.locator('[data-testid="region"]').count()) >= 1);
    await pdf.getByText('a link annotation in the PDF on page 1').first().waitFor();

    await page.locator('.toast').evaluate((el) => (el.textContent = '')).catch(() => undefined);
    await panel.scrollIntoViewIfNeeded();
    const out = join(ROOT, 'docs/screenshots');
    mkdirSync(out, { recursive: true });
    await panel.screenshot({ path: join(out, 'attachment-review.png') });
    await page.close();
  });
});
