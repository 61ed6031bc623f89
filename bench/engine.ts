/**
 * Engine speed: messages per second and per-message latency for Chaperone's full pipeline and for the
 * baselines, on the same messages in the same process. Runs are interleaved (A, B, C, A, B, C…) so
 * that machine noise hits every contender alike; the ratios are the figures that count.
 */
import type { BenchConversation } from './corpus.js';
import type { MessageRunner } from './pipeline.js';
import { MemorySampler, summariseNs, type LatencySummary, type MemoryPeak } from './stats.js';

/** One contender's engine figures. */
export interface EngineFigures extends LatencySummary {
  name: string;
  /** Messages timed (corpus size × rounds). */
  messages: number;
  /** Messages per second over the timed passes, by wall clock (the timer calls included, for all alike). */
  perSecond: number;
  /** Messages per second in each round: the spread shows how noisy the machine was. */
  perRound: number[];
  /**
   * Messages per second of the first, cold warm-up pass (V8 still compiling): what a freshly started
   * process does. Not a target; shown because the warm-up is long.
   */
  coldPerSecond: number;
  /** This contender's throughput / Chaperone's (1 for Chaperone). */
  vsChaperone: number;
  /** Chaperone's throughput / this contender's. */
  chaperoneVs: number;
}

/** Result of the engine section. */
export interface EngineReport {
  corpusMessages: number;
  conversations: number;
  rounds: number;
  /** Untimed passes over the corpus before the rounds. */
  warmupPasses?: number;
  figures: EngineFigures[];
  /** Peak memory over the engine run (all contenders, same process). */
  memory: MemoryPeak;
  /**
   * Chaperone's slowest messages (median over the rounds, so a GC pause does not pick them): dataset
   * ids and lengths only, never text — to find the inputs that make the engine slow.
   */
  slowest: { id: string; chars: number; medianMs: number }[];
}

// Fixed synthetic send times, one minute apart within a conversation: conversation memory ages
// messages by time, and computing dates inside the timed loop would bill the clock to the engine.
function sendTimes(conversations: BenchConversation[]): string[][] {
  const base = Date.UTC(2026, 0, 5, 16, 0, 0);
  return conversations.map((c, ci) => c.messages.map((_, i) => new Date(base + ci * 3_600_000 + i * 60_000).toISOString()));
}

/** Run every message of every conversation once through `runner`; record each call's time. */
function pass(runner: MessageRunner, conversations: BenchConversation[], times: string[][], out: Float64Array, offset: number, memory: MemorySampler): { ns: number; count: number } {
  let k = offset;
  const t0 = process.hrtime.bigint();
  for (let ci = 0; ci < conversations.length; ci++) {
    const msgs = conversations[ci].messages;
    const ts = times[ci];
    runner.reset();
    for (let i = 0; i < msgs.length; i++) {
      const s = process.hrtime.bigint();
      runner.step(msgs[i], ts[i]);
      out[k++] = Number(process.hrtime.bigint() - s);
    }
    if ((ci & 63) === 0) memory.sample();
  }
  return { ns: Number(process.hrtime.bigint() - t0), count: k - offset };
}

/**
 * Time `runners` (Chaperone first) over the corpus: a warm-up pass each (see below), then `rounds` interleaved
 * rounds. Returns throughput, p50/p99/max per message and ratios to the first runner.
 */
export function runEngineBench(conversations: BenchConversation[], runners: MessageRunner[], options: { rounds: number; warmupMessages: number; warmupPasses: number }): EngineReport {
  const times = sendTimes(conversations);
  const memory = new MemorySampler();
  // Warm-up: each runner goes `warmupPasses` times, untimed, over conversations spread evenly through
  // the corpus (the whole corpus unless `warmupMessages` is smaller), so V8 has compiled the code
  // paths of every part of it — real tutoring chat, the labelled set, the SMS — as in a service that
  // has been running a while. Chaperone's many small functions and regexes reach full speed only
  // after about three passes over this corpus (the first runs at ~40%, the second at ~80%); a short
  // warm-up would bill that compilation to the first timed rounds. The first pass is reported as cold.
  const n = conversations.reduce((s, c) => s + c.messages.length, 0);
  const every = Math.max(1, Math.ceil(n / Math.max(1, options.warmupMessages)));
  const warmIndex: number[] = [];
  conversations.forEach((_, ci) => ci % every === 0 && warmIndex.push(ci));
  const warmConvs = warmIndex.map((ci) => conversations[ci]);
  const warmTimes = warmIndex.map((ci) => times[ci]);
  const warmCount = warmConvs.reduce((s, c) => s + c.messages.length, 0);
  const scratch = new Float64Array(warmCount + 1);
  const cold = runners.map((r) => {
    const first = pass(r, warmConvs, warmTimes, scratch, 0, memory);
    for (let i = 1; i < options.warmupPasses; i++) pass(r, warmConvs, warmTimes, scratch, 0, memory);
    return first.count / (first.ns / 1e9);
  });
  // The warm-up leaves a large heap behind; collect it now (node --expose-gc, as `npm run bench` runs)
  // so its collection is not billed to whichever contender happens to be timed when it comes due.
  (globalThis as { gc?: () => void }).gc?.();

  const samples = runners.map(() => new Float64Array(n * options.rounds));
  const wall = runners.map(() => 0);
  const perRound: number[][] = runners.map(() => []);
  for (let round = 0; round < options.rounds; round++) {
    for (let ri = 0; ri < runners.length; ri++) {
      const { ns } = pass(runners[ri], conversations, times, samples[ri], round * n, memory);
      wall[ri] += ns;
      perRound[ri].push(Math.round(n / (ns / 1e9)));
    }
  }
  const perSecond = wall.map((ns) => (n * options.rounds) / (ns / 1e9));
  const figures = runners.map((r, ri) => ({
    name: r.name,
    messages: n * options.rounds,
    perSecond: perSecond[ri],
    perRound: perRound[ri],
    coldPerSecond: cold[ri],
    ...summariseNs(samples[ri]),
    vsChaperone: perSecond[ri] / perSecond[0],
    chaperoneVs: perSecond[0] / perSecond[ri],
  }));
  const flat = conversations.flatMap((c) => c.messages);
  const perMessage = flat.map((m, i) => {
    const t: number[] = [];
    for (let r = 0; r < options.rounds; r++) t.push(samples[0][r * n + i]);
    t.sort((a, b) => a - b);
    return { id: m.id, chars: m.text.length, medianMs: t[Math.floor(t.length / 2)] / 1e6 };
  });
  const slowest = perMessage.sort((a, b) => b.medianMs - a.medianMs).slice(0, 5);
  return { corpusMessages: n, conversations: conversations.length, rounds: options.rounds, warmupPasses: options.warmupPasses, figures, memory: memory.peak(), slowest };
}
