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
 * Time `runners` (Chaperone first) over the corpus: a warm-up pass each, then `rounds` interleaved
 * rounds. Returns throughput, p50/p99/max per message and ratios to the first runner.
 */
export function runEngineBench(conversations: BenchConversation[], runners: MessageRunner[], options: { rounds: number; warmupMessages: number }): EngineReport {
  const times = sendTimes(conversations);
  const n = conversations.reduce((s, c) => s + c.messages.length, 0);
  const memory = new MemorySampler();
  // Warm-up: let V8 optimise each runner on a slice of the corpus before anything is timed.
  let warm = 0;
  const warmConvs: BenchConversation[] = [];
  for (const c of conversations) {
    if (warm >= options.warmupMessages) break;
    warmConvs.push(c);
    warm += c.messages.length;
  }
  const scratch = new Float64Array(warm + 1);
  for (const r of runners) for (let i = 0; i < 2; i++) pass(r, warmConvs, times, scratch, 0, memory);

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
  return { corpusMessages: n, conversations: conversations.length, rounds: options.rounds, figures, memory: memory.peak(), slowest };
}
