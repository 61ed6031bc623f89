/**
 * Screenshots of the moderator console for the README (docs/screenshots/*.png): starts the real
 * service with a fresh data directory, seeds a realistic demo marketplace through the public API
 * (invented people and messages), signs in with chromium and captures the queue, the conversation
 * view with the sealed original opened, the playground and the dashboard at a 1280×800 laptop size.
 *
 *   node --import tsx scripts/screenshots.ts
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  CHROMIUM_ARGS, CHROMIUM_PATH, PlatformClient, ROOT, ensureConsoleBuilt, hasChromium, startService, type SendBody,
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

async function main(): Promise<number> {
  if (!hasChromium()) {
    process.stderr.write(`screenshots: chromium not found at ${CHROMIUM_PATH}\n`);
    return 1;
  }
  ensureConsoleBuilt(process.argv.includes('--build'));
  const service = await startService();
  try {
    const platform = new PlatformClient(service.url, service.apiKey);
    for (const c of DEMO) {
      const participants = [{ id: c.tutor, role: 'tutor' }, { id: c.other, role: c.otherRole }];
      for (const [who, text] of c.lines) {
        const body: SendBody = {
          conversationId: c.id,
          senderId: who === 'tutor' ? c.tutor : c.other,
          senderRole: who,
          participants,
          studentAge: c.studentAge,
          stage: c.stage,
          text,
        };
        await platform.send(body);
      }
    }

    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    const out = join(ROOT, 'docs/screenshots');
    mkdirSync(out, { recursive: true });

    await page.goto(service.url + '/');
    await page.getByLabel('Email').fill(service.adminEmail);
    await page.getByLabel('Password').fill(service.adminPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('article.review').waitFor();
    await page.locator('article.review .conversation').waitFor();
    await page.screenshot({ path: join(out, 'queue.png') });
    process.stdout.write('wrote docs/screenshots/queue.png\n');

    await page.getByRole('button', { name: 'Open original' }).click();
    await page.locator('.original').waitFor();
    await page.locator('.toast').evaluate((el) => (el.textContent = ''));
    await page.screenshot({ path: join(out, 'conversation.png'), fullPage: false });
    process.stdout.write('wrote docs/screenshots/conversation.png\n');

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
    await browser.close();
    return 0;
  } finally {
    await service.stop();
  }
}

main().then((code) => (process.exitCode = code), (err) => {
  process.stderr.write(`screenshots: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
