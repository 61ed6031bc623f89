/**
 * Chaperone's full per-message pipeline as the bench runs it: conversation memory
 * (`scanInConversation`) then the default policy's `decide`, found at run time because the policy is
 * written concurrently with the bench. Whatever is on disk when the bench runs is what gets measured.
 */
import { existsSync } from 'node:fs';
import { builtPath, emptyConversationState, scan, scanInConversation, type ConversationState, type ScanResult } from './chaperone.js';
import type { BenchMessage } from './corpus.js';

/** The policy as the bench found it. */
export interface PolicyProbe {
  /** e.g. "src/policy/decide.ts: decide(findings, context)", or why it is not available. */
  status: string;
  /** Decide for one scan result; absent when no policy `decide` could be called. */
  decide?: (result: ScanResult, message: BenchMessage) => unknown;
}

// Where a `decide` export may live; the first that exports a callable `decide` wins.
const POLICY_MODULES = ['src/policy/decide.ts', 'src/policy/index.ts', 'src/index.ts'];

/** Policy context for a message: realistic defaults (a booked lesson with a teenager). */
function contextFor(message: BenchMessage): Record<string, unknown> {
  return {
    senderRole: message.role,
    recipientRole: message.role === 'tutor' ? 'parent' : 'tutor',
    studentAge: '13-17',
    stage: 'booked',
    standing: { points: 0, level: 'none' },
  };
}

/**
 * Find the policy's `decide` and learn how to call it: `decide(findings, context)` (DESIGN.md), or
 * `decide(scanResult, context)`. Never throws: a missing or failing policy is reported as a status.
 */
export async function probePolicy(): Promise<PolicyProbe> {
  for (const rel of POLICY_MODULES) {
    const path = builtPath(rel); // the compiled module, as the engine (see chaperone.ts)
    if (!existsSync(path)) continue;
    let mod: Record<string, unknown>;
    try {
      mod = (await import(path)) as Record<string, unknown>;
    } catch (e) {
      return { status: `not available (${rel} failed to load: ${(e as Error).message.split('\n')[0]})` };
    }
    const decide = mod.decide;
    if (typeof decide !== 'function') continue;
    const sample = scanInConversation(undefined, { text: 'call me on 07700 900123' }).result;
    const msg: BenchMessage = { id: 'probe', text: '', role: 'tutor' };
    const forms: [string, (r: ScanResult, m: BenchMessage) => unknown][] = [
      ['decide(findings, context)', (r, m) => decide(r.findings, contextFor(m))],
      ['decide(scanResult, context)', (r, m) => decide(r, contextFor(m))],
    ];
    const errors: string[] = [];
    for (const [form, call] of forms) {
      try {
        const d = call(sample, msg) as { action?: unknown } | undefined;
        if (d && typeof d === 'object' && typeof d.action === 'string') return { status: `${rel}: ${form}`, decide: call };
        errors.push(`${form} returned no action`);
      } catch (e) {
        errors.push(`${form}: ${(e as Error).message.split('\n')[0]}`);
      }
    }
    return { status: `not available (${rel} decide could not be called: ${errors.join('; ')})` };
  }
  return { status: 'not available' };
}

/** A per-message step the engine bench times: `reset` between conversations, `step` per message. */
export interface MessageRunner {
  name: string;
  reset(): void;
  step(message: BenchMessage, sentAt: string): void;
}

/** Chaperone: conversation memory on, then the policy when one was found. */
export function chaperoneRunner(policy: PolicyProbe): MessageRunner {
  let state: ConversationState = emptyConversationState();
  const decide = policy.decide;
  return {
    name: decide ? 'Chaperone (scanInConversation + decide)' : 'Chaperone (scanInConversation; policy n/a)',
    reset() {
      state = emptyConversationState();
    },
    step(message, sentAt) {
      const out = scanInConversation(state, { id: message.id, text: message.text, sender: message.role, senderRole: message.role, sentAt });
      state = out.state;
      if (decide) decide(out.result, message);
    },
  };
}

/**
 * Chaperone without conversation memory (`scan` then `decide`): for reference only, to show what the
 * memory costs. The targets are measured on the full pipeline.
 */
export function chaperoneNoMemoryRunner(policy: PolicyProbe): MessageRunner {
  const decide = policy.decide;
  return {
    name: 'Chaperone, memory off (scan + decide; reference)',
    reset() {},
    step(message) {
      const result = scan(message.text);
      if (decide) decide(result, message);
    },
  };
}

/** A stateless scanner (a baseline) as a runner. */
export function scannerRunner(name: string, scan: (text: string) => unknown): MessageRunner {
  return { name, reset() {}, step: (m) => void scan(m.text) };
}
