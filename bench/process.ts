/**
 * Speed as a user feels it (issue 21): whole processes, started and timed from outside.
 *
 * - Start-up: a one-line `chaperone scan` against a bare `node -e ''`, alternating, median.
 * - Whole process: `chaperone scan FILE` over the real-message corpus written as JSON Lines (each
 *   conversation in order, the corpus repeated with fresh ids until it holds at least 85,000 lines),
 *   with `--workers 1` and with the default (the machine's cores), against the libphonenumber-js +
 *   linkify-it baseline and a no-op scanner that only parses and answers, both through the same
 *   reader and writer (bench/scan-baseline.mjs). Runs alternate; the median wall time counts. Every
 *   run must answer every line.
 * - The learned model: its own cost per message (the `model` stage, timed alone) and the memory the
 *   loaded model takes (a child process, before and after loading it).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScanResult } from '../src/engine/scan.js';
import type { BenchConversation, BenchMessage } from './corpus.js';
import { stageCosts, type StageCost } from './profile.js';
import { table } from './report.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(root, 'bin', 'chaperone.js');
const BASELINE = join(root, 'bench', 'scan-baseline.mjs');

export interface StartupRow {
  name: string;
  medianMs: number;
  minMs: number;
  maxMs: number;
  overNodeMs: number;
}

export interface ProcessRow {
  name: string;
  medianS: number;
  minS: number;
  maxS: number;
  msgPerS: number;
  vsBaseline: number;
  linesOut: number;
}

export interface ProcessResults {
  startup: StartupRow[];
  startupRuns: number;
  lines: number;
  rounds: number;
  workers: number;
  whole: ProcessRow[];
  modelStage: StageCost | null;
  stages: StageCost[];
  modelMemory: { rssMiB: number; heapMiB: number; externalMiB: number } | null;
  /** Where a one-line `chaperone scan` spends its CPU before and around its one message. */
  startupProfile: { totalMs: number; groups: { group: string; ms: number }[] } | null;
}

/** The group a profiled function is billed to: a package, a folder of dist/src, or Node's own work. */
function groupOf(url: string, fn: string): string {
  const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return `package ${pkg[1]}`;
  const own = /\/dist\/src\/(.*)$/.exec(url);
  if (own) {
    const parts = own[1]!.split('/');
    return `chaperone ${parts.length > 2 ? parts.slice(0, 2).join('/') : parts.join('/')}`;
  }
  if (url.startsWith('node:internal/modules') || url.includes('cjs-module-lexer')) return 'node: module loading';
  if (url.startsWith('node:')) return 'node: other';
  if (fn === '(garbage collector)') return 'garbage collection';
  if (fn === '(idle)') return 'idle (waiting for I/O)';
  return 'node: native (file reads, compilation…)';
}

/** Profile one one-line `chaperone scan` (V8 sampling profiler) and bill self time to groups. */
function startupProfile(dir: string, oneLine: string): ProcessResults['startupProfile'] {
  const profDir = join(dir, 'startup-profile');
  const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profDir, CLI, 'scan'], { input: oneLine, cwd: root });
  if (r.status !== 0) return null;
  const file = readdirSync(profDir)[0];
  if (!file) return null;
  const prof = JSON.parse(readFileSync(join(profDir, file), 'utf8')) as { nodes: { id: number; callFrame: { url: string; functionName: string } }[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const us = new Map<string, number>();
  let total = 0;
  prof.samples.forEach((id, i) => {
    const n = byId.get(id);
    if (!n) return;
    const g = groupOf(n.callFrame.url, n.callFrame.functionName);
    const dt = prof.timeDeltas[i] ?? 0;
    us.set(g, (us.get(g) ?? 0) + dt);
    total += dt;
  });
  const groups = [...us].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([group, t]) => ({ group, ms: t / 1000 }));
  return { totalMs: total / 1000, groups };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Run a command to the end; wall time in ms and the number of output lines. */
function timed(args: string[], input?: string): Promise<{ ms: number; lines: number; code: number }> {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'], cwd: root });
    let lines = 0;
    child.stdout.on('data', (b: Buffer) => {
      for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) lines++;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: Number(process.hrtime.bigint() - t0) / 1e6, lines, code: code ?? -1 }));
    child.stdin.end(input ?? '');
  });
}

/** The corpus as JSON Lines, conversation by conversation, repeated with fresh ids to at least `minLines`. */
export function corpusJsonl(conversations: BenchConversation[], minLines: number): { text: string; lines: number } {
  const out: string[] = [];
  for (let copy = 0; out.length < minLines || copy === 0; copy++) {
    for (const c of conversations) {
      for (const m of c.messages) out.push(JSON.stringify({ id: `${m.id}#${copy}`, text: m.text, conversation: `${c.id}#${copy}`, sender_role: m.role }));
    }
  }
  return { text: out.join('\n') + '\n', lines: out.length };
}

function modelMemory(): ProcessResults['modelMemory'] {
  const script = `
    const before = process.memoryUsage();
    const { shippedClassifier } = await import(${JSON.stringify(join(root, 'dist/src/engine/model/shipped-model.js'))});
    const c = shippedClassifier();
    globalThis.gc?.(); const after = process.memoryUsage();
    const MiB = 1024 * 1024;
    console.log(JSON.stringify({ rssMiB: (after.rss - before.rss) / MiB, heapMiB: (after.heapUsed - before.heapUsed) / MiB, externalMiB: (after.external - before.external) / MiB, keep: c.labels.length }));`;
  const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8', cwd: root });
  if (r.status !== 0) return null;
  const m = JSON.parse(r.stdout.trim()) as { rssMiB: number; heapMiB: number; externalMiB: number };
  return { rssMiB: m.rssMiB, heapMiB: m.heapMiB, externalMiB: m.externalMiB };
}

export async function runProcessBench(conversations: BenchConversation[], options: { quick: boolean; rounds?: number; log: (s: string) => void; decide?: (r: ScanResult, m: BenchMessage) => unknown }): Promise<ProcessResults> {
  const { log } = options;
  const dir = mkdtempSync(join(tmpdir(), 'chaperone-bench-process-'));
  try {
    // Start-up.
    const startupRuns = options.quick ? 3 : 11;
    const oneLine = JSON.stringify({ id: 'm1', text: 'call me on 07700 900123' }) + '\n';
    const startupCmds: [string, string[], string?][] = [
      ["node -e ''", ['-e', '']],
      ['chaperone scan, one line', [CLI, 'scan'], oneLine],
      ['chaperone scan --no-policy, one line', [CLI, 'scan', '--no-policy'], oneLine],
    ];
    const startupMs = startupCmds.map(() => [] as number[]);
    log('process: start-up…');
    for (let r = 0; r < startupRuns; r++) {
      for (let i = 0; i < startupCmds.length; i++) startupMs[i]!.push((await timed(startupCmds[i]![1], startupCmds[i]![2])).ms);
    }
    const nodeMs = median(startupMs[0]!);
    const startup = startupCmds.map(([name], i) => ({ name, medianMs: median(startupMs[i]!), minMs: Math.min(...startupMs[i]!), maxMs: Math.max(...startupMs[i]!), overNodeMs: median(startupMs[i]!) - nodeMs }));

    const profile = startupProfile(dir, oneLine);

    // Whole process.
    const corpus = corpusJsonl(conversations, options.quick ? 2000 : 85_000);
    const file = join(dir, 'corpus.jsonl');
    writeFileSync(file, corpus.text);
    const workers = availableParallelism();
    const cmds: [string, string[]][] = [
      [`chaperone scan (default: --workers ${workers})`, [CLI, 'scan', file]],
      ['chaperone scan --workers 1', [CLI, 'scan', '--workers', '1', file]],
      ['libphonenumber-js + linkify-it', [BASELINE, 'libphonenumber', file]],
      ['no-op (parse and answer only)', [BASELINE, 'noop', file]],
    ];
    const rounds = options.rounds ?? (options.quick ? 1 : 3);
    const wall = cmds.map(() => [] as number[]);
    const out = cmds.map(() => 0);
    for (let r = 0; r < rounds; r++) {
      for (let i = 0; i < cmds.length; i++) {
        log(`process: round ${r + 1}/${rounds}, ${cmds[i]![0]}…`);
        const t = await timed(cmds[i]![1]);
        if (t.lines !== corpus.lines) throw new Error(`${cmds[i]![0]} answered ${t.lines} of ${corpus.lines} lines (exit ${t.code})`);
        wall[i]!.push(t.ms / 1000);
        log(`process: ${cmds[i]![0]}: ${(t.ms / 1000).toFixed(2)} s`);
        out[i] = t.lines;
      }
    }
    const baseS = median(wall[2]!);
    const whole = cmds.map(([name], i) => {
      const s = median(wall[i]!);
      return { name, medianS: s, minS: Math.min(...wall[i]!), maxS: Math.max(...wall[i]!), msgPerS: corpus.lines / s, vsBaseline: baseS / s, linesOut: out[i]! };
    });

    // Per stage, in process, after a pass of warm-up (the model stage is the learned layer's own cost).
    log('process: stages…');
    const sample = options.quick ? conversations.slice(0, 50) : conversations;
    const stages = stageCosts(sample, options.decide, options.quick ? 1 : 2);
    const modelStage = stages.find((s) => s.stage.includes('model')) ?? null;
    return { startup, startupRuns, lines: corpus.lines, rounds, workers, whole, modelStage, stages, modelMemory: modelMemory(), startupProfile: profile };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const f = (x: number, d = 2): string => x.toLocaleString('en-GB', { maximumFractionDigits: d, minimumFractionDigits: d });

export function renderProcess(p: ProcessResults): string {
  const lines: string[] = [];
  lines.push(`START-UP — wall time of a whole process, median of ${p.startupRuns} alternating runs`);
  lines.push(table(['command', 'median ms', 'min–max ms', 'over node -e \'\''], p.startup.map((r) => [r.name, f(r.medianMs, 0), `${f(r.minMs, 0)}–${f(r.maxMs, 0)}`, r.name.startsWith('node') ? '—' : `+${f(r.overNodeMs / 1000, 3)} s`]), [0]));
  if (p.startupProfile) {
    lines.push('');
    lines.push(`START-UP PROFILE — one one-line chaperone scan under V8's sampling profiler: ${f(p.startupProfile.totalMs, 0)} ms profiled, self time by where it is spent`);
    lines.push(table(['where', 'ms', 'share'], p.startupProfile.groups.map((g) => [g.group, f(g.ms, 0), `${f((g.ms / p.startupProfile!.totalMs) * 100, 0)}%`]), [0]));
  }
  lines.push('');
  lines.push(`WHOLE PROCESS — ${p.lines.toLocaleString('en-GB')} lines of real messages (JSON Lines file), median of ${p.rounds} alternating rounds; every line answered`);
  lines.push(table(['command', 'median s', 'min–max s', 'msg/s', 'vs baseline'], p.whole.map((r) => [r.name, f(r.medianS), `${f(r.minS)}–${f(r.maxS)}`, Math.round(r.msgPerS).toLocaleString('en-GB'), `${f(r.vsBaseline)}x`]), [0]));
  lines.push('');
  lines.push('STAGES — µs per message, each stage timed alone in process (warm)');
  lines.push(table(['stage', 'µs per message', 'share'], p.stages.map((s) => [s.stage, f(s.usPerMessage, 1), `${f(s.share * 100, 0)}%`]), [0]));
  const def = p.whole[0]!;
  const one = p.whole[1]!;
  const scanStart = p.startup[1]!;
  lines.push('');
  lines.push('TARGETS (issue 21)');
  lines.push(table(['target', 'measured', 'met'], [
    [`whole-process scan >= 3x baseline, default workers (${p.workers})`, `${f(def.vsBaseline)}x`, def.vsBaseline >= 3 ? 'yes' : 'no'],
    ['whole-process scan >= 1.5x baseline, --workers 1', `${f(one.vsBaseline)}x`, one.vsBaseline >= 1.5 ? 'yes' : 'no'],
    ["one-line scan within 0.15 s of node -e ''", `+${f(scanStart.overNodeMs / 1000, 3)} s`, scanStart.overNodeMs <= 150 ? 'yes' : 'no'],
  ], [0, 1]));
  if (p.modelMemory) lines.push(`learned model: ${p.modelStage ? f(p.modelStage.usPerMessage, 1) + ' µs a message' : 'stage not found'}; loaded, it takes ${f(p.modelMemory.rssMiB, 1)} MiB RSS (heap ${f(p.modelMemory.heapMiB, 1)} MiB, external ${f(p.modelMemory.externalMiB, 1)} MiB)`);
  return lines.join('\n') + '\n';
}
