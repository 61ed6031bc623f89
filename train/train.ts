/**
 * `npm run train`: rebuilds the intent model from scratch, from recipe.json and the data it names.
 * Deterministic (one thread, seeded shuffles): a second run writes the same weights byte for byte.
 *
 *   node --import tsx train/train.ts [--recipe FILE] [--out DIR] [--limit N] [--intent-only]
 *
 * Steps: the address tagger (train/address/), then for the intent model: load examples (with provenance) → features → train on the train split → calibrate (Platt)
 * and choose thresholds on the calibration split, which the model never trained on → write
 * models/intent.bin and models/intent.meta.json.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEATURE_VERSION } from '../src/engine/model/features.js';
import { encodeModel, quantiseColumns, quantiseRows, type Tensor } from '../src/engine/model/weights-file.js';
import { chooseThreshold, expectedCalibrationError, fitPlatt } from './calibrate.js';
import { modelText, ruleSignalsOf, toRow, type Row } from './featurise.js';
import { trainLinear, type LinearWeights } from './linear.js';
import { trainMlp, type Mlp } from './mlp.js';
import { classifierFor } from '../src/engine/model/classifier.js';
import { decodeModel } from '../src/engine/model/weights-file.js';
import { progressBar } from '../src/util/progress.js';
import { loadExamples, type Example, type Recipe } from './sources.js';
import { trainAddressModel } from './address/train.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface TrainOutput {
  bytes: Uint8Array;
  meta: Record<string, unknown>;
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** Train the shipped model from a recipe. `limit` keeps the first N examples of each source (for the determinism test). */
export async function trainModel(recipe: Recipe, options: { limit?: number; quiet?: boolean } = {}): Promise<TrainOutput> {
  const log = (s: string): void => {
    if (!options.quiet) process.stderr.write(`${s}\n`);
  };
  let examples = await loadExamples(recipe, ROOT);
  if (options.limit) {
    const perSource = new Map<string, number>();
    examples = examples.filter((e) => {
      const n = perSource.get(e.source) ?? 0;
      perSource.set(e.source, n + 1);
      return n < options.limit!;
    });
  }
  const L = recipe.labels.length;
  log(`train: ${examples.length} examples from ${new Set(examples.map((e) => e.source)).size} sources`);
  const bar = options.quiet ? null : progressBar('features', examples.length);
  const signals = examples.map((e) => ruleSignalsOf(e.text));
  const rows: Row[] = examples.map((e, i) => {
    bar?.tick(i + 1);
    return toRow(e.text, e.labels, recipe.labels, recipe.buckets, e.weight, e.knownPrefixes, signals[i]);
  });
  bar?.done();
  const train = rows.filter((_, i) => examples[i]!.split === 'train');
  // Calibration reads only human-written or real text (the recipe's calibration sources): the
  // generator's held-out templates are kept out of training, but scores must mean what they say on
  // messages people write.
  const calSources = recipe.calibration.sources;
  const calIdx = examples.flatMap((e, i) => (e.split === 'calibration' && calSources.some((p) => e.source.startsWith(p)) ? [i] : []));
  const family = recipe.family;
  const epochs = family === 'mlp' ? recipe.mlp.epochs : recipe.linear.epochs;
  const epochBar = options.quiet ? null : progressBar(`training (${family})`, epochs);
  const trained = family === 'mlp' ? trainMlp(train, L, recipe.buckets, recipe.mlp, recipe.seed, (e) => epochBar?.tick(e)) : trainLinear(train, L, recipe.buckets, recipe.linear, recipe.seed, (e) => epochBar?.tick(e));
  epochBar?.done();
  // The shipped model is the quantised one: calibrate what will run, not the float weights.
  const { tensors, format, sizes } = packModel(trained, family, recipe.buckets, L);
  const classifier = classifierFor(decodeModel(encodeModel({ format, featureVersion: FEATURE_VERSION, buckets: recipe.buckets, labels: recipe.labels, ...sizes, platt: recipe.labels.map(() => [1, 0]), threshold: recipe.labels.map(() => 2) }, tensors)));

  // Calibration on the held-out split.
  const margins = calIdx.map((i) => classifier.margins(modelText(examples[i]!.text), signals[i]));
  const platt: [number, number][] = [];
  const threshold: number[] = [];
  const calibration: Record<string, unknown> = {};
  for (let l = 0; l < L; l++) {
    // Only the examples that speak for this label calibrate it.
    const keep = calIdx.flatMap((i, k) => (rows[i]!.known[l] ? [k] : []));
    const z = keep.map((k) => margins[k]![l]!);
    const y = keep.map((k) => rows[calIdx[k]!]!.y[l]!);
    const w = keep.map((k) => rows[calIdx[k]!]!.weight);
    const ab = fitPlatt(z, y, w);
    const p = z.map((v) => sigmoid(ab[0] * v + ab[1]));
    // Cues route a conversation to a person and accumulate over messages: their per-message target may be lower.
    const target = recipe.calibration.targetPrecisionByLabel?.[recipe.labels[l]!] ?? recipe.calibration.targetPrecision;
    const choice = chooseThreshold(p, y, recipe.calibration.minThreshold, target);
    platt.push([round6(ab[0]), round6(ab[1])]);
    // Labels outside `report` are learned but never reported (a threshold no probability reaches).
    threshold.push(recipe.report.includes(recipe.labels[l]!) ? choice.threshold : 2);
    calibration[recipe.labels[l]!] = {
      positives: y.reduce((a, b) => a + b, 0),
      threshold: choice.threshold,
      precision: round4(choice.precision),
      recall: round4(choice.recall),
      ece: round4(expectedCalibrationError(p, y)),
    };
  }
  const bytes = encodeModel({ format, featureVersion: FEATURE_VERSION, buckets: recipe.buckets, labels: recipe.labels, ...sizes, platt, threshold }, tensors);
  const meta = {
    model: 'intent',
    format: 'chaperone-linear',
    featureVersion: FEATURE_VERSION,
    weightsSha256: createHash('sha256').update(bytes).digest('hex'),
    dataSha256: dataHash(examples),
    recipe,
    examples: countBy(examples),
    calibration,
  };
  return { bytes, meta };
}

/** The trained weights as the file's tensors (int8 where large), with the header's format and sizes. */
function packModel(m: LinearWeights | Mlp, family: 'linear' | 'mlp', buckets: number, L: number): { tensors: { name: string; data: Tensor }[]; format: 'chaperone-linear' | 'chaperone-mlp'; sizes: { dim?: number; hidden?: number } } {
  if (family === 'mlp') {
    const mlp = m as Mlp;
    const e = quantiseRows(mlp.E, buckets, mlp.dim);
    return {
      format: 'chaperone-mlp',
      sizes: { dim: mlp.dim, hidden: mlp.hidden },
      tensors: [
        { name: 'embeddings', data: e.q },
        { name: 'embeddingScale', data: e.scale },
        { name: 'w1', data: mlp.W1 },
        { name: 'b1', data: mlp.b1 },
        { name: 'w2', data: mlp.W2 },
        { name: 'b2', data: mlp.b2 },
      ],
    };
  }
  const lin = m as LinearWeights;
  const w = quantiseColumns(lin.weights, buckets, L);
  return { format: 'chaperone-linear', sizes: {}, tensors: [{ name: 'weights', data: w.q }, { name: 'scale', data: w.scale }, { name: 'bias', data: Float32Array.from(lin.bias) }] };
}

function dataHash(examples: readonly Example[]): string {
  const h = createHash('sha256');
  for (const e of examples) h.update(`${e.source}\t${e.split}\t${e.labels.join(',')}\t${e.text}\n`);
  return h.digest('hex');
}

function countBy(examples: readonly Example[]): Record<string, { train: number; calibration: number; positive: number }> {
  const out: Record<string, { train: number; calibration: number; positive: number }> = {};
  for (const e of examples) {
    const c = (out[e.source] ??= { train: 0, calibration: 0, positive: 0 });
    c[e.split]++;
    if (e.labels.length) c.positive++;
  }
  return out;
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;
const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

export function readRecipe(path = join(ROOT, 'train', 'recipe.json')): Recipe {
  return JSON.parse(readFileSync(path, 'utf8')) as Recipe;
}

async function main(argv: string[]): Promise<void> {
  const at = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const recipe = readRecipe(at('--recipe'));
  const outDir = resolve(at('--out') ?? join(ROOT, 'models'));
  const limit = at('--limit') ? Number(at('--limit')) : undefined;
  const started = Date.now();
  mkdirSync(outDir, { recursive: true });
  // The address tagger first: the address detector is one of the rules whose verdicts the intent
  // model reads, so the intent model trains on the tagger that will ship beside it.
  if (!argv.includes('--intent-only')) {
    process.env.CHAPERONE_ADDRESS_MODEL = join(outDir, 'address.bin');
    trainAddressModel({ quick: limit !== undefined, outDir, log: (l) => process.stderr.write(`address: ${l}\n`) });
  }
  const { bytes, meta } = await trainModel(recipe, { limit });
  writeFileSync(join(outDir, 'intent.bin'), bytes);
  writeFileSync(join(outDir, 'intent.meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  process.stderr.write(`train: wrote ${join(outDir, 'intent.bin')} (${(bytes.length / 1e6).toFixed(2)} MB, sha256 ${String(meta.weightsSha256).slice(0, 12)}) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  for (const [label, c] of Object.entries(meta.calibration as Record<string, unknown>)) process.stderr.write(`  ${label.padEnd(9)} ${JSON.stringify(c)}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(`train: ${(e as Error).message}\n`);
    process.exit(1);
  });
}
