/**
 * Where Chaperone's time goes: runs the engine loop under V8's sampling CPU profiler (the same data as
 * `node --cpu-prof`) and lists the functions with the most self time, so the hot path can be optimised
 * where it matters. Only function names and source locations are reported, never message text.
 */
import { Session } from 'node:inspector/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DETECTORS, emptyConversationState, makeEngineConfig, normalise, scan, scanInConversation, type ConversationState, type DetectorInput, type ScanResult } from './chaperone.js';
import type { BenchConversation, BenchMessage } from './corpus.js';
import type { MessageRunner } from './pipeline.js';

/** One function's share of the profiled time. */
export interface HotFunction {
  name: string;
  /** file[:line] (relative to the repository for project files, package path for dependencies). */
  where: string;
  selfMs: number;
  /** Share of all samples, 0..1. */
  share: number;
}

/** The profile section: the top functions by self time, the profiled wall time, the cost per stage. */
export interface ProfileReport {
  totalMs: number;
  top: HotFunction[];
  stages: StageCost[];
}

interface CpuNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function location(url: string, line: number): string {
  if (!url) return '(native)';
  let path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const nm = path.lastIndexOf('node_modules/');
  path = nm >= 0 ? path.slice(nm + 'node_modules/'.length) : relative(ROOT, path);
  // tsx-compiled project files report line 0 for every function: the file alone is then the location.
  return line > 0 ? `${path}:${line + 1}` : path;
}

/** Profile `passes` passes of `runner` over the conversations; return the `limit` hottest functions. */
export async function profileRunner(
  runner: MessageRunner,
  conversations: BenchConversation[],
  options: { passes: number; limit: number; decide?: (r: ScanResult, m: BenchMessage) => unknown },
): Promise<ProfileReport> {
  const session = new Session();
  session.connect();
  const sentAt = '2026-01-05T16:00:00.000Z';
  // Warm up first so the profile shows optimised steady state, not compilation.
  for (const c of conversations.slice(0, 200)) {
    runner.reset();
    for (const m of c.messages) runner.step(m, sentAt);
  }
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  const t0 = performance.now();
  for (let p = 0; p < options.passes; p++) {
    for (const c of conversations) {
      runner.reset();
      for (const m of c.messages) runner.step(m, sentAt);
    }
  }
  const totalMs = performance.now() - t0;
  const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
  session.disconnect();
  return { totalMs, top: topSelfTime(profile, options.limit), stages: stageCosts(conversations, options.decide, 1) };
}

/** A V8 CPU profile (`Profiler.stop`, or a `.cpuprofile` file written by `node --cpu-prof`). */
export interface CpuProfile {
  nodes: CpuNode[];
  samples: number[];
  startTime: number;
  endTime: number;
}

/** Aggregate a profile's samples by function and return the `limit` with the most self time. */
export function topSelfTime(profile: CpuProfile, limit: number): HotFunction[] {
  const byKey = new Map<string, HotFunction>();
  const samples = profile.samples.length || 1;
  const perSampleMs = (profile.endTime - profile.startTime) / 1000 / samples;
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (!hits) continue;
    // V8 names regex code after its whole pattern: keep names short enough for a table.
    const full = node.callFrame.functionName || '(anonymous)';
    const name = full.length > 60 ? `${full.slice(0, 57)}...` : full;
    const where = location(node.callFrame.url, node.callFrame.lineNumber);
    const key = `${name}@${where}`;
    const f = byKey.get(key) ?? { name, where, selfMs: 0, share: 0 };
    f.selfMs += hits * perSampleMs;
    f.share += hits / samples;
    byKey.set(key, f);
  }
  return [...byKey.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, limit);
}

/** Time spent per message in one stage of the pipeline. */
export interface StageCost {
  stage: string;
  /** Mean microseconds per message. */
  usPerMessage: number;
  /** Share of the full pipeline (scanInConversation + decide), 0..1. */
  share: number;
}

/**
 * Cost of each stage over the corpus, each timed on its own: normalisation and every registered
 * detector (pretest included) on the same normalised input; then `scan` as a whole, what conversation
 * memory adds on top of it (`scanInConversation` minus `scan`), and the policy's `decide`. Complements
 * the sampling profile, which bills regex time to whichever helper runs the regex.
 */
export function stageCosts(conversations: BenchConversation[], decide?: (r: ScanResult, m: BenchMessage) => unknown, passes = 2): StageCost[] {
  const config = makeEngineConfig();
  const detectors = DEFAULT_DETECTORS;
  const names = ['normalise', ...detectors.map((d) => `  detector ${d.id}`), 'scan (all of the above, dedupe, redact)', 'conversation memory (scanInConversation - scan)', 'policy decide'];
  const ns = new Float64Array(names.length);
  const SCAN = detectors.length + 1;
  let count = 0;
  for (let p = 0; p < passes + 1; p++) {
    const warm = p === 0; // the first pass only warms up
    for (const c of conversations) {
      let state: ConversationState = emptyConversationState();
      for (let i = 0; i < c.messages.length; i++) {
        const m = c.messages[i];
        let t = process.hrtime.bigint();
        const normalised = normalise(m.text);
        const input: DetectorInput = { original: m.text, normalised, lower: normalised.text.toLowerCase(), config };
        let now = process.hrtime.bigint();
        const add = (k: number): void => {
          if (!warm) ns[k] += Number(now - t);
        };
        add(0);
        for (let d = 0; d < detectors.length; d++) {
          t = now;
          const det = detectors[d];
          if (!det.pretest || det.pretest(input.lower)) det.find(input);
          now = process.hrtime.bigint();
          add(d + 1);
        }
        t = now;
        scan(m.text);
        now = process.hrtime.bigint();
        add(SCAN);
        t = now;
        const sentAt = new Date(Date.UTC(2026, 0, 5, 16, i)).toISOString();
        const out = scanInConversation(state, { id: m.id, text: m.text, sender: m.role, senderRole: m.role, sentAt });
        state = out.state;
        now = process.hrtime.bigint();
        add(SCAN + 1);
        t = now;
        if (decide) decide(out.result, m);
        now = process.hrtime.bigint();
        add(SCAN + 2);
        if (!warm) count++;
      }
    }
  }
  ns[SCAN + 1] = Math.max(0, ns[SCAN + 1] - ns[SCAN]); // memory's own cost: conversation scan minus plain scan
  const pipeline = ns[SCAN] + ns[SCAN + 1] + ns[SCAN + 2] || 1;
  const rows = names.map((stage, i) => ({ stage, usPerMessage: ns[i] / 1000 / (count || 1), share: ns[i] / pipeline }));
  return decide ? rows : rows.slice(0, -1);
}
