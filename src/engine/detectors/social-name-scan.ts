/**
 * Where a network's name appears in a message, for the social detector's gates. Two questions:
 *
 * - PLAIN_NAME: a name written plainly as a word of its own, as `\b(?:instagram|tik\s?tok|…)\b`
 *   matches in the lower-cased text;
 * - FOLDED_NAME: a name in the leet-folded text (`leet`) with at most one of " .-*_" between any two
 *   of its letters and no letter either side, as `(?:^|[^a-z])(?:s[ .\-*_]?n[ .\-*_]?a[ .\-*_]?p|…)(?![a-z])`
 *   matches in `leet(lower)`.
 *
 * Both are answered in one pass by a DFA: a few table reads per character and no branch on which
 * letters it reads. This runs on every message; the two regexes plus the fold cost about four times
 * as much, and a hand-written scan of word starts is no faster (its branch at each word start
 * mispredicts). A state is the set of places reached in the two name tries. States and transitions
 * are made on first use, so loading the engine costs nothing and only what real text reaches is built.
 */
import { SOCIAL_NAMES } from './social-words.js';

/** Bits of `nameSigns`. */
export const PLAIN_NAME = 1;
export const FOLDED_NAME = 2;

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's', '|': 'l', '!': 'i' };
const A = 97;
const AT = 64;
const isLetterCode = (c: number): boolean => c >= A && c < A + 26;
/** The letter's code for each ASCII leetspeak character, else 0 ("@" depends on its neighbours). */
const LEET_CODE = new Uint8Array(128);
for (const [ch, letter] of Object.entries(LEET)) if (ch !== '@') LEET_CODE[ch.charCodeAt(0)] = letter.charCodeAt(0);

/** Fold leetspeak to letters, keeping length so offsets still line up. */
export function leet(s: string): string {
  // A loop, not `replace` with a callback: half the cost on the maths-heavy messages that get here.
  let out = '';
  let copied = 0; // s up to here is in `out`
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) continue;
    // "@" is a letter only inside a word ("sn@p"); elsewhere it is the handle marker.
    const letter = c === AT ? (isLetterCode(s.charCodeAt(i - 1)) && isLetterCode(s.charCodeAt(i + 1)) ? A : 0) : LEET_CODE[c];
    if (letter === 0) continue;
    out += s.slice(copied, i) + String.fromCharCode(letter);
    copied = i + 1;
  }
  return copied === 0 ? s : out + s.slice(copied);
}

// ---- The names as tries. Node 0 is the root; an edge is a letter (0–25) or SPACE_EDGE.

const SPACE_EDGE = 26;

class NameTrie {
  private readonly children: number[][] = [[]];
  readonly isName: boolean[] = [false];

  get size(): number {
    return this.isName.length;
  }

  add(name: string): void {
    // The automaton compares a–z codes only; any other character would silently never match.
    if (!/^[a-z]+(?: [a-z]+)*$/.test(name)) throw new Error(`social name must be lower-case a-z words: ${JSON.stringify(name)}`);
    let node = 0;
    for (const ch of name) {
      const edge = ch === ' ' ? SPACE_EDGE : ch.charCodeAt(0) - A;
      let child = this.children[node][edge];
      if (child === undefined) {
        child = this.isName.length;
        this.children[node][edge] = child;
        this.children.push([]);
        this.isName.push(false);
      }
      node = child;
    }
    this.isName[node] = true;
  }

  /** The node after `edge`, or -1. */
  child(node: number, edge: number): number {
    return this.children[node][edge] ?? -1;
  }
}

/** "tik tok" → "tik tok", "tiktok": each space is optional (the regex's `\s?`). */
function withOptionalSpaces(name: string): string[] {
  const at = name.indexOf(' ');
  if (at < 0) return [name];
  return withOptionalSpaces(name.slice(at + 1)).flatMap((rest) => [`${name.slice(0, at)} ${rest}`, name.slice(0, at) + rest]);
}

const PLAIN = new NameTrie();
const FOLDED = new NameTrie();
for (const name of SOCIAL_NAMES) {
  for (const variant of withOptionalSpaces(name)) PLAIN.add(variant);
  FOLDED.add(name.replace(/ /g, ''));
}

// ---- Character classes: what a character is to each trie, a letter 0–25 or one of these. To PLAIN:
// another `\w` character (digit, capital, "_"), a `\s` character, or OTHER. To FOLDED: one of
// " .-*_" (allowed once between two letters of a name), or OTHER.

const WORD = 26;
const SPACE = 27;
const SEPARATOR = 26;
const OTHER = 28;

interface CharClass {
  plain: number;
  folded: number;
}
const CLASSES: CharClass[] = [];
function classId(plain: number, folded: number): number {
  let id = CLASSES.findIndex((k) => k.plain === plain && k.folded === folded);
  if (id < 0) id = CLASSES.push({ plain, folded }) - 1;
  return id;
}

/** The class of each ASCII character ("@" here is the handle marker; see `AT_IN_WORD`). */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  const plain = c >= A && c < A + 26 ? c - A : /\w/.test(ch) ? WORD : /\s/.test(ch) ? SPACE : OTHER;
  const letter = c >= A && c < A + 26 ? ch : ch === '@' ? undefined : LEET[ch];
  ASCII_CLASS[c] = classId(plain, letter ? letter.charCodeAt(0) - A : ' .-*_'.includes(ch) ? SEPARATOR : OTHER);
}
/** "@" between two letters ("sn@p"): an "a" once folded. */
const AT_IN_WORD = classId(OTHER, 0);
const WIDE_SPACE = classId(SPACE, OTHER);
const WIDE_OTHER = classId(OTHER, OTHER);
const CLASS_COUNT = CLASSES.length;

/** `\s` beyond ASCII (the Unicode space separators, line and paragraph separators, BOM). */
const isWideSpace = (c: number): boolean =>
  c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** The class of any character; the scan inlines the common ASCII case. */
function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c === AT) return isLetterCode(s.charCodeAt(i - 1)) && isLetterCode(s.charCodeAt(i + 1)) ? AT_IN_WORD : ASCII_CLASS[c];
  if (c < 128) return ASCII_CLASS[c];
  return isWideSpace(c) ? WIDE_SPACE : WIDE_OTHER;
}

// ---- The automaton. A place is a number: a name may start here (PLAIN_START, FOLDED_START), a node
// of PLAIN, a node of FOLDED, or a node of FOLDED followed by one separator. A state is a set of places.

const PLAIN_START = 0;
const FOLDED_START = 1;
const plainPlace = (node: number): number => 2 + node;
const foldedPlace = (node: number): number => 2 + PLAIN.size + node;
const afterSeparatorPlace = (node: number): number => 2 + PLAIN.size + FOLDED.size + node;

/** PLAIN_NAME or FOLDED_NAME when `place` ends a whole name of its trie, else 0. */
function nameEndingAt(place: number): number {
  if (place >= plainPlace(0) && place < foldedPlace(0)) return PLAIN.isName[place - plainPlace(0)] ? PLAIN_NAME : 0;
  if (place >= foldedPlace(0) && place < afterSeparatorPlace(0)) return FOLDED.isName[place - foldedPlace(0)] ? FOLDED_NAME : 0;
  return 0;
}

/** The signs given when the text ends with these places: a name ending at the end. */
function signsAtEndOf(places: readonly number[]): number {
  let signs = 0;
  for (const place of places) signs |= nameEndingAt(place);
  return signs;
}

/** The places after reading a character of class `cls`, sorted, and the signs found on the way. */
function successor(places: readonly number[], cls: number): { places: number[]; signs: number } {
  const { plain, folded } = CLASSES[cls];
  const plainLetter = plain < 26;
  const foldedLetter = folded < 26;
  const out = new Set<number>();
  let signs = 0;
  // A name may start after a non-word character for PLAIN (`\b`), after a non-letter for FOLDED.
  if (!plainLetter && plain !== WORD) out.add(PLAIN_START);
  if (!foldedLetter) out.add(FOLDED_START);
  for (const place of places) {
    if (place === PLAIN_START) {
      if (plainLetter) addChild(out, PLAIN, 0, plain, plainPlace);
    } else if (place === FOLDED_START) {
      if (foldedLetter) addChild(out, FOLDED, 0, folded, foldedPlace);
    } else if (place < foldedPlace(0)) {
      const node = place - plainPlace(0);
      if (!plainLetter && plain !== WORD) signs |= nameEndingAt(place); // `\b` after the name
      if (plainLetter) addChild(out, PLAIN, node, plain, plainPlace);
      else if (plain === SPACE) addChild(out, PLAIN, node, SPACE_EDGE, plainPlace);
    } else if (place < afterSeparatorPlace(0)) {
      const node = place - foldedPlace(0);
      if (!foldedLetter) signs |= nameEndingAt(place); // `(?![a-z])` after the name
      if (foldedLetter) addChild(out, FOLDED, node, folded, foldedPlace);
      else if (folded === SEPARATOR) out.add(afterSeparatorPlace(node));
    } else if (foldedLetter) {
      addChild(out, FOLDED, place - afterSeparatorPlace(0), folded, foldedPlace);
    }
  }
  return { places: [...out].sort((a, b) => a - b), signs };
}

function addChild(out: Set<number>, trie: NameTrie, node: number, edge: number, place: (node: number) => number): void {
  const child = trie.child(node, edge);
  if (child >= 0) out.add(place(child));
}

const START_PLACES = [PLAIN_START, FOLDED_START];

/**
 * Without tables: one successor set per character. Slow (a set per character), but the same answer;
 * used only if the tables below fill up, which the built-in names are far from doing.
 */
export function nameSignsWithoutTables(lower: string): number {
  let places: readonly number[] = START_PLACES;
  let signs = 0;
  for (let i = 0; i < lower.length; i++) {
    const step = successor(places, classAt(lower, i));
    places = step.places;
    signs |= step.signs;
  }
  return signs | signsAtEndOf(places);
}

// ---- The tables, filled as text reaches new states and transitions. Fixed in size: the scan reads
// `const` tables noticeably faster than ones it must reload after growing. Every reachable state of
// the built-in names fits (about 1,400; real text reaches a few hundred).

const MAX_STATES = 4096;
const statePlaces: (readonly number[])[] = [];
const stateOfKey = new Map<string, number>();
const signsAtEnd = new Uint8Array(MAX_STATES);
/** `nextPlusOne[state * CLASS_COUNT + class]`: the next state + 1, or 0 while not yet made. */
const nextPlusOne = new Uint16Array(MAX_STATES * CLASS_COUNT);
/** The signs found on each transition. */
const signsOn = new Uint8Array(MAX_STATES * CLASS_COUNT);

/** The state holding exactly these (sorted) places, made if new; -1 when the tables are full. */
function stateOf(places: readonly number[]): number {
  const key = places.join(',');
  const known = stateOfKey.get(key);
  if (known !== undefined) return known;
  if (statePlaces.length === MAX_STATES) return -1;
  const state = statePlaces.length;
  statePlaces.push(places);
  stateOfKey.set(key, state);
  signsAtEnd[state] = signsAtEndOf(places);
  return state;
}

/** Make transition `t` (= state × CLASS_COUNT + class); returns where it leads, or -1 when full. */
function follow(t: number): number {
  const step = successor(statePlaces[Math.floor(t / CLASS_COUNT)], t % CLASS_COUNT);
  const to = stateOf(step.places);
  if (to >= 0) {
    nextPlusOne[t] = to + 1;
    signsOn[t] = step.signs;
  }
  return to;
}

const START = stateOf(START_PLACES);
let memoText: string | null = null;
let memoSigns = 0;

/**
 * PLAIN_NAME and FOLDED_NAME bits for `lower` (see the module comment). Memoised for the last text:
 * the detector's pretest and find ask about the same text in a row.
 */
export function nameSigns(lower: string): number {
  if (lower !== memoText) {
    memoSigns = scan(lower);
    memoText = lower;
  }
  return memoSigns;
}

function scan(lower: string): number {
  let state = START;
  let signs = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const t = state * CLASS_COUNT + (c < 128 && c !== AT ? ASCII_CLASS[c] : classAt(lower, i));
    state = nextPlusOne[t] - 1;
    if (state < 0) {
      state = follow(t);
      if (state < 0) return nameSignsWithoutTables(lower); // the tables are full
    }
    signs |= signsOn[t];
  }
  return signs | signsAtEnd[state];
}
