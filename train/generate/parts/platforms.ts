/**
 * Other communication platforms and social networks, and every way people spell them.
 *
 * Why so many spellings: people disguise or simply mistype names ("watsapp", "sc", "the ghost app",
 * "z00m", "s k y p e"), and the model must learn the place, not one token. The composer picks a
 * spelling STYLE first, then a spelling, so every style is seen with every frame.
 *
 * Leet and spaced forms are generated from the canonical name (see `disguise`), not listed.
 */
import type { Lang, Script } from './types.js';
import type { Rng } from '../prng.js';
import { scriptOf } from './lexicon.js';

export type SpellStyle = 'correct' | 'lower' | 'misspelled' | 'abbrev' | 'leet' | 'spaced' | 'described' | 'native';

export interface Channel {
  id: string;
  /** `social` networks are labelled `social`, the rest `platform` (COMMON-BRIEF.md). */
  kind: 'platform' | 'social';
  /** Usable for a lesson by video ({vid}). */
  video?: boolean;
  /** Usable for chat ({msg}). */
  messaging?: boolean;
  correct: string[];
  lower: string[];
  misspelled: string[];
  abbrev?: string[];
  /** Hints instead of the name, per language ("the green app", "la app verde"). */
  described?: Partial<Record<Lang, string[]>>;
  /** How the name is written in Urdu/Arabic script or Devanagari. */
  native?: Partial<Record<'ur' | 'hi' | 'ar', string[]>>;
  /** English verb uses: "zoom me", "facetime me later". */
  verbs?: string[];
  /** Relative frequency in real chat (WhatsApp dominates in the UK). */
  weight: number;
}

export const CHANNELS: readonly Channel[] = [
  {
    id: 'whatsapp', kind: 'platform', video: true, messaging: true, weight: 10,
    correct: ['WhatsApp', 'Whatsapp'],
    lower: ['whatsapp'],
    misspelled: ['watsapp', 'whatsap', 'whatapp', 'wattsapp', 'whats app', 'wats app', 'whatsaap', 'whtsapp', 'wotsapp', 'whatsupp', 'whats ap'],
    abbrev: ['WA', 'wa', 'wapp', 'whatsa', 'whats'],
    described: {
      en: ['the green app', 'the green one', 'the app with the green phone', 'the green chat app'],
      es: ['la app verde', 'la aplicación verde'],
      fr: ["l'appli verte", "l'application verte", 'le truc vert'],
      // no article: frames say "no {msg}", "pelo {msg}"
      pt: ['app verde', 'zap', 'zapzap'],
      ro: ['aplicația verde', 'aplicatia verde'],
      hi: ['hari wali app', 'green wala app'],
      ur: ['hari wali app', 'green wali app'],
      ar: ['التطبيق الأخضر', 'el app el akhdar'],
    },
    native: { ur: ['واٹس ایپ', 'واٹس اپ', 'وٹس ایپ'], hi: ['व्हाट्सएप', 'वॉट्सऐप', 'व्हाट्सऐप'], ar: ['واتساب', 'واتس اب', 'الواتس'] },
    verbs: ['whatsapp', 'WhatsApp', 'wa', 'whatsapp'],
  },
  {
    id: 'zoom', kind: 'platform', video: true, weight: 6,
    correct: ['Zoom'], lower: ['zoom'],
    misspelled: ['zooom', 'zoon', 'zoomm', 'zom'],
    described: { en: ['the video app with the blue camera'] },
    native: { ur: ['زوم'], hi: ['ज़ूम', 'जूम'], ar: ['زوم'] },
    verbs: ['zoom', 'Zoom'],
  },
  {
    id: 'meet', kind: 'platform', video: true, weight: 4,
    correct: ['Google Meet', 'Meet'], lower: ['google meet', 'gmeet', 'g meet'],
    misspelled: ['google meets', 'gogle meet', 'googel meet', 'google meat', 'goole meet'],
    abbrev: ['GMeet', 'gmeet'],
    native: { ur: ['گوگل میٹ'], hi: ['गूगल मीट'], ar: ['جوجل ميت', 'قوقل ميت'] },
  },
  {
    id: 'teams', kind: 'platform', video: true, weight: 4,
    correct: ['Microsoft Teams', 'Teams', 'MS Teams'], lower: ['teams', 'ms teams', 'microsoft teams'],
    misspelled: ['microsoft teamz', 'teems', 'micrsoft teams', 'microsft teams', 'teamz'],
    native: { ur: ['ٹیمز', 'مائیکروسافٹ ٹیمز'], hi: ['टीम्स', 'माइक्रोसॉफ्ट टीम्स'], ar: ['تيمز', 'مايكروسوفت تيمز'] },
  },
  {
    id: 'skype', kind: 'platform', video: true, messaging: true, weight: 3,
    correct: ['Skype'], lower: ['skype'],
    misspelled: ['skipe', 'skyp', 'skpye', 'skypee', 'skipey'],
    native: { ur: ['اسکائپ'], hi: ['स्काइप'], ar: ['سكايب'] },
    verbs: ['skype', 'Skype'],
  },
  {
    id: 'facetime', kind: 'platform', video: true, weight: 4,
    correct: ['FaceTime', 'Facetime'], lower: ['facetime', 'face time'],
    misspelled: ['facetim', 'facetyme', 'fac time', 'facetiem', 'facetine'],
    abbrev: ['FT', 'ft'],
    native: { ur: ['فیس ٹائم'], hi: ['फेसटाइम'], ar: ['فيس تايم'] },
    verbs: ['facetime', 'FaceTime', 'ft', 'FT'],
  },
  {
    id: 'discord', kind: 'platform', video: true, messaging: true, weight: 3,
    correct: ['Discord'], lower: ['discord'],
    misspelled: ['discrod', 'disord', 'dicord', 'discorde', 'discordd'],
    abbrev: ['dc', 'disc'],
    described: { en: ['the gamer chat app', 'the gaming app with the controller logo'] },
    native: { ur: ['ڈسکارڈ'], hi: ['डिस्कॉर्ड'], ar: ['ديسكورد'] },
  },
  {
    id: 'telegram', kind: 'platform', messaging: true, weight: 3,
    correct: ['Telegram'], lower: ['telegram'],
    misspelled: ['telegramm', 'telegarm', 'telgram', 'telegran', 'telagram'],
    abbrev: ['tg', 'TG', 'tele'],
    described: { en: ['the paper plane app', 'the app with the paper plane'], ar: ['تطبيق الطيارة الورق'] },
    native: { ur: ['ٹیلیگرام'], hi: ['टेलीग्राम'], ar: ['تيليجرام', 'تلغرام', 'التلي'] },
  },
  {
    id: 'signal', kind: 'platform', messaging: true, weight: 2,
    correct: ['Signal', 'Signal app'], lower: ['signal app', 'signal'],
    misspelled: ['signall', 'signal ap', 'singal'],
    described: { en: ['the blue encrypted app', 'the private messaging app with the blue bubble'] },
    native: { ur: ['سگنل'], hi: ['सिग्नल'], ar: ['سيجنال'] },
  },
  {
    id: 'messenger', kind: 'platform', messaging: true, weight: 3,
    correct: ['Messenger', 'Facebook Messenger', 'FB Messenger'], lower: ['messenger', 'fb messenger'],
    misspelled: ['messanger', 'mesenger', 'massenger', 'mesanger', 'messeger'],
    abbrev: ['msngr', 'fbm'],
    native: { ur: ['میسنجر'], hi: ['मैसेंजर'], ar: ['ماسنجر', 'المسنجر'] },
  },
  {
    id: 'imessage', kind: 'platform', messaging: true, weight: 2,
    correct: ['iMessage'], lower: ['imessage', 'i message'],
    misspelled: ['imesage', 'imessege', 'i-message'],
    abbrev: ['iMsg', 'imsg'],
    described: { en: ['blue bubbles', 'the blue bubble chat'] },
  },
  {
    id: 'viber', kind: 'platform', messaging: true, video: true, weight: 1,
    correct: ['Viber'], lower: ['viber'], misspelled: ['vibr', 'vyber', 'viberr'],
    native: { ar: ['فايبر'], ur: ['وائبر'] },
  },
  {
    id: 'wechat', kind: 'platform', messaging: true, weight: 1,
    correct: ['WeChat'], lower: ['wechat', 'we chat'], misspelled: ['wechatt', 'weechat'],
  },
  {
    id: 'botim', kind: 'platform', messaging: true, video: true, weight: 1,
    correct: ['Botim', 'BOTIM'], lower: ['botim'], misspelled: ['botem', 'bottim'],
    native: { ar: ['بوتيم'], ur: ['بوٹم'] },
  },
  // --- social networks: labelled `social` ---
  {
    id: 'instagram', kind: 'social', weight: 8,
    correct: ['Instagram', 'Insta', 'IG'], lower: ['instagram', 'insta', 'ig'],
    misspelled: ['instagramm', 'instgram', 'instagam', 'insta gram', 'intsa', 'instaa'],
    abbrev: ['IG', 'ig', 'insta', 'gram'],
    described: { en: ['the gram', 'insta dms'], fr: ["l'insta"] },
    native: { ur: ['انسٹاگرام', 'انسٹا'], hi: ['इंस्टाग्राम', 'इंस्टा'], ar: ['انستغرام', 'انستا', 'الانستا'] },
  },
  {
    id: 'snapchat', kind: 'social', weight: 7,
    correct: ['Snapchat', 'Snap'], lower: ['snapchat', 'snap', 'sc'],
    misspelled: ['snapchap', 'snapcht', 'snap chat', 'snpchat', 'snapchatt', 'snapp'],
    abbrev: ['sc', 'SC', 'snap', 'snp'],
    described: {
      en: ['the ghost app', 'the yellow app', 'the ghost one'],
      es: ['la app del fantasmita', 'la app amarilla'],
      fr: ["l'appli au fantôme", "l'appli jaune"],
      pt: ['app do fantasminha', 'app amarelo'],
      ro: ['aplicația cu fantoma', 'aplicatia galbena'],
      hi: ['ghost wala app', 'peeli wali app'],
      ur: ['ghost wali app', 'peeli wali app'],
      ar: ['تطبيق الشبح', 'التطبيق الأصفر'],
    },
    native: { ur: ['سنیپ چیٹ', 'سنیپ'], hi: ['स्नैपचैट', 'स्नैप'], ar: ['سناب', 'سناب شات', 'السناب'] },
  },
  {
    id: 'tiktok', kind: 'social', weight: 4,
    correct: ['TikTok'], lower: ['tiktok', 'tik tok'],
    misspelled: ['tiktock', 'tik tock', 'tictoc', 'tic toc', 'tiktoc'],
    abbrev: ['tt', 'TT'],
    native: { ur: ['ٹک ٹاک'], hi: ['टिकटॉक'], ar: ['تيك توك', 'التيك توك'] },
  },
  {
    id: 'facebook', kind: 'social', weight: 3,
    correct: ['Facebook'], lower: ['facebook', 'fb'],
    misspelled: ['facebok', 'face book', 'facebool', 'facbook', 'fcebook'],
    abbrev: ['FB', 'fb'],
    described: { en: ['the blue app'] },
    native: { ur: ['فیس بک'], hi: ['फेसबुक'], ar: ['فيسبوك', 'الفيس'] },
  },
  {
    id: 'twitter', kind: 'social', weight: 2,
    correct: ['Twitter', 'X', 'X (Twitter)'], lower: ['twitter'],
    misspelled: ['twiter', 'twittr', 'twiiter'],
    abbrev: ['twt'],
    described: { en: ['the bird app'] },
    native: { ur: ['ٹوئٹر'], hi: ['ट्विटर'], ar: ['تويتر', 'اكس'] },
  },
  {
    id: 'linkedin', kind: 'social', weight: 1,
    correct: ['LinkedIn'], lower: ['linkedin', 'linked in'],
    misspelled: ['linkdin', 'linkedn', 'linkedinn'],
    native: { ar: ['لينكد ان'] },
  },
];

/** Which channels a slot may draw from. */
export type ChannelGroup = 'plat' | 'msg' | 'vid' | 'soc' | 'chan';

export function inGroup(c: Channel, g: ChannelGroup): boolean {
  switch (g) {
    case 'plat': return c.kind === 'platform';
    case 'msg': return c.kind === 'platform' && c.messaging === true;
    case 'vid': return c.kind === 'platform' && c.video === true;
    case 'soc': return c.kind === 'social';
    case 'chan': return true;
  }
}

/** Languages whose speakers lean on some apps more (weights multiplied). */
const LANG_BOOST: Partial<Record<Lang, Record<string, number>>> = {
  pl: { messenger: 3, whatsapp: 1.5 },
  ar: { whatsapp: 1.5, telegram: 2, botim: 4, snapchat: 2 },
  ur: { whatsapp: 2 },
  hi: { whatsapp: 2, instagram: 1.5 },
  ro: { whatsapp: 1.5, messenger: 2 },
  es: { whatsapp: 2 },
  pt: { whatsapp: 2 },
  fr: { whatsapp: 1.5, snapchat: 2 },
};

/** Leetspeak: swap some letters for look-alike digits, at least one. */
export function leet(rng: Rng, name: string): string {
  const map: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7', g: '9' };
  const chars = [...name.toLowerCase()];
  const candidates = chars.map((ch, i) => (map[ch] ? i : -1)).filter((i) => i >= 0);
  if (candidates.length === 0) return name;
  const forced = rng.pick(candidates);
  return chars.map((ch, i) => (map[ch] && (i === forced || rng.chance(0.4)) ? map[ch] : ch)).join('');
}

/** Spaced or dotted letters: "s k y p e", "w.h.a.t.s.a.p.p". */
export function spaced(rng: Rng, name: string): string {
  const sep = rng.pick([' ', ' ', '.', '-', '_', '*']);
  return [...name.replace(/\s+/g, '')].join(sep);
}

export interface ChannelPick {
  id: string;
  kind: 'platform' | 'social';
  text: string;
  style: SpellStyle;
}

/**
 * Pick a channel of `group` and write it in a random style. `script` decides whether a native
 * spelling is possible; `lang` chooses the hints ("the green app") and the popularity boosts.
 * `hintOk` is false where a hint would not read ("what's your the green app?"): only after a
 * preposition ("on the green app", "na zielonej…") is a description used.
 */
export function pickChannel(rng: Rng, group: ChannelGroup, lang: Lang, script: Script, avoid?: string, hintOk = true): ChannelPick {
  const pool = CHANNELS.filter((c) => inGroup(c, group) && c.id !== avoid);
  const boost = LANG_BOOST[lang] ?? {};
  const weights: Record<string, number> = {};
  for (const c of pool) weights[c.id] = c.weight * (boost[c.id] ?? 1);
  const chosen = rng.weighted(weights);
  const ch = pool.find((c) => c.id === chosen)!;
  const nativeKey = lang === 'ur' || lang === 'hi' || lang === 'ar' ? lang : null;
  const natives = nativeKey ? ch.native?.[nativeKey] : undefined;
  // A hint must be in the frame's script ("hari wali app" does not go into a Devanagari frame).
  const described = ch.described?.[lang]?.filter((d) => scriptOf(d) === script);
  // Weights of each style; a native-script frame mostly writes the name natively.
  const styles: Record<SpellStyle, number> = {
    correct: 40, lower: 22, misspelled: 12, abbrev: ch.abbrev ? 7 : 0, leet: 4, spaced: 3,
    described: hintOk && described && described.length > 0 ? 6 : 0, native: script !== 'latn' && natives ? 90 : 0,
  };
  const style = rng.weighted(styles);
  let text: string;
  switch (style) {
    case 'correct': text = rng.pick(ch.correct); break;
    case 'lower': text = rng.pick(ch.lower); break;
    case 'misspelled': text = rng.pick(ch.misspelled); break;
    case 'abbrev': text = rng.pick(ch.abbrev!); break;
    case 'leet': text = leet(rng, rng.pick(ch.lower).replace(/\s+/g, '')); break;
    case 'spaced': text = spaced(rng, rng.pick(ch.lower)); break;
    case 'described': text = rng.pick(described!); break;
    case 'native': text = rng.pick(natives!); break;
  }
  return { id: ch.id, kind: ch.kind, text, style };
}

/** An English verb use of a platform ("zoom me", "facetime me"). */
export function pickVerb(rng: Rng): ChannelPick {
  const verbal = CHANNELS.filter((c) => c.verbs);
  const ch = rng.pick(verbal);
  return { id: ch.id, kind: ch.kind, text: rng.pick(ch.verbs!), style: 'correct' };
}
