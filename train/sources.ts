/**
 * Training data, each example with its provenance. Sources (named in recipe.json):
 *   writers    hand-written lines by independent writers, train/data/writers/<writer>/*.jsonl
 *   generated  the compositional generator (train/generate/), deterministic from the recipe's seed
 *   corpus     ../shared/corpus/messages.jsonl (the development set; may be trained on)
 *   real       real negatives read in place from ../shared/real (never copied into the repo)
 * ../shared/corpus-v2 is the validation set: it is never read here.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fnv } from '../src/engine/model/hash.js';
import { sharedDir } from '../src/eval/datasets.js';

export interface Example {
  text: string;
  labels: string[];
  /** Where it came from: `writer:w-parents`, `gen`, `corpus`, `real:mathdial`… */
  source: string;
  /** Unit of hold-out: a writer, a generator template, a corpus, a real set. */
  group: string;
  lang: string;
  role: string;
  weight: number;
  /** Which split the recipe puts it in. */
  split: 'train' | 'calibration';
  /** Label prefixes this example speaks for (absent: every label). */
  knownPrefixes?: string[];
  /** For messages of a conversation: its id, and the student's age band and stage (cue weights). */
  conversation?: string;
  studentAge?: string;
  stage?: string;
}

export interface Recipe {
  seed: number;
  /** The model family shipped: chosen by train/compare.ts on held-out writers and templates. */
  family: 'linear' | 'mlp';
  buckets: number;
  labels: string[];
  report: string[];
  sources: {
    writers: { dir: string; weight: number };
    cues: { dir: string; weight: number };
    fixtures: { dir: string; weight: number };
    generated: { count: number; weight: number };
    corpus: { file: string; weight: number };
    realNegatives: { files: string[]; trainShare: number; weight: number };
  };
  calibration: { share: number; minThreshold: number; targetPrecision: number; targetPrecisionByLabel?: Record<string, number>; sources: string[] };
  linear: { epochs: number; learningRate: number; l2: number };
  mlp: { epochs: number; learningRate: number; dim: number; hidden: number };
}

/** A deterministic number in [0, 1) from a string: the split key. */
export function unitHash(s: string): number {
  return (fnv(s) >>> 0) / 2 ** 32;
}

function readJsonl(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as Record<string, unknown>;
      } catch (e) {
        throw new Error(`${path}:${i + 1}: not JSON (${(e as Error).message})`);
      }
    });
}

const KNOWN = new Set(['phone', 'email', 'url', 'social', 'platform', 'payment', 'address', 'request']);
/** The grooming-risk cues (issue 20's vocabulary), learned as labels `safeguarding:<cue>`. */
export const CUES = new Set(['secrecy', 'special_relationship', 'isolation', 'checking_privacy', 'photo_request', 'gifts_money', 'meet_alone', 'personal_probing', 'private_channel']);

/**
 * Check an example's labels and add the two summary labels: `any` (some kind of leaving the
 * platform) and `safeguarding:any` (some grooming cue). Writers agree on whether a message is
 * positive far more than on which kinds it has, so the summary heads learn from every positive and
 * decide whether the model reports at all; the kind heads then say which kinds.
 */
function cleanLabels(raw: unknown, where: string): string[] {
  if (!Array.isArray(raw)) throw new Error(`${where}: labels must be a list`);
  const out = [...new Set(raw.map(String))];
  for (const l of out) if (!KNOWN.has(l) && !CUES.has(l.replace(/^safeguarding:/, ''))) throw new Error(`${where}: unknown label ${l}`);
  if (out.some((l) => KNOWN.has(l))) out.push('any');
  if (out.some((l) => l.startsWith('safeguarding:'))) out.push('safeguarding:any');
  return out.sort();
}

/** Every example the recipe names, in a deterministic order. */
export async function loadExamples(recipe: Recipe, root: string): Promise<Example[]> {
  const out: Example[] = [];
  const calShare = recipe.calibration.share;
  // Writers: one folder each; every line is a hand-written message.
  const wdir = join(root, recipe.sources.writers.dir);
  if (existsSync(wdir)) {
    for (const writer of readdirSync(wdir).sort()) {
      const dir = join(wdir, writer);
      if (!statSync(dir).isDirectory()) continue;
      // A writer whose lines carry grooming-cue wording without labelling cues (their brief was the
      // contact kinds) says so in speaks-for.json: those lines teach the contact heads only, never
      // that "don't tell your mum" is not a cue.
      const manifest = join(dir, 'speaks-for.json');
      const knownPrefixes = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { labels: string[] }).labels : undefined;
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
        readJsonl(join(dir, file)).forEach((r, i) => {
          if (typeof r.text !== 'string' || !r.text.trim()) return;
          out.push({
            text: r.text,
            labels: cleanLabels(r.labels ?? [], `${writer}/${file}:${i + 1}`),
            source: `writer:${writer}`,
            group: writer,
            lang: typeof r.lang === 'string' ? r.lang : 'en',
            role: typeof r.sender_role === 'string' ? r.sender_role : 'unknown',
            weight: recipe.sources.writers.weight,
            split: unitHash(`w|${r.text}`) < calShare ? 'calibration' : 'train',
            ...(knownPrefixes ? { knownPrefixes } : {}),
          });
        });
      }
    }
  }
  // Safeguarding cue conversations: each message with its cues; they speak for cue labels only.
  const cdir = join(root, recipe.sources.cues.dir);
  if (existsSync(cdir)) {
    for (const writer of readdirSync(cdir).sort()) {
      const dir = join(cdir, writer);
      if (!statSync(dir).isDirectory()) continue;
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
        readJsonl(join(dir, file)).forEach((conv, i) => {
          const messages = Array.isArray(conv.messages) ? (conv.messages as Record<string, unknown>[]) : [];
          const id = String(conv.id ?? `${file}:${i + 1}`);
          for (const m of messages) {
            if (typeof m.text !== 'string' || !m.text.trim()) continue;
            const cues = Array.isArray(m.cues) ? m.cues.map(String) : [];
            out.push({
              text: m.text,
              labels: cleanLabels(cues.map((c) => `safeguarding:${c}`), `${writer}/${file}:${i + 1}`),
              source: `cues:${writer}`,
              group: writer,
              lang: 'en',
              role: String(m.sender_role ?? 'unknown'),
              weight: recipe.sources.cues.weight,
              // Whole conversations go to one split, so calibration never sees a message whose neighbours trained the model.
              split: unitHash(`cv|${writer}|${id}`) < calShare ? 'calibration' : 'train',
              knownPrefixes: ['safeguarding:'],
              conversation: `${writer}/${id}`,
              studentAge: typeof conv.student_age === 'string' ? conv.student_age : undefined,
              stage: typeof conv.stage === 'string' ? conv.stage : undefined,
            });
          }
        });
      }
    }
  }
  // The project's own specification fixtures (test/fixtures/<kind>.match|nomatch.jsonl): always
  // trained on. A must-match line is positive for its kinds; a must-not-match line is negative for
  // its file's kind only (or for everything with none_at_all).
  const fdir = join(root, recipe.sources.fixtures.dir);
  if (existsSync(fdir)) {
    for (const file of readdirSync(fdir).filter((f) => /^[a-z]+\.(?:match|nomatch)\.jsonl$/.test(f)).sort()) {
      const [kind, which] = file.split('.') as [string, string];
      if (!KNOWN.has(kind)) continue;
      readJsonl(join(fdir, file)).forEach((r, i) => {
        if (typeof r.text !== 'string') return;
        const spans = Array.isArray(r.spans) ? (r.spans as { kind?: string }[]) : [];
        const kinds = which === 'match' ? [kind, ...spans.map((x) => x.kind ?? kind)] : [];
        const labels = cleanLabels(kinds, `${file}:${i + 1}`);
        out.push({
          text: r.text,
          labels,
          source: 'fixtures',
          group: 'fixtures',
          lang: 'en',
          role: 'unknown',
          weight: recipe.sources.fixtures.weight,
          split: 'train',
          knownPrefixes: which === 'match' ? labels : r.none_at_all ? undefined : [kind],
        });
      });
    }
  }
  // The conversation fixtures that expect nothing (numeric answers, dates, scheduling across
  // messages): each of their messages is a negative.
  const convFixtures = join(fdir, 'conversations.jsonl');
  if (existsSync(convFixtures)) {
    readJsonl(convFixtures).forEach((r, i) => {
      if (!Array.isArray(r.expect) || r.expect.length || !Array.isArray(r.messages)) return;
      for (const m of r.messages as { text?: unknown }[]) {
        if (typeof m.text !== 'string' || !m.text.trim()) continue;
        out.push({ text: m.text, labels: [], source: 'fixtures', group: 'fixtures', lang: 'en', role: 'unknown', weight: recipe.sources.fixtures.weight, split: 'train', });
      }
    });
  }
  // Generated: whole templates go to calibration, so it measures unseen frames too.
  const { generate } = (recipe.sources.generated.count > 0 ? await import('./generate/generate.js') : { generate: () => [] }) as { generate: (seed: number, o: { count: number }) => { text: string; labels: string[]; template: string; lang: string; sender_role: string }[] };
  for (const g of generate(recipe.seed, { count: recipe.sources.generated.count })) {
    out.push({
      text: g.text,
      labels: cleanLabels(g.labels, `generated ${g.template}`),
      source: 'gen',
      group: `gen:${g.template}`,
      lang: g.lang,
      role: g.sender_role,
      weight: recipe.sources.generated.weight,
      split: unitHash(`t|${g.template}`) < calShare ? 'calibration' : 'train',
    });
  }
  const shared = sharedDir();
  if (shared) {
    const corpus = join(shared, recipe.sources.corpus.file);
    if (existsSync(corpus)) {
      for (const r of readJsonl(corpus)) {
        if (r.label !== 'positive' && r.label !== 'negative') continue;
        out.push({
          text: String(r.text),
          labels: cleanLabels(r.kinds ?? [], String(r.id)),
          source: 'corpus',
          group: 'corpus',
          lang: 'en',
          role: String(r.sender_role ?? 'unknown'),
          weight: recipe.sources.corpus.weight,
          split: unitHash(`c|${String(r.id)}`) < calShare ? 'calibration' : 'train',
        });
      }
    }
    const real = recipe.sources.realNegatives;
    for (const rel of real.files) {
      const p = join(shared, rel);
      if (!existsSync(p)) continue;
      const set = rel.split('/')[1]!;
      for (const r of readJsonl(p)) {
        if (r.label !== 'negative' || typeof r.text !== 'string') continue;
        // Half the real chat stays out of training entirely (the held-out share is for calibration
        // and for measuring false positives on real text the model never saw).
        out.push({
          text: r.text,
          labels: [],
          source: `real:${set}`,
          group: `real:${set}`,
          lang: 'en',
          role: String(r.role ?? 'unknown'),
          weight: real.weight,
          split: unitHash(`r|${String(r.id)}`) < real.trainShare ? 'train' : 'calibration',
        });
      }
    }
  }
  return out;
}
