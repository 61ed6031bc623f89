/**
 * Examples → feature ids, through the engine's own normaliser and feature extractor, so training
 * sees exactly what inference sees.
 */
import { DEFAULT_DETECTORS } from '../src/engine/detectors/registry.js';
import { ruleSignals } from '../src/engine/detectors/model.js';
import { featureMultiset } from '../src/engine/model/features.js';
import { normalise } from '../src/engine/normalise/index.js';
import { detect } from '../src/engine/scan.js';

/** The rule detectors: every detector but the model, whose features they feed. */
const RULES = DEFAULT_DETECTORS.filter((d) => d.id !== 'model');

/** One example, ready for a trainer: distinct feature ids, 0/1 targets per label, a weight. */
export interface Row {
  feats: Int32Array;
  y: Uint8Array;
  /** 1 where the label is known for this example; a trainer learns nothing about the others. */
  known: Uint8Array;
  weight: number;
}

/** The lower-cased normalised text the model reads (as the engine's DetectorInput.lower). */
export function modelText(text: string): string {
  return normalise(text).text.toLowerCase();
}

/** The rules' verdicts on a text, as the model detector reads them in the engine (the rules run first). */
export function ruleSignalsOf(text: string): string[] {
  return ruleSignals(detect(text, { detectors: RULES }));
}

export function featurise(text: string, buckets: number, signals: readonly string[] = ruleSignalsOf(text)): Int32Array {
  return featureMultiset(modelText(text), buckets, signals);
}

/**
 * `labels` are the example's positive labels; `knownPrefixes`, when given, limits what the example
 * teaches to the labels starting with one of them (a safeguarding conversation says nothing about
 * contact-detail kinds, and a contact-detail line nothing about grooming cues it was not written for).
 */
export function toRow(text: string, labels: readonly string[], all: readonly string[], buckets: number, weight: number, knownPrefixes?: readonly string[], signals?: readonly string[]): Row {
  const y = new Uint8Array(all.length);
  const known = new Uint8Array(all.length);
  all.forEach((l, i) => {
    y[i] = labels.includes(l) ? 1 : 0;
    known[i] = !knownPrefixes || knownPrefixes.some((p) => l.startsWith(p)) ? 1 : 0;
  });
  return { feats: featurise(text, buckets, signals), y, known, weight };
}
