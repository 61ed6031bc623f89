/**
 * The bench corpus: the same messages feed the speed, accuracy and service sections. Real data is read
 * in place from ../shared (never copied); when it is absent the bench generates a deterministic
 * tutoring-like corpus itself, so `npm run bench` always runs.
 */
import { readShared, TUTORING_SETS, type LabelledConversation, type LabelledMessage } from '../src/eval/datasets.js';

/** One message as the bench replays it. */
export interface BenchMessage {
  id: string;
  text: string;
  /** Sender role as the policy knows it. */
  role: 'tutor' | 'student' | 'parent';
}

/** Messages of one conversation, in order. */
export interface BenchConversation {
  id: string;
  messages: BenchMessage[];
}

/** Everything the bench measures on. */
export interface BenchCorpus {
  /** 'shared' when ../shared was read, 'generated' when the bench made its own corpus. */
  source: 'shared' | 'generated';
  /** Which files (or generator) the messages came from, with counts. */
  parts: { name: string; messages: number }[];
  /** All messages, grouped into conversations of realistic length (speed sections). */
  conversations: BenchConversation[];
  /** Labelled single messages (development set, or the generated set): recall and false positives. */
  dev: LabelledMessage[] | null;
  /** Labelled conversations (development set only). */
  devConversations: LabelledConversation[] | null;
  /** SMS set, labels restricted to phone/email/url as `chaperone eval` does. */
  sms: LabelledMessage[] | null;
  /** Real tutoring chat, all assumed negative: the share flagged is the false-positive rate. */
  tutoring: { id: string; text: string }[] | null;
}

/** Length of the conversations made by chunking sets that carry no dialogue id. */
const CHUNK = 10;

/** Map any role spelling in the data to a policy role. */
function toRole(raw: unknown): BenchMessage['role'] {
  const r = String(raw ?? '').toLowerCase();
  if (r === 'parent') return 'parent';
  if (r === 'student') return 'student';
  return 'tutor';
}

/** Group rows by `key` (consecutive rows with one key form one conversation), splitting long ones. */
function group(prefix: string, rows: { id: string; text: string; role: BenchMessage['role'] }[], key: (i: number) => string, max = 40): BenchConversation[] {
  const out: BenchConversation[] = [];
  let current: BenchConversation | null = null;
  let currentKey = '';
  rows.forEach((row, i) => {
    const k = key(i);
    if (!current || k !== currentKey || current.messages.length >= max) {
      current = { id: `${prefix}-${out.length}`, messages: [] };
      currentKey = k;
      out.push(current);
    }
    current.messages.push({ id: row.id, text: row.text, role: row.role });
  });
  return out;
}

/** Read the shared corpus; null when ../shared is absent. `limit` caps messages per file (for --quick). */
export function loadSharedCorpus(limit = Infinity): BenchCorpus | null {
  const parts: BenchCorpus['parts'] = [];
  const conversations: BenchConversation[] = [];
  let tutoring: { id: string; text: string }[] | null = null;
  for (const set of TUTORING_SETS) {
    const rows = readShared<{ id: string; text: string; role?: string; example_id?: string | number }>(set);
    if (!rows) continue;
    const used = rows.slice(0, limit);
    (tutoring ??= []).push(...used.map((r) => ({ id: r.id, text: r.text })));
    parts.push({ name: set, messages: used.length });
    const msgs = used.map((r) => ({ id: r.id, text: r.text, role: toRole(r.role === 'teacher' ? 'tutor' : r.role) }));
    // MathDial and CIMA carry their dialogue in the id / example_id; others are chunked in file order.
    const key = set.includes('mathdial')
      ? (i: number) => used[i].id.replace(/-t\d+$/, '')
      : set.includes('cima')
        ? (i: number) => String(used[i].example_id ?? Math.floor(i / CHUNK))
        : (i: number) => String(Math.floor(i / CHUNK));
    conversations.push(...group(set.split('/')[1] ?? set, msgs, key));
  }
  const devAll = readShared<LabelledMessage>('corpus/messages.jsonl');
  const dev = devAll && devAll.slice(0, limit);
  if (dev) {
    parts.push({ name: 'corpus/messages.jsonl', messages: dev.length });
    const msgs = dev.map((r) => ({ id: r.id, text: r.text, role: toRole(r.sender_role) }));
    conversations.push(...group('dev', msgs, (i) => String(Math.floor(i / CHUNK))));
  }
  const devConversations = readShared<LabelledConversation>('corpus/conversations.jsonl');
  if (devConversations) {
    parts.push({ name: 'corpus/conversations.jsonl', messages: devConversations.reduce((n, c) => n + c.messages.length, 0) });
    for (const c of devConversations) {
      conversations.push({ id: c.id, messages: c.messages.map((m, i) => ({ id: `${c.id}-${i}`, text: m.text, role: toRole(m.sender_role) })) });
    }
  }
  const smsAll = readShared<LabelledMessage>('real/sms-spam-collection/annotated.jsonl');
  const smsRows = smsAll && smsAll.slice(0, limit);
  if (smsRows) {
    parts.push({ name: 'real/sms-spam-collection/annotated.jsonl', messages: smsRows.length });
    const msgs = smsRows.map((r) => ({ id: r.id, text: r.text, role: 'parent' as const }));
    conversations.push(...group('sms', msgs, (i) => String(Math.floor(i / CHUNK))));
  }
  if (!parts.length) return null;
  // As `chaperone eval` does: on SMS only phone/email/url are labelled reliably.
  const SMS_KINDS = ['phone', 'email', 'url'];
  const sms = smsRows && smsRows.map((r) => ({ ...r, kinds: r.kinds.filter((k) => SMS_KINDS.includes(k)) }));
  return { source: 'shared', parts, conversations, dev, devConversations, sms, tutoring };
}

/** Deterministic PRNG (mulberry32): the generated corpus is the same on every run and machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Tutoring chat full of numbers that are not contact details (the false-positive trap).
const NEGATIVE_TEMPLATES: ((n: () => number) => string)[] = [
  (n) => `Question ${n() % 20 + 1}: solve ${n() % 9 + 2}x + ${n() % 50} = ${n() % 200}. What do you get?`,
  (n) => `Turn to page ${n() % 300 + 1} and try exercises ${n() % 10 + 1} to ${n() % 10 + 11}.`,
  (n) => `Great work! The answer is ${n() % 100}.${n() % 1000}, so you were very close.`,
  (n) => `Can we move Tuesday's lesson to ${n() % 12 + 1}:${String(n() % 60).padStart(2, '0')}pm? My bus was late.`,
  (n) => `In ${1900 + (n() % 125)} the population was about ${n() % 900 + 100},000 people.`,
  (n) => `The paper is ${8300 + (n() % 9)}/${n() % 2 + 1}H, worth ${n() % 80 + 20} marks, and it takes ${n() % 60 + 60} minutes.`,
  (n) => `Multiply ${n() % 9000 + 1000} by ${n() % 90 + 10} and then divide by ${n() % 9 + 2}.`,
  (n) => `Zoom in on the graph between x = ${n() % 10} and x = ${n() % 10 + 10}; what happens to the gradient?`,
  (n) => `I scored ${n() % 40 + 60}% on the mock, up from ${n() % 30 + 30}% last term.`,
  (n) => `Sorry I'm ${n() % 15 + 2} mins late, I'll check my emails and join straight away.`,
  (n) => `Standard form: ${n() % 9 + 1}.${n() % 99} × 10^${n() % 12 + 1}. Remember the rules for indices.`,
  (n) => `The ISBN of the textbook is 978-${n() % 9}-${n() % 900 + 100}-${n() % 90000 + 10000}-${n() % 10}.`,
];

// Contact details and off-platform moves, in plain and disguised forms (what Chaperone must catch).
const NAMES = ['jane', 'sam', 'alex', 'priya', 'tom', 'amira', 'lee', 'olu'];
const POSITIVE_TEMPLATES: { kinds: string[]; make: (n: () => number, name: string) => string }[] = [
  { kinds: ['phone'], make: (n) => `text me on 07700 900${String(n() % 1000).padStart(3, '0')} if the link fails` },
  { kinds: ['phone'], make: (n) => `my number is +44 7700 900 ${String(n() % 1000).padStart(3, '0')}, call after 6` },
  { kinds: ['phone'], make: (n) => `oh seven seven double oh nine oh oh ${['one two three', 'four five six', 'seven eight nine'][n() % 3]}` },
  { kinds: ['email'], make: (n, name) => `email me at ${name}.tutor${n() % 100}@gmail.com with the homework` },
  { kinds: ['email'], make: (_n, name) => `send it to ${name} dot smith at outlook dot com` },
  { kinds: ['url'], make: (_n, name) => `book me directly here: calendly.com/${name}-maths` },
  { kinds: ['social'], make: (_n, name) => `add me on insta: ${name}_tutor` },
  { kinds: ['platform'], make: () => `let's switch to WhatsApp, it's easier than this chat` },
  { kinds: ['payment'], make: () => `just pay me by bank transfer and we skip the fees` },
  { kinds: ['request'], make: () => `what's your number? I'd rather text you directly` },
];

/** Build the generated corpus: `size` messages, about one in eight a positive. Deterministic. */
export function generateCorpus(size = 4000, seed = 7): BenchCorpus {
  const rand = prng(seed);
  const n = (): number => Math.floor(rand() * 1_000_000);
  const dev: LabelledMessage[] = [];
  const roles: BenchMessage['role'][] = ['tutor', 'student', 'parent'];
  for (let i = 0; i < size; i++) {
    const role = roles[n() % 3];
    if (rand() < 0.125) {
      const t = POSITIVE_TEMPLATES[n() % POSITIVE_TEMPLATES.length];
      dev.push({ id: `gen-${i}`, text: t.make(n, NAMES[n() % NAMES.length]), sender_role: role, label: 'positive', kinds: t.kinds });
    } else {
      dev.push({ id: `gen-${i}`, text: NEGATIVE_TEMPLATES[n() % NEGATIVE_TEMPLATES.length](n), sender_role: role, label: 'negative', kinds: [] });
    }
  }
  const msgs = dev.map((r) => ({ id: r.id, text: r.text, role: toRole(r.sender_role) }));
  return {
    source: 'generated',
    parts: [{ name: `generated (mulberry32 seed ${seed})`, messages: size }],
    conversations: group('gen', msgs, (i) => String(Math.floor(i / CHUNK))),
    dev,
    devConversations: null,
    sms: null,
    // The generated negatives are already scored as the development set's negatives.
    tutoring: null,
  };
}

/** The bench corpus: shared data when present (unless `generated` is forced), else generated. */
export function loadCorpus(options: { quick?: boolean; generated?: boolean } = {}): BenchCorpus {
  const limit = options.quick ? 400 : Infinity;
  const shared = options.generated ? null : loadSharedCorpus(limit);
  return shared ?? generateCorpus(options.quick ? 1000 : 4000);
}

/** All messages of a corpus in conversation order. */
export function allMessages(corpus: BenchCorpus): BenchMessage[] {
  return corpus.conversations.flatMap((c) => c.messages);
}
