/**
 * The comparison model: fastText's architecture with one hidden layer — the mean of hashed feature
 * embeddings → tanh hidden layer → one logit per label — trained by SGD with a linearly decaying
 * rate, one thread, seeded. Used by `train/compare.ts` to choose between it and the linear model on
 * held-out writers and templates; the engine ships whichever the comparison favours.
 */
import type { Row } from './featurise.js';
import { mulberry32, shuffled } from './prng.js';

export interface MlpOptions {
  epochs: number;
  learningRate: number;
  dim: number;
  hidden: number;
  /**
   * Share of an example's features dropped at random each time it is seen (0: none). A model that
   * cannot count on any one word learns from the whole message: without it, one word of a short
   * message ("could", "way") decided the verdict on its own.
   */
  featureDropout?: number;
}

export interface Mlp {
  E: Float32Array;
  W1: Float32Array;
  b1: Float32Array;
  W2: Float32Array;
  b2: Float32Array;
  dim: number;
  hidden: number;
  L: number;
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

export function trainMlp(rows: readonly Row[], L: number, buckets: number, opts: MlpOptions, seed: number, progress?: (epoch: number) => void): Mlp {
  const { dim: d, hidden: H } = opts;
  const rand = mulberry32(seed);
  const init = (n: number, s: number): Float32Array => Float32Array.from({ length: n }, () => (rand() * 2 - 1) * s);
  const m: Mlp = { E: init(buckets * d, 1 / d), W1: init(H * d, Math.sqrt(6 / (H + d))), b1: new Float32Array(H), W2: init(L * H, Math.sqrt(6 / (L + H))), b2: new Float32Array(L), dim: d, hidden: H, L };
  const e = new Float64Array(d);
  const h = new Float64Array(H);
  const dz = new Float64Array(L);
  const dh = new Float64Array(H);
  const de = new Float64Array(d);
  const total = opts.epochs * rows.length;
  const dropout = opts.featureDropout ?? 0;
  let kept = new Int32Array(256);
  let step = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (const r of shuffled(rows, rand)) {
      const lr = opts.learningRate * (1 - step++ / total);
      let feats = r.feats;
      if (dropout > 0 && feats.length > 1) {
        if (kept.length < feats.length) kept = new Int32Array(feats.length * 2);
        let c = 0;
        for (let i = 0; i < feats.length; i++) if (rand() >= dropout) kept[c++] = feats[i]!;
        if (c === 0) kept[c++] = feats[Math.floor(rand() * feats.length)]!;
        feats = kept.subarray(0, c);
      }
      const n = feats.length || 1;
      forward(m, feats, e, h, dz);
      for (let l = 0; l < L; l++) dz[l] = r.known[l] ? (sigmoid(dz[l]!) - r.y[l]!) * r.weight : 0;
      dh.fill(0);
      for (let l = 0; l < L; l++) {
        const g = dz[l]!;
        for (let j = 0; j < H; j++) {
          dh[j]! += m.W2[l * H + j]! * g;
          m.W2[l * H + j]! -= lr * g * h[j]!;
        }
        m.b2[l]! -= lr * g;
      }
      de.fill(0);
      for (let j = 0; j < H; j++) {
        const g = dh[j]! * (1 - h[j]! * h[j]!);
        for (let k = 0; k < d; k++) {
          de[k]! += m.W1[j * d + k]! * g;
          m.W1[j * d + k]! -= lr * g * e[k]!;
        }
        m.b1[j]! -= lr * g;
      }
      for (let i = 0; i < feats.length; i++) {
        const base = feats[i]! * d;
        for (let k = 0; k < d; k++) m.E[base + k]! -= (lr * de[k]!) / n;
      }
    }
    progress?.(epoch + 1);
  }
  return m;
}

/** Fills `e` (mean embedding), `h` (hidden) and `z` (logits). */
function forward(m: Mlp, feats: Int32Array, e: Float64Array, h: Float64Array, z: Float64Array): void {
  const { dim: d, hidden: H, L } = m;
  e.fill(0);
  for (let i = 0; i < feats.length; i++) {
    const base = feats[i]! * d;
    for (let k = 0; k < d; k++) e[k]! += m.E[base + k]!;
  }
  const n = feats.length || 1;
  for (let k = 0; k < d; k++) e[k]! /= n;
  for (let j = 0; j < H; j++) {
    let s = m.b1[j]!;
    for (let k = 0; k < d; k++) s += m.W1[j * d + k]! * e[k]!;
    h[j] = Math.tanh(s);
  }
  for (let l = 0; l < L; l++) {
    let s = m.b2[l]!;
    for (let j = 0; j < H; j++) s += m.W2[l * H + j]! * h[j]!;
    z[l] = s;
  }
}

export function mlpMargins(m: Mlp, feats: Int32Array): Float64Array {
  const z = new Float64Array(m.L);
  forward(m, feats, new Float64Array(m.dim), new Float64Array(m.hidden), z);
  return z;
}
