/**
 * Layout estimate for OCR, on a small grey copy of the image: whether the text is light on dark
 * (then the image is inverted), the skew of its lines (tesseract reads lines tilted by more than a
 * few degrees badly; photos of worksheets are often tilted by 5–15°), and the height of a text line
 * (so small text is scaled up and large text is not blown past what the recogniser reads best).
 *
 * Skew: the angle, from -15° to 15°, at which the ink's projection on the normal of the lines has
 * the largest variance (lines of text give sharp peaks). Light ruled lines of exercise paper are left
 * out by the ink threshold (midway between the darkest 1% and the median).
 */

/** What `estimateLayout` finds. */
export interface Layout {
  /** True when the text is light on a dark background. */
  inverted: boolean;
  /** Degrees the text lines are turned clockwise (y down); rotate by the negative to straighten. */
  skew: number;
  /** Median height of a text line, in pixels of the input; 0 when no line was seen. */
  lineHeight: number;
  /** The background's grey level (the median), after inversion when inverted. */
  background: number;
  /** True when there is no ink to read (no contrast, or almost no dark pixels): OCR is skipped. */
  blank: boolean;
}

const MAX_SKEW = 15;

/** Estimate from grey pixels (one byte a pixel). Linear in the pixels times the angles tried (31, then 9). */
export function estimateLayout(grey: Uint8Array, width: number, height: number): Layout {
  const hist = new Uint32Array(256);
  for (let i = 0; i < grey.length; i++) hist[grey[i]!]++;
  const pct = (p: number): number => {
    let acc = 0;
    const target = p * grey.length;
    for (let v = 0; v < 256; v++) if ((acc += hist[v]!) >= target) return v;
    return 255;
  };
  const median = pct(0.5);
  const inverted = median < 110;
  // Text covers little of an image: its darkest 1% (lightest, when inverted) is ink.
  const extreme = inverted ? 255 - pct(0.99) : pct(0.01);
  const bg = inverted ? 255 - median : median;
  const ink = (extreme + bg) / 2;
  if (bg - extreme < 40) return { inverted, skew: 0, lineHeight: 0, background: bg, blank: true };
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = grey[y * width + x]!;
      if ((inverted ? 255 - v : v) < ink) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  if (xs.length < 20) return { inverted, skew: 0, lineHeight: 0, background: bg, blank: true };
  const diag = Math.ceil(Math.hypot(width, height)) + 2;
  const profile = new Float64Array(2 * diag);
  const score = (deg: number): number => {
    const t = (deg * Math.PI) / 180;
    const s = Math.sin(t), c = Math.cos(t);
    profile.fill(0);
    for (let i = 0; i < xs.length; i++) profile[Math.round(-xs[i]! * s + ys[i]! * c) + diag]++;
    let sum2 = 0;
    for (let i = 0; i < profile.length; i++) sum2 += profile[i]! * profile[i]!;
    return sum2;
  };
  let best = 0, bestScore = -1;
  for (let d = -MAX_SKEW; d <= MAX_SKEW; d++) {
    const sc = score(d);
    if (sc > bestScore) [best, bestScore] = [d, sc];
  }
  for (let d = best - 0.8; d <= best + 0.8; d += 0.2) {
    const sc = score(d);
    if (sc > bestScore) [best, bestScore] = [d, sc];
  }
  // Line height: runs of the straightened profile above a tenth of its peak.
  score(best);
  let peak = 0;
  for (let i = 0; i < profile.length; i++) peak = Math.max(peak, profile[i]!);
  const runs: number[] = [];
  let run = 0;
  for (let i = 0; i < profile.length; i++) {
    if (profile[i]! > peak * 0.1) run++;
    else if (run > 0) {
      runs.push(run);
      run = 0;
    }
  }
  if (run > 0) runs.push(run);
  const real = runs.filter((r) => r >= 3).sort((a, b) => a - b);
  const lineHeight = real.length ? real[Math.floor(real.length / 2)]! : 0;
  return { inverted, skew: Math.round(best * 10) / 10, lineHeight, background: bg, blank: false };
}
