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
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  CHROMIUM_ARGS, CHROMIUM_PATH, PlatformClient, ROOT, createAccount, ensureConsoleBuilt, hasChromium, startService, type Account, type RunningService,
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
  let lead: Account;
  let moderator: Account;

  before(async () => {
    if (!available) return;
    ensureConsoleBuilt();
    service = await startService();
    platform = new PlatformClient(service.url, service.apiKey);
    lead = await createAccount(service, { email: 'lee.lead@example.org', password: 'the lead has a long password', role: 'safeguarding_lead', name: 'Lee Lead' });
    moderator = await createAccount(service, { email: 'mo.moderator@example.org', password: 'the moderator has a long password', role: 'moderator', name: 'Mo Moderator' });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });

  after(async () => {
    await browser?.close();
    await service?.stop();
  });

  async function signedInPage(as: { email: string; password: string } = lead): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(service.url + '/');
    await page.getByLabel('Email').fill(as.email);
    await page.getByLabel('Password').fill(as.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    return page;
  }

  test('a safeguarding lead opens the queue, sees the highlighted phone, and releases only with a reason and a confirmation naming what is delivered; the audit trail has each step with its reason', async () => {
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
    const item = page.locator(`.queue-list li[data-review-id][data-trigger="hold"]`).filter({ hasText: 'tutor-e2e-1' });
    await item.waitFor();
    await item.getByRole('link').click();
    const panel = page.locator('article.review');
    await panel.getByText('tutor-e2e-1').first().waitFor();
    await assertVisible(panel.locator('.review-status').getByText('held'));
    const reviewId = await panel.getAttribute('data-review-id');

    // The redacted text marks where the phone was; the sealed original opens only on request.
    await assertVisible(panel.locator('.caught mark[data-kind~="phone"]').first());
    assert.equal(await panel.locator('.original').count(), 0, 'the original is sealed until asked for');
    await panel.getByRole('button', { name: /Open original/ }).click();
    await page.getByLabel('Why do you need to see the original?').fill('Checking the number before deciding');
    await page.getByRole('dialog').getByRole('button', { name: 'Open original' }).click();
    const phoneMark = panel.locator('.original mark[data-kind~="phone"]').first();
    await phoneMark.waitFor();
    assert.match((await phoneMark.innerText()).replace(/\s+/g, ' '), /07700 900123/);
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));

    // Note and strike from the keyboard; the strike lands on the sender's record.
    await page.keyboard.press('n');
    await page.getByLabel('Note (visible to other moderators)').fill('Checked with the family: safe to release.');
    await page.getByRole('button', { name: 'Save note' }).click();
    await page.locator('.toast').getByText('Note added.').waitFor();
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    await page.keyboard.press('s');
    await page.getByLabel('Reason').fill('asked a child to keep contact secret');
    await page.getByRole('button', { name: 'Add strike' }).click();
    await page.locator('.toast').getByText(/Strike added/).waitFor();
    const user = await (await page.request.get(`${service.url}/v1/users/tutor-e2e-1`)).json() as { strikes: { reason: string }[] };
    assert.ok(user.strikes.some((st) => st.reason === 'asked a child to keep contact secret'), 'the strike is on the user');

    // "r" only opens the release dialog: nothing is delivered by a key.
    await page.keyboard.press('r');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const stillHeld = await platform.messagesAs('conv-e2e-1', 'student-e2e-1');
    assert.ok(!stillHeld.messages.some((m) => m.text.includes('900123')), 'a key press releases nothing');
    // The confirmation names what will be delivered, and to whom.
    const confirmation = await dialog.getByTestId('release-confirmation').innerText();
    assert.match(confirmation, /phone number/);
    assert.match(confirmation, /student-e2e-1/);
    assert.match(confirmation, /under 13/);
    // No reason: refused in the console.
    await dialog.getByRole('button', { name: 'Release', exact: true }).click();
    await dialog.getByRole('alert').getByText(/Give a reason/).waitFor();
    await page.getByLabel('Reason for the release').fill('The parent asked for the number; checked by phone');
    // A reason but no confirmation: refused too.
    await dialog.getByRole('button', { name: 'Release', exact: true }).click();
    await dialog.getByRole('alert').getByText(/Tick the confirmation/).waitFor();
    // The API refuses an unconfirmed release as well.
    const unconfirmed = await page.request.post(`${service.url}/v1/reviews/${reviewId}/decision`, { data: { outcome: 'release', reason: 'skipping the box' } });
    assert.equal(unconfirmed.status(), 400);
    await dialog.getByLabel('I confirm this delivery').check();
    await dialog.getByRole('button', { name: 'Release', exact: true }).click();
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

    // The audit trail: the opening of the original and the release, each with its reason and who.
    const audit = await (await page.request.get(`${service.url}/v1/audit?limit=200`)).json() as { entries: { action: string; subject: string; actorEmail: string | null; details: Record<string, unknown> }[] };
    const opened = audit.entries.find((e) => e.action === 'message.original_opened' && e.subject === held.message.id);
    assert.equal(opened?.details.reason, 'Checking the number before deciding');
    assert.equal(opened?.actorEmail, lead.email);
    const released = audit.entries.find((e) => e.action === 'review.decided' && e.subject === reviewId);
    assert.equal(released?.details.reason, 'The parent asked for the number; checked by phone');
    assert.equal(released?.details.outcome, 'release');
    assert.equal(released?.details.confirmed, true);
    assert.equal(released?.actorEmail, lead.email);

    // The keyboard works the queue too: "x" rejects the item now open.
    const secondReview = await page.locator('article.review').getAttribute('data-review-id');
    await page.keyboard.press('x');
    await page.locator('.toast').getByText(/Rejected/).waitFor();
    await page.locator(`.queue-list li[data-review-id="${secondReview}"]`).waitFor({ state: 'detached' });
    const rejected = await platform.messagesAs('conv-e2e-2', 'student-e2e-2');
    assert.ok(!rejected.messages.some((m) => m.text.includes('900456')), 'a rejected message is never delivered');
    await page.close();
  });

  test('a moderator cannot release a safeguarding hold: no button, the key does nothing, the API answers 403', async () => {
    const participants = [{ id: 'tutor-e2e-4', role: 'tutor', name: 'Terry Tutor' }, { id: 'student-e2e-4', role: 'student', name: 'Ella' }];
    const held = await platform.send({
      conversationId: 'conv-e2e-4', senderId: 'tutor-e2e-4', senderRole: 'tutor', participants, studentAge: '13-17', stage: 'booked',
      text: 'text me on 07700 900461 after school',
    });
    assert.equal(held.message.status, 'held');
    const page = await signedInPage(moderator);
    await page.getByRole('navigation', { name: 'Review queues' }).getByRole('link', { name: /Safeguarding/ }).click();
    const item = page.locator('.queue-list li[data-review-id][data-trigger="hold"]').filter({ hasText: 'tutor-e2e-4' });
    await item.waitFor();
    // The row names sender, recipient and age band.
    assert.match(await item.innerText(), /Terry Tutor[\s\S]*Ella[\s\S]*13–17/);
    await item.getByRole('link').click();
    const panel = page.locator('article.review');
    await panel.getByText('Only a safeguarding lead can release a safeguarding hold.').waitFor();
    const reviewId = await panel.getAttribute('data-review-id');
    assert.equal(await panel.getByRole('button', { name: /Release/ }).count(), 0, 'no release button for a moderator');
    assert.equal(await panel.getByRole('button', { name: /Open original/ }).count(), 0, 'no original for a moderator');
    assert.equal(await panel.getByRole('button', { name: /Strike/ }).count(), 0, 'no strikes for a moderator');
    await page.keyboard.press('r');
    await page.keyboard.press('e');
    await page.waitForTimeout(300);
    assert.equal(await page.getByRole('dialog').count(), 0);
    const api = await page.request.post(`${service.url}/v1/reviews/${reviewId}/decision`, { data: { outcome: 'release', reason: 'I think it is fine', confirm: true } });
    assert.equal(api.status(), 403);
    const view = await platform.messagesAs('conv-e2e-4', 'student-e2e-4');
    assert.ok(!view.messages.some((m) => m.text.includes('900461')), 'nothing was delivered');
    await page.close();
  });

  test('a lead’s "do not release" note blocks release in the API and the console; the audit trail keeps the reason and the refusal', async () => {
    const participants = [{ id: 'tutor-e2e-5', role: 'tutor' }, { id: 'student-e2e-5', role: 'student' }];
    const held = await platform.send({
      conversationId: 'conv-e2e-5', senderId: 'tutor-e2e-5', senderRole: 'tutor', participants, studentAge: '13-17', stage: 'booked',
      text: "don't tell your mum, add me on snapchat tutor.terry.99",
    });
    assert.equal(held.message.status, 'held');
    const page = await signedInPage(lead);
    await page.goto(`${service.url}/queues/safeguarding`);
    const item = page.locator('.queue-list li[data-review-id][data-trigger="hold"]').filter({ hasText: 'tutor-e2e-5' });
    await item.getByRole('link').click();
    const panel = page.locator('article.review');
    await panel.getByText('tutor-e2e-5').first().waitFor();
    const reviewId = await panel.getAttribute('data-review-id');
    await panel.getByRole('button', { name: /Note/ }).click();
    await page.getByLabel('Note (visible to other moderators)').fill('Reported to the police: keep it');
    await page.getByLabel(/Do not release/).check();
    await page.getByRole('button', { name: 'Save note' }).click();
    await panel.locator('.dnr-banner').getByText('Reported to the police: keep it').waitFor();
    assert.match(await panel.locator('.dnr-banner').innerText(), /Lee Lead \(lee\.lead@example\.org\)/, 'the note names its author');
    assert.equal(await panel.getByRole('button', { name: /Release/ }).count(), 0, 'no release once marked');
    const api = await page.request.post(`${service.url}/v1/reviews/${reviewId}/decision`, { data: { outcome: 'release', reason: 'overriding', confirm: true } });
    assert.equal(api.status(), 409);
    assert.equal((await api.json() as { type: string }).type, 'https://chaperone.dev/problems/do-not-release');
    // The audit screen shows the mark with its reason and who made it, and the refused release.
    await page.getByRole('link', { name: 'Audit' }).click();
    const mark = page.locator('tr', { hasText: 'review.do_not_release' }).filter({ hasText: reviewId! });
    await mark.waitFor();
    assert.match(await mark.innerText(), /Reported to the police: keep it/);
    assert.match(await mark.innerText(), /lee\.lead@example\.org/);
    await page.locator('tr', { hasText: 'review.release_refused' }).filter({ hasText: reviewId! }).waitFor();
    await page.close();
  });

  test('the split-number review marks the two delivered fragments (screenshot in docs/screenshots)', async () => {
    const participants = [{ id: 'tutor-e2e-6', role: 'tutor', name: 'Tom Tutor' }, { id: 'student-e2e-6', role: 'student', name: 'Ava' }];
    const base = { conversationId: 'conv-e2e-6', senderId: 'tutor-e2e-6', senderRole: 'tutor' as const, participants, studentAge: '13-17' as const, stage: 'booked' as const };
    await platform.send({ ...base, senderId: 'student-e2e-6', senderRole: 'student', text: 'thanks for the lesson!' });
    const parts = [];
    for (const text of ['07700', '900', '461']) parts.push(await platform.send({ ...base, text }));
    assert.deepEqual(parts.map((p) => p.message.status), ['delivered', 'delivered', 'held']);
    const page = await signedInPage(lead);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${service.url}/queues/safeguarding`);
    const item = page.locator('.queue-list li[data-review-id][data-trigger="hold"]').filter({ hasText: 'tutor-e2e-6' });
    await item.getByText('2 delivered').waitFor();
    await item.getByRole('link').click();
    const panel = page.locator('article.review');
    await panel.locator('.fragments-warning').waitFor();
    const marked = panel.locator('.conversation li.part-of-detail');
    assert.equal(await marked.count(), 2);
    for (const [i, p] of parts.slice(0, 2).entries()) {
      const li = panel.locator(`.conversation li[data-message-id="${p.message.id}"]`);
      await li.getByText('delivered — part of the detail').waitFor();
      assert.equal(await li.evaluate((el) => el.classList.contains('part-of-detail')), true, `fragment ${i + 1} is marked`);
    }
    assert.equal(await panel.locator(`.conversation li[data-message-id="${parts[2].message.id}"]`).getByText('delivered — part of the detail').count(), 0, 'the held part is not marked delivered');
    await page.locator('.toast').evaluate((el) => (el.textContent = ''));
    await panel.locator('.conversation').scrollIntoViewIfNeeded();
    const out = join(ROOT, 'docs/screenshots');
    mkdirSync(out, { recursive: true });
    await page.screenshot({ path: join(out, 'split-number.png') });
    await page.close();
  });

  test('an admin invites a moderator, who signs in with the temporary password and is asked to choose their own', async () => {
    const page = await signedInPage({ email: service.adminEmail, password: service.adminPassword });
    await page.getByRole('link', { name: 'Accounts' }).click();
    await page.getByRole('heading', { name: 'Moderator accounts' }).waitFor();
    await page.getByLabel('Email').fill('new.person@example.org');
    await page.getByLabel('Name').fill('New Person');
    await page.getByLabel('Role').selectOption('moderator');
    await page.getByRole('button', { name: 'Invite' }).click();
    const temp = await page.locator('.request-banner code').innerText();
    assert.ok(temp.length >= 12);
    await assertAccessibleBasics(page, 'accounts');
    const other = await signedInPage({ email: 'new.person@example.org', password: temp });
    await other.locator('.password-banner').getByRole('link', { name: 'Choose your own password' }).click();
    await other.getByLabel('Current password').fill(temp);
    await other.getByLabel('New password (at least 12 characters)').fill('a password of my own');
    await other.getByLabel('New password again').fill('a password of my own');
    await other.getByRole('button', { name: 'Change password' }).click();
    await other.locator('.toast').getByText('Password changed.').waitFor();
    assert.equal(await other.locator('.password-banner').count(), 0);
    // The admin disables the account: its session ends.
    await page.reload();
    await page.locator('tr[data-email="new.person@example.org"]').getByRole('button', { name: /Disable/ }).click();
    await page.locator('tr[data-email="new.person@example.org"]').getByText(/disabled/).waitFor();
    const me = await other.request.get(`${service.url}/v1/auth/me`);
    assert.equal(me.status(), 401);
    await other.close();
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
