/**
 * Composes chat messages with addresses in them, and hard negatives without, for the address tagger.
 * Streets, towns and postcodes come from `@faker-js/faker`'s en_GB, en_US and en_IE locales (train
 * time only, seeded); the frames are chat sentences of parents, tutors and students. Every example
 * carries its source (`gen:<frame id>`) so whole frames can be held out.
 */
import { fakerEN_GB, fakerEN_IE, fakerEN_US, type Faker } from '@faker-js/faker';
import { TOWNS, UK_AREAS } from '../../src/engine/tagger/gazetteer.js';
import {
  POSITIVE_FRAMES, MEETING_FRAMES, NEGATIVE_FRAMES, LESSON_FRAMES, FAMOUS_ADDRESSES, MEETING_PLACES_COMPOSED, NEGATIVE_FILLERS, SHARE_PREFIXES, SHARE_SUFFIXES,
  MEET_PREFIXES, MEET_SUFFIXES, CHAT_OPENERS,
} from './frames.js';

/** One training example: a text and its address spans (character offsets). */
export interface Example {
  text: string;
  spans: [number, number][];
  /** Where it comes from: `gen:pos:12`, `writer:w-details/part-01`, `corpus`, `real:mathdial`. */
  source: string;
  /** The unit held out together (a frame, a writer). */
  group: string;
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const cap = (s: string): string => s.replace(/\b[a-z]/g, (c) => c.toUpperCase());

const UK_ABBR: Record<string, string> = { Road: 'Rd', Street: 'St', Avenue: 'Ave', Lane: 'Ln', Drive: 'Dr', Crescent: 'Cres', Close: 'Cl', Gardens: 'Gdns', Terrace: 'Tce', Square: 'Sq', Place: 'Pl', Court: 'Ct', Boulevard: 'Blvd', Parkway: 'Pkwy' };
const UK_TYPES = ['Road', 'Street', 'Lane', 'Avenue', 'Close', 'Drive', 'Crescent', 'Way', 'Grove', 'Terrace', 'Place', 'Court', 'Gardens', 'Mews', 'Walk', 'Rise', 'Row', 'Hill', 'View', 'Green', 'Parade', 'Square'];
const IE_COUNTIES = ['Dublin', 'Cork', 'Galway', 'Kildare', 'Wicklow', 'Meath', 'Kerry', 'Limerick', 'Louth', 'Mayo', 'Clare', 'Wexford', 'Donegal'];
const US_STATES = ['TX', 'IL', 'NY', 'CA', 'WA', 'MA', 'OH', 'FL', 'GA', 'PA', 'MI', 'MN', 'CO', 'OR', 'NC', 'VA', 'AZ'];
const TREES = ['Oak', 'Elm', 'Ash', 'Beech', 'Birch', 'Willow', 'Hawthorn', 'Holly', 'Maple', 'Cedar', 'Rowan', 'Linden', 'Laburnum', 'Chestnut', 'Cherry Tree', 'Orchard', 'Mill', 'Church', 'Station', 'Park', 'Victoria', 'Albert', 'Queens', 'Kings', 'Manor', 'Meadow', 'Brook', 'Kingfisher', 'Primrose', 'Windsor', 'Clarence', 'Springfield', 'Highfield', 'Westfield', 'Grange', 'Mount', 'Sycamore', 'Poplar', 'Fairfax', 'Harehills', 'Stratford', 'Belgrave'];

function ukStreet(f: Faker, r: Rand): string {
  const base = r() < 0.5 ? f.person.lastName() : pick(r, TREES);
  const type = r() < 0.3 ? f.location.street().split(' ').pop()! : pick(r, UK_TYPES);
  const full = `${base} ${type}`;
  return r() < 0.15 && UK_ABBR[type] ? `${base} ${UK_ABBR[type]}` : full;
}

const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function houseNumber(r: Rand, big = false): string {
  // Sometimes written out: "seven", "Sixty-one".
  if (!big && r() < 0.1) {
    const w = r() < 0.5 ? pick(r, ONES) : `${pick(r, TENS)}-${pick(r, ONES)}`;
    return r() < 0.5 ? cap(w).replace(/-(\w)/, (_m, c: string) => `-${c}`) : w;
  }
  const n = big ? 100 + Math.floor(r() * 9800) : 1 + Math.floor(r() * (r() < 0.8 ? 60 : 300));
  return r() < 0.08 ? `${n}${pick(r, ['A', 'B', 'a', 'b'])}` : String(n);
}

function town(f: Faker, r: Rand): string {
  return r() < 0.5 ? cap(pick(r, TOWNS)) : f.location.city();
}

const UNIT = 'ABDEFGHJLNPQRSTUWXYZ';
/** A UK postcode with a real area (faker's en_GB postcodes have made-up areas, which real text never has). */
function ukPostcode(f: Faker, r: Rand): string {
  void f;
  const area = pick(r, UK_AREAS);
  const district = String(Math.floor(r() * (r() < 0.7 ? 10 : 30))) + (r() < 0.08 ? pick(r, ['A', 'B', 'W']) : '');
  const pc = `${area}${district} ${Math.floor(r() * 10)}${UNIT[Math.floor(r() * UNIT.length)]}${UNIT[Math.floor(r() * UNIT.length)]}`;
  return r() < 0.1 ? pc.replace(' ', '') : r() < 0.1 ? pc.toLowerCase() : pc;
}

/** Compose one address; the whole string is the span. */
export function composeAddress(r: Rand): string {
  const kind = r();
  if (kind < 0.5) {
    const f = fakerEN_GB;
    let s = `${houseNumber(r)} ${ukStreet(f, r)}`;
    if (r() < 0.15) s = `${pick(r, ['Flat', 'flat', 'Apartment', 'Unit'])} ${1 + Math.floor(r() * 20)}${r() < 0.2 ? 'B' : ''}, ${s}`;
    if (r() < 0.45) s += `, ${town(f, r)}`;
    if (r() < 0.45) s += `${r() < 0.5 ? ', ' : ' '}${ukPostcode(f, r)}`;
    return s;
  }
  if (kind < 0.65) return ukPostcode(fakerEN_GB, r);
  if (kind < 0.85) {
    const f = fakerEN_US;
    let s = `${houseNumber(r, r() < 0.7)} ${r() < 0.2 ? pick(r, ['N', 'S', 'E', 'W']) + ' ' : ''}${f.location.street()}`;
    if (r() < 0.2) s += `${r() < 0.5 ? ', ' : ' '}${f.location.secondaryAddress()}`;
    if (r() < 0.6) s += `, ${r() < 0.4 ? cap(pick(r, TOWNS)) : f.location.city()}`;
    if (r() < 0.5) s += `, ${pick(r, US_STATES)}${r() < 0.7 ? ' ' + f.location.zipCode('#####') : ''}`;
    return s;
  }
  const f = fakerEN_IE;
  const eir = f.location.zipCode();
  if (r() < 0.3) return eir;
  let s = `${houseNumber(r)} ${ukStreet(f, r)}`;
  if (r() < 0.6) s += `, ${cap(pick(r, ['Rathgar', 'Howth', 'Swords', 'Bray', 'Naas', 'Galway', 'Cork', 'Dublin 6', 'Dublin 8', 'Malahide', 'Ranelagh']))}`;
  if (r() < 0.4) s += `, Co. ${pick(r, IE_COUNTIES)}`;
  if (r() < 0.6) s += `, ${eir}`;
  return s;
}

/** A meeting place proposed to meet at ("the Costa on Market Street", "the park gate"). */
export function composeMeetingPlace(r: Rand): string {
  const base = pick(r, MEETING_PLACES_COMPOSED);
  if (!base.includes('{S}')) return base;
  return base.replace(/\{S\}/g, () => ukStreet(fakerEN_GB, r));
}

/** Fill a frame: `{A}` an address, `{M}` a meeting place, `{F}` a famous or fictional address, `{N}` a filler number. */
function fill(frame: string, r: Rand, positive: boolean): { text: string; spans: [number, number][] } {
  let text = '';
  const spans: [number, number][] = [];
  const parts = frame.split(/(\{[AMFNP]\})/);
  for (const p of parts) {
    if (p === '{A}' || p === '{M}') {
      let v = p === '{A}' ? composeAddress(r) : composeMeetingPlace(r);
      if (r() < 0.12) v = v.toLowerCase();
      const start = text.length;
      text += v;
      if (positive) spans.push([start, text.length]);
    } else if (p === '{F}') text += pick(r, FAMOUS_ADDRESSES);
    else if (p === '{N}') text += pick(r, NEGATIVE_FILLERS);
    else if (p === '{P}') text += ukPostcode(fakerEN_GB, r);
    else text += p;
  }
  if (r() < 0.15) text = text.toLowerCase();
  return { text, spans };
}

/** Generated examples: `count` of them, from the frames, seeded. */
export function generateExamples(count: number, seed: number, r: Rand): Example[] {
  fakerEN_GB.seed(seed);
  fakerEN_US.seed(seed + 1);
  fakerEN_IE.seed(seed + 2);
  const sets: [string, readonly string[], boolean, number][] = [
    ['pos', POSITIVE_FRAMES, true, 0.22],
    ['share', SHARE_PREFIXES, true, 0.2],
    ['meet', MEETING_FRAMES, true, 0.07],
    ['meetx', MEET_PREFIXES, true, 0.08],
    ['lesson', LESSON_FRAMES, false, 0.13],
    ['neg', NEGATIVE_FRAMES, false, 0.3],
  ];
  const out: Example[] = [];
  for (let k = 0; k < count; k++) {
    let x = r();
    let set = sets[0];
    for (const s of sets) {
      set = s;
      if (x < s[3]) break;
      x -= s[3];
    }
    const [name, frames, positive] = set;
    const idx = Math.floor(r() * frames.length);
    let frame = frames[idx];
    // Composed frames: a prefix (the held-out unit) + the detail + a suffix, sometimes after an opener.
    if (name === 'share') frame = `${r() < 0.3 ? pick(r, CHAT_OPENERS) + ' ' : ''}${frame}{A}${pick(r, SHARE_SUFFIXES)}`;
    if (name === 'meetx') frame = `${r() < 0.3 ? pick(r, CHAT_OPENERS) + ' ' : ''}${frame}{M}${pick(r, MEET_SUFFIXES)}`;
    if (name === 'neg' && r() < 0.25) frame = `${pick(r, CHAT_OPENERS)} ${frame}`;
    const { text, spans } = fill(frame, r, positive);
    out.push({ text, spans, source: `gen:${name}:${idx}`, group: `gen:${name}:${idx}` });
  }
  return out;
}
