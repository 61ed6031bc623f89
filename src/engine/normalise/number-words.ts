import type { Edit } from './normalised.js';
import type { Transformer } from './transformer.js';
import { gateHints, GATE_NUMBER_WORDS, MAY_HOLD_NUMBER_PAIR } from './gate-hints.js';

/**
 * Sixth step (after digits). Number words to digits, the way people read a phone number aloud:
 * "oh", "nought", "zero", one…nine, teens and tens, "double"/"triple" before a digit, "hundred" and
 * "thousand" as trailing zeros, mixed with figures ("07 seven 00…").
 * Only a run that reads as a long number (at least MIN_DIGITS digits, at least one word) is
 * rewritten, so "one or two", "two cats" and "oh no" stay as they are.
 * Example: "oh seven seven double oh, nine oh oh 1 2 3" → "0 7 7 00, 9 0 0 1 2 3".
 */
export const numberWords: Transformer = {
  id: 'number-words',
  // The shared pass (gate-hints.ts) rules out most messages cheaply; the regex decides the rest.
  pretest: (t) => (gateHints(t) & MAY_HOLD_NUMBER_PAIR) !== 0 && PRETEST.test(t),
  edits: numberWordEdits,
};

const MIN_DIGITS = 7;

const UNITS: Record<string, string> = {
  zero: '0', oh: '0', o: '0', oo: '00', ooo: '000', nought: '0', nil: '0', nada: '0',
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
  ten: '10', eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16',
  seventeen: '17', eighteen: '18', nineteen: '19',
};
const TENS: Record<string, string> = {
  twenty: '2', thirty: '3', forty: '4', fourty: '4', fifty: '5', sixty: '6', seventy: '7', eighty: '8', ninety: '9',
};
/** Sound-alikes, only accepted between two strong tokens ("seven for two" inside a run). */
const HOMOPHONES: Record<string, string> = { for: '4', to: '2', too: '2', ate: '8', won: '1', fore: '4', free: '3', tree: '3' };
const REPEAT: Record<string, number> = { double: 2, triple: 3, treble: 3 };
const ZEROS: Record<string, string> = { hundred: '00', thousand: '000' };

const WORD_ALT = [...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(HOMOPHONES), ...Object.keys(REPEAT), ...Object.keys(ZEROS)]
  .sort((a, b) => b.length - a.length)
  .join('|');
const DIGIT_WORD = `(?:${GATE_NUMBER_WORDS.join('|')})`;
/**
 * Cheap gate: two number tokens side by side ("seven seven", "07 seven", "nine 0"), or a digit
 * beside a letter O/I/l. "one or two", "two cats" and "at 5pm" never reach the full pass.
 * MAY_HOLD_NUMBER_PAIR in gate-hints.ts must stay set whenever this can match: change both together
 * (gate-hints.test.ts checks it). Exported for that test.
 */
export const PRETEST = new RegExp(`\\b${DIGIT_WORD}[\\s,.\\-–/]{1,3}(?:${DIGIT_WORD}\\b|\\d)|\\d[\\s,.\\-–/]{1,3}${DIGIT_WORD}\\b|\\d[OoIl]|[OoIl]\\d`, 'i');
/** A token: a number word, a mixed token ("9OO", "6I4": letter O/I/l beside a real digit), or figures. */
const TOKEN = new RegExp(`\\b(?:${WORD_ALT})\\b|\\b[OoIl]{0,2}\\d[\\dOoIl]*\\b|\\d+`, 'gi');
// Not "/" (fractions, exam codes) and not "–" (a dash between clauses).
const SEPARATOR = /[\s,.\-]{0,3}/y;

interface Tok {
  start: number;
  end: number;
  word: string | null; // lower-case word, or null for figures
  digits: string; // what it contributes
  /** Filler words ("and then") between this token and the one before: closed up when the run is a number. */
  filler?: { start: number; end: number };
}

function numberWordEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  const re = TOKEN;
  re.lastIndex = 0;
  let run: Tok[] = [];
  let lastEnd = -1;
  const flush = (): void => {
    if (run.length) emitRun(run, edits);
    run = [];
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const raw = m[0];
    const mixed = /\d/.test(raw) && /[OoIl]/.test(raw);
    const word = mixed ? raw.toLowerCase() : /\d/.test(raw[0]) ? null : raw.toLowerCase();
    let filler: Tok['filler'];
    if (run.length && !isSeparator(text, lastEnd, start) && !(word !== null && run[run.length - 1].word !== null && isWordBreak(text, lastEnd, start))) {
      if (isFiller(text, lastEnd, start)) filler = { start: lastEnd, end: start };
      else flush();
    }
    run.push({ start, end, word, digits: word === null ? raw : '', filler });
    lastEnd = end;
  }
  flush();
  return edits;
}

function isSeparator(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  SEPARATOR.lastIndex = from;
  const m = SEPARATOR.exec(text);
  return m !== null && from + m[0].length === to;
}

/**
 * Between two number WORDS, the marks people break a spoken number with ("zero seven seven / nine
 * zero zero | one two three", "seven_seven", "nine • oh"). Not between figures, where "/" is a fraction.
 */
const WORD_BREAK = /^\s{0,2}[/|_•·~*]\s{0,2}$/;
function isWordBreak(text: string, from: number, to: number): boolean {
  return to - from <= 5 && WORD_BREAK.test(text.slice(from, to));
}

/** "nine double oh, and then six four one": filler words between the parts of a number read aloud. */
const FILLER = /^[\s,.\-–]*(?:and then|then|and|after that|next|followed by)[\s,.\-–:]*$/i;
function isFiller(text: string, from: number, to: number): boolean {
  return to - from <= 16 && FILLER.test(text.slice(from, to));
}

/** How many number words or sound-alikes follow one another from run[i] ("won too free" = 3; "FREE for 1st" = 2). */
function wordChain(run: Tok[], i: number): number {
  let n = 0;
  for (let k = i; k < run.length; k++) {
    const w = run[k].word;
    if (w === null || !(w in UNITS || w in HOMOPHONES || w in REPEAT)) break;
    n++;
  }
  return n;
}

/** Resolve a run's words to digits, split it where a token cannot be read, and emit long runs. */
function emitRun(run: Tok[], edits: Edit[]): void {
  // Resolve each token; a token that cannot stand in a number ends the current segment.
  let segment: Tok[] = [];
  const close = (): void => {
    const digits = segment.reduce((n, t) => n + t.digits.length, 0);
    const words = segment.filter((t) => t.word !== null).length;
    if (digits >= MIN_DIGITS && words > 0) {
      for (let k = 0; k < segment.length; k++) {
        const t = segment[k];
        if (k > 0 && t.filler) edits.push({ start: t.filler.start, end: t.filler.end, replacement: ' ', atomic: true });
        if (t.word !== null) edits.push({ start: t.start, end: t.end, replacement: t.digits });
      }
    }
    segment = [];
  };
  for (let i = 0; i < run.length; i++) {
    const t = run[i];
    if (t.word === null) {
      segment.push(t);
      continue;
    }
    const w = t.word;
    const next = run[i + 1];
    if (/\d/.test(w)) {
      t.digits = w.replace(/o/g, '0').replace(/[il]/g, '1');
    } else if (w in UNITS) {
      // A lone "o" is only a zero next to other number tokens.
      if ((w === 'o' || w === 'oo' || w === 'ooo') && !next && !segment.length) {
        close();
        continue;
      }
      t.digits = UNITS[w];
    } else if (w in TENS) {
      // "ninety one" → 91, "ninety" → 90.
      if (next && next.word && next.word in UNITS && UNITS[next.word].length === 1 && next.word !== 'o' && next.word !== 'oh') {
        t.digits = TENS[w] + UNITS[next.word];
        segment.push(t);
        next.digits = '';
        segment.push(next);
        i++;
        continue;
      }
      t.digits = TENS[w] + '0';
    } else if (w in REPEAT) {
      const nextDigit = next && (next.word ? UNITS[next.word] : next.digits.length === 1 ? next.digits : undefined);
      if (!nextDigit || nextDigit.length !== 1) {
        close();
        continue;
      }
      // "triple seven" becomes one token "777" covering both words, so spans keep the last word.
      segment.push({ start: t.start, end: next.end, word: w, digits: nextDigit.repeat(REPEAT[w]) });
      i++;
      continue;
    } else if (w in ZEROS) {
      if (!segment.length) {
        close();
        continue;
      }
      t.digits = ZEROS[w];
    } else if (w in HOMOPHONES) {
      // Accepted after a digit, before a digit or at the end of a run ("…nine oh oh for to ate").
      // …and only after a number WORD: "from 5 to 10" and "PT2 to 87575" keep their "to".
      const last = segment[segment.length - 1];
      const prevStrong = last !== undefined && last.word !== null && last.word !== '';
      const nextOk = next === undefined || next.word === null || next.word in UNITS || next.word in REPEAT || next.word in HOMOPHONES;
      // After figures, a chain of words ("900 won too free") reads as digits; one word ("5 to 10") does not.
      const afterFigures = last !== undefined && last.word === null && wordChain(run, i) >= 3;
      if (!(prevStrong || afterFigures) || !nextOk) {
        close();
        continue;
      }
      t.digits = HOMOPHONES[w];
    }
    segment.push(t);
  }
  close();
}

/**
 * Fifth-and-a-half step (just before number-words). Number words glued to figures are split apart so
 * number-words can read them: "07seven00 nine00 one2three" → "07 seven 00 nine 00 one 2 three".
 * Only a token made wholly of figures and number words, with at least one of each, is split; "4th",
 * "mp3", "b2b" and "covid19" are not number words and stay whole.
 */
export const gluedNumberWords: Transformer = {
  id: 'glued-number-words',
  pretest: (t) => GLUED_CHEAP.test(t) && (GLUED_PRETEST.test(t) || PLUS_PRETEST.test(t)),
  edits: gluedEdits,
};

const GLUED_WORDS = 'zero|ooo|oo|oh|one|two|three|four|five|six|seven|eight|nine|double|triple|nought';
const GLUED_PRETEST = new RegExp(`\\d(?:${GLUED_WORDS})|(?:${GLUED_WORDS})\\d`, 'i');
/** A letter beside a figure: a fast first look before the words. */
const GLUED_CHEAP = /[a-z]\d|\d[a-z]|plus\s/i;
const WORD_TOKEN = /[0-9a-z]+/gi;
const PIECE = new RegExp(`\\d+|${GLUED_WORDS}`, 'giy');

/**
 * "plus 44 7700…", "plus four four seven…": the word for "+" before a country code, not after a
 * figure ("3 plus 44" is a sum).
 */
const PLUS_PRETEST = /\bplus\s/i;
const PLUS = /(?<!\d\s*|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|x|y|n)\s+)\bplus\s+(?=(?:44|353|1|9[12]|48|40|234|61|33|34|351|49|880)[\s\-(]*\d[\d\s\-()]{6,}|(?:four\s+four|double\s+four|three\s+five\s+three|one|nine\s+(?:one|two)|four\s+eight|four\s+oh|four\s+zero|two\s+three\s+four|six\s+one|three\s+three)(?:[\s,\-]+(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|double|triple)\b){5})/gi;

function gluedEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  if (PLUS_PRETEST.test(text)) {
    PLUS.lastIndex = 0;
    for (let m = PLUS.exec(text); m; m = PLUS.exec(text)) edits.push({ start: m.index, end: m.index + m[0].length, replacement: '+', atomic: true });
  }
  WORD_TOKEN.lastIndex = 0;
  for (let m = WORD_TOKEN.exec(text); m; m = WORD_TOKEN.exec(text)) {
    const tok = m[0];
    if (tok.length < 4 || !/\d/.test(tok) || !/[a-z]/i.test(tok)) continue;
    const pieces: string[] = [];
    PIECE.lastIndex = 0;
    let at = 0;
    for (let p = PIECE.exec(tok); p && p.index === at; p = PIECE.exec(tok)) {
      pieces.push(p[0]);
      at += p[0].length;
    }
    if (at !== tok.length || pieces.length < 2) continue;
    // Letter O's among figures ("077OO9OO123") are zeros: written as figures, so the run stays one number.
    const read = pieces.map((p) => (/^o+$/i.test(p) ? '0'.repeat(p.length) : p));
    if (read.every((p) => /^\d+$/.test(p))) edits.push({ start: m.index, end: m.index + tok.length, replacement: read.join('') });
    else edits.push({ start: m.index, end: m.index + tok.length, replacement: read.join(' ') });
  }
  return edits;
}
