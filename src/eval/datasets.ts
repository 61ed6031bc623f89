/**
 * Readers for the shared evaluation data (../shared/corpus and ../shared/real). The data is read in
 * place at eval and test time, never copied into the repository. `sharedDir()` finds it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Location of the shared data: $CHAPERONE_SHARED, else `../shared` beside the repository. */
export function sharedDir(): string | null {
  const fromEnv = process.env.CHAPERONE_SHARED;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  // Walk up from this file to the repository root (the folder with package.json), then ../shared.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json'))) {
      const shared = resolve(dir, '..', 'shared');
      return existsSync(shared) ? shared : null;
    }
    dir = dirname(dir);
  }
  return null;
}

/** Parse a JSONL file into objects (blank lines skipped). */
export function readJsonl<T = Record<string, unknown>>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as T);
}

export interface LabelledMessage {
  id: string;
  text: string;
  sender_role?: string;
  label: 'positive' | 'negative' | 'unknown';
  kinds: string[];
  tags?: string[];
  why?: string;
  spans?: { kind: string; text: string }[];
  /** Main language (ISO 639-1) or `en+xx` when code-switched; the validation set has it. */
  lang?: string;
}

export interface LabelledConversation {
  id: string;
  messages: { sender_role: string; text: string }[];
  label: 'positive' | 'negative';
  kinds: string[];
  tags: string[];
  evidence: number[];
  why: string;
}

/** The validation set: measured on, never trained on (see its README). */
export const VALIDATION_MESSAGES = 'corpus-v2/messages.jsonl';
export const VALIDATION_CONVERSATIONS = 'corpus-v2/conversations.jsonl';

/** Read a shared file by path relative to the shared folder; null when absent. */
export function readShared<T>(relative: string): T[] | null {
  const dir = sharedDir();
  if (!dir) return null;
  const p = join(dir, relative);
  return existsSync(p) ? readJsonl<T>(p) : null;
}

/** The three real tutoring-chat sets (MathDial, Bridge, CIMA): the false-positive trap. */
export const TUTORING_SETS = ['real/mathdial/mathdial_test_turns.jsonl', 'real/bridge/bridge_messages.jsonl', 'real/cima/cima_utterances.jsonl'];
