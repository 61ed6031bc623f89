/**
 * Deterministic training-data generator for Chaperone.
 *
 *   node --import tsx train/generate/generate.ts [--seed 20240601] [--count 26000] [--out path]
 *
 * Writes JSON Lines (default train/data/generated.jsonl), reproducible byte for byte from the seed:
 * one seeded PRNG (prng.ts), no Math.random, no clock, no locale-dependent calls.
 *
 * The planner below decides, per message: the language bucket (about 60% English, the rest across
 * eight languages and English code-switched with each), positive or negative (about 45% positive),
 * the act, the frame family and frame, and the writer's role. compose.ts does the rest.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Rng } from './prng.js';
import { compose, parseFrame, type Example, type Plan } from './compose.js';
import { ACTS } from './parts/index.js';
import { LANGS, type Family, type Lang, type Role, type Script } from './parts/types.js';

export type { Example } from './compose.js';

export interface GenerateOptions {
  /** How many distinct messages (default 26,000). */
  count?: number;
  /** Share of positives (default 0.45). */
  positiveShare?: number;
}

/** Language buckets: English 60%, each other language 3.5%, each English+xx mix 1.5%. */
function langWeights(): Record<string, number> {
  const w: Record<string, number> = { en: 60 };
  for (const l of LANGS) if (l !== 'en' && ACTS[l]) w[l] = 3.5;
  for (const l of LANGS) if (l !== 'en' && ACTS[l]) w[`en+${l}`] = 1.5;
  return w;
}

/** Acts that are common in real chat come up a little more often. */
const ACT_WEIGHT: Record<string, number> = { share: 2.5, ask_number: 1.2, ask_social: 1.1, meet: 1.2, onplatform: 1.3, harmless: 1.2, mention: 1.2 };

const ROLE_WEIGHT: Record<Role, number> = { tutor: 25, parent: 40, student: 35 };

/** Template id: language of the frame, polarity, family. */
export function templateId(lang: Lang, positive: boolean, family: Family): string {
  return `${lang}.${positive ? 'pos' : 'neg'}.${family.id}`;
}

function pickFamily(rng: Rng, families: Family[]): Family {
  const byAct = new Map<string, Family[]>();
  for (const f of families) {
    const list = byAct.get(f.act) ?? [];
    list.push(f);
    byAct.set(f.act, list);
  }
  const weights: Record<string, number> = {};
  for (const act of byAct.keys()) weights[act] = ACT_WEIGHT[act] ?? 1;
  return rng.pick(byAct.get(rng.weighted(weights))!);
}

/** Decide everything about one message except the words. */
function plan(rng: Rng, positiveShare: number): Plan {
  const bucket = rng.weighted(langWeights());
  const positive = rng.chance(positiveShare);
  const mixed = bucket.startsWith('en+');
  const xx = (mixed ? bucket.slice(3) : bucket) as Lang;
  const pool = (l: Lang, mix: boolean) => {
    const acts = ACTS[l]!;
    return (positive ? acts.positives : acts.negatives).filter((f) => (f.mix ?? false) === mix);
  };
  let frameLang: Lang = xx;
  let wrapLang: Lang = xx;
  let wrapScript: Script | null = null;
  let families = pool(xx, false);
  const extraParts: string[] = [];
  let forceWrapper = false;
  if (mixed) {
    // A: English act in a foreign frame of greetings; B: foreign act, English greetings;
    // C: a frame that switches language inside the sentence (hand-written mixes).
    const hasMix = pool(xx, true).length > 0;
    const mode = rng.weighted({ A: 35, B: 35, C: hasMix ? 30 : 0 });
    extraParts.push(`mix:${mode}`);
    if (mode === 'A') {
      frameLang = 'en';
      families = pool('en', false);
      wrapLang = xx;
      forceWrapper = true;
      if (xx === 'ur' || xx === 'hi') wrapScript = rng.chance(0.7) ? 'latn' : xx === 'ur' ? 'arab' : 'deva';
      else if (xx === 'ar') wrapScript = rng.chance(0.5) ? 'arab' : 'latn';
    } else if (mode === 'B') {
      wrapLang = 'en';
      forceWrapper = true;
    } else {
      families = pool(xx, true);
      wrapLang = rng.chance(0.5) ? 'en' : xx;
    }
  }
  const family = pickFamily(rng, families);
  const frameIndex = rng.index(family.frames.length);
  const roles = parseFrame(family.frames[frameIndex], family).roles;
  const rw: Partial<Record<Role, number>> = {};
  for (const r of roles) rw[r] = ROLE_WEIGHT[r];
  const role = rng.weighted(rw as Record<Role, number>);
  return { frameLang, wrapLang, wrapScript, langLabel: mixed ? `en+${xx}` : xx, forceWrapper, positive, family, frameIndex, role, extraParts };
}

/** Generate `count` distinct examples from `seed`. Same seed, same list, always. */
export function generate(seed: number, options: GenerateOptions = {}): Example[] {
  const count = options.count ?? 26000;
  const positiveShare = options.positiveShare ?? 0.45;
  const rng = new Rng(seed);
  const seen = new Set<string>();
  const out: Example[] = [];
  // Short frames ("num?") can only be written so many ways: duplicates are skipped, and the
  // attempt cap stops a data module that is too small from looping forever.
  const maxAttempts = count * 20;
  for (let attempts = 0; out.length < count && attempts < maxAttempts; attempts++) {
    const p = plan(rng, positiveShare);
    const ex = compose(rng, p, templateId(p.frameLang, p.positive, p.family));
    if (seen.has(ex.text)) continue;
    seen.add(ex.text);
    out.push(ex);
  }
  if (out.length < count) throw new Error(`only ${out.length} distinct messages after ${maxAttempts} attempts`);
  return out;
}

/** One JSON object per line, keys in a fixed order. */
export function toJsonl(examples: Example[]): string {
  return examples
    .map((e) => JSON.stringify({ text: e.text, labels: e.labels, lang: e.lang, sender_role: e.sender_role, source: e.source, template: e.template, parts: e.parts }))
    .join('\n') + '\n';
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const here = dirname(fileURLToPath(import.meta.url));
  const seed = Number(arg('seed') ?? 20240601);
  const count = Number(arg('count') ?? 26000);
  const out = resolve(arg('out') ?? resolve(here, '../data/generated.jsonl'));
  const examples = generate(seed, { count });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, toJsonl(examples));
  process.stderr.write(`wrote ${examples.length} examples to ${out} (seed ${seed})\n`);
}
