/**
 * Noise that real people add: lower case, dropped apostrophes and punctuation, swapped or doubled
 * letters, textspeak, missing diacritics, doubled "??".
 *
 * Why segments: contact details, platform names and links are PROTECTED. A swapped digit could
 * turn a fictional 07700 900xxx number into a real one, and a mangled platform name could stop
 * being recognisable while still carrying the label. Their disguises come from the parts modules.
 */
import type { Rng } from './prng.js';
import type { Register } from './parts/types.js';
import type { LexKey } from './parts/lexicon.js';

export interface Segment {
  text: string;
  /** Contact details, platform names, links: never edited except by lower-casing. */
  protect: boolean;
  /** Language and script of the words in the segment (textspeak is English-only, etc.). */
  key: LexKey;
  /** Pasted text (code): not even lower-cased. */
  verbatim?: boolean;
}

interface NoiseRates { lower: number; noApos: number; dropEnd: number; noPunct: number; typo: number; textspeak: number; noDiacritics: number; doubleMark: number }

/** How much noise each register makes. Teenagers type fast; formal parents proofread. */
export const NOISE: Record<Register, NoiseRates> = {
  teen: { lower: 0.45, noApos: 0.5, dropEnd: 0.5, noPunct: 0.15, typo: 0.35, textspeak: 0.35, noDiacritics: 0.55, doubleMark: 0.12 },
  parent_casual: { lower: 0.12, noApos: 0.15, dropEnd: 0.25, noPunct: 0.04, typo: 0.18, textspeak: 0.08, noDiacritics: 0.35, doubleMark: 0.08 },
  tutor: { lower: 0.03, noApos: 0.03, dropEnd: 0.12, noPunct: 0.01, typo: 0.06, textspeak: 0.01, noDiacritics: 0.12, doubleMark: 0.02 },
  parent_formal: { lower: 0.01, noApos: 0.02, dropEnd: 0.05, noPunct: 0, typo: 0.05, textspeak: 0, noDiacritics: 0.08, doubleMark: 0.01 },
};

/** Explicit table (not Unicode NFD) so the output cannot change with the ICU version. */
const DIACRITICS: Record<string, string> = {
  ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z', Ą: 'A', Ć: 'C', Ę: 'E', Ł: 'L', Ń: 'N', Ó: 'O', Ś: 'S', Ź: 'Z', Ż: 'Z',
  ă: 'a', â: 'a', î: 'i', ș: 's', ş: 's', ț: 't', ţ: 't', Ă: 'A', Â: 'A', Î: 'I', Ș: 'S', Ş: 'S', Ț: 'T', Ţ: 'T',
  á: 'a', é: 'e', í: 'i', ú: 'u', ñ: 'n', ü: 'u', Á: 'A', É: 'E', Í: 'I', Ú: 'U', Ñ: 'N', '¿': '', '¡': '',
  à: 'a', è: 'e', ê: 'e', ë: 'e', ï: 'i', ô: 'o', ù: 'u', û: 'u', ç: 'c', œ: 'oe', À: 'A', È: 'E', Ê: 'E', Ç: 'C',
  ã: 'a', õ: 'o', Ã: 'A', Õ: 'O', Ô: 'O',
};

const DIACRITIC_KEYS: readonly LexKey[] = ['pl', 'ro', 'es', 'fr', 'pt'];

/** English textspeak, applied word by word. */
const TEXTSPEAK: [RegExp, string][] = [
  [/\byou\b/gi, 'u'], [/\byour\b/gi, 'ur'], [/\byou're\b/gi, 'ur'], [/\bare\b/gi, 'r'], [/\bplease\b/gi, 'pls'], [/\bthanks\b/gi, 'thx'],
  [/\bbecause\b/gi, 'cos'], [/\btomorrow\b/gi, 'tmrw'], [/\bokay\b/gi, 'ok'], [/\bto be honest\b/gi, 'tbh'], [/\bI don't know\b/g, 'idk'],
  [/\bwhat\b/gi, 'wat'], [/\bsee\b/gi, 'c'], [/\bbefore\b/gi, 'b4'], [/\bgreat\b/gi, 'gr8'], [/\bmessage\b/gi, 'msg'], [/\bnumber\b/gi, 'num'],
];

function swapLetters(rng: Rng, word: string): string {
  if (word.length < 4) return word;
  const i = rng.int(1, word.length - 3);
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

function doubleLetter(rng: Rng, word: string): string {
  const i = rng.int(1, word.length - 1);
  return word.slice(0, i) + word[i] + word.slice(i);
}

function dropLetter(rng: Rng, word: string): string {
  if (word.length < 5) return word;
  const i = rng.int(1, word.length - 2);
  return word.slice(0, i) + word.slice(i + 1);
}

/** One letter-level typo in a random Latin word of an unprotected segment. */
function letterTypo(rng: Rng, segs: Segment[]): string | null {
  const open = segs.map((s, i) => (s.protect ? -1 : i)).filter((i) => i >= 0);
  if (open.length === 0) return null;
  const seg = segs[rng.pick(open)];
  const words = seg.text.split(' ');
  const latin = words.map((w, i) => (/^[A-Za-z]{3,}$/.test(w) ? i : -1)).filter((i) => i >= 0);
  if (latin.length === 0) return null;
  const wi = rng.pick(latin);
  const op = rng.weighted({ swap: 45, double: 30, drop: 25 });
  words[wi] = op === 'swap' ? swapLetters(rng, words[wi]) : op === 'double' ? doubleLetter(rng, words[wi]) : dropLetter(rng, words[wi]);
  seg.text = words.join(' ');
  return op;
}

/**
 * Apply noise in place and return the names of the operations used (for `parts`).
 * `finalIndex` is the segment that ends the message (for the dropped final punctuation).
 */
export function addNoise(rng: Rng, segs: Segment[], register: Register): string[] {
  const r = NOISE[register];
  const used: string[] = [];
  const open = () => segs.filter((s) => !s.protect);
  if (rng.chance(r.textspeak)) {
    let changed = false;
    for (const s of open()) {
      if (s.key !== 'en') continue;
      for (const [re, to] of TEXTSPEAK) {
        if (rng.chance(0.6)) {
          const next = s.text.replace(re, to);
          if (next !== s.text) changed = true;
          s.text = next;
        }
      }
    }
    if (changed) used.push('textspeak');
  }
  if (rng.chance(r.noApos)) {
    for (const s of open()) s.text = s.text.replace(/['’]/g, '');
    used.push('noApos');
  }
  if (rng.chance(r.noDiacritics)) {
    let changed = false;
    for (const s of open()) {
      if (!DIACRITIC_KEYS.includes(s.key)) continue;
      const next = s.text.replace(/[^\x00-\x7F]/g, (c) => DIACRITICS[c] ?? c);
      if (next !== s.text) changed = true;
      s.text = next;
    }
    if (changed) used.push('noDiacritics');
  }
  let typos = 0;
  while (typos < 3 && rng.chance(r.typo)) {
    const op = letterTypo(rng, segs);
    if (!op) break;
    used.push(`typo:${op}`);
    typos++;
  }
  if (rng.chance(r.noPunct)) {
    for (const s of open()) s.text = s.text.replace(/[.,;:!](?=\s|$)/g, '').replace(/[،۔।]/g, '');
    used.push('noPunct');
  }
  if (rng.chance(r.lower)) {
    for (const s of segs) if (!s.verbatim) s.text = s.text.toLowerCase();
    used.push('lower');
  }
  const last = [...segs].reverse().find((s) => s.text.trim().length > 0);
  if (last && !last.protect) {
    if (rng.chance(r.dropEnd)) {
      const next = last.text.replace(/[.!]+\s*$/, '');
      if (next !== last.text) { last.text = next; used.push('dropEnd'); }
    } else if (rng.chance(r.doubleMark) && /[?!]\s*$/.test(last.text)) {
      last.text = last.text.replace(/([?!])\s*$/, (m) => m.trim().repeat(rng.int(2, 4)));
      used.push('doubleMark');
    }
  }
  return used;
}
