/**
 * Platt scaling: p = σ(a·z + b) fitted by Newton's method on margins the model did not train on,
 * with Platt's smoothed targets (so a perfectly separated split does not push a to infinity).
 * Then, per label, the reporting threshold: the lowest calibrated probability (not below the
 * recipe's floor) at which the calibration split reaches the recipe's target precision.
 */

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

export function fitPlatt(z: readonly number[], y: readonly number[], w: readonly number[]): [number, number] {
  let pos = 0;
  let neg = 0;
  for (let i = 0; i < y.length; i++) (y[i] ? (pos += w[i]!) : (neg += w[i]!));
  const hi = (pos + 1) / (pos + 2);
  const lo = 1 / (neg + 2);
  const loss = (a: number, b: number): number => {
    let l = 0;
    for (let i = 0; i < z.length; i++) {
      const t = y[i] ? hi : lo;
      const f = a * z[i]! + b;
      // log(1 + e^f) − t·f, computed without overflow
      l += w[i]! * ((f > 0 ? f + Math.log1p(Math.exp(-f)) : Math.log1p(Math.exp(f))) - t * f);
    }
    return l;
  };
  // Start from a scale that keeps the margins' spread near ±4, where the logistic is not flat.
  let mean = 0;
  for (const v of z) mean += v / (z.length || 1);
  let sd = 0;
  for (const v of z) sd += (v - mean) ** 2 / (z.length || 1);
  let a = 1 / Math.max(1, Math.sqrt(sd));
  let b = 0;
  let current = loss(a, b);
  for (let iter = 0; iter < 100; iter++) {
    let ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
    for (let i = 0; i < z.length; i++) {
      const t = y[i] ? hi : lo;
      const p = sigmoid(a * z[i]! + b);
      const d = (p - t) * w[i]!;
      const s = p * (1 - p) * w[i]!;
      ga += d * z[i]!;
      gb += d;
      haa += s * z[i]! * z[i]!;
      hab += s * z[i]!;
      hbb += s;
    }
    // Levenberg damping keeps the step sane where the logistic is flat (saturated margins).
    const damp = 1e-6 * (haa + hbb) + 1e-9;
    haa += damp;
    hbb += damp;
    const det = haa * hbb - hab * hab;
    if (!(det > 0)) break;
    let da = (hbb * ga - hab * gb) / det;
    let db = (haa * gb - hab * ga) / det;
    // Backtracking: halve the Newton step until the loss does not increase.
    let step = 1;
    let next = loss(a - da, b - db);
    while (next > current && step > 1e-6) {
      step /= 2;
      next = loss(a - step * da, b - step * db);
    }
    if (next > current) break;
    a -= step * da;
    b -= step * db;
    const improved = current - next;
    current = next;
    if (improved < 1e-10 * Math.max(1, current)) break;
  }
  return [a, b];
}

export interface ThresholdChoice {
  threshold: number;
  precision: number;
  recall: number;
}

export function chooseThreshold(p: readonly number[], y: readonly number[], floor: number, targetPrecision: number): ThresholdChoice {
  const steps: number[] = [];
  for (let t = floor; t <= 0.951; t += 0.025) steps.push(Math.round(t * 1000) / 1000);
  let best: ThresholdChoice | null = null;
  for (const t of steps) {
    let tp = 0, fp = 0, fn = 0;
    for (let i = 0; i < p.length; i++) {
      if (p[i]! >= t) (y[i] ? tp++ : fp++);
      else if (y[i]) fn++;
    }
    const precision = tp + fp ? tp / (tp + fp) : 1;
    const recall = tp + fn ? tp / (tp + fn) : 1;
    if (precision >= targetPrecision) return { threshold: t, precision, recall };
    // Never reached: the most precise threshold seen (ties: the lower one, which keeps more recall).
    if (!best || precision > best.precision) best = { threshold: t, precision, recall };
  }
  return best!;
}

/** Expected calibration error over ten equal-width bins. */
export function expectedCalibrationError(p: readonly number[], y: readonly number[]): number {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, p: 0, y: 0 }));
  for (let i = 0; i < p.length; i++) {
    const b = bins[Math.min(9, Math.floor(p[i]! * 10))]!;
    b.n++;
    b.p += p[i]!;
    b.y += y[i]!;
  }
  let e = 0;
  for (const b of bins) if (b.n) e += (b.n / p.length) * Math.abs(b.p / b.n - b.y / b.n);
  return e;
}
