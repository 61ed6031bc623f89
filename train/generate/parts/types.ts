/**
 * The shared vocabulary of the generator's data modules.
 *
 * A message is composed from independent parts: a FRAME (one sentence pattern with {slots}) taken
 * from a FAMILY (the template id an evaluator can hold out), slot fillers (platform spellings,
 * contact details, names, places…), an opener / preamble / closer in the writer's register, noise
 * (typos, emoji) and sometimes a second language. Labels come from the family plus the slots used.
 */

/** The label kinds of COMMON-BRIEF.md. */
export type Kind = 'phone' | 'email' | 'url' | 'social' | 'platform' | 'payment' | 'address' | 'request';
export const KINDS: readonly Kind[] = ['phone', 'email', 'url', 'social', 'platform', 'payment', 'address', 'request'];

export type Role = 'tutor' | 'parent' | 'student';
export const ROLES: readonly Role[] = ['tutor', 'parent', 'student'];

/** The nine languages (ISO 639-1). Code-switched output is written `en+xx`. */
export type Lang = 'en' | 'pl' | 'ur' | 'hi' | 'ro' | 'ar' | 'es' | 'fr' | 'pt';
export const LANGS: readonly Lang[] = ['en', 'pl', 'ur', 'hi', 'ro', 'ar', 'es', 'fr', 'pt'];

/**
 * Script of a frame. Urdu and Arabic are written in Arabic script or romanised, Hindi in Devanagari
 * or romanised; the fillers (names, days, places, platform names, digits) follow the frame's script.
 */
export type Script = 'latn' | 'arab' | 'deva';

/**
 * Register of the writer, chosen per message from the role: parents write formally or casually,
 * students like teenagers, tutors like professionals. Openers, closers and noise depend on it.
 */
export type Register = 'parent_formal' | 'parent_casual' | 'teen' | 'tutor';

/** Positive acts: what the message does that breaks the keep-it-on-platform rule. */
export type PosAct =
  | 'ask_number' // asks for the other person's phone number
  | 'ask_email' // asks for an email address
  | 'ask_social' // asks for a social handle / whether they are on a network
  | 'ask_platform' // asks whether they are on a messaging or video platform
  | 'propose_platform' // proposes moving to, or announces, another platform
  | 'pay_off' // proposes or asks to pay outside the platform
  | 'meet' // proposes meeting in person
  | 'share' // shares a contact detail (phone, email, handle, site, address, bank)
  | 'third_party' // asks on behalf of someone else (my son, my mum…)
  | 'tech_pretext' // a technical problem as the reason to move elsewhere
  | 'indirect'; // "is there a quicker way to reach you?"

/** Negative acts: hard negatives that only mention phones, apps, money, places, numbers. */
export type NegAct =
  | 'mention' // mentions an app or phone without proposing anything
  | 'refusal' // declines to move off the platform
  | 'rules' // asks what the rules allow
  | 'withdrawn' // starts to ask, then withdraws
  | 'harmless' // the word in its ordinary sense (zoom in, teams, signal, cash flow, bank of a river)
  | 'onplatform' // payment, scheduling and messaging on the platform itself
  | 'numbers' // lesson content full of numbers, dates, prices, exam codes
  | 'code' // programming homework
  | 'fiction' // addresses and letters in fiction and history
  | 'social_hw' // homework about social media
  | 'lang_lesson' // language practice that quotes contact phrases
  | 'edu_links'; // links to educational sites

/**
 * One frame family: the unit an evaluator holds out.
 *
 * Frames are strings with {slots} (see compose.ts for the slot list). A frame may start with a role
 * tag such as "@p " (parent only), "@s " (student), "@t " (tutor) or combinations ("@ps "), which
 * narrows the family's roles for that frame alone.
 */
export interface Family {
  /** Unique within its language and polarity, e.g. 'ask_number.polite'. */
  id: string;
  act: PosAct | NegAct;
  /**
   * Kinds the frame itself carries (e.g. ['request'] for a question). Contact slots add their own
   * kind in positive families ({phone} adds 'phone', {msg} adds 'platform'…). Negatives: [].
   */
  labels: Kind[];
  /** Who may write it; default all three. */
  roles?: Role[];
  /** The frames mix English into the language on their own: the message is `en+xx`. */
  mix?: boolean;
  frames: string[];
}

/** Everything one language contributes. */
export interface LangActs {
  lang: Lang;
  positives: Family[];
  negatives: Family[];
}
