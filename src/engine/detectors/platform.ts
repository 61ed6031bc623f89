/**
 * The `platform` detector: an invitation to talk on another communication or video platform
 * (kind `platform`), or to be contacted on a social network (kind `social`), including misspelled,
 * spaced, leetspeak and look-alike spellings, meeting links and indirect hints ("the green app").
 * When the invitation is asked as a question ("are you on Skype?", "can we move to WhatsApp?") it
 * also reports a `request`.
 *
 * Candidates → verification → context score:
 *  1. candidates: one combined, bounded regex of every name in `PLATFORM_WORDS` (fuzzed), the hint
 *     patterns and meeting-link hosts;
 *  2. verification: abbreviations must be in capitals; harmless senses of ambiguous names
 *     ("zoom in", "teams of", "signal processing", "snap decision") are rejected;
 *  3. context score: a base by how ambiguous the name is, raised by invitation cues ("let's",
 *     "add me on", "send you a … link", "are you on", "X me", "X is easier") and by a disguised
 *     spelling, lowered by refusals ("I can't do WhatsApp"), quotes and academic mentions ("Microsoft
 *     bought Skype in 2011", "an Instagram advert").
 */
import { findingFromNormalised } from '../finding.js';
import { toOriginalSpan } from '../normalise/index.js';
import { seedWindows } from '../text-runs.js';
import type { Detector, DetectorInput, Finding } from '../types.js';
import { COLOUR_ONE, COMMS_CONTEXT, MEETING_LINK, MEETING_SEED, PLATFORM_HINTS, PLATFORM_WORDS, type PlatformWord } from './platform-words.js';
import { MENTION, ON_PLATFORM, REFUSAL, cachedPattern, contextAround, eachMatch, fromSkeleton, skeletonOf, isDisguised, escapeRegExp, mayBeDisguised, wordGroup, wordMask, type ContextWindow } from './intent-rules.js';

const ID = 'platform';

// One combined candidate regex: group i+1 is PLATFORM_WORDS[ORDER[i]]. Longer names first, so
// "snapchat" wins over "snap" at the same position.
const ORDER = PLATFORM_WORDS.map((w, i) => ({ w, i, len: Math.max(w.name.length, ...(w.variants ?? []).map((v) => v.length)) }))
  .sort((a, b) => b.len - a.len)
  .map((x) => x.i);
/**
 * Every spelling, plainly. Disguises are undone before matching: look-alike letters and invisible
 * characters by the normaliser, leetspeak, spaced letters and tripled letters by `skeletonOf`.
 */
const NAME_RE = new RegExp(
  `(?<![a-z0-9_@#.\\-])(?:${ORDER.map((i) => {
    const w = PLATFORM_WORDS[i];
    return `(${[w.name, ...(w.variants ?? [])].map((s) => escapeRegExp(s).replace(/ /g, '\\s?')).join('|')})`;
  }).join('|')})(?![a-z0-9_])`,
  'g',
);

/** The list entry whose group matched. */
function wordOfMatch(m: RegExpExecArray): PlatformWord | undefined {
  let gi = 1;
  while (gi < m.length && m[gi] === undefined) gi++;
  return PLATFORM_WORDS[ORDER[gi - 1]];
}
// Letters of spellings that are plain (the name, or a variant written as two real words).
const PLAIN_LETTERS = new Map<PlatformWord, Set<string>>(
  PLATFORM_WORDS.map((w) => [w, new Set([w.name, ...(w.variants ?? []).filter((v) => v.includes(' '))].map((s) => s.replace(/\s/g, '')))]),
);

/** Cues before a name that invite (strong). Tested on the last 45 characters of the clause before it. */
const INVITE_BEFORE =
  /\b(?:let'?s|lets|shall (?:we|i)|should we|can (?:we|i|u|you)|could (?:we|i|u|you)|we could|we can|why don'?t we|how about|what about|switch(?:ing)?(?: over)? to|mov(?:e|ing)(?: over)? to|go(?:ing)? over to|take (?:this|it|things) (?:to|on|over to)|add (?:me|you|u|him|her|us|them)|(?:ping|message|msg|dm|text|call|ring|reach|contact|catch|find|follow|talk to|speak to|chat (?:to|with)|connect with|hit) (?:me|you|u|us|him|her)(?: up)?|join|hop on|chat on|talk on|speak on|call (?:me |you |u )?on|ring (?:me |you )?on|download|send (?:you|u|her|him|them|the|a|an|over|it)|i'?ll send|i can send|i'?ll (?:add|invite|message|call|ring|dm)|invite|are (?:you|u) on|r (?:you|u) on|(?:you|u) on|do (?:you|u) (?:have|use|got)|have (?:you|u) got|(?:you|u) got|got|what'?s (?:your|ur)|whats (?:your|ur)|wats (?:your|ur)|get (?:your|ur)|number (?:for|on)|(?:easier|better|quicker|simpler|best) (?:on|over|via|with|through)|prefer(?:s|red)?|would rather|just use|(?:want|wanna|like) to (?:try|use|switch to|move to|do))\b[^.?!]{0,30}$/;
/** Weaker cues before a name. */
const WEAK_BEFORE = /\b(?:via|try|my|your|ur)\s+(?:\S+\s+){0,1}$/;
/** Faint cues: a name after these is as often a mention as an offer ("people use WhatsApp"). */
const FAINT_BEFORE = /\b(?:use|uses|using|or)\s+(?:\S+\s+){0,1}$/;
/** "my snap is …", "my insta: …". */
const MY_NAME_IS = /\b(?:my|our|her|his)\s+$/;
const IS_VALUE_AFTER = /^\s*(?:is|'s|=|-|–|—|:)\s*(?!(?:private|locked|banned|blocked|down|broken|deleted|not|off|closed|gone|rubbish|too|also|just for)\b)\S/;
/** Cues after a name that invite (strong): verb use, links, preference statements, handles. */
const INVITE_AFTER = [
  /^\s*(?:me|us|you|u|him|her|them)\b(?!\s+(?:that|this|what|about))/, // "skype me", "I'll teams you"
  /^\s*(?:video(?: call)?|call|link|invite|invitation|group|server|channel|meeting|id|number|details|user(?:name)?|handle|account|instead)\b/,
  /^\s*(?:(?:just|really|much|so|definitely|probably|honestly|always)\s+)?(?:is|'s|would be|will be|works?|would (?:suit|work)|suits)\s+(?:(?:much|a lot|way|so|just|really|the|a bit|far)\s+){0,2}(?:quicker|easier|better|best|fine|ok|okay|good|great|simpler|more reliable|reliable|more stable|faster|what|where|how|for us|for me)\b/,
  /^\s*[:\-–]?\s*@[a-z0-9_.]{2,}/, // "tiktok @name"
  /^\s*(?:ok|okay|alright|fine|good|better)\s+(?:for|with)\s+(?:you|u)\b/, // "is Google Meet ok for you?"
  /^\s*:\s*(?!(?:private|not|no|none|n\/a)\b)\S/, // "discord: name#1234"
  /\b(?:send (?:you |u )?(?:a |the )?(?:link|invite)|find (?:you|u|me) there|join (?:us|me) there|on there|there instead)\b/,
];
/** An invitation that points back to a platform named before it ("on there", "join us there"). */
const INVITE_THERE =
  /\b(?:invite|add|find|message|call|join|send|see|meet|chat|talk|speak|text|dm|contact)\w* (?:\w+ ){0,4}?(?:on|over) there\b|\b(?:join|find|add) (?:me|us|you|u|her|him) there\b|\bwhat'?s (?:your|ur) (?:user(?:name)?|id|handle) (?:on )?(?:there|it)\b/g;
/** "my instagram is private", "snapchat got deleted": about the account, not an invitation. */
const CLOSED_AFTER = /^\s*(?:account\s+)?(?:is|'s|was|got|has been|isn'?t)\s+(?:\w+\s+)?(?:private|locked|banned|blocked|down|broken|deleted|off|closed|gone|hacked|rubbish|restricted)\b/;
/** Weaker cues after a name. */
const WEAK_AFTER = /^\s*(?:\?|instead|later|tonight|tomorrow|after (?:school|dinner|tea|class|lessons?|work|the lesson)|this evening|today|at \d|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|chat)/;

/** Harmless senses, by name: a match followed/preceded by these is not a platform. */
const HARMLESS: Record<string, { after?: RegExp; before?: RegExp }> = {
  zoom: { after: /^\s*(?:in|out|into|onto|on (?:the|to|your|my|this|that)|level|lens|function|tool|feature|button|ed|ing|right|closer|back)\b/, before: /\b(?:camera|to|and|pinch|you can|then|can)\s+$/ },
  teams: { before: /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|pick|picked|into|in|both|other|opposing|rival|sports?|football|rugby|netball|hockey|the two|different|small|our|mixed)\s+$/, after: /^\s*(?:of|each|play|played|scored|won|lost|in (?:pe|the league)|and|were)\b/ },
  signal: { after: /^\s*(?:processing|words?|of|keeps|is (?:weak|bad|poor|rubbish|terrible|awful|gone|down|lost)|strength|drops?|dropped|cuts?|bars?|was|transduction|pathway|molecules?|to noise|generator)\b/, before: /\b(?:my|the|a|digital|analogue|analog|cell|weak|phone|wifi|wi-fi|no|bad|poor|good|strong|electrical|chemical|nerve|traffic|input|output)\s+$/ },
  discord: { before: /\b(?:a|the|real|some|much|of|in|musical|family|political|no)\s+$/ },
  snap: { after: /^\s*(?:decision|judgement|judgment|shot|election|of|back|in half|off)\b/, before: /\b(?:oh|aw|will|would|might|could|to|a|cold|the)\s+$/ },
  messenger: { before: /\b(?:the|a|is|as)\s+$/ },
  ft: { before: /\b(?:the|\d+)\s+$/ },
  ig: { after: /^\s*(?:cse|gcse)/ },
};

function isQuoted(lower: string, start: number, end: number): boolean {
  const b = lower[start - 1];
  const a = lower[end];
  return (b === "'" || b === '"' || b === '‘' || b === '“') && (a === "'" || a === '"' || a === '’' || a === '”');
}

/** Score one named candidate. Returns null when a harmless sense rules it out. */
function scoreName(input: DetectorInput, w: PlatformWord, start: number, end: number, ctx: ContextWindow, plainLetters: ReadonlySet<string> = PLAIN_LETTERS.get(w) ?? new Set([w.name])): { score: number; why: string[] } | null {
  const lower = input.lower;
  const before = ctx.before.slice(-45);
  const after = ctx.after.slice(0, 45);
  const harmless = HARMLESS[w.name];
  const strongAfter = INVITE_AFTER.some((re) => re.test(after));
  // A harmless sense ("zoom in", "teams of three", "a snap decision") unless an invitation follows
  // ("a discord server", "the zoom link").
  if (harmless?.after?.test(after) || (harmless?.before?.test(before) && !strongAfter)) return null;
  const why: string[] = [`names ${w.name}`];
  let score = w.ambiguous ? 0.15 : 0.45;

  const matched = lower.slice(start, end);
  const originalSlice = input.original.slice(...toOriginalSpan(input.normalised, start, end));
  const letters = matched.replace(/[^a-z]/g, '');
  const separators = (matched.match(/[\s.\-_*]/g) ?? []).length;
  const disguised =
    isDisguised(originalSlice, input.normalised.text.slice(start, end), matched) ||
    /[^a-z\s]/.test(matched) ||
    separators >= 2 ||
    !plainLetters.has(letters);
  if (disguised) {
    score += 0.3;
    why.push('disguised spelling');
  }
  let cue = 0;
  if (MY_NAME_IS.test(before) && IS_VALUE_AFTER.test(after)) {
    cue = 0.4;
    why.push('"my … is"');
  } else if (INVITE_BEFORE.test(before)) {
    cue = 0.4;
    why.push('invitation before');
  } else if (WEAK_BEFORE.test(before)) {
    cue = 0.2;
    why.push('weak cue before');
  } else if (FAINT_BEFORE.test(before)) {
    cue = 0.1;
    why.push('faint cue before');
  }
  let afterCue = 0;
  if (strongAfter) {
    afterCue = 0.4;
    why.push('invitation after');
  } else if (WEAK_AFTER.test(after)) {
    afterCue = 0.2;
    why.push('weak cue after');
  }
  score += Math.min(0.6, cue + afterCue);
  // An ambiguous word needs one clear invitation (or a disguise): two weak hints ("is the homework
  // on Teams?") are not enough.
  if (w.ambiguous && !disguised && cue < 0.4 && afterCue < 0.4) score = Math.min(score, 0.45);
  if (REFUSAL.test(ctx.clause)) {
    score -= 0.6;
    why.push('refusal in the same clause');
  }
  if (CLOSED_AFTER.test(after)) {
    score -= 0.4;
    why.push('says the account is closed or private');
  }
  if (MENTION.test(ctx.sentence) || isQuoted(lower, start, end) || /\b(?:describe|the word|the term|means|meaning|spell|spelt|definition|synonym)\b/.test(ctx.clause)) {
    score -= 0.4;
    why.push('mentioned, not offered');
  }
  return { score, why };
}

const extraCache = new WeakMap<readonly string[], RegExp | null>();

// Cheap pretests, so the name regex runs only on messages that could hold a name: a word of a plain
// spelling (one bit of the message's word mask), or a likely disguise (`mayBeDisguised`).
const NAME_STOP = new Set(['the', 'i', 'g', 'ms', 'you', 'in', 'ap', 'app', 'chat']);
const NAME_WORDS: readonly string[] = [
  ...new Set(
    PLATFORM_WORDS.flatMap((w) => [w.name, ...(w.variants ?? [])]).map((n) => n.split(' ').find((x) => !NAME_STOP.has(x)) ?? n.replace(/\s/g, '')),
  ),
];
const NAME_BIT = wordGroup(NAME_WORDS);
const HINT_BIT = wordGroup(['meet', 'app', 'apps', 'icon', 'logo', 'ghost', 'plane', 'microsoft', 'google', 'apple', 'disappear', 'disappears', 'vanish', 'group', 'green', 'yellow', 'blue', 'purple', 'pink']);


function findPlatforms(input: DetectorInput): Finding[] {
  const { lower } = input;
  // Cheap exit for the usual message: no name, hint word, link host or disguise.
  if (!(wordMask(lower) & (NAME_BIT | HINT_BIT)) && !mayBeDisguised(lower) && !lower.includes('t.me') && !lower.includes('m.me') && !input.config.extraWords[ID]?.length) return [];
  const out: Finding[] = [];
  const min = input.config.minScore;
  const push = (start: number, end: number, kind: 'platform' | 'social', score: number, why: string[], value: string | undefined, ctx: ContextWindow | null): void => {
    if (score < min) return;
    out.push(findingFromNormalised(input, { start, end }, { kind, detector: ID, score, why, value }));
    // A question about moving there is also a request ("are you on Skype?", "can we FT instead").
    if (ctx && ctx.question && !REFUSAL.test(ctx.clause)) {
      out.push(findingFromNormalised(input, { start, end }, { kind: 'request', detector: ID, score: Math.min(score, 0.8), why: [...why, 'asked as a question'], value }));
    }
  };

  const named: { end: number; w: PlatformWord }[] = [];
  const words = wordMask(lower);
  const disguise = mayBeDisguised(lower);
  const plain = (words & NAME_BIT) !== 0 || lower.includes('t.me') || lower.includes('m.me');
  const mayName = disguise || plain;
  const onName = (m: RegExpExecArray, start: number, end: number): void => {
    const w = wordOfMatch(m);
    if (!w) return;
    if (w.upperOnly) {
      const [os, oe] = toOriginalSpan(input.normalised, start, end);
      const orig = input.original.slice(os, oe);
      if (orig !== orig.toUpperCase() || orig === orig.toLowerCase()) return;
    }
    const ctx = contextAround(lower, start, end);
    const scored = scoreName(input, w, start, end, ctx);
    if (!scored) return;
    if (!REFUSAL.test(ctx.clause)) named.push({ end, w });
    push(start, end, w.kind, scored.score, scored.why, w.name, ctx);
  };
  let seen: Set<number> | null = null;
  if (disguise) {
    // Disguised spellings: match the plain patterns on the skeleton (leetspeak folded, spaced letters
    // closed up, tripled letters cut), and map each match back to the text.
    const sk = skeletonOf(lower);
    if (sk) {
      eachMatch(NAME_RE, sk.text, (m) => {
        const [s, e] = fromSkeleton(sk, m.index, m.index + m[0].length);
        (seen ??= new Set()).add(e);
        onName(m, s, e);
      });
    }
  }
  if (mayName) {
    eachMatch(NAME_RE, lower, (m) => {
      const end = m.index + m[0].length;
      if (!seen?.has(end)) onName(m, m.index, end);
    });
  }

  // A platform named earlier (in this message or, on a joined conversation window, a previous one)
  // and the invitation afterwards: "Does her school use Teams?" … "I'll invite her on there".
  if (named.length) {
    eachMatch(INVITE_THERE, lower, (m) => {
      const prior = named.filter((n) => n.end <= m.index && m.index - n.end <= 200).pop();
      if (!prior) return;
      const ctx = contextAround(lower, m.index, m.index + m[0].length);
      if (REFUSAL.test(ctx.clause)) return;
      push(m.index, m.index + m[0].length, prior.w.kind, 0.6, [`invitation to ${prior.w.name}, named just before`], prior.w.name, null);
    });
  }

  const extra = cachedPattern(extraCache, input.config.extraWords[ID]);
  if (extra) {
    eachMatch(extra, lower, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      const ctx = contextAround(lower, start, end);
      const w: PlatformWord = { name: m[0], kind: 'platform', ambiguous: false };
      const scored = scoreName(input, w, start, end, ctx, new Set([m[0].replace(/[^a-z]/g, '')]));
      if (scored) push(start, end, 'platform', scored.score, [...scored.why, 'deployment word'], m[0], ctx);
    });
  }

  if (!mayName && !(words & HINT_BIT)) return out;
  for (const hint of PLATFORM_HINTS) {
    eachMatch(hint.re, lower, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      const ctx = contextAround(lower, start, end);
      let score = hint.score;
      if (REFUSAL.test(ctx.clause)) score -= 0.6;
      if (ON_PLATFORM.test(ctx.clause)) score -= 0.5; // "the meet link on your dashboard"
      if (MENTION.test(ctx.sentence)) score -= 0.3;
      push(start, end, hint.kind, score, [hint.why], undefined, ctx);
    });
  }

  // "the green one" after a mention of an app, a group or a chat (also across joined messages).
  eachMatch(COLOUR_ONE, lower, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    const context = lower.slice(Math.max(0, start - 150), start);
    if (!COMMS_CONTEXT.test(context)) return;
    const ctx = contextAround(lower, start, end);
    const score = REFUSAL.test(ctx.clause) ? 0.1 : 0.6;
    push(start, end, 'platform', score, ['indirect hint: "the <colour> one" after a mention of an app or a group'], undefined, null);
  });

  // Every meeting host holds ".us", ".com", ".me" or ".gg", and a link holds no space: the link regex
  // runs only on the runs of text around those (MEETING_SEED; on a short message, the message).
  for (const [from, to] of seedWindows(lower, MEETING_SEED, 0)) {
    const window = from === 0 && to === lower.length ? lower : lower.slice(from, to);
    eachMatch(MEETING_LINK, window, (m) => {
      const start = from + m.index;
      push(start, start + m[0].length, 'platform', 0.9, ['meeting or chat link on another platform'], m[0], null);
    });
  }
  return out;
}

/** The platform detector (kinds platform, social, request). */
export const platformDetector: Detector = {
  id: ID,
  kinds: ['platform', 'social', 'request'],
  find(input: DetectorInput): Finding[] {
    try {
      return findPlatforms(input);
    } catch {
      return []; // a detector never throws; a bug here must not lose the message
    }
  },
};
