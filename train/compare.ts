/**
 * `npm run train -- --compare` (or `node --import tsx train/compare.ts`): chooses the model family by
 * measuring on data held out whole — each writer in turn, a fifth of the generator's templates, and
 * the half of the real tutoring chat that is never trained on. For each fold, both the linear model
 * and the hidden-layer model train on everything else with the recipe's settings; the table gives
 * recall on positives and the share of negatives flagged (a label reported at probability ≥ 0.5).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toRow, type Row } from './featurise.js';
import { linearMargins, trainLinear } from './linear.js';
import { mlpMargins, trainMlp } from './mlp.js';
import { loadExamples, unitHash, type Example } from './sources.js';
import { readRecipe } from './train.js';
import { updateRisk, type ConversationRisk } from '../src/engine/conversation-risk.js';
import type { Cue, CueFinding } from '../src/engine/types.js';
import { CUE_ROUTE_THRESHOLD } from '../src/eval/report.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface FoldScore {
  fold: string;
  positives: number;
  negatives: number;
  recall: number;
  flagged: number;
  perLabel: Record<string, { support: number; recall: number; precision: number }>;
}

function score(fold: string, test: { row: Row }[], margins: (r: Row) => Float64Array, labels: string[], report: string[]): FoldScore {
  const idx = report.map((l) => labels.indexOf(l));
  let pos = 0, neg = 0, tp = 0, fp = 0;
  const per: Record<string, { support: number; tp: number; fp: number }> = {};
  for (const l of report) per[l] = { support: 0, tp: 0, fp: 0 };
  for (const { row } of test) {
    const z = margins(row);
    const positive = idx.some((i) => row.y[i] === 1);
    const hit = idx.some((i) => z[i]! >= 0);
    if (positive) {
      pos++;
      if (hit) tp++;
    } else {
      neg++;
      if (hit) fp++;
    }
    report.forEach((l, k) => {
      const i = idx[k]!;
      if (row.y[i]) per[l]!.support++;
      if (z[i]! >= 0) row.y[i] ? per[l]!.tp++ : per[l]!.fp++;
    });
  }
  const perLabel: FoldScore['perLabel'] = {};
  for (const [l, s] of Object.entries(per)) perLabel[l] = { support: s.support, recall: s.support ? s.tp / s.support : 1, precision: s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1 };
  return { fold, positives: pos, negatives: neg, recall: pos ? tp / pos : 1, flagged: neg ? fp / neg : 0, perLabel };
}

/**
 * Issue 20's measure on a held-out cue writer: a conversation counts as routed when its risk, built
 * by the engine's own `updateRisk` from the held-out model's cue probabilities, reaches the routing
 * threshold; cue conversations should be routed, ordinary ones not.
 */
export interface CueFoldScore {
  fold: string;
  cueConversations: number;
  cueRouted: number;
  ordinaryConversations: number;
  ordinaryRouted: number;
}

function cueFold(fold: string, conversations: Map<string, { e: Example; row: Row }[]>, margins: (r: Row) => Float64Array, labels: string[]): CueFoldScore {
  const anyIdx = labels.indexOf('safeguarding:any');
  const cueIdx = labels.flatMap((l, i) => (l.startsWith('safeguarding:') && l !== 'safeguarding:any' ? [i] : []));
  const out: CueFoldScore = { fold, cueConversations: 0, cueRouted: 0, ordinaryConversations: 0, ordinaryRouted: 0 };
  for (const msgs of conversations.values()) {
    let risk: ConversationRisk | undefined;
    msgs.forEach(({ e, row }, i) => {
      const z = margins(row);
      const cues: CueFinding[] = [];
      if (z[anyIdx]! >= 0) {
        const best = cueIdx.reduce((a, b) => (z[b]! > z[a]! ? b : a));
        cues.push({ kind: 'safeguarding', cue: labels[best]!.slice(13) as Cue, detector: 'model', start: 0, end: 0, text: '', score: 1 / (1 + Math.exp(-z[anyIdx]!)), why: [] });
      }
      risk = updateRisk(risk, cues, { id: String(i), sentAt: '', at: i * 60_000 }, { senderRole: e.role, studentAge: e.studentAge, stage: e.stage });
    });
    const positive = msgs.some(({ row }) => row.y[anyIdx] === 1);
    const routed = (risk?.score ?? 0) >= CUE_ROUTE_THRESHOLD;
    if (positive) {
      out.cueConversations++;
      if (routed) out.cueRouted++;
    } else {
      out.ordinaryConversations++;
      if (routed) out.ordinaryRouted++;
    }
  }
  return out;
}

export async function compare(recipePath?: string): Promise<{ linear: FoldScore[]; mlp: FoldScore[]; cues: CueFoldScore[] }> {
  const recipe = readRecipe(recipePath);
  const examples = await loadExamples(recipe, ROOT);
  const L = recipe.labels.length;
  const rows = examples.map((e) => toRow(e.text, e.labels, recipe.labels, recipe.buckets, e.weight, e.knownPrefixes));
  const all = examples.map((e, i) => ({ e, row: rows[i]! }));
  const isRealHeldOut = (e: Example): boolean => e.source.startsWith('real:') && e.split === 'calibration';
  const folds: { name: string; test: (e: Example) => boolean }[] = [
    ...[...new Set(examples.filter((e) => e.source.startsWith('writer:')).map((e) => e.group))].map((w) => ({ name: `writer ${w}`, test: (e: Example) => e.source === `writer:${w}` })),
    { name: 'generator, 1/5 of templates', test: (e: Example) => e.source === 'gen' && unitHash(`fold|${e.group}`) < 0.2 },
    { name: 'real tutoring chat, held-out half', test: isRealHeldOut },
  ];
  if (process.argv.includes('--cues-only')) folds.length = 0;
  const out = { linear: [] as FoldScore[], mlp: [] as FoldScore[], cues: [] as CueFoldScore[] };
  // Issue 20: each cue writer held out in turn, with the shipped family.
  for (const w of [...new Set(examples.filter((e) => e.source.startsWith('cues:')).map((e) => e.group))]) {
    const held = all.filter(({ e }) => e.source === `cues:${w}`);
    const train = all.filter(({ e }) => e.source !== `cues:${w}` && !isRealHeldOut(e)).map(({ row }) => row);
    const margins = recipe.family === 'mlp' ? ((m) => (r: Row) => mlpMargins(m, r.feats))(trainMlp(train, L, recipe.buckets, recipe.mlp, recipe.seed)) : ((m) => (r: Row) => linearMargins(m, r.feats, L))(trainLinear(train, L, recipe.buckets, recipe.linear, recipe.seed));
    const conversations = new Map<string, { e: Example; row: Row }[]>();
    for (const x of held) {
      const list = conversations.get(x.e.conversation!) ?? [];
      list.push(x);
      conversations.set(x.e.conversation!, list);
    }
    out.cues.push(cueFold(`cue writer ${w}`, conversations, margins, recipe.labels));
    process.stderr.write(`compare: cue writer ${w} done\n`);
  }
  for (const f of folds) {
    const test = all.filter(({ e }) => f.test(e));
    const train = all.filter(({ e }) => !f.test(e) && !isRealHeldOut(e)).map(({ row }) => row);
    const lin = trainLinear(train, L, recipe.buckets, recipe.linear, recipe.seed);
    out.linear.push(score(f.name, test, (r) => linearMargins(lin, r.feats, L), recipe.labels, recipe.report));
    const mlp = trainMlp(train, L, recipe.buckets, recipe.mlp, recipe.seed);
    out.mlp.push(score(f.name, test, (r) => mlpMargins(mlp, r.feats), recipe.labels, recipe.report));
    process.stderr.write(`compare: ${f.name} done\n`);
  }
  return out;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

export function formatComparison(c: { linear: FoldScore[]; mlp: FoldScore[]; cues: CueFoldScore[] }): string {
  const lines = ['| held out | positives | negatives | linear recall | linear flagged | MLP recall | MLP flagged |', '|---|---|---|---|---|---|---|'];
  c.linear.forEach((l, i) => {
    const m = c.mlp[i]!;
    lines.push(`| ${l.fold} | ${l.positives} | ${l.negatives} | ${pct(l.recall)} | ${pct(l.flagged)} | ${pct(m.recall)} | ${pct(m.flagged)} |`);
  });
  lines.push('', '| held out | cue conversations routed | ordinary conversations routed |', '|---|---|---|');
  for (const f of c.cues) lines.push(`| ${f.fold} | ${f.cueRouted}/${f.cueConversations} (${pct(f.cueRouted / (f.cueConversations || 1))}) | ${f.ordinaryRouted}/${f.ordinaryConversations} (${pct(f.ordinaryRouted / (f.ordinaryConversations || 1))}) |`);
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--recipe');
  const c = await compare(at >= 0 ? process.argv[at + 1] : undefined);
  const table = formatComparison(c);
  process.stdout.write(`${table}\n`);
  writeFileSync(join(ROOT, 'models', 'intent.compare.json'), `${JSON.stringify(c, null, 2)}\n`);
}
