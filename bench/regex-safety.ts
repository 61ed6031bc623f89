/**
 * A small static analyser for catastrophic backtracking: it parses a JavaScript regular expression
 * and reports the two shapes that make a backtracking engine exponential on a failing input:
 *
 * - nested unbounded quantifiers where the inner repetition can share characters with everything
 *   else the outer repetition must match, so the same text splits into iterations in many ways:
 *   `(x+)+`, `(x*)*`, `(\d+[ -]?)+`, `([\w.]+\.)+`;
 * - an unbounded repetition of an alternation whose branches can match the same text: `(a|a)*`,
 *   `(\w|\d)+`, `(\d+|\d)*`.
 *
 * Unambiguous nesting is left alone: `(\d+[ -])+` (the separator is required and is never a digit),
 * `([a-z]+\.)+`, `(?:\d{1,4}[ -]?){2,5}` (bounded). It over-approximates character sets, so it can
 * only err towards flagging. Used by test/linear-time.test.ts over every regex in src/engine.
 */
import ts from 'typescript';

/** A character set over ASCII, plus one bit standing for "some non-ASCII character". */
type CharSet = Uint8Array;
const OTHER = 128;

function emptySet(): CharSet {
  return new Uint8Array(129);
}
function fullSet(): CharSet {
  return new Uint8Array(129).fill(1);
}
function setOf(test: (c: number) => boolean, other: boolean): CharSet {
  const s = emptySet();
  for (let c = 0; c < 128; c++) if (test(c)) s[c] = 1;
  s[OTHER] = other ? 1 : 0;
  return s;
}
function union(a: CharSet, b: CharSet): CharSet {
  const s = emptySet();
  for (let i = 0; i < 129; i++) s[i] = a[i] | b[i];
  return s;
}
function intersects(a: CharSet, b: CharSet): boolean {
  for (let i = 0; i < 129; i++) if (a[i] & b[i]) return true;
  return false;
}
function negate(a: CharSet): CharSet {
  const s = emptySet();
  for (let i = 0; i < 128; i++) s[i] = a[i] ? 0 : 1;
  s[OTHER] = 1; // a negated class always admits some non-ASCII character
  return s;
}
function foldCase(a: CharSet): CharSet {
  const s = a.slice();
  for (let c = 65; c <= 90; c++) if (a[c] || a[c + 32]) s[c] = s[c + 32] = 1;
  return s;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isWord = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
const DIGIT = setOf(isDigit, false);
const WORD = setOf(isWord, false);
const SPACE = setOf(isSpace, true);

/** The parse tree: only what matters for backtracking. */
type Node =
  | { t: 'char'; set: CharSet }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; options: Node[] }
  | { t: 'rep'; body: Node; min: number; max: number }
  | { t: 'zero' } // assertions and lookarounds consume nothing
  | { t: 'look'; body: Node };

/** Why a regex was flagged. */
export interface RegexProblem {
  reason: string;
}

class Parser {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly flags: string,
  ) {}

  parse(): Node {
    const n = this.alternation();
    if (this.i < this.src.length) throw new SyntaxError(`unexpected '${this.src[this.i]}' at ${this.i}`);
    return n;
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0] : { t: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return { t: 'seq', items };
  }

  private quantified(atom: Node): Node {
    const s = this.src;
    let min = -1;
    let max = -1;
    const c = s[this.i];
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (m) {
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
        this.i += m[0].length - 1;
      }
    }
    if (min < 0) return atom;
    this.i++;
    if (s[this.i] === '?') this.i++; // lazy: same backtracking cost
    return { t: 'rep', body: atom, min, max };
  }

  private char(set: CharSet): Node {
    return { t: 'char', set: this.flags.includes('i') ? foldCase(set) : set };
  }

  private atom(): Node {
    const s = this.src;
    const c = s[this.i++];
    if (c === '(') {
      let look = false;
      if (s.startsWith('?:', this.i)) this.i += 2;
      else if (s.startsWith('?=', this.i) || s.startsWith('?!', this.i)) [this.i, look] = [this.i + 2, true];
      else if (s.startsWith('?<=', this.i) || s.startsWith('?<!', this.i)) [this.i, look] = [this.i + 3, true];
      else if (s.startsWith('?<', this.i)) this.i = s.indexOf('>', this.i) + 1;
      const body = this.alternation();
      if (s[this.i] !== ')') throw new SyntaxError('unterminated group');
      this.i++;
      return look ? { t: 'look', body } : body;
    }
    if (c === '^' || c === '$') return { t: 'zero' };
    if (c === '.') return this.char(this.flags.includes('s') ? fullSet() : setOf((x) => x !== 10 && x !== 13, true));
    if (c === '[') return this.char(this.charClass());
    if (c === '\\') return this.escape(false);
    return this.char(this.literal(c.codePointAt(0) ?? 0));
  }

  private literal(code: number): CharSet {
    const s = emptySet();
    if (code < 128) s[code] = 1;
    else s[OTHER] = 1;
    return s;
  }

  /** After a backslash. Inside a class, \b is a backspace and assertions do not exist. */
  private escape(inClass: boolean): Node {
    const s = this.src;
    const c = s[this.i++];
    switch (c) {
      case 'd':
        return this.char(DIGIT);
      case 'D':
        return this.char(negate(DIGIT));
      case 'w':
        return this.char(WORD);
      case 'W':
        return this.char(negate(WORD));
      case 's':
        return this.char(SPACE);
      case 'S':
        return this.char(negate(SPACE));
      case 'b':
      case 'B':
        return inClass ? this.char(this.literal(8)) : { t: 'zero' };
      case 'n':
        return this.char(this.literal(10));
      case 'r':
        return this.char(this.literal(13));
      case 't':
        return this.char(this.literal(9));
      case 'v':
        return this.char(this.literal(11));
      case 'f':
        return this.char(this.literal(12));
      case '0':
        return this.char(this.literal(0));
      case 'c':
        this.i++;
        return this.char(fullSet());
      case 'x': {
        const code = parseInt(s.slice(this.i, this.i + 2), 16);
        this.i += 2;
        return this.char(this.literal(code));
      }
      case 'u': {
        if (s[this.i] === '{') {
          const end = s.indexOf('}', this.i);
          const code = parseInt(s.slice(this.i + 1, end), 16);
          this.i = end + 1;
          return this.char(this.literal(code));
        }
        const code = parseInt(s.slice(this.i, this.i + 4), 16);
        this.i += 4;
        return this.char(this.literal(code));
      }
      case 'p':
      case 'P': {
        // Unicode property: over-approximate by the ASCII letters/digits it may contain, plus non-ASCII.
        const end = s.indexOf('}', this.i);
        const name = s.slice(this.i + 1, end);
        this.i = end + 1;
        if (c === 'P') return this.char(fullSet());
        if (/^(Nd|N|Number|Decimal_Number|digit)$/.test(name)) return this.char(setOf(isDigit, true));
        if (/^(L|Letter|Lu|Ll|Lt|Lm|Lo|Alphabetic|Alpha|Script=|sc=)/.test(name)) return this.char(setOf((x) => isWord(x) && !isDigit(x) && x !== 95, true));
        if (/^(M|Mn|Mc|Me|Cf|Default_Ignorable_Code_Point|Zs|Z|Zl|Zp|Extended_Pictographic|Emoji_Presentation|So|Sk|Sm|Sc)$/.test(name)) return this.char(setOf(() => false, true));
        return this.char(fullSet());
      }
      case 'k': {
        // A backreference matches exactly the captured text: one fixed token, so it is modelled as one
        // atom of any character (repeating it is as unambiguous as repeating a literal).
        this.i = s.indexOf('>', this.i) + 1;
        return this.char(fullSet());
      }
      default:
        if (c >= '1' && c <= '9') {
          while (s[this.i] >= '0' && s[this.i] <= '9') this.i++;
          return this.char(fullSet()); // backreference: see \k above
        }
        return this.char(this.literal(c.codePointAt(0) ?? 0));
    }
  }

  private charClass(): CharSet {
    const s = this.src;
    let negated = false;
    if (s[this.i] === '^') [negated, this.i] = [true, this.i + 1];
    let set = emptySet();
    while (this.i < s.length && s[this.i] !== ']') {
      const lo = this.classAtom();
      if (s[this.i] === '-' && s[this.i + 1] !== ']' && lo.code !== null) {
        this.i++;
        const hi = this.classAtom();
        if (hi.code !== null) {
          const r = emptySet();
          for (let c = lo.code; c <= Math.min(hi.code, 127); c++) r[c] = 1;
          if (hi.code >= 128) r[OTHER] = 1;
          set = union(set, r);
          continue;
        }
        set = union(set, union(lo.set, union(hi.set, this.literal(45))));
        continue;
      }
      set = union(set, lo.set);
    }
    if (s[this.i] !== ']') throw new SyntaxError('unterminated class');
    this.i++;
    return negated ? negate(set) : set;
  }

  /** One class member: its set, and its code point when it is a single character (for ranges). */
  private classAtom(): { set: CharSet; code: number | null } {
    const s = this.src;
    if (s[this.i] === '\\') {
      this.i++;
      const startEsc = this.i;
      const n = this.escape(true);
      const set = n.t === 'char' ? n.set : fullSet();
      let count = 0;
      for (let k = 0; k < 129; k++) count += set[k];
      const single = count === 1 && !set[OTHER] && !'dDwWsSpP'.includes(s[startEsc]);
      return { set, code: single ? set.indexOf(1) : null };
    }
    const code = s.codePointAt(this.i) ?? 0;
    this.i += code > 0xffff ? 2 : 1;
    return { set: this.literal(code), code };
  }
}

/** Every character the node can consume. */
function charsOf(n: Node): CharSet {
  switch (n.t) {
    case 'char':
      return n.set;
    case 'seq':
      return n.items.reduce((acc, x) => union(acc, charsOf(x)), emptySet());
    case 'alt':
      return n.options.reduce((acc, x) => union(acc, charsOf(x)), emptySet());
    case 'rep':
      return charsOf(n.body);
    default:
      return emptySet();
  }
}

/** Characters that can start a non-empty match of the node (over-approximated). */
function firstOf(n: Node): CharSet {
  switch (n.t) {
    case 'char':
      return n.set;
    case 'seq': {
      let acc = emptySet();
      for (const x of n.items) {
        acc = union(acc, firstOf(x));
        if (!canBeEmpty(x)) break;
      }
      return acc;
    }
    case 'alt':
      return n.options.reduce((acc, x) => union(acc, firstOf(x)), emptySet());
    case 'rep':
      return firstOf(n.body);
    default:
      return emptySet();
  }
}

function canBeEmpty(n: Node): boolean {
  switch (n.t) {
    case 'char':
      return false;
    case 'seq':
      return n.items.every(canBeEmpty);
    case 'alt':
      return n.options.some(canBeEmpty);
    case 'rep':
      return n.min === 0 || canBeEmpty(n.body);
    default:
      return true;
  }
}

/**
 * Does `n` always consume at least one character that `inner` can never consume (other than inside
 * `inner` itself)? Such a required separator pins where each outer iteration ends.
 */
function hasRequiredDisjoint(n: Node, inner: Node, chars: CharSet): boolean {
  if (n === inner) return false;
  switch (n.t) {
    case 'char':
      return !intersects(n.set, chars);
    case 'seq':
      return n.items.some((x) => hasRequiredDisjoint(x, inner, chars));
    case 'alt':
      return n.options.every((x) => hasRequiredDisjoint(x, inner, chars));
    case 'rep':
      return n.min >= 1 && hasRequiredDisjoint(n.body, inner, chars);
    default:
      return false;
  }
}

/** Unbounded repetitions inside `n` (not `n` itself), not looking into lookarounds. */
function innerUnbounded(n: Node, out: Node[] = []): Node[] {
  const visit = (x: Node): void => {
    if (x.t === 'rep' && x.max === Infinity) out.push(x);
    if (x.t === 'seq') x.items.forEach(visit);
    else if (x.t === 'alt') x.options.forEach(visit);
    else if (x.t === 'rep') visit(x.body);
  };
  if (n.t === 'rep') visit(n.body);
  return out;
}

/** Alternations directly under `n` (through groups and sequences, not through other repetitions). */
function alternationsIn(n: Node, out: Extract<Node, { t: 'alt' }>[] = []): Extract<Node, { t: 'alt' }>[] {
  if (n.t === 'alt') {
    out.push(n);
    n.options.forEach((o) => alternationsIn(o, out));
  } else if (n.t === 'seq') n.items.forEach((x) => alternationsIn(x, out));
  return out;
}

/** Fixed-length shape of a branch (a list of character sets), or null when it repeats or varies. */
function shapeOf(n: Node): CharSet[] | null {
  if (n.t === 'char') return [n.set];
  if (n.t === 'zero' || n.t === 'look') return [];
  if (n.t === 'seq') {
    const out: CharSet[] = [];
    for (const x of n.items) {
      const s = shapeOf(x);
      if (!s) return null;
      out.push(...s);
    }
    return out;
  }
  if (n.t === 'rep' && n.min === n.max && n.max <= 16) {
    const s = shapeOf(n.body);
    return s && Array.from({ length: n.min }, () => s).flat();
  }
  return null;
}

/** Can two branches of an alternation match the same text (approximately)? */
function branchesOverlap(a: Node, b: Node): boolean {
  if (!intersects(firstOf(a), firstOf(b))) return false;
  const sa = shapeOf(a);
  const sb = shapeOf(b);
  if (sa && sb) {
    // Fixed lengths: the same text only when equally long and every position overlaps.
    return sa.length === sb.length && sa.every((s, i) => intersects(s, sb[i]));
  }
  return true; // a variable-length branch whose start overlaps another's: assume ambiguity
}

/** Parse `source` with `flags`; throws SyntaxError on a pattern it cannot read. */
export function parseRegex(source: string, flags = ''): Node {
  return new Parser(source, flags).parse();
}

/**
 * The catastrophic-backtracking problems of one regex (empty when it looks safe).
 * @example regexProblems('(\\d+)+$').length // 1
 * @example regexProblems('(?:\\d+[ -])+\\d+').length // 0
 */
export function regexProblems(source: string, flags = ''): RegexProblem[] {
  const problems: RegexProblem[] = [];
  const root = parseRegex(source, flags);
  const walk = (n: Node): void => {
    if (n.t === 'rep' && n.max === Infinity) {
      for (const inner of innerUnbounded(n)) {
        const chars = charsOf(inner);
        if (!hasRequiredDisjoint(n.body, inner, chars)) {
          problems.push({ reason: 'nested unbounded quantifiers with nothing required between iterations that the inner one cannot match' });
          break;
        }
      }
      for (const alt of alternationsIn(n.body)) {
        const o = alt.options;
        let found = false;
        for (let i = 0; i < o.length && !found; i++) for (let j = i + 1; j < o.length && !found; j++) found = branchesOverlap(o[i], o[j]);
        if (found) problems.push({ reason: 'unbounded repetition of an alternation whose branches can match the same text' });
      }
    }
    if (n.t === 'seq') n.items.forEach(walk);
    else if (n.t === 'alt') n.options.forEach(walk);
    else if (n.t === 'rep' || n.t === 'look') walk(n.body);
  };
  walk(root);
  return problems;
}

/** A regex found in source code. */
export interface RegexSite {
  file: string;
  line: number;
  source: string;
  flags: string;
}

/**
 * Every statically known regex in a TypeScript source: literals, and `RegExp(...)`/`new RegExp(...)`
 * whose pattern is a string literal. `dynamic` counts RegExp constructions whose pattern is computed
 * (built from word lists), which this analyser cannot see; the runtime hang test covers those.
 */
export function regexesInSource(file: string, text: string): { sites: RegexSite[]; dynamic: number } {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const sites: RegexSite[] = [];
  let dynamic = 0;
  const lineOf = (n: ts.Node): number => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const visit = (n: ts.Node): void => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = (n as ts.RegularExpressionLiteral).text;
      const end = lit.lastIndexOf('/');
      sites.push({ file, line: lineOf(n), source: lit.slice(1, end), flags: lit.slice(end + 1) });
    } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
      const [pattern, flags] = n.arguments ?? [];
      if (pattern && (ts.isStringLiteral(pattern) || ts.isNoSubstitutionTemplateLiteral(pattern))) {
        const f = flags && (ts.isStringLiteral(flags) || ts.isNoSubstitutionTemplateLiteral(flags)) ? flags.text : '';
        sites.push({ file, line: lineOf(n), source: pattern.text, flags: f });
      } else dynamic++;
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return { sites, dynamic };
}
