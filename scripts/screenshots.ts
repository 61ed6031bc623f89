/**
 * Screenshots of the moderator console for the README (docs/screenshots/*.png). Runs the real
 * service (createApp, the same code `chaperone serve` runs) on a free port with a fresh data
 * directory, seeds two weeks of a realistic demo marketplace through the public HTTP API (invented
 * people and messages; the service's clock is moved day by day so the dashboard has history, and
 * older reviews are decided by a moderator as a real team would), then signs in with chromium and
 * captures the queue, the conversation view with the sealed original opened, the playground and the
 * dashboard at a 1280-pixel laptop width.
 *
 *   node --import tsx scripts/screenshots.ts
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/service/create-app.ts';
import {
  CHROMIUM_ARGS, CHROMIUM_PATH, PlatformClient, ROOT, ensureConsoleBuilt, hasChromium, type SendBody,
} from '../console/e2e/harness.ts';

type Line = [sender: 'tutor' | 'parent' | 'student', text: string];
interface DemoConversation {
  id: string;
  tutor: string;
  other: string;
  otherRole: 'parent' | 'student';
  studentAge: 'under13' | '13-17' | 'adult';
  stage: 'enquiry' | 'booked' | 'ended';
  lines: Line[];
}

/** Invented conversations: ordinary tutoring talk with the kinds of leakage moderators see. */
const DEMO: DemoConversation[] = [
  {
    id: 'conv-1042', tutor: 'tutor-amir', other: 'student-lily', otherRole: 'student', studentAge: 'under13', stage: 'booked',
    lines: [
      ['student', 'thank you for today, I finally get long division'],
      ['tutor', 'You worked really hard! Next week we will do fractions.'],
      ['tutor', "Don't tell your mum, but you can text me on 07700 900123 any time after school"],
    ],
  },
  {
    id: 'conv-1043', tutor: 'tutor-grace', other: 'student-omar', otherRole: 'student', studentAge: '13-17', stage: 'booked',
    lines: [
      ['tutor', 'Great essay plan. Send me the draft before Friday.'],
      ['student', 'ok will do'],
      ['tutor', 'Add me on snapchat: grace.tutor.22 so we can talk properly, keep it between us'],
    ],
  },
  {
    id: 'conv-1044', tutor: 'tutor-ben', other: 'parent-sarah', otherRole: 'parent', studentAge: '13-17', stage: 'enquiry',
    lines: [
      ['parent', 'Hi Ben, my son needs help with GCSE chemistry, are you free on Tuesdays?'],
      ['tutor', 'Yes, Tuesdays at 5 work. What exam board is he on?'],
      ['parent', "AQA. What's your number? Easier to arrange by phone"],
      ['tutor', 'Sure, it is oh seven seven double oh nine hundred four five six'],
    ],
  },
  {
    id: 'conv-1045', tutor: 'tutor-chloe', other: 'parent-dan', otherRole: 'parent', studentAge: 'under13', stage: 'booked',
    lines: [
      ['parent', 'Thanks Chloe, Mia loved the phonics games'],
      ['tutor', 'To save the fees you could just pay me cash or PayPal me directly, chloe dot teaches at gmail dot com'],
    ],
  },
  {
    id: 'conv-1046', tutor: 'tutor-femi', other: 'student-jack', otherRole: 'student', studentAge: 'adult', stage: 'booked',
    lines: [
      ['student', 'The video keeps freezing on my side'],
      ['tutor', "Let's switch to Zoom, I'll send you a link: us02web.zoom.us/j/5551234567"],
    ],
  },
  {
    id: 'conv-1047', tutor: 'tutor-hana', other: 'parent-raj', otherRole: 'parent', studentAge: '13-17', stage: 'enquiry',
    lines: [
      ['parent', 'Do you do in-person lessons?'],
      ['tutor', 'I do! I live at 12 Elm Road, Leeds LS6 2AB, you could bring her round on Saturday'],
      ['parent', 'Can we chat on WhatsApp instead? Much easier'],
    ],
  },
  {
    id: 'conv-1048', tutor: 'tutor-ivan', other: 'parent-kate', otherRole: 'parent', studentAge: '13-17', stage: 'booked',
    lines: [
      ['tutor', 'Here is the past paper: https://www.bbc.co.uk/bitesize/subjects/z38pycw'],
      ['parent', 'Brilliant, thank you. Same time next week?'],
      ['tutor', 'Yes. Book the next ten at calendly.com/ivan-maths and I will knock 20% off'],
    ],
  },
  {
    id: 'conv-1049', tutor: 'tutor-june', other: 'student-noah', otherRole: 'student', studentAge: '13-17', stage: 'booked',
    lines: [
      ['student', 'can i have ur insta'],
      ['tutor', "Sorry, we keep everything on the platform - it's in the Code of Conduct. Ask me anything here!"],
      ['student', 'what about ur email then'],
    ],
  },
  {
    id: 'conv-1050', tutor: 'tutor-kofi', other: 'parent-lena', otherRole: 'parent', studentAge: 'adult', stage: 'ended',
    lines: [
      ['tutor', 'It was a pleasure teaching you. If you want more lessons without the platform, email kofi.piano@outlook.com'],
      ['parent', 'Sort code 20-00-00 account 12345678, I can transfer for the next block'],
    ],
  },
  {
    id: 'conv-1051', tutor: 'tutor-amir', other: 'student-zara', otherRole: 'student', studentAge: 'under13', stage: 'booked',
    lines: [
      ['tutor', 'Well done on your test! You can message me on whatsapp, my number is +44 7700 900789'],
    ],
  },
];

const DAY = 86_400_000;

/** A moderator session over plain HTTP, to decide older reviews as a team would have. */
async function moderatorCookie(url: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${url}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!res.ok) throw new Error(`login failed: ${res.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0];
}

async function decideAllOpen(url: string, cookie: string, outcomes: readonly string[]): Promise<void> {
  for (const queue of ['safeguarding', 'leakage']) {
    const page = (await (await fetch(`${url}/v1/queues/${queue}?limit=200`, { headers: { cookie } })).json()) as { items: { reviewId: string }[] };
    for (const [i, item] of page.items.entries()) {
      const res = await fetch(`${url}/v1/reviews/${item.reviewId}/decision`, {
        method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ outcome: outcomes[i % outcomes.length], reason: 'checked by the team', confirm: true }),
      });
      if (!res.ok) throw new Error(`decision failed: ${res.status} ${await res.text()}`);
    }
  }
}

async function main(): Promise<number> {
  if (!hasChromium()) {
    process.stderr.write(`screenshots: chromium not found at ${CHROMIUM_PATH}\n`);
    return 1;
  }
  ensureConsoleBuilt(process.argv.includes('--build'));
  const dataDir = mkdtempSync(join(tmpdir(), 'chaperone-screens-'));
  // The admin manages accounts; the safeguarding lead (created by the admin) works the queues.
  const adminEmail = 'admin@example.org';
  const adminPassword = 'demo admin password, not a real one';
  const leadEmail = 'safeguarding.lead@example.org';
  const leadPassword = 'demo password, not a real one';
  const apiKey = 'chp_demo_screenshots_key';
  const realNow = Date.now();
  let clock = realNow;
  const app = await createApp({ dataDir, databaseUrl: '', apiKey, adminEmail, adminPassword, logger: false, webhook: null, now: () => new Date(clock) });
  let browser: import('playwright-core').Browser | undefined;
  try {
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const platform = new PlatformClient(url, apiKey);
    const adminCookie = await moderatorCookie(url, adminEmail, adminPassword);
    const created = await fetch(`${url}/v1/moderators`, { method: 'POST', headers: { cookie: adminCookie, 'content-type': 'application/json' }, body: JSON.stringify({ email: leadEmail, password: leadPassword, role: 'safeguarding_lead', name: 'Sam Okafor' }) });
    if (!created.ok) throw new Error(`creating the lead failed: ${created.status}`);
    const cookie = await moderatorCookie(url, leadEmail, leadPassword);

    // Two weeks of traffic: a few conversations a day, more mid-week, each a variant of the demo.
    let n = 0;
    for (let daysAgo = 13; daysAgo >= 0; daysAgo--) {
      const perDay = 2 + ((daysAgo * 7) % 5);
      for (let k = 0; k < perDay; k++) {
        const c = DEMO[(daysAgo * 3 + k) % DEMO.length];
        const suffix = `-${daysAgo}-${k}`;
        clock = realNow - daysAgo * DAY - (perDay - k) * 47 * 60_000;
        n += await sendConversation(platform, c, suffix, () => (clock += 90_000));
      }
      // The team works the queue each day; the last two days are still waiting.
      if (daysAgo >= 2) await decideAllOpen(url, cookie, ['release_redacted', 'reject', 'release_redacted', 'release']);
    }
    // Today: every demo conversation once, so the queue shows each kind of catch.
    clock = realNow - 3 * 3_600_000;
    for (const c of DEMO) n += await sendConversation(platform, c, '', () => (clock += 7 * 60_000));
    clock = Date.now();
    process.stdout.write(`seeded ${n} messages\n`);

    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    const out = join(ROOT, 'docs/screenshots');
    mkdirSync(out, { recursive: true });

    await page.goto(url + '/');
    await page.getByLabel('Email').fill(leadEmail);
    await page.getByLabel('Password').fill(leadPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('article.review .conversation').waitFor();
    await page.screenshot({ path: join(out, 'queue.png') });
    process.stdout.write('wrote docs/screenshots/queue.png\n');

    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.getByRole('button', { name: /Open original/ }).click();
    await page.getByLabel('Why do you need to see the original?').fill('Checking the number before deciding');
    await page.getByRole('dialog').getByRole('button', { name: 'Open original' }).click();
    await page.locator('.original').waitFor();
    await page.locator('.toast').evaluate((el) => (el.textContent = ''));
    await page.screenshot({ path: join(out, 'conversation.png') });
    process.stdout.write('wrote docs/screenshots/conversation.png\n');
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole('link', { name: 'Playground' }).click();
    await page.getByLabel('Message 1 text').fill('no worries! ring me on oh seven seven double oh nine hundred one two three or find me on insta @maths_with_jo');
    await page.locator('.pg-highlight mark').first().waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(out, 'playground.png') });
    process.stdout.write('wrote docs/screenshots/playground.png\n');

    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.locator('.chart svg').first().waitFor();
    await page.screenshot({ path: join(out, 'dashboard.png') });
    process.stdout.write('wrote docs/screenshots/dashboard.png\n');

    await page.goto(`${url}/users/tutor-amir`);
    await page.getByRole('heading', { name: 'Strikes' }).waitFor();
    await page.screenshot({ path: join(out, 'user.png') });
    process.stdout.write('wrote docs/screenshots/user.png\n');
    if (process.env.SCREENSHOTS_EXTRA) {
      // Checks that are not for the README: the smallest supported laptop screen and the audit log.
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(`${url}/queues/leakage`);
      await page.locator('article.review .conversation').waitFor();
      await page.screenshot({ path: join(process.env.SCREENSHOTS_EXTRA, 'leakage-720.png') });
      await page.goto(`${url}/audit`);
      await page.locator('tbody tr').first().waitFor();
      await page.screenshot({ path: join(process.env.SCREENSHOTS_EXTRA, 'audit-720.png') });
      await page.goto(`${url}/conversations/conv-1042-0-0`);
      await page.locator('.msg').first().waitFor();
      await page.screenshot({ path: join(process.env.SCREENSHOTS_EXTRA, 'conversation-page-720.png') });
    }
    return 0;
  } finally {
    // An open browser would keep this process alive after a failure.
    await browser?.close();
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Send one demo conversation (ids made unique by `suffix`); `tick` moves the clock between lines. */
async function sendConversation(platform: PlatformClient, c: DemoConversation, suffix: string, tick: () => void): Promise<number> {
  // Tutors keep their id across conversations, so their strikes and history build up.
  const tutor = c.tutor;
  const other = c.other + suffix;
  const participants = [{ id: tutor, role: 'tutor' }, { id: other, role: c.otherRole }];
  for (const [who, text] of c.lines) {
    tick();
    const body: SendBody = {
      conversationId: c.id + suffix, senderId: who === 'tutor' ? tutor : other, senderRole: who, participants, studentAge: c.studentAge, stage: c.stage, text,
    };
    await platform.send(body);
  }
  return c.lines.length;
}

main().then((code) => (process.exitCode = code), (err) => {
  process.stderr.write(`screenshots: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
