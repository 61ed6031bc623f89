/**
 * Accuracy beside speed: recall on positives and share of negatives flagged, for Chaperone and the
 * baselines on the same corpus, scored by the same code as `chaperone eval` (src/eval/evaluate.ts).
 * Only counts leave this module: message text never reaches the report.
 */
import { emptyConversationState, scan, scanInConversation, type ConversationState } from './chaperone.js';
import { evaluateConversations, evaluateMessages, flaggedShare, type ConversationScanner, type KindScanner } from '../src/eval/evaluate.js';
import type { BenchCorpus } from './corpus.js';
import type { BenchScanner } from './baselines.js';

/** One figure pair for one contender on one set. */
export interface AccuracyCell {
  /** Share of positives with at least one finding (null for all-negative sets). */
  recall: number | null;
  /** Share of negatives with at least one finding. */
  negativesFlagged: number;
  positives: number;
  negatives: number;
}

/** One data set's row: a cell per contender, in contender order. */
export interface AccuracyRow {
  set: string;
  cells: { name: string; cell: AccuracyCell }[];
}

/** The accuracy section. */
export interface AccuracyReport {
  rows: AccuracyRow[];
  /** True when Chaperone's recall is higher and its negatives-flagged share lower than every baseline's, on every row. */
  chaperoneStrictlyBetter: boolean;
  /** Rows and baselines where that does not hold, in words. */
  shortfalls: string[];
}

/** Kinds that the baselines can see at all; the contact-kinds row scores only these. */
const CONTACT_KINDS = ['phone', 'email', 'url', 'social'];

/** Chaperone's single-message scanner (engine findings, as `chaperone eval` scores it). */
export const chaperoneKindScanner: KindScanner = (text) => scan(text).findings;

/** Chaperone on a conversation: messages in order through conversation memory. */
const chaperoneConversation: ConversationScanner = (messages) => {
  let state: ConversationState = emptyConversationState();
  return messages.map((m) => {
    const out = scanInConversation(state, { text: m.text, senderRole: m.sender_role });
    state = out.state;
    return { kinds: out.result.kinds };
  });
};

/** A stateless scanner on a conversation: each message alone. */
const perMessage = (scanner: KindScanner): ConversationScanner => (messages) => messages.map((m) => ({ kinds: [...new Set(scanner(m.text).map((f) => f.kind))] }));

/**
 * Score every contender on every labelled set of the corpus. `contenders[0]` must be Chaperone.
 */
export function runAccuracy(corpus: BenchCorpus, contenders: BenchScanner[]): AccuracyReport {
  const rows: AccuracyRow[] = [];
  const row = (set: string, score: (s: BenchScanner, i: number) => AccuracyCell): void => {
    rows.push({ set, cells: contenders.map((s, i) => ({ name: s.name, cell: score(s, i) })) });
  };
  const fromMessages = (r: ReturnType<typeof evaluateMessages>): AccuracyCell => ({ recall: r.recall, negativesFlagged: r.negativesFlagged, positives: r.positives, negatives: r.negatives });
  const devName = corpus.source === 'generated' ? 'generated messages' : 'dev messages';
  const dev = corpus.dev;
  if (dev) {
    row(`${devName}, all kinds`, (s) => fromMessages(evaluateMessages(dev, s.scan)));
    row(`${devName}, contact kinds`, (s) => fromMessages(evaluateMessages(dev, s.scan, CONTACT_KINDS)));
  }
  const convs = corpus.devConversations;
  if (convs) {
    row('dev conversations', (s, i) => {
      const r = evaluateConversations(convs, i === 0 ? chaperoneConversation : perMessage(s.scan));
      return { recall: r.recall, negativesFlagged: r.negativesFlagged, positives: r.positives, negatives: r.negatives };
    });
  }
  const sms = corpus.sms;
  if (sms) row('SMS (phone/email/url)', (s) => fromMessages(evaluateMessages(sms, s.scan, ['phone', 'email', 'url'])));
  const tutoring = corpus.tutoring;
  if (tutoring) {
    row('real tutoring chat (all negative)', (s) => {
      const r = flaggedShare(tutoring, s.scan);
      return { recall: null, negativesFlagged: r.total ? r.flagged.length / r.total : 0, positives: 0, negatives: r.total };
    });
  }
  const shortfalls: string[] = [];
  for (const r of rows) {
    const chap = r.cells[0].cell;
    for (const { name, cell } of r.cells.slice(1)) {
      if (chap.recall !== null && cell.recall !== null && !(chap.recall > cell.recall)) shortfalls.push(`${r.set}: recall not above ${name}`);
      if (!(chap.negativesFlagged < cell.negativesFlagged) && !(chap.negativesFlagged === 0 && cell.negativesFlagged === 0)) {
        shortfalls.push(`${r.set}: negatives flagged not below ${name}`);
      }
    }
  }
  return { rows, chaperoneStrictlyBetter: shortfalls.length === 0, shortfalls };
}
