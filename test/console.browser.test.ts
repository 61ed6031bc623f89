/**
 * End-to-end: the moderator console in a real headless chromium (Debian's, driven by
 * playwright-core) against the real service started with `chaperone serve` on a free port and a
 * throw-away data directory. Seeding goes through the public API, as a marketplace would.
 *
 * Without chromium the tests skip with a visible message; CHAPERONE_REQUIRE_CHROMIUM=1 (CI) makes
 * that a failure instead.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import {
  CHROMIUM_ARGS, CHROMIUM_PATH, PlatformClient, ensureConsoleBuilt, hasChromium, startService, type RunningService,
} from '../console/e2e/harness.ts';

const REQUIRE = process.env.CHAPERONE_REQUIRE_CHROMIUM === '1';
const available = hasChromium();
const skip = available ? false : `chromium not found at ${CHROMIUM_PATH} (install Debian chromium; CI sets CHAPERONE_REQUIRE_CHROMIUM=1)`;

if (!available) {
  if (REQUIRE) {
    test('chromium is installed (CHAPERONE_REQUIRE_CHROMIUM=1)', () => {
      assert.fail(`chromium not found at ${CHROMIUM_PATH}`);
    });
  } else {
    process.stdout.write(`SKIPPED console browser tests: ${skip}\n`);
  }
}

// Without chromium the suite is skipped either way; under REQUIRE the test above fails instead.
describe('moderator console in chromium', { skip }, () => {
  let service: RunningService;
  let browser: Browser;
  let platform: PlatformClient;

  before(async () => {
    if (!available) return;
    ensureConsoleBuilt();
    service = await startService();
    platform = new PlatformClient(service.url, service.apiKey);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });

  after(async () => {
    await browser?.close();
    await service?.stop();
  });

  async function signedInPage(): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(service.url + '/');
    await page.getByLabel('Email').fill(service.adminEmail);
    await page.getByLabel('Password').fill(service.adminPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    return page;
  }

  test('sign in, open the safeguarding queue, see the highlighted phone in a held message, release it, and it is delivered', async () => {
    // A tutor pushing an under-13 student to text a personal number, in secret: a safeguarding hold.
    const participants = [{ id: 'tutor-e2e-1', role: 'tutor' }, { id: 'student-e2e-1', role: 'student' }];
    await platform.send({
      conversationId: 'conv-e2e-1', senderId: 'student-e2e-1', senderRole: 'student', participants, studentAge: 'under13', stage: 'booked',
      text: 'Thank you for the lesson today, the fractions make more sense now',
    });
    const held = await platform.send({
      conversationId: 'conv-e2e-1', senderId: 'tutor-e2e-1', senderRole: 'tutor', participants, studentAge: 'under13', stage: 'booked',
      text: "Well done! Don't tell your parents, just text me on 07700 900123 and we can chat after school",
    });
    assert.equal(held.message.status, 'held', `the seed message should be held (decision: ${JSON.stringify(held.decision)})`);
    assert.equal(held.decision.concern, 'safeguarding', 'the seed message should go to the safeguarding queue');
    // A second held message, so we can see the queue move on after the release.
    const participants2 = [{ id: 'tutor-e2e-2', role: 'tutor' }, { id: 'student-e2e-2', role: 'student' }];
    const second = await platform.send({
      conversationId: 'conv-e2e-2', senderId: 'tutor-e2e-2', senderRole: 'tutor', participants: participants2, studentAge: 'under13', stage: 'booked',
      text: 'Keep this between us. Add me on snapchat: tutor.sam.2014 and message me at 07700 900456',
    });
    assert.equal(second.message.status, 'held', 'the second seed message should be held too');

    // The recipient sees a placeholder while the message is held.
    const before = await platform.messagesAs('conv-e2e-1', 'student-e2e-1');
    const heldView = before.messages.find((m) => m.id === held.message.id);
    assert.ok(heldView, 'the recipient sees the held message as a placeholder');
    assert.ok(!heldView.text.includes('900123'), 'a held message does not reach the recipient');

    const page = await signedInPage();
    await page.getByRole('navigation', { name: 'Review queues' }).getByRole('link', { name: /Safeguarding/ }).click();
    const item = page.locator(`.queue-list li[data-review-id]`).filter({ hasText: 'tutor-e2e-1' });
    await item.waitFor();
    await item.getByRole('link').click();
    const panel = page.locator('article.review');
    await panel.getByText('tutor-e2e-1').first().waitFor();
    await assertVisible(panel.locator('.review-status').getByText('held'));
    const reviewId = await panel.getAttribute('data-review-id');

    // The redacted text marks where the phone was; the sealed original opens only on request.
    await assertVisible(panel.locator('.caught mark[data-kind~="phone"]').first());
    assert.equal(await panel.locator('.original').count(), 0, 'the original is sealed until asked for');
    await panel.getByRole('button', { name: 'Open original' }).click();
    const phoneMark = panel.locator('.original mark[data-kind~="phone"]').first();
    await phoneMark.waitFor();
    assert.match((await phoneMark.innerText()).replace(/\s+/g, ' '), /07700 900123/);

    // Note and strike from the keyboard; the strike lands on the sender's record.
    await page.keyboard.press('n');
    await page.getByLabel('Note (visible to other moderators)').fill('Checked with the family: safe to release.');
    await page.getByRole('button', { name: 'Save note' }).click();
    await page.locator('.toast').getByText('Note added.').waitFor();
    await page.keyboard.press('s');
    await page.getByLabel('Reason').fill('asked a child to keep contact secret');
    await page.getByRole('button', { name: 'Add strike' }).click();
    await page.locator('.toast').getByText(/Strike added/).waitFor();
    const user = await (await page.request.get(`${service.url}/v1/users/tutor-e2e-1`)).json() as { strikes: { reason: string }[] };
    assert.ok(user.strikes.some((st) => st.reason === 'asked a child to keep contact secret'), 'the strike is on the user');

    await panel.getByRole('button', { name: 'Release', exact: true }).click();
    // The queue moves on to the next open item.
    await page.waitForFunction(
      (old) => {
        const el = document.querySelector('article.review');
        return el !== null && el.getAttribute('data-review-id') !== old;
      },
      reviewId,
    );
    await assertVisible(page.locator('article.review').getByText('tutor-e2e-2').first());
    assert.equal(await page.locator(`.queue-list li[data-review-id="${reviewId}"]`).count(), 0, 'the released item left the open queue');

    // The recipient now has the message.
    const afterRelease = await platform.messagesAs('conv-e2e-1', 'student-e2e-1');
    const delivered = afterRelease.messages.find((m) => m.id === held.message.id);
    assert.ok(delivered);
    assert.equal(delivered.status, 'delivered');
    assert.match(delivered.text, /07700 900123/);

    // The keyboard works the queue too: "x" rejects the item now open.
    const secondReview = await page.locator('article.review').getAttribute('data-review-id');
    await page.keyboard.press('x');
    await page.locator('.toast').getByText(/Rejected/).waitFor();
    await page.locator(`.queue-list li[data-review-id="${secondReview}"]`).waitFor({ state: 'detached' });
    const rejected = await platform.messagesAs('conv-e2e-2', 'student-e2e-2');
    assert.ok(!rejected.messages.some((m) => m.text.includes('900456')), 'a rejected message is never delivered');
    await page.close();
  });

  test('the playground highlights a spelled-out phone number', async () => {
    const page = await signedInPage();
    await page.getByRole('link', { name: 'Playground' }).click();
    await page.getByLabel('Message 1 text').fill('ring me on oh seven seven double oh nine hundred one two three');
    const mark = page.locator('.pg-highlight mark[data-kind~="phone"]').first();
    await mark.waitFor();
    assert.match(await mark.innerText(), /seven/);
    await assertVisible(page.locator('.pg-result .badge[data-action]'));
    await page.close();
  });

  test('the dashboard charts caught messages and the user page shows a sender\'s history', async () => {
    const participants = [{ id: 'tutor-e2e-3', role: 'tutor' }, { id: 'parent-e2e-3', role: 'parent' }];
    const sent = await platform.send({
      conversationId: 'conv-e2e-3', senderId: 'tutor-e2e-3', senderRole: 'tutor', participants, studentAge: 'adult', stage: 'enquiry',
      text: 'Happy to help! Email me at sam.tutor@example.com and we can sort out lessons',
    });
    assert.notEqual(sent.decision.action, 'allow', `an email to a parent is caught (decision: ${JSON.stringify(sent.decision)})`);
    const page = await signedInPage();
    await page.getByRole('link', { name: 'Dashboard' }).click();
    const chart = page.getByRole('img', { name: /Caught messages per day, by kind/ });
    await chart.waitFor();
    assert.match((await chart.getAttribute('aria-label')) ?? '', /: [1-9]\d* in \d+ days/, 'the chart counts the caught messages');
    await page.goto(`${service.url}/users/tutor-e2e-3`);
    const history = page.locator('section', { has: page.getByRole('heading', { name: 'History of caught messages' }) });
    await history.getByRole('link', { name: 'conv-e2e-3' }).waitFor();
    await assertVisible(history.locator(`.badge[data-action="${sent.decision.action}"]`));
    await assertAccessibleBasics(page, 'user page');
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await chart.waitFor();
    await assertAccessibleBasics(page, 'dashboard');
    await page.getByRole('link', { name: 'Playground' }).click();
    await page.getByLabel('Message 1 text').waitFor();
    await assertAccessibleBasics(page, 'playground');
    await page.getByRole('link', { name: 'Queues' }).click();
    await page.locator('article.review, .queue-detail .panel').first().waitFor();
    await assertAccessibleBasics(page, 'queue');
    await page.close();
  });
});

/**
 * The accessibility basics every screen must keep: one main landmark, a banner and navigation, a
 * level-one heading, and a name for every form control, button and link.
 */
async function assertAccessibleBasics(page: Page, screen: string): Promise<void> {
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    if (document.querySelectorAll('main').length !== 1) out.push('expected exactly one <main>');
    if (!document.querySelector('header.banner')) out.push('no banner');
    if (!document.querySelector('nav[aria-label]')) out.push('no labelled navigation');
    if (!document.querySelector('h1')) out.push('no h1');
    for (const el of document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea')) {
      if (!(el.labels && el.labels.length > 0) && !el.getAttribute('aria-label')) out.push(`unlabelled ${el.tagName.toLowerCase()}#${el.id}`);
    }
    for (const el of document.querySelectorAll<HTMLElement>('button, a[href]')) {
      if (!(el.innerText.trim() || el.getAttribute('aria-label'))) out.push(`nameless ${el.tagName.toLowerCase()}`);
    }
    return out;
  });
  assert.deepEqual(problems, [], `${screen}: ${problems.join('; ')}`);
}

async function assertVisible(locator: import('playwright-core').Locator): Promise<void> {
  await locator.waitFor({ state: 'visible' });
}
