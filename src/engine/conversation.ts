/**
 * Conversation memory (issue 3): finds details spread over several messages ("07700" / "900" /
 * "123", "jane.doe" / "at gmail" / "dot com", an IBAN in blocks, a platform named in one message
 * and the invitation in the next) and attributes them to every message involved.
 *
 * How: the last messages of the conversation are kept (bounded by count, age and bytes). For each
 * new message the scanner runs `detect` on the message alone and on two joined windows that end with
 * it — the sender's own recent messages joined with spaces (split details), and everyone's recent
 * messages joined with line breaks (context given by the other participant). A window finding counts
 * for the current message only when it covers part of it and the message alone did not already
 * show it; its span is clipped to the current message's part and `messageIds` names every message
 * it touches. A detail that lies wholly in earlier messages is never re-reported.
 *
 * The state is a plain JSON value so a store can persist it and several service instances can share it.
 */
import { Buffer } from 'node:buffer';
import { assembleSplitMobile } from './conversation-digits.js';
import { NAMED_PROVIDERS, NAMED_PROVIDERS_ALTERNATION } from './webmail.js';
import { dedupeFindings } from './finding.js';
import { DEFAULT_DETECTORS } from './detectors/registry.js';
import { wordGroup, wordMask } from './detectors/intent-rules.js';
import { normalise } from './normalise/index.js';
import { detect, detectWithInput, summarise, type ScanOptions, type ScanResult } from './scan.js';
import type { Detector, Finding, Kind } from './types.js';
import { isRisk, updateRisk, type ConversationRisk } from './conversation-risk.js';

/** One message as the conversation scanner receives it. */
export interface ConversationMessage {
  id?: string;
  text: string;
  sender?: string;
  senderRole?: string;
  /** ISO timestamp; used to age messages out of memory. Defaults to now. */
  sentAt?: string;
  /** The student's age band and the relationship stage: they weigh safeguarding cues (conversation-risk.ts). */
  studentAge?: string;
  stage?: string;
}

/** Plain, JSON-serialisable memory of one conversation's recent messages. */
export interface ConversationState {
  version: 1;
  /** Oldest first. `id` is the caller's id or a generated `#n`. */
  recent: {
    id?: string;
    text: string;
    sender?: string;
    sentAt: string;
    /** Date.parse(sentAt), cached. */
    at?: number;
    /** UTF-8 bytes of text, cached. */
    bytes?: number;
    /** Whether the text mentions a platform or a contact word (see `hasContextHint`), cached. */
    hint?: boolean;
  }[];
  /** Count of messages seen, for generated ids of messages that came without one. */
  seen?: number;
  /** Accumulated safeguarding risk (absent until a cue is seen). Not pruned with `recent`: it decays. */
  risk?: ConversationRisk;
}

/** Messages kept in memory by default. A split detail rarely spans more (one digit a message: 11–13). */
export const DEFAULT_MAX_MESSAGES = 16;
/** Age after which a message leaves memory by default: split details are sent in a burst. */
export const DEFAULT_MAX_AGE_MS = 30 * 60 * 1000;
/** Total UTF-8 bytes of remembered text by default (bounds work and what a store keeps). */
export const DEFAULT_MAX_BYTES = 4096;

/**
 * How much earlier text (characters) is joined to the current message for detection. A split detail
 * or its context sits in the last few messages; a bounded window keeps the work per message small
 * whatever the memory holds.
 */
export const WINDOW_CHARS = 200;

/** Options of the conversation scanner: the scan options plus the memory bounds. */
export interface ConversationOptions extends ScanOptions {
  maxMessages?: number;
  maxAgeMs?: number;
  maxBytes?: number;
}

/** A new, empty conversation memory. */
export function emptyConversationState(): ConversationState {
  return { version: 1, recent: [], seen: 0 };
}

type Remembered = ConversationState['recent'][number];

/**
 * Scan `message` in the light of the conversation so far. Findings assembled across messages carry
 * `messageIds`; spans of such findings refer to the CURRENT message's text (the part of the detail it
 * holds). Returns the result for this message and the next state; the given state is not modified.
 * @example
 * let s = emptyConversationState();
 * s = scanInConversation(s, { text: '07700' }).state;
 * s = scanInConversation(s, { text: '900' }).state;
 * scanInConversation(s, { text: '123' }).result.kinds // ['phone']
 */
export function scanInConversation(
  state: ConversationState | undefined,
  message: ConversationMessage,
  options: ConversationOptions = {},
): { result: ScanResult; state: ConversationState } {
  const text = typeof message?.text === 'string' ? message.text : '';
  const prev = isState(state) ? state : emptyConversationState();
  const seen = (prev.seen ?? prev.recent.length) + 1;
  const given = typeof message?.sentAt === 'string' ? parseTime(message.sentAt) : NaN;
  const at = Number.isFinite(given) ? given : Date.now();
  const sentAt = Number.isFinite(given) ? message.sentAt! : new Date(at).toISOString();
  const current: Remembered = { id: message?.id ?? `#${seen}`, text, sentAt, at, bytes: Buffer.byteLength(text, 'utf8') };
  const who = message?.sender ?? message?.senderRole;
  if (who !== undefined) current.sender = who;

  const limits = {
    maxMessages: positive(options.maxMessages, DEFAULT_MAX_MESSAGES),
    maxAgeMs: positive(options.maxAgeMs, DEFAULT_MAX_AGE_MS),
    maxBytes: positive(options.maxBytes, DEFAULT_MAX_BYTES),
  };
  const earlier = prune(prev.recent, current.at!, limits, current.bytes!);
  const scanOptions: ScanOptions = {};
  if (options.config) scanOptions.config = options.config;
  if (options.detectors) scanOptions.detectors = options.detectors;

  const { findings: own, cues, input } = detectWithInput(text, scanOptions);
  // Word cues of this message, from the detectors' own word pass over its normalised text.
  const words = wordMask(input.lower);
  current.hint = mentionsContact(input.lower, words);
  const assembled: Finding[] = [];
  if (earlier.length && text.length) {
    const sameSender = earlier.filter((m) => m.sender === current.sender);
    const mine = lastChars(sameSender, WINDOW_CHARS);
    const prevOwn = mine[mine.length - 1];
    if (mine.length && ((mayContinue(prevOwn.text, text) && joinable(prevOwn.text, text)) || (hasContextHint(prevOwn) && NAME_TOKEN_END.test(text.slice(-60))))) {
      assembled.push(...acrossWindow([...mine, current], ' ', own, { ...scanOptions, detectors: (scanOptions.detectors ?? DEFAULT_DETECTORS).filter((d) => d.id !== 'model') }));
    }
    if (mine.length && SPLIT_GROUP.test(text) && mine.some((m) => MOBILE_START.test(m.text))) {
      const split = splitMobile([...mine, current], [...own, ...assembled]);
      if (split) assembled.push(split);
    }
    if (earlier.length > sameSender.length && (text.length <= FRAGMENT_CHARS || (words & REFERS_BACK_BIT) !== 0)) {
      const context = lastChars(earlier, WINDOW_CHARS);
      if (current.hint || context.some(hasContextHint)) {
        // The other participant's words only give context (the platform they named, the app they
        // hinted at); details are never assembled from them. So only the detectors that read context
        // run on this window.
        assembled.push(...acrossWindow([...context, current], '\n', own, { ...scanOptions, detectors: contextDetectors(scanOptions.detectors ?? DEFAULT_DETECTORS) }));
      }
    }
  }
  const findings = assembled.length ? dedupeFindings([...own, ...assembled]) : own;
  const next: ConversationState = { version: 1, recent: [...earlier, current], seen };
  const risk = updateRisk(isRisk(prev.risk) ? prev.risk : undefined, cues, { id: current.id!, sentAt, at: current.at! }, { senderRole: message?.senderRole, studentAge: message?.studentAge, stage: message?.stage });
  const result = summarise(text, findings, cues);
  if (risk) {
    next.risk = risk;
    result.conversationRisk = risk;
  }
  return { result, state: next };
}

/**
 * Detect on the messages joined with `separator`, and keep the findings that cover part of the last
 * message and that the message alone did not show, clipped to the last message.
 */
function acrossWindow(window: Remembered[], separator: string, own: Finding[], options: ScanOptions): Finding[] {
  const starts: number[] = [];
  let joined = '';
  // Only the tail of the earlier messages matters (a split detail's other parts are just before the
  // join); cutting it keeps the joined scan small whatever the earlier messages' length.
  const texts = window.map((m) => m.text);
  let budget = EARLIER_CHARS;
  for (let i = window.length - 2; i >= 0; i--) {
    const t = texts[i];
    if (budget <= 0) texts[i] = '';
    else if (t.length > budget) {
      const cut = t.length - budget;
      const space = t.indexOf(' ', cut);
      texts[i] = space >= 0 ? t.slice(space + 1) : t.slice(cut);
    }
    budget -= texts[i].length + 1;
  }
  for (let i = 0; i < window.length; i++) {
    if (i) joined += separator === ' ' && isTightJoin(texts[i - 1], texts[i]) ? '' : separator;
    starts.push(joined.length);
    joined += texts[i];
  }
  const last = window.length - 1;
  const curStart = starts[last];
  const curText = window[last].text;
  const out: Finding[] = [];
  for (const f of detect(joined, options)) {
    if (f.end <= curStart) continue; // wholly in earlier messages: reported then, or not at all
    const start = Math.max(f.start, curStart) - curStart;
    const end = Math.min(f.end, joined.length) - curStart;
    if (end <= start || !curText.slice(start, end).trim()) continue;
    // The message alone shows it (a rule's finding; the model's guess at a fragment does not count).
    if (own.some((o) => o.kind === f.kind && o.detector !== 'model' && o.start < end && start < o.end)) continue;
    // A number assembled from several messages must start like a phone number ("0…", "+…", "oh…"):
    // maths answers in a row ("1 048 576", "1 073 741 824") are not one number.
    if (f.kind === 'phone' && f.start < curStart && (!/^[\s(]*(?:\+|0|o\b|oh\b|zero\b|nought\b|o\d)/i.test(f.text) || /\d[\s.-]?$/.test(joined.slice(Math.max(0, f.start - 2), f.start)))) continue;
    // An earlier part written only in 0s and 1s is a binary number (a computing answer), never the
    // start of a phone number: no numbering plan has eight such digits in a row.
    if (f.kind === 'phone' && f.start < curStart && /^[01\s]{8,}$/.test(joined.slice(f.start, curStart).trim())) continue;
    const ids: string[] = [];
    let otherSender = false;
    for (let i = 0; i <= last; i++) {
      const s = starts[i];
      const e = s + texts[i].length;
      if (f.start < e && s < f.end) {
        ids.push(window[i].id ?? `#${i}`);
        if (window[i].sender !== window[last].sender) otherSender = true;
      }
    }
    // A detail is written by one person: the other participant's text gives context (the platform
    // they named), never part of the detail itself.
    if (otherSender) continue;
    const assembledWhy = ids.length > 1 ? `assembled from ${ids.length} messages` : 'understood from earlier messages';
    out.push({ ...f, start, end, text: curText.slice(start, end), why: [...f.why, assembledWhy], messageIds: ids });
  }
  return out;
}

/**
 * Fragments of one token are joined without a space when they obviously continue each other: a
 * handle or address split at "_", ".", "@", "#" or "-" ("moonpie" / "_gamer" / "#0317"), or one
 * character a message ("t" / "e" / "l").
 */
function isTightJoin(prev: string, next: string): boolean {
  const a = prev.trim();
  const b = next.trim();
  if (!a || !b || /\s/.test(a) && /\s/.test(b)) return false;
  if (/[_.@#-]$/.test(a) && !/\s/.test(b)) return true;
  if (/^[_.@#-]/.test(b) && !/\s/.test(b)) return true;
  return [...a].length === 1 && [...b].length === 1;
}

/** A UK mobile number split over the sender's messages with words between the groups. */
function splitMobile(window: Remembered[], found: Finding[]): Finding | null {
  const last = window.length - 1;
  const hit = assembleSplitMobile(window.map((m) => m.text));
  if (!hit) return null;
  const mine = hit.groups.filter((g) => g.message === last);
  const start = Math.min(...mine.map((g) => g.start));
  const end = Math.max(...mine.map((g) => g.end));
  if (found.some((f) => f.kind === 'phone' && f.start < end && start < f.end)) return null;
  const ids = [...new Set(hit.groups.map((g) => window[g.message].id ?? `#${g.message}`))];
  const text = window[last].text;
  return {
    kind: 'phone', detector: 'conversation', start, end, text: text.slice(start, end), value: `+44${hit.digits.slice(1)}`, score: 0.8,
    why: ['UK mobile number split across messages, with words between the groups'], messageIds: ids,
  };
}

/** Characters of earlier text joined before the current message: a split detail's other parts. */
const EARLIER_CHARS = 120;
/** A digit group that may be part of a split mobile number (3–5 figures, or "nine hundred"). */
const SPLIT_GROUP = /(?<!\d)\d{3,5}(?!\d)|\bhundred\b/i;
/** The start of a UK mobile number, in figures or words, somewhere in the sender's recent messages. */
const MOBILE_START = /(?<!\d)0\s?7|\b(?:oh|zero|nought|o)[\s-]+seven\b|\b[oO]7/i;

/** Kinds whose detectors read the surrounding conversation (a platform named earlier, "on there"). */
const CONTEXT_KINDS: readonly Kind[] = ['platform', 'social', 'request'];
const contextSets = new WeakMap<readonly Detector[], readonly Detector[]>();
function contextDetectors(detectors: readonly Detector[]): readonly Detector[] {
  let set = contextSets.get(detectors);
  if (!set) contextSets.set(detectors, (set = detectors.filter((d) => d.id !== 'model' && d.kinds.some((k) => CONTEXT_KINDS.includes(k)))));
  return set;
}

/** Fragments are short; a detail split over messages has a short part on one side of the split. */
const FRAGMENT_CHARS = 60;

/**
 * Whether `next` may continue a detail begun in `prev` (both from the same sender): one of them is
 * a short fragment, or the split falls on a detail's joint (digits, "@", ".", "at", "dot", a colon).
 * Two long, complete messages are not joined: that saves a scan on most messages.
 */
function mayContinue(prev: string, next: string): boolean {
  if (prev.length <= FRAGMENT_CHARS || next.length <= FRAGMENT_CHARS) return true;
  // Only the last characters can match: a regex anchored at the end is tried from every position,
  // so it is given the last six (room for "it's" and the character before it, for `\b`).
  return OPEN_END.test(prev.trimEnd().slice(-6)) || /^\s*[\d@._#(+-]/.test(next);
}
/** A detail left open at the end of a message: a digit or joint character, or a linking word. */
const OPEN_END = /(?:[\d@_:#-]|\b(?:at|dot|is|are|my|me|on|its|it's))$/i;

/**
 * Whether a detail could run across the join of `prev` and `next` (same sender): the end of one and
 * the start of the other both hold a piece of one — digits or number words (a phone, an IBAN, bank
 * details), an address's joints ("@", "at", "dot", ".", "_", "#"), or a network or a label before a
 * handle. A cheap test on the two edges; it spares the joined scan for nearly every message.
 */
function joinable(prev: string, next: string): boolean {
  // One character a message ("t" / "e" / "l"): a word spelled vertically.
  if (prev.trim().length <= 2 && next.trim().length <= 2) return true;
  const tail = prev.slice(-40);
  const head = next.slice(0, 40);
  // The tests anchored at the head's start are cheap; those anchored at the tail's end are tried from
  // every position of the tail, so they go last.
  if (JOINT_START.test(head) || (PIECE_START.test(head) && PIECE_END.test(tail))) return true;
  return JOINT_END.test(tail) || LABEL_END.test(tail);
}

/**
 * A message ending with a name-like token ("It's just k.amadi"): after the sender named a provider or
 * a network ("I use Outlook for everything"), the two messages together give the address.
 */
const NAME_TOKEN_END = /(?:^|\s)[a-z][a-z0-9]{0,30}[._][a-z0-9][a-z0-9._]{0,30}\s*[.!]?\s*$/i;

const NUMBER_WORDS = 'zero|oh|o|nought|one|two|three|four|five|six|seven|eight|nine|double|triple|hundred';
/**
 * A number broken at the join: the previous message ends with figures or number words and the next
 * starts with them, perhaps after a few linking words ("07700" / "then 900 and the last bit is 931").
 */
const PIECE_END = new RegExp(`(?:\\d|\\b(?:${NUMBER_WORDS}))[\\s,.)\\-]*$`, 'i');
const PIECE_START = new RegExp(`^[\\s,.(\\-]*(?:(?:and|then|next|after that|followed by|the|last|rest|bit|is|ends?|starts?|with|middle|first|second)\\b[\\s,:\\-]*){0,4}(?:\\+|\\d|\\b(?:${NUMBER_WORDS})\\b)`, 'i');
/** An address or handle broken at its joint: "jane.doe" / "at gmail" / "dot com", "moonpie" / "_gamer". */
const JOINT_END = /(?:[@_#:]|^\s*\S+[.\-]|\b(?:at|dot|underscore|is|its|it's|my|me|on|www))\s*$/i;
const JOINT_START = new RegExp(String.raw`^\s*(?:[@._#(+-]|(?:at|dot|underscore|com|co\.uk|${NAMED_PROVIDERS_ALTERNATION})\b)`, 'i');
/** A network's name or a label ending the previous message: "my snap is" / "kai_b2008". */
const LABEL_END = /\b(?:snap\w*|insta\w*|ig|tiktok|discord|telegram|twitter|facebook|fb|whatsapp|skype|email|e-mail|mail|number|mobile|phone|user(?:name)?|handle|id|address|postcode|site|website|link|paypal|account|sort code)(?:\s*(?:[:=\-–]|is|'s))?\s*$/i;

/**
 * What the other participant's earlier messages must mention for the context window to matter: a
 * platform or network (by name or hint), an app, or a contact word (or an "@"). Without one, the
 * current message means what it says alone. Words of the normalised text, looked up in the
 * detectors' word pass (so "ẉhatsapp" and "W h a t s A p p" count as the detectors read them).
 */
const CONTEXT_BIT = wordGroup([
  'app', 'apps', 'whatsapp', 'whats', 'snap', 'snaps', 'snapchat', 'snapchats', 'insta', 'instas', 'instagram', 'ig', 'tiktok', 'discord',
  'telegram', 'signal', 'skype', 'zoom', 'teams', 'facetime', 'messenger', 'facebook', 'fb', 'twitter', 'bereal', 'ghost', 'clock', 'bird',
  'plane', 'email', 'mail', 'phone', 'mobile', 'user', 'username', 'handle', 'dm', 'dms', 'details', 'contact', 'outside', 'private',
  'privately', 'directly', 'elsewhere', 'paypal', 'bank', 'cash', 'transfer', 'address', 'postcode', 'group', ...NAMED_PROVIDERS,
]);
/** Words by which a message refers back to something the other person said ("on there", "the green one"). */
const REFERS_BACK_BIT = wordGroup(['there', 'user', 'username', 'id', 'handle', 'app', 'group']);

/** The last messages whose texts add up to at least `chars` characters (at least one message). */
function lastChars(messages: readonly Remembered[], chars: number): Remembered[] {
  let total = 0;
  let i = messages.length;
  while (i > 0 && total < chars) total += messages[--i].text.length + 1;
  return messages.slice(i);
}

/** Keep the messages that are recent enough, within the count and byte bounds (newest kept first). */
function prune(recent: readonly Remembered[], nowMs: number, limits: { maxMessages: number; maxAgeMs: number; maxBytes: number }, currentBytes: number): Remembered[] {
  const kept: Remembered[] = [];
  let bytes = currentBytes;
  for (let i = recent.length - 1; i >= 0 && kept.length < limits.maxMessages - 1; i--) {
    const m = recent[i];
    if (!m || typeof m.text !== 'string') continue;
    const { at, size } = measure(m);
    if (Number.isFinite(at) && Number.isFinite(nowMs) && nowMs - at > limits.maxAgeMs) break;
    bytes += size;
    if (bytes > limits.maxBytes) break;
    kept.push(m);
  }
  return kept.reverse();
}

function isState(s: unknown): s is ConversationState {
  return typeof s === 'object' && s !== null && (s as ConversationState).version === 1 && Array.isArray((s as ConversationState).recent);
}

function positive(x: number | undefined, fallback: number): number {
  return typeof x === 'number' && Number.isFinite(x) && x > 0 ? x : fallback;
}

/**
 * Time and size of a remembered message: computed once when it is remembered and kept in the state
 * (so a stored state needs no re-parsing), else computed now.
 */
function measure(m: Remembered): { at: number; size: number } {
  // Messages remembered by this version carry both; older stored states are measured here.
  return { at: typeof m.at === 'number' ? m.at : parseTime(m.sentAt), size: typeof m.bytes === 'number' ? m.bytes : Buffer.byteLength(m.text, 'utf8') };
}

/**
 * Whether a remembered message mentions a platform or contact word: worked out when the message was
 * scanned and kept in the state; a message from an older stored state is read again (once).
 */
function hasContextHint(m: Remembered): boolean {
  if (typeof m.hint === 'boolean') return m.hint;
  let v = hintOfOlderState.get(m); // the given state is never modified: cached beside it
  if (v === undefined) {
    const lower = normalise(m.text).text.toLowerCase();
    hintOfOlderState.set(m, (v = mentionsContact(lower, wordMask(lower))));
  }
  return v;
}
const hintOfOlderState = new WeakMap<Remembered, boolean>();

/** A platform or contact word, an "@", "face time" or "the green one" in `lower` (its word mask given). */
function mentionsContact(lower: string, words: number): boolean {
  return (words & CONTEXT_BIT) !== 0 || lower.includes('@') || lower.includes('face time') || (lower.includes(' one') && COLOUR_ONE_HINT.test(lower));
}
const COLOUR_ONE_HINT = /\b(?:green|yellow|blue|purple|pink) one\b/;

/**
 * Milliseconds of an ISO timestamp: `Date.parse`, with a fast path for the form services send
 * ("2026-01-05T16:00:00.000Z", or without the milliseconds) — it runs on every message.
 */
export function parseTime(s: string): number {
  const n = s.length;
  if ((n === 24 || n === 20) && s.charCodeAt(n - 1) === 90 /* Z */ && s[4] === '-' && s[7] === '-' && s[10] === 'T' && s[13] === ':' && s[16] === ':' && (n === 20 || s[19] === '.')) {
    const year = digits(s, 0, 4);
    const month = digits(s, 5, 2);
    const day = digits(s, 8, 2);
    const hour = digits(s, 11, 2);
    const minute = digits(s, 14, 2);
    const second = digits(s, 17, 2);
    const ms = n === 24 ? digits(s, 20, 3) : 0;
    // Out-of-range fields are Date.parse's to judge (it rejects them; Date.UTC would roll them over).
    if (year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 59 && ms >= 0) {
      return Date.UTC(year, month - 1, day, hour, minute, second, ms);
    }
  }
  return Date.parse(s);
}

/** The number written by `len` ASCII digits at `at`, or -1 when one is not a digit. */
function digits(s: string, at: number, len: number): number {
  let v = 0;
  for (let i = at; i < at + len; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}
