/**
 * Trains the address tagger: a structured averaged perceptron (Collins 2002) over the hashed token
 * features of src/engine/tagger/features.ts, Viterbi-decoded with the engine's own decoder, then
 * quantised to 16 bits, calibrated (Platt, on held-out spans) and written to `models/address.bin`
 * with `models/address.meta.json` (data hash, recipe, held-out figures).
 *
 * Deterministic: one thread, seeded shuffles and generator, no clock in the outputs; two runs give
 * the same bytes.
 *
 *   node --import tsx train/address/train.ts [--out DIR] [--quick]
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dynamicFeatures, staticFeatures, tokenize, type Token } from '../../src/engine/tagger/features.js';
import { decodeModel, encodeModel, TAGS, type AddressModel, type ModelHeader } from '../../src/engine/tagger/model.js';
import { activeTokens, decode, tagAddresses } from '../../src/engine/tagger/tag.js';
import { setAddressModel } from '../../src/engine/tagger/model.js';
import { detect } from '../../src/engine/scan.js';
import { RULE_DETECTORS } from '../../src/engine/detectors/registry.js';
import { mulberry32, shuffled } from '../prng.js';
import { loadAddressData, type AddressRecipe, type Example, type Measured } from './sources.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Options of a training run. */
export interface TrainOptions {
  /** Where to write address.bin and address.meta.json (default: models/ of the repository). */
  outDir?: string;
  /** The recipe (default: train/address/recipe.json). */
  recipe?: AddressRecipe;
  /** Fewer generated examples and epochs: for tests. */
  quick?: boolean;
  /** Print progress and the table. */
  log?: (line: string) => void;
}

/** What a run produced. */
export interface TrainResult {
  modelPath: string;
  metaPath: string;
  sha256: string;
  figures: Record<string, Figures>;
}

interface Figures {
  messages: number;
  positives: number;
  recall: number | null;
  negatives: number;
  flagged: number | null;
  spanPrecision?: number | null;
  spanRecall?: number | null;
  exact?: number | null;
}

/** Gold BIO tags of an example's tokens. */
function goldTags(tokens: readonly Token[], spans: [number, number][]): Uint8Array {
  const tags = new Uint8Array(tokens.length);
  for (const [s, e] of spans) {
    let first = true;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.end <= s || t.start >= e) continue;
      tags[i] = first ? 1 : 2;
      first = false;
    }
  }
  return tags;
}

class Perceptron {
  readonly w: Float64Array;
  readonly u: Float64Array;
  c = 1;
  readonly mask: number;
  constructor(buckets: number) {
    this.w = new Float64Array(buckets * TAGS);
    this.u = new Float64Array(buckets * TAGS);
    this.mask = buckets - 1;
  }
  add(h: number, tag: number, d: number): void {
    const j = (h & this.mask) * TAGS + tag;
    this.w[j] += d;
    this.u[j] += this.c * d;
  }
  averaged(): Float64Array {
    const out = new Float64Array(this.w.length);
    for (let j = 0; j < out.length; j++) out[j] = this.w[j] - this.u[j] / this.c;
    return out;
  }
}

/** One structured-perceptron step on an example; returns whether the prediction was wrong. */
function step(p: Perceptron, tokens: Token[], gold: Uint8Array): boolean {
  const { tags: pred } = decode(tokens, undefined, p.w, p.mask);
  const n = tokens.length;
  const differs = new Uint8Array(n);
  let any = false;
  for (let i = 0; i < n; i++) {
    const gp = i === 0 ? 3 : gold[i - 1];
    const pp = i === 0 ? 3 : pred[i - 1];
    if (gold[i] !== pred[i] || gp !== pp) {
      differs[i] = 1;
      any = true;
    }
  }
  if (!any) return false;
  staticFeatures(
    tokens,
    (i, h) => {
      if (gold[i] === pred[i]) return;
      p.add(h, gold[i], 1);
      p.add(h, pred[i], -1);
    },
    differs,
  );
  const dyn: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!differs[i]) continue;
    dynamicFeatures(tokens[i], i === 0 ? 3 : gold[i - 1], dyn);
    for (const h of dyn) p.add(h, gold[i], 1);
    dynamicFeatures(tokens[i], i === 0 ? 3 : pred[i - 1], dyn);
    for (const h of dyn) p.add(h, pred[i], -1);
  }
  return true;
}

/** Quantise to int16 with one scale. */
function quantise(w: Float64Array): { q: Int16Array; scale: number } {
  let max = 0;
  for (const v of w) if (Math.abs(v) > max) max = Math.abs(v);
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(w.length);
  for (let j = 0; j < w.length; j++) q[j] = Math.round(w[j] / scale);
  // Round the scale itself through JSON so that what is written is what is evaluated.
  return { q, scale: Number(scale.toPrecision(12)) };
}

/**
 * Fit score = sigmoid(a·(margin/unit) + b) by gradient descent with Platt's smoothed targets and an
 * L2 penalty, so that nearly separable held-out data still gives a finite, gentle slope. `unit` is
 * the median absolute margin, so `a` is scale-free; the stored `a` is divided by it.
 */
function platt(points: [number, number][]): { a: number; b: number } {
  if (points.length < 4) return { a: 1, b: 0 };
  const abs = points.map(([m]) => Math.abs(m)).sort((x, y) => x - y);
  const unit = abs[Math.floor(abs.length / 2)] || 1;
  const npos = points.filter(([, y]) => y === 1).length;
  const nneg = points.length - npos;
  const hi = (npos + 1) / (npos + 2);
  const lo = 1 / (nneg + 2);
  let a = 1;
  let b = 0;
  for (let it = 0; it < 3000; it++) {
    let ga = 0.05 * a;
    let gb = 0.05 * b;
    for (const [m, y] of points) {
      const x = m / unit;
      const p = 1 / (1 + Math.exp(-(a * x + b)));
      const d = p - (y ? hi : lo);
      ga += (d * x) / points.length;
      gb += d / points.length;
    }
    a -= 0.5 * ga;
    b -= 0.5 * gb;
  }
  return { a: Number((a / unit).toPrecision(10)), b: Number(b.toPrecision(10)) };
}

const overlaps = (a: [number, number], b: [number, number]): boolean => a[0] < b[1] && b[0] < a[1];

/** Measure a held-out set at the threshold. */
function measure(model: AddressModel, set: Measured[], threshold: number): Figures {
  let pos = 0, found = 0, neg = 0, flagged = 0, predSpans = 0, predRight = 0, goldSpans = 0, goldHit = 0, exact = 0;
  for (const ex of set) {
    const spans = tagAddresses(ex.text, model).filter((s) => s.score >= threshold);
    const hit = spans.length > 0;
    if (ex.positive) {
      pos++;
      if (hit) found++;
    } else {
      neg++;
      if (hit) flagged++;
    }
    if (ex.spans.length) {
      for (const s of spans) {
        predSpans++;
        if (ex.spans.some((g) => overlaps(g, [s.start, s.end]))) predRight++;
      }
      for (const g of ex.spans) {
        goldSpans++;
        if (spans.some((s) => overlaps(g, [s.start, s.end]))) goldHit++;
        if (spans.some((s) => s.start === g[0] && s.end === g[1])) exact++;
      }
    } else if (!ex.positive) predSpans += spans.length;
  }
  const r = (a: number, b: number): number | null => (b ? Number((a / b).toFixed(4)) : null);
  return { messages: set.length, positives: pos, recall: r(found, pos), negatives: neg, flagged: r(flagged, neg), spanPrecision: r(predRight, predSpans), spanRecall: r(goldHit, goldSpans), exact: r(exact, goldSpans) };
}

/**
 * Message-level figures of the address detector (rules and tagger) on a held-out set. The rule
 * detectors only: the intent model is trained after the tagger and must not feed its measure.
 */
function measureDetector(set: Measured[]): Figures {
  let pos = 0, found = 0, neg = 0, flagged = 0, gold = 0, covered = 0;
  for (const ex of set) {
    const fs = detect(ex.text, { detectors: RULE_DETECTORS }).filter((f) => f.kind === 'address');
    if (ex.positive) {
      pos++;
      if (fs.length) found++;
    } else {
      neg++;
      if (fs.length) flagged++;
    }
    for (const g of ex.spans) {
      gold++;
      if (fs.some((f) => f.start <= g[0] && f.end >= g[1])) covered++;
    }
  }
  const r = (a: number, b: number): number | null => (b ? Number((a / b).toFixed(4)) : null);
  return { messages: set.length, positives: pos, recall: r(found, pos), negatives: neg, flagged: r(flagged, neg), spanPrecision: null, spanRecall: r(covered, gold), exact: null };
}

/** Train the address tagger from the recipe; write the model and its metadata. */
export function trainAddressModel(options: TrainOptions = {}): TrainResult {
  const log = options.log ?? (() => {});
  const recipe: AddressRecipe = options.recipe ?? (JSON.parse(readFileSync(join(ROOT, 'train', 'address', 'recipe.json'), 'utf8')) as AddressRecipe);
  const quick = options.quick ?? false;
  const data = loadAddressData(recipe, ROOT, quick ? { generated: 1500, realLimit: 300 } : {});
  const epochs = quick ? 2 : recipe.epochs;

  // The data hash: every training example in order, with its spans and source.
  const hash = createHash('sha256');
  for (const ex of data.train) hash.update(`${ex.source}\t${JSON.stringify(ex.spans)}\t${ex.text}\n`);
  const dataHash = hash.digest('hex');

  // Pre-tokenise; examples with no trigger and no address teach nothing (the tagger never runs there).
  const prepared: { tokens: Token[]; gold: Uint8Array }[] = [];
  for (const ex of data.train) {
    const tokens = tokenize(ex.text);
    if (tokens.length === 0 || tokens.length > 200) continue;
    if (!ex.spans.length && !activeTokens(tokens)) continue;
    prepared.push({ tokens, gold: goldTags(tokens, ex.spans) });
  }
  log(`address tagger: ${data.train.length} training examples (${prepared.length} with a trigger), writers from ${data.writersDir ?? 'nowhere'}`);

  const p = new Perceptron(recipe.buckets);
  const rand = mulberry32(recipe.seed ^ 0x5eed);
  for (let e = 0; e < epochs; e++) {
    let wrong = 0;
    for (const ex of shuffled(prepared, rand)) {
      if (step(p, ex.tokens, ex.gold)) wrong++;
      p.c++;
    }
    log(`  epoch ${e + 1}/${epochs}: ${wrong} of ${prepared.length} wrong`);
  }

  const { q, scale } = quantise(p.averaged());
  // Calibrate on the held-out spans of the quantised model, then encode with the calibration.
  const uncalibrated: ModelHeader = { version: 1, buckets: recipe.buckets, scale, calibration: { a: 1, b: 0 } };
  const raw = decodeModel(encodeModel(uncalibrated, q));
  const points: [number, number][] = [];
  for (const ex of [...data.heldOut.generated, ...data.heldOut.writers, ...data.heldOut.real]) {
    if (ex.positive && !ex.spans.length) continue; // correctness of its spans unknown
    for (const s of tagAddresses(ex.text, raw)) points.push([s.margin, ex.spans.some((g) => overlaps(g, [s.start, s.end])) ? 1 : 0]);
  }
  const header: ModelHeader = { ...uncalibrated, calibration: platt(points) };
  const bytes = encodeModel(header, q);
  const model = decodeModel(bytes);
  // Reliability of the calibrated score on the held-out spans: the share that are right per band.
  const bands = [0.15, 0.5, 0.7, 0.9, 1.0001];
  const reliability = bands.slice(0, -1).map((lo, k) => {
    const hi = bands[k + 1];
    const inBand = points.map(([m, y]) => [1 / (1 + Math.exp(-(header.calibration.a * m + header.calibration.b))), y]).filter(([p]) => p >= lo && p < hi);
    const right = inBand.filter(([, y]) => y === 1).length;
    return { band: `${lo}-${Math.min(hi, 1)}`, spans: inBand.length, correct: inBand.length ? Number((right / inBand.length).toFixed(3)) : null };
  });
  log(`  calibration a=${header.calibration.a} b=${header.calibration.b}; held-out spans by score: ${reliability.map((r) => `${r.band}: ${r.correct ?? '-'} of ${r.spans}`).join(', ')}`);

  const figures: Record<string, Figures> = {};
  for (const [name, set] of Object.entries(data.heldOut)) figures[name] = measure(model, set, recipe.threshold);
  // The whole detector (rules + verified tagger spans) with this model, on the held-out writers and frames.
  setAddressModel(model);
  try {
    for (const name of ['generated', 'writers', 'real'] as const) figures[`detector: ${name}`] = measureDetector(data.heldOut[name]);
  } finally {
    setAddressModel(undefined);
  }
  figures['training (seen)'] = measure(model, data.train.slice(0, 4000).map((ex) => ({ ...ex, positive: ex.spans.length > 0 })), recipe.threshold);

  const outDir = options.outDir ?? join(ROOT, 'models');
  mkdirSync(outDir, { recursive: true });
  const modelPath = join(outDir, 'address.bin');
  const metaPath = join(outDir, 'address.meta.json');
  writeFileSync(modelPath, bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const meta = {
    name: 'address-tagger',
    description: 'BIO tagger of street addresses, postcodes, Eircodes and meeting places: structured averaged perceptron over hashed token features (src/engine/tagger).',
    version: header.version,
    sha256,
    bytes: bytes.length,
    dataHash,
    data: {
      trainExamples: data.train.length,
      withTrigger: prepared.length,
      writersDir: data.writersDir ? (data.writersDir.startsWith(ROOT) ? data.writersDir.slice(ROOT.length + 1) : data.writersDir) : null,
      heldOut: Object.fromEntries(Object.entries(data.heldOut).map(([k, v]) => [k, v.length])),
    },
    recipe: { ...recipe, quick },
    calibration: { ...header.calibration, reliability },
    heldOutFigures: figures,
  };
  writeFileSync(metaPath, JSON.stringify(meta, null, 2) + '\n');

  const pct = (x: number | null | undefined): string => (x === null || x === undefined ? '     -' : `${(x * 100).toFixed(1).padStart(5)}%`);
  log('  held-out set        msgs   pos  recall   neg flagged  spanP  spanR  exact');
  for (const [name, f] of Object.entries(figures)) {
    log(`  ${name.padEnd(18)} ${String(f.messages).padStart(5)} ${String(f.positives).padStart(5)} ${pct(f.recall)} ${String(f.negatives).padStart(5)} ${pct(f.flagged)} ${pct(f.spanPrecision)} ${pct(f.spanRecall)} ${pct(f.exact)}`);
  }
  log(`  wrote ${modelPath} (${bytes.length} bytes, sha256 ${sha256.slice(0, 16)}…)`);
  return { modelPath, metaPath, sha256, figures };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const t0 = Date.now();
  trainAddressModel({ quick: args.includes('--quick'), outDir: outAt >= 0 ? resolve(args[outAt + 1]) : undefined, log: (l) => console.log(l) });
  console.log(`  ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
