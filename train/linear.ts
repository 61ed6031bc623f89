/**
 * Multi-label logistic regression over hashed features, trained with AdaGrad in one thread (as
 * fastText, determinism is a design choice: one thread, a seeded shuffle, a fixed order of
 * floating-point operations, so a second run gives the same weights bit for bit).
 */
import type { Row } from './featurise.js';
import { mulberry32, shuffled } from './prng.js';

export interface LinearWeights {
  /** bucket-major: w[f * L + l] */
  weights: Float32Array;
  bias: Float64Array;
}

export interface LinearOptions {
  epochs: number;
  learningRate: number;
  l2: number;
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

export function trainLinear(rows: readonly Row[], L: number, buckets: number, opts: LinearOptions, seed: number, progress?: (epoch: number) => void): LinearWeights {
  const w = new Float32Array(buckets * L);
  const g2 = new Float32Array(buckets * L);
  const bias = new Float64Array(L);
  const bg2 = new Float64Array(L);
  const rand = mulberry32(seed);
  const eps = 1e-8;
  const z = new Float64Array(L);
  const grad = new Float64Array(L);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (const r of shuffled(rows, rand)) {
      const f = r.feats;
      for (let l = 0; l < L; l++) z[l] = bias[l]!;
      for (let i = 0; i < f.length; i++) {
        const base = f[i]! * L;
        for (let l = 0; l < L; l++) z[l]! += w[base + l]!;
      }
      for (let l = 0; l < L; l++) grad[l] = r.known[l] ? (sigmoid(z[l]!) - r.y[l]!) * r.weight : 0;
      for (let l = 0; l < L; l++) {
        const g = grad[l]!;
        bg2[l]! += g * g;
        bias[l]! -= (opts.learningRate * g) / Math.sqrt(bg2[l]! + eps);
      }
      for (let i = 0; i < f.length; i++) {
        const base = f[i]! * L;
        for (let l = 0; l < L; l++) {
          const k = base + l;
          const g = grad[l]! + opts.l2 * w[k]!;
          if (g === 0) continue;
          g2[k]! += g * g;
          w[k]! -= (opts.learningRate * g) / Math.sqrt(g2[k]! + eps);
        }
      }
    }
    progress?.(epoch + 1);
  }
  return { weights: w, bias };
}

/** Margins of a trained linear model for one row. */
export function linearMargins(m: LinearWeights, feats: Int32Array, L: number): Float64Array {
  const z = Float64Array.from(m.bias);
  for (let i = 0; i < feats.length; i++) {
    const base = feats[i]! * L;
    for (let l = 0; l < L; l++) z[l]! += m.weights[base + l]!;
  }
  return z;
}
