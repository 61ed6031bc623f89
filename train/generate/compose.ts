/**
 * The composer: turns one frame plus independent parts into a message with its labels.
 *
 * It knows nothing about any particular language: the words live in parts/. Its jobs are
 *  - filling {slots} (the slot table below), adding each contact slot's kind in POSITIVE families;
 *  - wrapping the act in an opener / context sentence / sign-off of the writer's register;
 *  - emoji and noise; keeping the message between 1 and 60 words;
 *  - recording which parts were used, so an evaluator can hold out a template or a part.
 *
 * Slots
 *   {plat} {msg} {msg2} {vid} {platv}  another platform (kind platform); {platv} is an English verb use
 *   {soc} {soc2} {chan}                 social network (kind social); {chan} platform or network
 *   {payapp} {bank} {paylink}           payment app, bank details (payment), payment link (+url)
 *   {phone} {email} {handle} {url}      contact details (phone, email, social, url)
 *   {vidlink} {walink}                  meeting link (url+platform), wa.me link (url+platform+phone)
 *   {place} {addr}                      meeting place, postal address (address)
 *   {name} {me} {surname} {child}       people (no label)
 *   {subj} {topic} {day} {time} {town} {street} {price} {n} {page} {range} {year} {date} {date2}
 *   {examcode} {bignum} {eduurl}        lesson content for negatives (no label)
 */
import type { Rng } from './prng.js';
import { KINDS, type Family, type Kind, type Lang, type Register, type Role, type Script } from './parts/types.js';
import { LEXICON, STREETS, TOWNS, lexKey, scriptOf, type LexKey } from './parts/lexicon.js';
import { pickChannel, pickVerb, type ChannelGroup } from './parts/platforms.js';
import { pickBank, pickPayApp, pickPayLink } from './parts/payment.js';
import { pickAddress, pickEmail, pickHandle, pickPhone, pickUrl, pickVideoLink, pickWaLink } from './parts/contacts.js';
import { EMOJI, STYLE } from './parts/style.js';
import { addNoise, type Segment } from './noise.js';

export interface Example {
  text: string;
  labels: string[];
  lang: string;
  sender_role: Role;
  source: 'gen';
  template: string;
  parts: string[];
}

/** A frame with its role tag parsed off. */
export interface ParsedFrame { text: string; roles: Role[] }

const ROLE_TAG: Record<string, Role> = { p: 'parent', s: 'student', t: 'tutor' };

/** "@ps can we…" → roles [parent, student]; untagged frames keep the family's roles. */
export function parseFrame(frame: string, family: Family): ParsedFrame {
  const m = /^@([pst]+) /.exec(frame);
  const familyRoles: Role[] = family.roles ?? ['tutor', 'parent', 'student'];
  if (!m) return { text: frame, roles: familyRoles };
  const tagged = [...m[1]].map((c) => ROLE_TAG[c]);
  const roles = tagged.filter((r) => familyRoles.includes(r));
  return { text: frame.slice(m[0].length), roles: roles.length ? roles : tagged };
}

/** Everything a fill needs to know about the message being built. */
interface FillCtx {
  rng: Rng;
  lang: Lang;
  key: LexKey;
  script: Script;
  positive: boolean;
  kinds: Set<Kind>;
  parts: string[];
  /** Same person, same name, within one message. */
  memo: Map<string, string>;
  /** Channel ids already used, so "{msg} or {msg2}" names two different apps. */
  usedChannels: string[];
  /** The word just before the slot being filled (lower case). */
  prevWord: string;
}

/** Words after which an app may be described rather than named ("on the green app"). */
const PREPOSITIONS = new Set(['on', 'onto', 'in', 'over', 'via', 'to', 'through', 'using', 'use', 'pe', 'par', 'sur', 'en', 'por', 'a', 'pelo', 'para', 'no', 'o', 'على', 'في', '3ala', 'fi']);

const EDU_URLS = ['corbettmaths.com', 'www.mathsgenie.co.uk', 'physicsandmathstutor.com', 'savemyexams.com', 'bbc.co.uk/bitesize', 'www.bbc.co.uk/bitesize/subjects', 'khanacademy.org', 'senecalearning.com', 'en.wikipedia.org/wiki/Photosynthesis', 'aqa.org.uk', 'desmos.com/calculator', 'geogebra.org', 'drfrostmaths.com', 'mathsbot.com', 'ocr.org.uk', 'qualifications.pearson.com', 'thenational.academy'];
const EXAM_CODES = ['8300/1H', '8300/2F', '8300/3H', '1MA1/1H', '1MA1/3F', '8461/1H', '8462/2F', '8464/P/1H', '8702/1', 'H240/01', '9MA0/01', '4MA1/1H', '8035/1', '8145/1A', '8658/LH', 'J560/03', 'H556/02', '7357/1', '8525/1'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'September', 'October', 'November', 'December'];

function bigNumber(rng: Rng): string {
  switch (rng.weighted({ spaced: 3, decimal: 3, sci: 2, plain: 2, money: 1, fraction: 1 })) {
    case 'spaced': return `${rng.int(1, 9)}${rng.chance(0.5) ? rng.int(0, 9) : ''} ${String(rng.int(0, 999)).padStart(3, '0')} ${String(rng.int(0, 999)).padStart(3, '0')}`;
    case 'decimal': return `${rng.int(0, 99)}.${String(rng.int(0, 99999999)).padStart(rng.int(3, 8), '0')}`;
    case 'sci': return `${rng.int(1, 9)}.${rng.int(0, 99)} × 10^${rng.int(-9, 12)}`;
    // Plain integers never start with 0 or 7: a 10–11 digit 07… string could be a real mobile.
    case 'plain': return `${rng.pick(['1', '2', '3', '4', '5', '6', '8', '9'])}${String(rng.int(0, 99999999)).padStart(rng.int(4, 8), '0')}`;
    case 'money': return `£${rng.int(1, 99)},${String(rng.int(0, 999)).padStart(3, '0')}.${String(rng.int(0, 99)).padStart(2, '0')}`;
    default: return `${rng.int(1, 999)}/${rng.int(2, 999)}`;
  }
}

function dateText(rng: Rng, key: LexKey): string {
  const d = rng.int(1, 28);
  const mo = rng.int(1, 12);
  if (key === 'en' && rng.chance(0.6)) return rng.chance(0.5) ? `${d} ${rng.pick(EN_MONTHS)}` : `the ${d}${d === 1 || d === 21 ? 'st' : d === 2 || d === 22 ? 'nd' : d === 3 || d === 23 ? 'rd' : 'th'}`;
  return rng.chance(0.5) ? `${d}/${mo}` : `${String(d).padStart(2, '0')}.${String(mo).padStart(2, '0')}`;
}

/** A meeting place in the frame's language: venue + locator, in the order the language uses. */
function placeText(rng: Rng, key: LexKey): string {
  const lex = LEXICON[key];
  const venue = rng.pick(lex.venues);
  const locator = rng.pick(lex.locators).replace('{street}', rng.pick(STREETS)).replace('{town}', rng.pick(TOWNS));
  const locatorFirst = key === 'ur' || key === 'hi' || key === 'ur-arab' || key === 'hi-deva';
  if (!locator) return venue;
  return locatorFirst ? `${locator} ${venue}` : `${venue} ${locator}`;
}

const TITLES = new Set(['sir', 'miss', "ma'am", 'baji', 'bhai', 'didi', 'bhaiya', 'ustaz', 'ustaza', 'profe', 'Monsieur', 'Madame', 'professora', 'professor', 'doamna profesoară', 'domnule profesor', 'سر', 'مس', 'باجی', 'सर', 'मैम', 'दीदी', 'भैया', 'أستاذ', 'أستاذة']);
function isTitle(name: string): boolean {
  return TITLES.has(name) || name.startsWith('pani ') || name.startsWith('panie ');
}

/** A name from the language, remembered for the whole message. */
function person(ctx: FillCtx, slot: 'name' | 'me' | 'child' | 'surname'): string {
  const memoKey = `${ctx.key}:${slot}`;
  const known = ctx.memo.get(memoKey);
  if (known) return known;
  const lex = LEXICON[ctx.key];
  const pool = slot === 'child' ? lex.kids : slot === 'surname' ? lex.surnames : lex.names;
  let v = ctx.rng.pick(pool);
  // The writer and the reader are different people.
  const other = ctx.memo.get(`${ctx.key}:${slot === 'me' ? 'name' : 'me'}`);
  if ((slot === 'me' || slot === 'name') && v === other) v = ctx.rng.pick(pool);
  // A signature is a name, never a title ("sir", "pani Ewa", "أستاذ").
  if (slot === 'me' && isTitle(v)) v = lex.names.find((n) => !isTitle(n)) ?? v;
  ctx.memo.set(memoKey, v);
  return v;
}

type Filled = { text: string; protect: boolean; kinds?: Kind[]; part?: string };

/** Fill one slot. Unknown slots are data bugs and throw. */
function fillSlot(slot: string, ctx: FillCtx): Filled {
  const { rng, lang, key, script } = ctx;
  const lex = LEXICON[key];
  const channel = (group: ChannelGroup): Filled => {
    const avoid = slot.endsWith('2') ? ctx.usedChannels[ctx.usedChannels.length - 1] : undefined;
    const c = pickChannel(rng, group, lang, script, avoid, PREPOSITIONS.has(ctx.prevWord));
    ctx.usedChannels.push(c.id);
    return { text: c.text, protect: true, kinds: [c.kind], part: `${slot}=${c.id}/${c.style}` };
  };
  switch (slot) {
    case 'plat': return channel('plat');
    case 'msg': case 'msg2': return channel('msg');
    case 'vid': return channel('vid');
    case 'soc': case 'soc2': return channel('soc');
    case 'chan': return channel('chan');
    case 'platv': {
      const v = pickVerb(rng);
      return { text: v.text, protect: true, kinds: [v.kind], part: `platv=${v.id}` };
    }
    case 'payapp': {
      const p = pickPayApp(rng, lang);
      return { text: p.text, protect: true, kinds: ['payment'], part: `payapp=${p.id}/${p.style}` };
    }
    case 'bank': {
      const b = pickBank(rng);
      return { text: b.text, protect: true, kinds: ['payment'], part: `bank=${b.style}` };
    }
    case 'paylink': {
      const l = pickPayLink(rng, pickHandle(rng, lang).text);
      return { text: l.text, protect: true, kinds: ['payment', 'url'], part: `paylink=${l.id}` };
    }
    case 'phone': {
      const p = pickPhone(rng, key);
      return { text: p.text, protect: true, kinds: ['phone'], part: `phone=${p.style}` };
    }
    case 'email': {
      const e = pickEmail(rng, lang, key);
      return { text: e.text, protect: true, kinds: ['email'], part: `email=${e.style}` };
    }
    case 'handle': {
      const h = pickHandle(rng, lang);
      return { text: h.text, protect: true, kinds: ['social'], part: `handle=${h.style}` };
    }
    case 'url': {
      const u = pickUrl(rng, lang);
      return { text: u.text, protect: true, kinds: ['url'], part: `url=${u.style}` };
    }
    case 'vidlink': {
      const v = pickVideoLink(rng);
      return { text: v.text, protect: true, kinds: ['url', 'platform'], part: `vidlink=${v.platform}` };
    }
    case 'walink': {
      const w = pickWaLink(rng);
      return { text: w.text, protect: true, kinds: ['url', 'platform', 'phone'], part: 'walink' };
    }
    case 'place': return { text: placeText(rng, key), protect: false, kinds: ['address'], part: 'place' };
    case 'addr': {
      const a = pickAddress(rng);
      return { text: a.text, protect: true, kinds: ['address'], part: `addr=${a.style}` };
    }
    case 'name': case 'me': case 'child': case 'surname': return { text: person(ctx, slot), protect: false };
    case 'subj': return { text: rng.pick(lex.subjects), protect: false };
    case 'topic': return { text: rng.pick(lex.topics), protect: false };
    case 'day': return { text: rng.pick(lex.days), protect: false };
    case 'time': return { text: rng.pick(lex.times), protect: false };
    case 'town': return { text: rng.pick(TOWNS), protect: false };
    case 'street': return { text: rng.pick(STREETS), protect: false };
    case 'price': return { text: String(rng.pick([20, 25, 28, 30, 32, 35, 38, 40, 45, 50, 55, 60])), protect: false };
    case 'n': return { text: String(rng.int(1, 25)), protect: false };
    case 'page': return { text: String(rng.int(5, 320)), protect: false };
    case 'range': { const a = rng.int(5, 300); return { text: `${a}-${a + rng.int(2, 15)}`, protect: false }; }
    case 'year': return { text: String(rng.int(2017, 2024)), protect: false };
    case 'date': case 'date2': return { text: dateText(rng, key), protect: false };
    case 'examcode': return { text: rng.pick(EXAM_CODES), protect: true };
    case 'bignum': return { text: bigNumber(rng), protect: true };
    case 'eduurl': return { text: rng.pick(EDU_URLS), protect: true };
  }
  throw new Error(`unknown slot {${slot}}`);
}

/**
 * Fill a frame into segments. In a positive family each contact slot adds its kind; in a negative
 * one nothing is added (the mention is the point).
 */
function fillFrame(text: string, ctx: FillCtx): Segment[] {
  const segs: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(/\{([a-z0-9]+)\}/g)) {
    if (m.index! > last) segs.push({ text: text.slice(last, m.index), protect: false, key: ctx.key });
    ctx.prevWord = (/([^\s]+)\s+$/u.exec(text.slice(0, m.index)) ?? ['', ''])[1].toLowerCase();
    const f = fillSlot(m[1], ctx);
    if (ctx.positive && f.kinds) for (const k of f.kinds) ctx.kinds.add(k);
    if (f.part) ctx.parts.push(`slot:${f.part}`);
    segs.push({ text: f.text, protect: f.protect, key: ctx.key });
    last = m.index! + m[0].length;
  }
  if (last < text.length) segs.push({ text: text.slice(last), protect: false, key: ctx.key });
  return segs;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w.length > 0).length;
}

/** What the planner decided; the composer does the rest. */
export interface Plan {
  /** Language of the frame (en for code-switch mode A). */
  frameLang: Lang;
  /** Language of the wrappers (opener, preamble, closer). */
  wrapLang: Lang;
  /** Script of the wrappers when the wrapper language has two. */
  wrapScript: Script | null;
  /** The label's `lang`: 'en', 'pl', 'en+pl'… */
  langLabel: string;
  /** Mixed messages must show both languages: force at least one wrapper. */
  forceWrapper: boolean;
  positive: boolean;
  family: Family;
  frameIndex: number;
  role: Role;
  /** e.g. 'mix:A'. */
  extraParts: string[];
}

/** Frames that open with a greeting of their own, in any of the nine languages. */
const GREETING = /^(hi|hello|hey|hiya|good (morning|afternoon|evening)|dear|sir|miss|ma'am|hej|cześć|siema|dzień dobry|bună|salut|hola|oye|buenas|olá|oi|ei|boa tarde|bonjour|wesh|aoa|salam|assalam|namaste|yalla|مرحبا|السلام)\b/iu;

const OPENER_P: Record<Register, number> = { parent_formal: 0.7, parent_casual: 0.5, teen: 0.35, tutor: 0.55 };
const PREAMBLE_P: Record<Register, number> = { parent_formal: 0.45, parent_casual: 0.35, teen: 0.2, tutor: 0.35 };
const CLOSER_P: Record<Register, number> = { parent_formal: 0.6, parent_casual: 0.4, teen: 0.2, tutor: 0.4 };
const EMOJI_P: Record<Register, number> = { parent_formal: 0.03, parent_casual: 0.2, teen: 0.35, tutor: 0.1 };

export function registerOf(rng: Rng, role: Role): Register {
  if (role === 'student') return 'teen';
  if (role === 'tutor') return 'tutor';
  return rng.chance(0.5) ? 'parent_formal' : 'parent_casual';
}

/** Build one example from a plan. */
export function compose(rng: Rng, plan: Plan, template: string): Example {
  const parsed = parseFrame(plan.family.frames[plan.frameIndex], plan.family);
  const register = registerOf(rng, plan.role);
  const script = scriptOf(parsed.text);
  const bodyKey = lexKey(plan.frameLang, script);
  const kinds = new Set<Kind>(plan.positive ? plan.family.labels : []);
  const parts: string[] = [`frame:${template}#${plan.frameIndex}`, `role:${plan.role}`, `register:${register}`, ...plan.extraParts];
  const memo = new Map<string, string>();
  const ctx: FillCtx = { rng, lang: plan.frameLang, key: bodyKey, script, positive: plan.positive, kinds, parts, memo, usedChannels: [], prevWord: '' };
  const body = fillFrame(parsed.text, ctx);
  // Code is copied, not typed: no typos, no lower-casing, no dropped quotes.
  if (plan.family.act === 'code') for (const seg of body) { seg.protect = true; seg.verbatim = true; }

  // Wrappers: in the body's own language and script, or the other language of a mixed message.
  const wrapScript = plan.wrapScript ?? (plan.wrapLang === plan.frameLang ? script : 'latn');
  const wrapKey = lexKey(plan.wrapLang, wrapScript);
  const style = STYLE[wrapKey][register];
  const wctx: FillCtx = { ...ctx, lang: plan.wrapLang, key: wrapKey, script: wrapScript, positive: false, parts: [] };
  const bodyWords = wordCount(parsed.text.replace(/\{[a-z0-9]+\}/g, 'x'));
  // A one-word "num?" rarely comes with a greeting and a signature.
  const damp = bodyWords <= 3 ? 0.3 : 1;
  // Which `parts` entry each wrapper came from, so a trimmed wrapper leaves no trace.
  const partOf = new Map<Segment[], string>();
  const pickWrap = (kind: 'openers' | 'preambles' | 'closers'): Segment[] | null => {
    const list = style[kind];
    // Frames for parents and tutors mention {child}; students do not talk about "their child".
    const usable = plan.role === 'student' ? list.filter((s) => !s.includes('{child}')) : list;
    if (usable.length === 0) return null;
    const i = rng.index(usable.length);
    const id = `${kind.slice(0, -1)}:${wrapKey}.${register}#${list.indexOf(usable[i])}`;
    parts.push(id);
    const filled = fillFrame(usable[i], wctx);
    partOf.set(filled, id);
    return filled;
  };
  // A frame that already greets ("Hi Sam, …", "Bună, can I…") gets no second greeting, and its
  // context sentences follow it rather than precede it.
  const greets = GREETING.test(parsed.text);
  let opener = !greets && rng.chance(OPENER_P[register] * damp) ? pickWrap('openers') : null;
  // Context sentences: usually none or one, sometimes two or three (long, chatty messages).
  const preambles: Segment[][] = [];
  if (rng.chance(PREAMBLE_P[register] * damp)) {
    const want = rng.weighted({ one: 70, two: 22, three: 8 });
    const n = want === 'one' ? 1 : want === 'two' ? 2 : 3;
    const seen = new Set<string>();
    for (let i = 0; i < n; i++) {
      const p = pickWrap('preambles');
      if (!p) continue;
      // Never the same context sentence twice, even with different names in it.
      const id = partOf.get(p)!;
      if (!seen.has(id)) { preambles.push(p); seen.add(id); }
      else parts.splice(parts.lastIndexOf(id), 1);
    }
  }
  let closer = rng.chance(CLOSER_P[register] * damp) ? pickWrap('closers') : null;
  if (plan.forceWrapper && !opener && preambles.length === 0 && !closer) {
    const which = rng.weighted({ openers: greets ? 0 : 4, preambles: 3, closers: 3 });
    if (which === 'openers') opener = pickWrap('openers');
    else if (which === 'preambles') { const p = pickWrap('preambles'); if (p) preambles.push(p); }
    else closer = pickWrap('closers');
  }
  // Now and then the context comes after the act ("Can we move to Zoom? Thanks for today.").
  const preambleAfter = preambles.length > 0 && (greets || rng.chance(0.15));

  // After "Hi Sam," many people carry on in lower case; never touch a slot or "I".
  if (opener && /,\s*$/.test(opener.map((s) => s.text).join('')) && preambles.length === 0 && rng.chance(0.5)) {
    const first = body[0];
    if (first && !first.protect && /^[A-Z][a-z']/.test(first.text) && !/^I\b|^I'/.test(first.text) && !parsed.text.startsWith('{')) {
      first.text = first.text[0].toLowerCase() + first.text.slice(1);
      parts.push('case:afterComma');
    }
  }

  // Ensure a sentence end before a following sentence in careful registers.
  const formal = register === 'parent_formal' || register === 'tutor';
  const closeBody = (closer || preambleAfter) && formal && rng.chance(0.6);

  const chunks: Segment[][] = [];
  if (opener) chunks.push(opener);
  if (!preambleAfter) chunks.push(...preambles);
  chunks.push(body);
  if (preambleAfter) chunks.push(...preambles);
  if (closer) chunks.push(closer);

  // Full stops by script: Urdu "۔", Hindi "।", Arabic and Latin ".". Pasted code keeps its own end.
  const fullStop = script === 'deva' ? '।' : script === 'arab' && plan.frameLang === 'ur' ? '۔' : '.';
  if (closeBody && plan.family.act !== 'code' && !/[.!?۔।؟]\s*$/.test(body.map((s) => s.text).join('')) && chunks.indexOf(body) < chunks.length - 1) {
    body.push({ text: fullStop, protect: false, key: bodyKey });
  }

  // Emoji: at the end, or straight after the body.
  if (rng.chance(EMOJI_P[register])) {
    const e = rng.pick(register === 'teen' ? EMOJI.teen : EMOJI.warm);
    const rep = register === 'teen' && rng.chance(0.25) ? e + e : e;
    const target = rng.chance(0.75) ? chunks[chunks.length - 1] : body;
    target.push({ text: ` ${rep}`, protect: true, key: bodyKey });
    parts.push(`emoji:${target === body ? 'body' : 'end'}`);
  }

  // Keep within 60 words: drop context sentences first, then the sign-off, then the greeting.
  const words = (c: Segment[]) => wordCount(c.map((s) => s.text).join(''));
  const total = () => chunks.reduce((n, c) => n + words(c), 0);
  for (const drop of [...preambles].reverse().concat(closer ? [closer] : [], opener ? [opener] : [])) {
    if (total() <= 60) break;
    const i = chunks.indexOf(drop);
    if (i >= 0) {
      chunks.splice(i, 1);
      const id = partOf.get(drop);
      if (id) parts.splice(parts.indexOf(id), 1);
      parts.push('trim:wrapper');
    }
  }

  const all = chunks.flat();
  for (const op of addNoise(rng, all, register)) parts.push(`noise:${op}`);

  // Join the chunks as people do: a formal parent writes lines like an email; a teenager sends
  // unpunctuated bits separated by a space, a comma, a dash or a new line.
  const lineBreaks = register === 'parent_formal' && rng.chance(0.4);
  const texts = chunks.map((c) => c.map((s) => s.text).join('').trim()).filter((t) => t.length > 0);
  let text = texts[0] ?? '';
  for (let i = 1; i < texts.length; i++) {
    const ended = /[.!?,;:…。۔؟،।)]$/u.test(text) || /\p{Extended_Pictographic}$/u.test(text);
    let sep: string;
    if (lineBreaks) sep = ended ? '\n' : '.\n';
    else if (ended) sep = rng.chance(0.12) ? '\n' : ' ';
    else if (register === 'teen') sep = rng.weighted({ ' ': 30, ', ': 20, '\n': 30, ' - ': 8, '. ': 12 });
    else sep = rng.weighted({ '. ': 60, '! ': 10, ', ': 10, '\n': 20 });
    // Arabic-script messages take the Arabic comma.
    if (script === 'arab' || wrapScript === 'arab') sep = sep.replace(',', '،');
    text += sep + texts[i];
  }
  text = text.replace(/[ \t]+/g, ' ').replace(/ ([,.])(?=\s|$)/g, '$1').trim();
  if (text.length === 0) throw new Error(`empty message from ${template}`);

  const labels = KINDS.filter((k) => kinds.has(k));
  return { text, labels, lang: plan.langLabel, sender_role: plan.role, source: 'gen', template, parts };
}
