/**
 * Where Chaperone's time goes: runs the engine loop under V8's sampling CPU profiler (the same data as
 * `node --cpu-prof`) and lists the functions with the most self time, so the hot path can be optimised
 * where it matters. Only function names and source locations are reported, never message text.
 */
import { Session } from 'node:inspector/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchConversation } from './corpus.js';
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

/** The profile section: the top functions by self time, and the profiled wall time. */
export interface ProfileReport {
  totalMs: number;
  top: HotFunction[];
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
export async function profileRunner(runner: MessageRunner, conversations: BenchConversation[], options: { passes: number; limit: number }): Promise<ProfileReport> {
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
  const { profile } = (await session.post('Profiler.stop')) as { profile: { nodes: CpuNode[]; samples: number[]; startTime: number; endTime: number } };
  session.disconnect();
  const byKey = new Map<string, HotFunction>();
  const samples = profile.samples.length || 1;
  const perSampleMs = (profile.endTime - profile.startTime) / 1000 / samples;
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (!hits) continue;
    const name = node.callFrame.functionName || '(anonymous)';
    const where = location(node.callFrame.url, node.callFrame.lineNumber);
    const key = `${name}@${where}`;
    const f = byKey.get(key) ?? { name, where, selfMs: 0, share: 0 };
    f.selfMs += hits * perSampleMs;
    f.share += hits / samples;
    byKey.set(key, f);
  }
  const top = [...byKey.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, options.limit);
  return { totalMs, top };
}
