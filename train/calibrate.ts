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
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 100; iter++) {
    let ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
    for (let i = 0; i < z.length; i++) {
      const t = y[i] ? hi : lo;
      const p = sigmoid(a * z[i]! + b);
      const d = (p - t) * w[i]!;
      const s = Math.max(p * (1 - p), 1e-12) * w[i]!;
      ga += d * z[i]!;
      gb += d;
      haa += s * z[i]! * z[i]!;
      hab += s * z[i]!;
      hbb += s;
    }
    haa += 1e-9;
    hbb += 1e-9;
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-18) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) < 1e-10 && Math.abs(db) < 1e-10) break;
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
