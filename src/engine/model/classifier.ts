/**
 * Inference of the intent model: features → per-label margins → calibrated probabilities, and, for a
 * reported label, the explanation (strongest features and the span they came from). Pure and
 * deterministic. Two model families share the features, calibration and explanations:
 *
 *  - linear: one int8 weight per bucket and label; a feature's contribution is its weight;
 *  - hidden layer (fastText with one tanh layer): the mean of int8 bucket embeddings → tanh →
 *    labels; a feature's contribution is gradient × input (exact for the linear part, a first-order
 *    reading of the tanh), which is what `why` reports.
 */
import { extractFeatures, FEATURE_VERSION, featureMultiset, isTokenFeature, walkFeatures, type FeatureSource } from './features.js';
import { tensor, type ModelFile, type ModelHeader } from './weights-file.js';

/** A label's calibrated probability and whether it reaches its reporting threshold. */
export interface LabelScore {
  label: string;
  index: number;
  probability: number;
  reported: boolean;
}

/** What pushed a label up: a word or phrase (or a message-wide signal) and its summed weight. */
export interface Contribution {
  name: string;
  weight: number;
  start: number;
  end: number;
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** A loaded model. One instance per weights file; not shared across threads. */
export abstract class Classifier {
  readonly labels: readonly string[];
  protected readonly L: number;
  protected readonly buckets: number;
  private readonly platt: readonly [number, number][];
  private readonly threshold: Float64Array;

  protected constructor(h: ModelHeader) {
    if (h.featureVersion !== FEATURE_VERSION) throw new Error(`model trained on feature version ${h.featureVersion}, engine has ${FEATURE_VERSION}: run npm run train`);
    this.labels = h.labels;
    this.L = h.labels.length;
    this.buckets = h.buckets;
    this.platt = h.platt;
    this.threshold = Float64Array.from(h.threshold);
  }

  /** Raw (uncalibrated) margins per label. */
  abstract margins(lower: string, signals?: readonly string[]): Float64Array;

  /** Contribution of one distinct feature bucket to label `index`, given the message's distinct-feature count. */
  protected abstract contribution(id: number, index: number, context: ExplainContext): number;

  /** Per-message state an explanation needs (the hidden layer's gradient). */
  protected abstract explainContext(lower: string, index: number, signals?: readonly string[]): ExplainContext;

  /** Calibrated probability per label. */
  score(lower: string, signals?: readonly string[]): LabelScore[] {
    const z = this.margins(lower, signals);
    const out: LabelScore[] = [];
    for (let l = 0; l < this.L; l++) {
      const [a, b] = this.platt[l]!;
      const probability = sigmoid(a * z[l]! + b);
      out.push({ label: this.labels[l]!, index: l, probability, reported: probability >= this.threshold[l]! });
    }
    return out;
  }

  /**
   * What pushed label `index` up the most, strongest first. Each distinct bucket counts once, and
   * features of the same stretch of text (a word's character n-grams, its folded form, the word
   * itself; a bigram) are summed, so the explanation names words and phrases, not n-grams.
   */
  explain(lower: string, index: number, top = 5, signals?: readonly string[]): Contribution[] {
    const sources: FeatureSource[] = [];
    extractFeatures(lower, this.buckets, () => {}, sources, signals);
    const context = this.explainContext(lower, index, signals);
    // Counted as the model counts them (featureMultiset): a token's own features once per distinct
    // token, every other feature once per message.
    const counted = new Set<string>();
    const bySpan = new Map<string, Contribution>();
    for (const s of sources) {
      const once = isTokenFeature(s.name) ? `${lower.slice(s.start, s.end)}\u0000${s.id}` : String(s.id);
      if (counted.has(once)) continue;
      counted.add(once);
      const weight = this.contribution(s.id, index, context);
      if (weight === 0) continue;
      // Message-wide features (shape, rule verdicts) are named, not located.
      const whole = s.name.startsWith('s|') || s.name.startsWith('r|');
      const key = whole ? s.name : `${s.start}:${s.end}`;
      const c = bySpan.get(key);
      if (c) c.weight += weight;
      else bySpan.set(key, { name: whole ? s.name : lower.slice(s.start, s.end), weight, start: s.start, end: s.end });
    }
    const contributions = [...bySpan.values()].filter((c) => c.weight > 0);
    contributions.sort((a, b) => b.weight - a.weight || a.start - b.start);
    return contributions.slice(0, top);
  }

  /** Visit each feature the model counts for the message (featureMultiset). Returns how many there were. */
  protected eachFeature(lower: string, signals: readonly string[] | undefined, visit: (id: number) => void): number {
    const feats = featureMultiset(lower, this.buckets, signals);
    for (let i = 0; i < feats.length; i++) visit(feats[i]!);
    return feats.length;
  }
}

interface ExplainContext {
  /** Distinct features in the message (the hidden-layer model averages over them). */
  n: number;
  /** ∂margin/∂embedding for the label explained (hidden-layer model). */
  gradient?: Float64Array;
}

/** Hashed features → one int8 weight per label. */
export class LinearClassifier extends Classifier {
  private readonly q: Int8Array;
  private readonly scale: Float32Array;
  private readonly bias: Float32Array;
  private readonly acc: Float64Array;

  constructor(m: ModelFile) {
    super(m.header);
    this.q = tensor(m, 'weights', Int8Array);
    this.scale = tensor(m, 'scale', Float32Array);
    this.bias = tensor(m, 'bias', Float32Array);
    this.acc = new Float64Array(this.L);
  }

  margins(lower: string, signals?: readonly string[]): Float64Array {
    const { L, q, acc } = this;
    acc.fill(0);
    this.eachFeature(lower, signals, (id) => {
      const base = id * L;
      for (let l = 0; l < L; l++) acc[l]! += q[base + l]!;
    });
    const z = new Float64Array(L);
    for (let l = 0; l < L; l++) z[l] = this.bias[l]! + this.scale[l]! * acc[l]!;
    return z;
  }

  protected explainContext(): ExplainContext {
    return { n: 1 };
  }

  protected contribution(id: number, index: number): number {
    return this.scale[index]! * this.q[id * this.L + index]!;
  }
}

/** A word's own features, summed once: the embedding sum, how many features, and the last message that counted it. */
interface TokenSum {
  text: string;
  sum: Float64Array;
  count: number;
  stamp: number;
}

/**
 * Words whose sums are kept. Tutoring chat's vocabulary is small and repetitive; when a stream of
 * unusual text fills the cache it is emptied (at a message boundary) rather than grown, so memory
 * stays bounded (about 400 bytes a word at dim 32).
 */
const TOKEN_CACHE_ENTRIES = 20_000;

/** Hashed features → mean int8 embedding → tanh hidden layer → labels. */
export class HiddenLayerClassifier extends Classifier {
  private readonly E: Int8Array;
  private readonly rowScale: Float32Array;
  private readonly W1: Float32Array;
  private readonly b1: Float32Array;
  private readonly W2: Float32Array;
  private readonly b2: Float32Array;
  private readonly d: number;
  private readonly H: number;
  private readonly e: Float64Array;
  private readonly h: Float64Array;
  /** Per word: the sum of its own features' embeddings, and how many there were. */
  private readonly tokens = new Map<number, TokenSum>();
  private readonly seenContext: Uint32Array;
  private readonly seenLocal: Uint32Array;
  private stamp = 0;

  constructor(m: ModelFile) {
    super(m.header);
    this.d = m.header.dim!;
    this.H = m.header.hidden!;
    this.E = tensor(m, 'embeddings', Int8Array);
    this.rowScale = tensor(m, 'embeddingScale', Float32Array);
    this.W1 = tensor(m, 'w1', Float32Array);
    this.b1 = tensor(m, 'b1', Float32Array);
    this.W2 = tensor(m, 'w2', Float32Array);
    this.b2 = tensor(m, 'b2', Float32Array);
    if (this.E.length !== this.buckets * this.d || this.W1.length !== this.H * this.d || this.W2.length !== this.L * this.H) throw new Error('model file tensors do not match its sizes');
    this.e = new Float64Array(this.d);
    this.h = new Float64Array(this.H);
    this.seenContext = new Uint32Array(this.buckets);
    this.seenLocal = new Uint32Array(this.buckets);
  }

  /**
   * Fills the mean embedding and the hidden layer; returns the number of features counted. A word's
   * own features (its character n-grams, its folded and written forms) are summed once and kept in
   * `tokens`: later messages with the same word add the stored sum instead of re-hashing and
   * re-reading its n-grams. The sum is exactly what featureMultiset counts, so the result is the
   * uncached one (a test holds the two together).
   */
  private forward(lower: string, signals?: readonly string[]): number {
    const { d, e, tokens } = this;
    e.fill(0);
    if (tokens.size > TOKEN_CACHE_ENTRIES) tokens.clear();
    const message = this.nextStamp();
    const seenContext = this.seenContext;
    const seenLocal = this.seenLocal;
    let n = 0;
    let current: TokenSum | null = null;
    let tokenStamp = 0;
    walkFeatures(lower, this.buckets, {
      token: (start, end, hash) => {
        // Keyed by the token's hash (a small integer: no string is made), confirmed against the text.
        const key = hash & 0x3fffffff;
        const known = tokens.get(key);
        if (known && known.text.length === end - start && lower.startsWith(known.text, start)) {
          if (known.stamp !== message) {
            known.stamp = message;
            for (let k = 0; k < d; k++) e[k]! += known.sum[k]!;
            n += known.count;
          }
          return true;
        }
        current = { text: lower.slice(start, end), sum: new Float64Array(d), count: 0, stamp: message };
        // Two words with one key (rare): the newer one is kept, unless the older one is already
        // counted in this message (then this one is summed without being kept, so neither counts twice).
        if (!(known && known.stamp === message)) tokens.set(key, current);
        tokenStamp = this.nextStamp();
        return false;
      },
      local: (id) => {
        if (seenLocal[id] === tokenStamp) return;
        seenLocal[id] = tokenStamp;
        this.addRow(current!.sum, id);
        current!.count++;
      },
      tokenEnd: () => {
        for (let k = 0; k < d; k++) e[k]! += current!.sum[k]!;
        n += current!.count;
      },
      context: (id) => {
        if (seenContext[id] === message) return;
        seenContext[id] = message;
        this.addRow(e, id);
        n++;
      },
    }, undefined, signals);
    return this.hiddenFromSum(n);
  }

  /** Add feature `id`'s embedding row (int8 × its row scale) into `into`. */
  private addRow(into: Float64Array, id: number): void {
    const { d, E } = this;
    const s = this.rowScale[id]!;
    const base = id * d;
    for (let k = 0; k < d; k++) into[k]! += s * E[base + k]!;
  }

  /** Turn the summed embedding in `e` into the mean over `n` features and fill the hidden layer; returns the divisor. */
  private hiddenFromSum(n: number): number {
    const { d, e } = this;
    const mean = n || 1;
    for (let k = 0; k < d; k++) e[k]! /= mean;
    for (let j = 0; j < this.H; j++) {
      let s = this.b1[j]!;
      const row = j * d;
      for (let k = 0; k < d; k++) s += this.W1[row + k]! * e[k]!;
      this.h[j] = Math.tanh(s);
    }
    return mean;
  }

  /** The same forward pass without the word cache (for tests: the two must agree). */
  uncachedMargins(lower: string, signals?: readonly string[]): Float64Array {
    this.e.fill(0);
    this.hiddenFromSum(this.eachFeature(lower, signals, (id) => this.addRow(this.e, id)));
    return this.outputs();
  }

  private nextStamp(): number {
    this.stamp = (this.stamp + 1) >>> 0;
    if (this.stamp === 0) {
      this.seenContext.fill(0);
      this.seenLocal.fill(0);
      this.stamp = 1;
    }
    return this.stamp;
  }

  margins(lower: string, signals?: readonly string[]): Float64Array {
    this.forward(lower, signals);
    return this.outputs();
  }

  private outputs(): Float64Array {
    const z = new Float64Array(this.L);
    for (let l = 0; l < this.L; l++) {
      let s = this.b2[l]!;
      for (let j = 0; j < this.H; j++) s += this.W2[l * this.H + j]! * this.h[j]!;
      z[l] = s;
    }
    return z;
  }

  protected explainContext(lower: string, index: number, signals?: readonly string[]): ExplainContext {
    const n = this.forward(lower, signals);
    const gradient = new Float64Array(this.d);
    for (let j = 0; j < this.H; j++) {
      const g = this.W2[index * this.H + j]! * (1 - this.h[j]! * this.h[j]!);
      for (let k = 0; k < this.d; k++) gradient[k]! += g * this.W1[j * this.d + k]!;
    }
    return { n, gradient };
  }

  protected contribution(id: number, _index: number, context: ExplainContext): number {
    const g = context.gradient!;
    let s = 0;
    const base = id * this.d;
    for (let k = 0; k < this.d; k++) s += g[k]! * this.E[base + k]!;
    return (s * this.rowScale[id]!) / context.n;
  }
}

/** The classifier for a decoded weights file. */
export function classifierFor(m: ModelFile): Classifier {
  return m.header.format === 'chaperone-mlp' ? new HiddenLayerClassifier(m) : new LinearClassifier(m);
}
