/**
 * Scaling: the engine's cost against message length (100 B … 100 KB) and against conversation length
 * (10 … 1000 messages through conversation memory). Linear cost shows as a flat cost per byte and per
 * message; the ratio between neighbouring sizes is printed so a super-linear step stands out.
 */
import { emptyConversationState, scan, scanInConversation, type ConversationState } from './chaperone.js';
import type { BenchMessage } from './corpus.js';
import { MemorySampler, type MemoryPeak } from './stats.js';

/** Cost at one message length. */
export interface LengthPoint {
  bytes: number;
  /** Median time per message, ms. */
  medianMs: number;
  /** Mean microseconds per KiB of text (total time / total KiB). */
  usPerKiB: number;
  /** usPerKiB relative to the previous (smaller) size; ~1 or below when linear. */
  ratioToPrevious: number | null;
  /** Messages timed at this size (fewer than planned when the time cap was hit). */
  reps: number;
  /** Mean µs per KiB of plain `scan` (no conversation memory) on the same texts. */
  scanUsPerKiB: number;
  /**
   * Mean µs per KiB through `scanInConversation` of texts that repeat one 1 KiB block of the corpus to
   * this size: the same content at every size, so a change per KiB is the engine's alone (see below).
   */
  repeatedUsPerKiB: number;
  /** repeatedUsPerKiB relative to the previous size. */
  repeatedRatioToPrevious: number | null;
}

/** Cost at one conversation length. */
export interface ConversationPoint {
  messages: number;
  /** Mean time per message over whole conversations, µs. */
  usPerMessage: number;
  /** usPerMessage relative to the previous (shorter) conversation length. */
  ratioToPrevious: number | null;
}

/** The scaling section. */
export interface ScalingReport {
  length: LengthPoint[];
  conversation: ConversationPoint[];
  memory: MemoryPeak;
}

/** A stride coprime with `n` near n/φ: consecutive picks land far apart, covering the whole corpus. */
function goldenStride(n: number): number {
  const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);
  let k = Math.max(1, Math.round(n * 0.6180339887));
  while (gcd(k, n) !== 1) k++;
  return k;
}

/**
 * A text of `bytes` UTF-8 bytes (within a character) that repeats one 1 KiB block of joined corpus
 * messages. Real text grows denser in trigger words as it grows longer (a 10 KiB text nearly always
 * holds a platform word, an "@" and a number word somewhere, so every detector's full path runs over
 * all of it, where most 1 KiB texts let half the detectors stop at their pretest): repeating one block
 * keeps the content — and so which paths run — the same at every size, and isolates the length.
 */
export function repeatedTextOfSize(messages: BenchMessage[], bytes: number, startAt = 0): string {
  const block = textOfSize(messages, 1024, startAt);
  let text = block;
  while (Buffer.byteLength(text) < bytes) text += ' ' + block;
  while (Buffer.byteLength(text) > bytes) text = text.slice(0, text.length - Math.max(1, Math.floor((Buffer.byteLength(text) - bytes) / 4)));
  return text;
}

/**
 * Build a text of at most `bytes` UTF-8 bytes (within a character of it) by joining corpus messages.
 * Messages are picked with a golden-ratio stride, so that at every size the text mixes every set of
 * the corpus in the same proportions (tutoring chat with its numbers, the SMS and development sets
 * with their contact details): a change in cost per KiB is then the engine's, not the content's.
 */
export function textOfSize(messages: BenchMessage[], bytes: number, startAt = 0): string {
  const parts: string[] = [];
  const stride = goldenStride(messages.length);
  let size = 0;
  for (let k = 0; size < bytes; k++) {
    const t = messages[(startAt + k * stride) % messages.length].text;
    parts.push(t);
    size += Buffer.byteLength(t) + 1;
  }
  // Trim from the end until the UTF-8 size fits (a step of about a quarter of the excess, at least one).
  let text = parts.join(' ');
  while (Buffer.byteLength(text) > bytes) text = text.slice(0, text.length - Math.max(1, Math.floor((Buffer.byteLength(text) - bytes) / 4)));
  return text;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Measure both curves. `budgetBytes` bounds the work per message length (each size is scanned about
 * budget/size times, at least 3); `conversationMessages` bounds messages per conversation length.
 */
export function runScaling(
  messages: BenchMessage[],
  options: { sizes: number[]; conversationLengths: number[]; budgetBytes: number; conversationMessages: number; maxSecondsPerSize?: number },
): ScalingReport {
  // A super-linear engine must show in the table, not stall the bench: each size stops at a time cap.
  const capNs = (options.maxSecondsPerSize ?? 15) * 1e9;
  const memory = new MemorySampler();
  const length: LengthPoint[] = [];
  for (const bytes of options.sizes) {
    const reps = Math.max(3, Math.floor(options.budgetBytes / bytes));
    // Different texts per repetition (rotating start) so no cache or branch history flatters a size.
    // As many distinct texts as memory allows (up to 2 MB of them), so small sizes sample as many
    // corpus messages as large ones and content mix does not masquerade as a change in cost.
    const texts = Array.from({ length: Math.min(reps, Math.max(50, Math.floor(2_000_000 / bytes))) }, (_, i) => textOfSize(messages, bytes, i * 37));
    const repeated = texts.map((_, i) => repeatedTextOfSize(messages, bytes, i * 37));
    if (bytes <= 10_240) scanInConversation(undefined, { text: texts[0] }); // warm-up (large sizes: the many reps warm up)
    const times: number[] = [];
    const scanTimes: number[] = [];
    const repeatedTimes: number[] = [];
    const started = process.hrtime.bigint();
    for (let r = 0; r < reps; r++) {
      if (r > 0 && Number(process.hrtime.bigint() - started) > capNs) break;
      const text = texts[r % texts.length];
      let s = process.hrtime.bigint();
      scanInConversation(undefined, { text });
      times.push(Number(process.hrtime.bigint() - s) / 1e6);
      // The same text through plain `scan`, interleaved: separates the detectors' cost from memory's.
      s = process.hrtime.bigint();
      scan(text);
      scanTimes.push(Number(process.hrtime.bigint() - s) / 1e6);
      s = process.hrtime.bigint();
      scanInConversation(undefined, { text: repeated[r % repeated.length] });
      repeatedTimes.push(Number(process.hrtime.bigint() - s) / 1e6);
      if ((r & 15) === 0) memory.sample();
    }
    // Cost per KiB is total time over total text (a mean): a median would compare the typical short
    // text (often nearly free, no trigger words) with the typical long one (always some), and show a
    // growth that is only the content's.
    const medianMs = median(times);
    const kib = (times.length * bytes) / 1024;
    const usPerKiB = (times.reduce((a, b) => a + b, 0) * 1000) / kib;
    const scanUsPerKiB = (scanTimes.reduce((a, b) => a + b, 0) * 1000) / kib;
    const repeatedUsPerKiB = (repeatedTimes.reduce((a, b) => a + b, 0) * 1000) / kib;
    const prev = length.at(-1);
    length.push({
      bytes, medianMs, usPerKiB, ratioToPrevious: prev ? usPerKiB / prev.usPerKiB : null, reps: times.length, scanUsPerKiB,
      repeatedUsPerKiB, repeatedRatioToPrevious: prev ? repeatedUsPerKiB / prev.repeatedUsPerKiB : null,
    });
  }
  // Conversation length: the same messages fed as conversations of each length. The lengths take
  // turns, five times over, and each reports its median — one pass of a few thousand messages is
  // short enough for a garbage collection or the machine's noise to land on one length only.
  (globalThis as { gc?: () => void }).gc?.(); // the long texts above leave a large heap
  const runs = new Map<number, number[]>(options.conversationLengths.map((len) => [len, []]));
  for (let round = 0; round < 5; round++) {
    for (const len of options.conversationLengths) {
      const count = Math.max(1, Math.floor(options.conversationMessages / len));
      let ns = 0;
      let offset = 0;
      for (let c = 0; c < count; c++) {
        let state: ConversationState = emptyConversationState();
        const base = Date.UTC(2026, 0, 5, 16, 0, 0);
        const sentAt = Array.from({ length: len }, (_, i) => new Date(base + i * 20_000).toISOString());
        const s = process.hrtime.bigint();
        for (let i = 0; i < len; i++) {
          const m = messages[(offset + i) % messages.length];
          state = scanInConversation(state, { id: m.id, text: m.text, senderRole: m.role, sender: m.role, sentAt: sentAt[i] }).state;
        }
        ns += Number(process.hrtime.bigint() - s);
        offset += len;
        memory.sample();
      }
      runs.get(len)!.push(ns / 1000 / (count * len));
    }
  }
  const conversation: ConversationPoint[] = [];
  for (const len of options.conversationLengths) {
    const usPerMessage = median(runs.get(len)!);
    const prev = conversation.at(-1);
    conversation.push({ messages: len, usPerMessage, ratioToPrevious: prev ? usPerMessage / prev.usPerMessage : null });
  }
  return { length, conversation, memory: memory.peak() };
}
