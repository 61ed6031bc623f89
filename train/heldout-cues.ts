/**
 * `node --import tsx train/heldout-cues.ts`: issue 20's measure on cue writers the shipped model
 * never trained on (train/data/cues-heldout/, which the recipe does not read). Each conversation goes
 * through the whole engine — conversation memory, the calibrated cue heads, the risk that accumulates
 * by who says what to whom — and counts as routed when its risk reaches the default policy's routing
 * threshold. Cue conversations should be routed, ordinary ones not.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { conversationRiskOf } from '../src/eval/conversation-adapter.js';
import { CUE_ROUTE_THRESHOLD } from '../src/eval/report.js';

const DIR = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'train', 'data', 'cues-heldout');

interface HeldOutConversation {
  label: string;
  student_age?: string;
  stage?: string;
  messages: { sender_role: string; text: string }[];
}

export function heldOutCueRouting(dir = DIR): { writer: string; cue: number; cueRouted: number; ordinary: number; ordinaryRouted: number }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((w) => w.startsWith('w-'))
    .sort()
    .map((writer) => {
      const out = { writer, cue: 0, cueRouted: 0, ordinary: 0, ordinaryRouted: 0 };
      for (const file of readdirSync(join(dir, writer)).filter((f) => f.endsWith('.jsonl')).sort()) {
        for (const line of readFileSync(join(dir, writer, file), 'utf8').split('\n')) {
          if (!line.trim()) continue;
          const c = JSON.parse(line) as HeldOutConversation;
          const routed = conversationRiskOf(c.messages, { studentAge: c.student_age, stage: c.stage }) >= CUE_ROUTE_THRESHOLD;
          if (c.label === 'cue') {
            out.cue++;
            if (routed) out.cueRouted++;
          } else {
            out.ordinary++;
            if (routed) out.ordinaryRouted++;
          }
        }
      }
      return out;
    });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const pct = (a: number, b: number): string => `${a}/${b} (${((100 * a) / (b || 1)).toFixed(1)}%)`;
  process.stdout.write('| held-out cue writer | cue conversations routed | ordinary conversations routed |\n|---|---|---|\n');
  for (const r of heldOutCueRouting()) process.stdout.write(`| ${r.writer} | ${pct(r.cueRouted, r.cue)} | ${pct(r.ordinaryRouted, r.ordinary)} |\n`);
}
