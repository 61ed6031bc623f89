/**
 * Contact details to put inside positive messages, all fictional, in the disguises people use.
 *
 * Phone numbers come ONLY from ranges reserved for fiction: Ofcom's drama ranges (07700 900000–
 * 900999, 020 7946 0xxx, 0113/0121/0161 496 0xxx, 01632 960xxx) and the US 555-0100–0199 block.
 * Emails, handles, sites and addresses are built from made-up parts. Because the disguise only
 * ever rewrites the digits we generated (words, spaces, letter O, native digits), a disguised number
 * is still a fictional one.
 */
import type { Rng } from '../prng.js';
import type { Lang } from './types.js';
import { DIGIT_WORDS, EMAIL_WORDS, LATIN_NAMES, OUTCODES, STREETS, TOWNS, type LexKey } from './lexicon.js';

export interface ContactPick { text: string; style: string }

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** The digits of one fictional number and how it is grouped when written normally. */
function fictionalNumber(rng: Rng): { groups: string[]; intl?: string[]; kind: string } {
  const kind = rng.weighted({ mobile: 72, london: 8, leeds: 4, brum: 4, manc: 4, drama: 2, us: 6 });
  const x3 = pad(rng.int(0, 999), 3);
  const x4 = pad(rng.int(0, 999), 4);
  switch (kind) {
    case 'mobile': return { kind, groups: ['07700', `900${x3}`], intl: ['+44', '7700', `900${x3}`] };
    case 'london': return { kind, groups: ['020', '7946', x4], intl: ['+44', '20', '7946', x4] };
    case 'leeds': return { kind, groups: ['0113', '496', x4], intl: ['+44', '113', '496', x4] };
    case 'brum': return { kind, groups: ['0121', '496', x4], intl: ['+44', '121', '496', x4] };
    case 'manc': return { kind, groups: ['0161', '496', x4], intl: ['+44', '161', '496', x4] };
    case 'drama': return { kind, groups: ['01632', `960${x3}`], intl: ['+44', '1632', `960${x3}`] };
    default: {
      const area = rng.pick(['202', '212', '310', '415', '617', '718', '305', '512']);
      return { kind, groups: [area, '555', `01${pad(rng.int(0, 99), 2)}`], intl: ['+1', area, '555', `01${pad(rng.int(0, 99), 2)}`] };
    }
  }
}

const NATIVE_DIGITS = {
  arab: '٠١٢٣٤٥٦٧٨٩', // Arabic-Indic (Arabic)
  urdu: '۰۱۲۳۴۵۶۷۸۹', // Extended Arabic-Indic (Urdu)
  deva: '०१२३४५६७८९',
};

function toDigits(s: string, set: string): string {
  return s.replace(/[0-9]/g, (d) => set[Number(d)]);
}

/** Read digits out as words, sometimes with "double" ("oh seven seven double oh"). */
function inWords(rng: Rng, digits: string, key: LexKey): string {
  const dw = DIGIT_WORDS[key] ?? DIGIT_WORDS.en!;
  const out: string[] = [];
  for (let i = 0; i < digits.length; i++) {
    const d = Number(digits[i]);
    if (dw.double && digits[i + 1] === digits[i] && rng.chance(0.6)) {
      out.push(`${dw.double} ${dw.digits[d]}`);
      i++;
    } else out.push(d === 0 && key === 'en' && rng.chance(0.3) ? 'zero' : dw.digits[d]);
  }
  return out.join(' ');
}

/** A fictional phone number in one of many written forms. */
export function pickPhone(rng: Rng, key: LexKey): ContactPick {
  const n = fictionalNumber(rng);
  const flat = n.groups.join('');
  const wordsOk = DIGIT_WORDS[key] !== undefined;
  const nativeSet = key === 'ar' ? NATIVE_DIGITS.arab : key === 'ur-arab' ? NATIVE_DIGITS.urdu : key === 'hi-deva' ? NATIVE_DIGITS.deva : null;
  const style = rng.weighted({
    grouped: 30, flat: 18, intl: 12, dashed: 6, dotted: 3, spacedDigits: 5, letterO: 4,
    words: wordsOk ? 7 : 0, halfWords: wordsOk ? 5 : 0, split: 4, native: nativeSet ? 25 : 0,
  });
  switch (style) {
    case 'grouped': return { style, text: n.groups.join(' ') };
    case 'flat': return { style, text: flat };
    case 'intl': return { style, text: rng.chance(0.5) ? n.intl!.join(' ') : n.intl!.join('') };
    case 'dashed': return { style, text: n.groups.join('-') };
    case 'dotted': return { style, text: n.groups.join('.') };
    case 'spacedDigits': return { style, text: [...flat].join(' ') };
    case 'letterO': return { style, text: n.groups.join(' ').replace(/0/g, () => (rng.chance(0.7) ? 'O' : '0')) };
    case 'words': return { style, text: inWords(rng, flat, key) };
    case 'halfWords': {
      // First group read out, the rest in digits: "oh seven seven oh oh 900123".
      return { style, text: `${inWords(rng, n.groups[0], key)} ${n.groups.slice(1).join(' ')}` };
    }
    case 'split': return { style, text: `${n.groups[0]} ... ${n.groups.slice(1).join(' ')}` };
    case 'native': return { style, text: toDigits(rng.chance(0.5) ? n.groups.join(' ') : flat, nativeSet!) };
  }
  return { style: 'grouped', text: n.groups.join(' ') };
}

const DOMAINS_COMMON = ['gmail.com', 'gmail.com', 'gmail.com', 'outlook.com', 'hotmail.co.uk', 'hotmail.com', 'yahoo.co.uk', 'icloud.com', 'live.co.uk', 'btinternet.com', 'proton.me', 'outlook.co.uk'];
const DOMAINS_LANG: Partial<Record<Lang, string[]>> = {
  pl: ['wp.pl', 'o2.pl', 'onet.pl', 'interia.pl'],
  ro: ['yahoo.com', 'yahoo.ro'],
  fr: ['orange.fr', 'free.fr', 'laposte.net'],
  es: ['hotmail.es', 'yahoo.es'],
  pt: ['sapo.pt', 'hotmail.com'],
  ar: ['hotmail.com', 'yahoo.com'],
  hi: ['rediffmail.com', 'yahoo.co.in'],
  ur: ['yahoo.com', 'hotmail.com'],
};

/** A made-up local part from the language's names: "kasia.k92", "mathswithsam". */
function localPart(rng: Rng, lang: Lang): string {
  const a = rng.pick(LATIN_NAMES[lang]);
  const b = rng.pick(LATIN_NAMES[lang]);
  const yy = pad(rng.int(0, 99), 2);
  const forms = [
    `${a}.${b}${yy}`, `${a}${b[0]}${yy}`, `${a}_${b}`, `${a}.${b[0]}`, `${a}${rng.int(1, 999)}`,
    `mathswith${a}`, `${a}.tutor`, `${a}tuition${yy}`, `the.${a}.${b}`, `${a}${b}${rng.int(1, 9)}`, `${a}_x_${yy}`,
  ];
  return rng.pick(forms);
}

/** A made-up email address, plain or disguised ("kasia at wp dot pl", "sam(at)gmail"). */
export function pickEmail(rng: Rng, lang: Lang, key: LexKey): ContactPick {
  const local = localPart(rng, lang);
  const domains = [...DOMAINS_COMMON, ...(DOMAINS_LANG[lang] ?? [])];
  const domain = rng.pick(domains);
  const words = EMAIL_WORDS[key];
  const style = rng.weighted({ plain: 55, upper: 4, atWord: 14, atDot: 10, noTld: 8, spacedAt: 5, bracket: 4 });
  const [host, ...tld] = domain.split('.');
  switch (style) {
    case 'plain': return { style, text: `${local}@${domain}` };
    case 'upper': return { style, text: `${local}@${domain}`.toUpperCase() };
    case 'atWord': return { style, text: `${local} ${rng.pick(words.at)} ${domain}` };
    case 'atDot': {
      const dot = rng.pick(words.dot);
      return { style, text: `${local} ${rng.pick(words.at)} ${host} ${tld.map((t) => `${dot} ${t}`).join(' ')}` };
    }
    case 'noTld': return { style, text: `${local} ${rng.pick(words.at)} ${host}` };
    case 'spacedAt': return { style, text: `${local} @ ${domain}` };
    case 'bracket': return { style, text: `${local}[@]${domain}` };
  }
  return { style: 'plain', text: `${local}@${domain}` };
}

/** A made-up social handle: "@maya.draws_09", "jake_x7". */
export function pickHandle(rng: Rng, lang: Lang): ContactPick {
  const a = rng.pick(LATIN_NAMES[lang]);
  const b = rng.pick(['draws', 'x', 'xo', 'official', 'lol', 'vibes', 'real', 'tutor', 'maths', 'ldn', 'uk', 'szn', b4()]);
  function b4() { return rng.pick(LATIN_NAMES[lang]); }
  const n = rng.int(0, 99);
  const base = rng.pick([`${a}.${b}`, `${a}_${b}${n}`, `${a}${n}`, `${b}.${a}`, `${a}__${n}`, `its${a}${n}`, `${a}.${b}_${pad(n, 2)}`]);
  const style = rng.weighted({ at: 60, bare: 40 });
  return { style, text: style === 'at' ? `@${base}` : base };
}

/** A made-up personal site: tutoring page, booking page, link hub; sometimes written out. */
export function pickUrl(rng: Rng, lang: Lang): ContactPick {
  const a = rng.pick(LATIN_NAMES[lang]);
  const b = rng.pick(LATIN_NAMES[lang]);
  const site = rng.pick([
    `${a}tutors.co.uk`, `www.${a}${b}maths.com`, `tutorwith${a}.com`, `${a}-tuition.uk/book`, `${a}${b}learning.co.uk`,
    `calendly.com/${a}-${b}-tutor`, `linktr.ee/${a}teaches`, `https://${a}${b}tuition.com`, `${a}science.uk`, `${b}-${a}-maths.co.uk/prices`,
  ]);
  const style = rng.weighted({ plain: 80, dotWord: 12, bracketDot: 8 });
  if (style === 'dotWord' && !site.includes('/')) return { style, text: site.replace(/\./g, ' dot ') };
  if (style === 'bracketDot') return { style, text: site.replace(/\./g, '(.)') };
  return { style: 'plain', text: site };
}

/** A video-call link (labelled url + platform). The ids are random, the hosts real. */
export function pickVideoLink(rng: Rng): ContactPick & { platform: string } {
  const kind = rng.weighted({ zoom: 5, meet: 4, teams: 2 });
  const l = 'abcdefghijkmnopqrstuvwxyz';
  const letters = (k: number) => Array.from({ length: k }, () => l[rng.int(0, l.length - 1)]).join('');
  if (kind === 'zoom') return { platform: 'zoom', style: 'zoom', text: `${rng.pick(['https://', ''])}us0${rng.int(2, 6)}web.zoom.us/j/${rng.int(8, 9)}${pad(rng.int(0, 999999999), 9)}` };
  if (kind === 'meet') return { platform: 'meet', style: 'meet', text: `${rng.pick(['https://', ''])}meet.google.com/${letters(3)}-${letters(4)}-${letters(3)}` };
  return { platform: 'teams', style: 'teams', text: `teams.live.com/meet/${rng.int(9, 9)}${pad(rng.int(0, 999999999), 9)}${rng.int(10, 99)}` };
}

/** A WhatsApp click-to-chat link on a fictional number (url + platform + phone). */
export function pickWaLink(rng: Rng): ContactPick {
  const n = pad(rng.int(0, 999), 3);
  return { style: 'wa.me', text: `${rng.pick(['https://', ''])}wa.me/447700900${n}` };
}

/** A made-up UK postal address; only the outward half of a postcode. */
export function pickAddress(rng: Rng): ContactPick {
  const town = rng.pick(TOWNS);
  const street = rng.pick(STREETS);
  const num = rng.int(2, 148);
  const style = rng.weighted({ full: 40, noTown: 30, flat: 15, lower: 15 });
  switch (style) {
    case 'full': return { style, text: `${num} ${street}, ${town} ${OUTCODES[town]}` };
    case 'noTown': return { style, text: `${num} ${street}` };
    case 'flat': return { style, text: `Flat ${rng.int(1, 12)}, ${num} ${street}, ${town}` };
    default: return { style, text: `${num} ${street.toLowerCase()} ${OUTCODES[town].toLowerCase()}` };
  }
}
