/**
 * The address tagger's data, each example with its provenance and hold-out unit:
 *   generated  composed addresses in chat frames (compose.ts), whole frames held out;
 *   writers    hand-written lines (train/data/writers/<writer>/part-*.jsonl): lines labelled
 *              `address` with a `spans` field are positives with exact spans, lines without the
 *              label are negatives, `address` lines without spans are only measured; whole writers
 *              (and named files) held out;
 *   corpus     ../shared/corpus/messages.jsonl: lines not about an address, as negatives;
 *   real       real tutoring chat (../shared/real), a hashed share as negatives, the rest held out.
 * ../shared/corpus-v2 (the validation set) is never read.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { hashString } from '../../src/engine/tagger/features.js';
import { sharedDir } from '../../src/eval/datasets.js';
import { generateExamples, type Example } from './compose.js';
import { mulberry32 } from '../prng.js';

export type { Example };

/** The recipe (recipe.json). */
export interface AddressRecipe {
  seed: number;
  buckets: number;
  epochs: number;
  generated: { count: number };
  writers: { dirs: string[]; heldOutWriters: string[]; heldOutFiles: string[] };
  corpus: { file: string };
  realNegatives: { files: string[]; trainShare: number };
  heldOutFrameEvery: number;
  threshold: number;
}

/** A message-level example for measurement only (label known, spans maybe not). */
export interface Measured extends Example {
  /** True when the message holds an address. */
  positive: boolean;
}

export interface AddressData {
  train: Example[];
  heldOut: Record<string, Measured[]>;
  /** Which writers folder was read (or null). */
  writersDir: string | null;
}

function readJsonl(path: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      out.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      // a half-written line of a writer still at work: skipped
    }
  }
  return out;
}

/** Character spans of the given substrings in `text` (first occurrence each; absent ones dropped). */
function locate(text: string, parts: string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const p of parts) {
    const at = text.indexOf(p);
    if (at >= 0 && p.length > 0) out.push([at, at + p.length]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** Load every source named by the recipe, split into training and held-out sets. */
export function loadAddressData(recipe: AddressRecipe, root: string, options: { generated?: number; realLimit?: number } = {}): AddressData {
  const train: Example[] = [];
  const heldOut: Record<string, Measured[]> = { generated: [], writers: [], real: [] };

  // Generated: whole frames held out.
  const rand = mulberry32(recipe.seed);
  for (const ex of generateExamples(options.generated ?? recipe.generated.count, recipe.seed, rand)) {
    const idx = Number(ex.group.split(':').pop());
    if (idx % recipe.heldOutFrameEvery === recipe.heldOutFrameEvery - 1) heldOut.generated.push({ ...ex, positive: ex.spans.length > 0 });
    else train.push(ex);
  }

  // Writers.
  const writersDir = recipe.writers.dirs.map((d) => resolve(root, d)).find((d) => existsSync(d)) ?? null;
  if (writersDir) {
    for (const writer of readdirSync(writersDir).filter((w) => w.startsWith('w-')).sort()) {
      const dir = join(writersDir, writer);
      let files: string[];
      try {
        files = readdirSync(dir).filter((f) => /^part-\d+\.jsonl$/.test(f)).sort();
      } catch {
        continue;
      }
      for (const file of files) {
        const key = `${writer}/${file}`;
        const held = recipe.writers.heldOutWriters.includes(writer) || recipe.writers.heldOutFiles.includes(key);
        for (const row of readJsonl(join(dir, file))) {
          if (typeof row.text !== 'string') continue;
          const labels = Array.isArray(row.labels) ? (row.labels as string[]) : [];
          const isAddress = labels.includes('address');
          const spanTexts = Array.isArray(row.spans) ? (row.spans as { kind?: string; text?: string }[]).filter((s) => s.kind === 'address' && typeof s.text === 'string').map((s) => s.text!) : [];
          const spans = isAddress ? locate(row.text, spanTexts) : [];
          const ex: Example = { text: row.text, spans, source: `writer:${key}`, group: `writer:${writer}` };
          if (held) heldOut.writers.push({ ...ex, positive: isAddress });
          else if (!isAddress || spans.length > 0) train.push(ex);
        }
      }
    }
  }

  // Corpus: everything that is not about an address is a negative.
  const shared = sharedDir();
  if (shared && existsSync(join(shared, recipe.corpus.file))) {
    for (const row of readJsonl(join(shared, recipe.corpus.file))) {
      const kinds = Array.isArray(row.kinds) ? (row.kinds as string[]) : [];
      if (typeof row.text === 'string' && !kinds.includes('address')) train.push({ text: row.text, spans: [], source: 'corpus', group: 'corpus' });
    }
  }

  // Real tutoring chat: a hashed share trains, the rest is held out.
  if (shared) {
    for (const rel of recipe.realNegatives.files) {
      const path = join(shared, rel);
      if (!existsSync(path)) continue;
      const name = rel.split('/')[1];
      let n = 0;
      for (const row of readJsonl(path)) {
        if (typeof row.text !== 'string') continue;
        if (options.realLimit !== undefined && n++ >= options.realLimit) break;
        const ex: Example = { text: row.text, spans: [], source: `real:${name}`, group: `real:${name}` };
        if (hashString(String(row.id ?? row.text)) / 2 ** 32 < recipe.realNegatives.trainShare) train.push(ex);
        else heldOut.real.push({ ...ex, positive: false });
      }
    }
  }
  return { train, heldOut, writersDir };
}
