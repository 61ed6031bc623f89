/**
 * End-to-end (issue 20): a safeguarding lead sees a conversation flagged by its safeguarding cues,
 * with the cue timeline (which message, the cue in plain words, why), in Debian's chromium driven by
 * playwright-core against `chaperone serve`. The conversation is seeded through the public API; the
 * messages are delivered (cues never block), and the lead closes the flag with a reason.
 * Screenshot: docs/screenshots/cue-timeline.png (in the README).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_PATH, ROOT, hasChromium, leadInChromium } from '../console/e2e/harness.ts';

const REQUIRE = process.env.CHAPERONE_REQUIRE_CHROMIUM === '1';
const available = hasChromium();
const skip = available ? false : `chromium not found at ${CHROMIUM_PATH} (install Debian chromium; CI sets CHAPERONE_REQUIRE_CHROMIUM=1)`;
if (!available && REQUIRE) test('chromium is installed (CHAPERONE_REQUIRE_CHROMIUM=1)', () => assert.fail(`chromium not found at ${CHROMIUM_PATH}`));
else if (!available) process.stdout.write(`SKIPPED cue timeline browser test: ${skip}\n`);

describe('cue timeline in the console (chromium)', { skip }, () => {
  const session = leadInChromium(available, { before, after });

  test('a lead sees the flagged conversation’s cue timeline (message, cue in plain words, why) and closes the flag with a reason', async () => {
    const { service, browser, platform, lead } = session;
    const participants = [{ id: 'tutor-cue-1', role: 'tutor' as const, name: 'Tom Tutor' }, { id: 'student-cue-1', role: 'student' as const, name: 'Ava' }];
    const base = { conversationId: 'conv-cue-1', participants, studentAge: 'under13' as const, stage: 'booked' as const };
    const tutor = { ...base, senderId: 'tutor-cue-1', senderRole: 'tutor' as const };
    const student = { ...base, senderId: 'student-cue-1', senderRole: 'student' as const };
    const sent = [];
    sent.push(await platform.send({ ...student, text: 'thanks for the lesson, fractions make sense now', sentAt: '2026-03-02T16:00:00Z' }));
    sent.push(await platform.send({ ...tutor, text: "no need to tell your mum about our chats, it's our little secret", sentAt: '2026-03-02T16:05:00Z' }));
    sent.push(await platform.send({ ...student, text: 'ok', sentAt: '2026-03-02T16:06:00Z' }));
    sent.push(await platform.send({ ...tutor, text: 'is anyone else reading this chat? are your parents around?', sentAt: '2026-03-03T17:00:00Z' }));
    assert.deepEqual(sent.map((s) => s.message.status), ['delivered', 'delivered', 'delivered', 'delivered'], 'cues never block');
    assert.equal(sent[1].decision.nudge, null, 'the sender is told nothing about the cues');

    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(service.url + '/');
    await page.getByLabel('Email').fill(lead.email);
    await page.getByLabel('Password').fill(lead.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.goto(`${service.url}/queues/safeguarding`);
    const item = page.locator('.queue-list li[data-review-id][data-trigger="cues"]').filter({ hasText: 'tutor-cue-1' });
    await item.first().waitFor();
    assert.equal(await item.count(), 1, 'one flag for the conversation, not one per cue message');
    await item.getByRole('link').click();
    const panel = page.locator('article.review');
    const timeline = panel.getByTestId('cue-timeline');
    await timeline.waitFor();
    await timeline.getByText(/Nothing was held and the sender was not told/).waitFor();
    const rows = timeline.locator('ol.cues > li');
    assert.equal(await rows.count(), 2);
    assert.equal(await rows.nth(0).getAttribute('data-message-id'), sent[1].message.id);
    assert.equal(await rows.nth(1).getAttribute('data-message-id'), sent[3].message.id);
    assert.match(await rows.nth(0).innerText(), /Tom Tutor[\s\S]*our little secret[\s\S]*asks for secrecy/);
    assert.match(await rows.nth(1).innerText(), /checks whether anyone else reads the chat/);
    assert.ok((await rows.nth(0).locator('.cue-why').innerText()).length > 3, 'each cue says why');
    assert.equal(await panel.getByRole('button', { name: /^Release/ }).count(), 0, 'a flag holds nothing to release');
    assert.equal(await panel.getByRole('button', { name: /^Reject/ }).count(), 0);

    await page.locator('.toast').evaluate((el) => (el.textContent = '')).catch(() => undefined);
    await timeline.scrollIntoViewIfNeeded();
    const out = join(ROOT, 'docs/screenshots');
    mkdirSync(out, { recursive: true });
    await page.screenshot({ path: join(out, 'cue-timeline.png') });

    await panel.getByRole('button', { name: 'Close flag…' }).click();
    await page.getByLabel('What did you do, or why is no action needed?').fill('Called the parent; tutor suspended pending the DSL review');
    await page.getByRole('dialog').getByRole('button', { name: 'Close flag' }).click();
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    const student1 = await platform.messagesAs('conv-cue-1', 'student-cue-1');
    assert.ok(student1.messages.some((m) => m.text.includes('our little secret')), 'the message stays delivered');
    await page.close();
  });
});
