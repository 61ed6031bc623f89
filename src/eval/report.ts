/**
 * Builds the full evaluation report used by `chaperone eval` (and read by the bench): development
 * messages and conversations, real tutoring chat, and the hand-annotated SMS set.
 */
import { scan } from '../engine/scan.js';
import { conversationRiskOf, scanConversationTexts } from './conversation-adapter.js';
import { readShared, TUTORING_SETS, VALIDATION_CONVERSATIONS, VALIDATION_MESSAGES, type LabelledConversation, type LabelledMessage } from './datasets.js';
import { evaluateConversations, evaluateMessages, flaggedShare, type ConversationReport, type KindScanner, type MessageReport } from './evaluate.js';

export interface EvalReport {
  devMessages: MessageReport | null;
  devContactKinds: MessageReport | null;
  devConversations: ConversationReport | null;
  tutoring: { total: number; flagged: { id: string; text: string; got: string[]; spans: string[] }[] } | null;
  sms: MessageReport | null;
  /** The validation set (../shared/corpus-v2): never trained on; read its aggregate figures only. */
  valMessages: MessageReport | null;
  valConversations: ConversationReport | null;
  /** Safeguarding cues on real tutoring chat: messages with a cue, and dialogues whose risk reaches the routing threshold. */
  cues: { messages: number; messagesWithCue: number; dialogues: number; dialoguesRouted: number; threshold: number } | null;
}

/** Chaperone's own scanner, as the evaluation sees it. */
export const chaperoneScanner: KindScanner = (text) => scan(text).findings;

export const CONTACT_KINDS = ['phone', 'email', 'url', 'social'];

/** The conversation risk at which the default policy routes a conversation to the safeguarding lead. */
export const CUE_ROUTE_THRESHOLD = 0.5;

/** The dialogue a real tutoring row belongs to (MathDial and Bridge ids carry it; CIMA rows stand alone). */
function dialogueOf(id: string): string {
  const m = /^(mathdial-test-\d+-c\d+)-t\d+$/.exec(id) ?? /^(bridge-[\d_]+(?:-expert\d+)?)-\d+$/.exec(id) ?? /^(bridge-\d+)/.exec(id);
  return m ? m[1]! : id;
}

/** Cues on real tutoring chat: every message alone, and every dialogue through conversation memory. */
export function cueReport(rows: { id: string; text: string; role?: string }[]): NonNullable<EvalReport['cues']> {
  let messagesWithCue = 0;
  const dialogues = new Map<string, { text: string; role?: string }[]>();
  for (const r of rows) {
    if (scan(r.text).cues.length) messagesWithCue++;
    const d = dialogueOf(r.id);
    let list = dialogues.get(d);
    if (!list) dialogues.set(d, (list = []));
    list.push(r);
  }
  let routed = 0;
  for (const msgs of dialogues.values()) {
    const risk = conversationRiskOf(msgs.map((m) => ({ sender_role: m.role === 'teacher' ? 'tutor' : (m.role ?? 'unknown'), text: m.text })));
    if (risk >= CUE_ROUTE_THRESHOLD) routed++;
  }
  return { messages: rows.length, messagesWithCue, dialogues: dialogues.size, dialoguesRouted: routed, threshold: CUE_ROUTE_THRESHOLD };
}

export function buildReport(scanner: KindScanner = chaperoneScanner, onStep?: (done: number, total: number) => void): EvalReport {
  const dev = readShared<LabelledMessage>('corpus/messages.jsonl');
  const conv = readShared<LabelledConversation>('corpus/conversations.jsonl');
  const val = readShared<LabelledMessage>(VALIDATION_MESSAGES);
  const valConv = readShared<LabelledConversation>(VALIDATION_CONVERSATIONS);
  const sms = readShared<LabelledMessage>('real/sms-spam-collection/annotated.jsonl');
  let tutoringRows: { id: string; text: string; role?: string }[] | null = null;
  for (const set of TUTORING_SETS) {
    const rows = readShared<{ id: string; text: string; role?: string }>(set);
    if (rows) (tutoringRows ??= []).push(...rows);
  }
  // One step a set, in this order, so a progress display can follow (the report is the same).
  const TOTAL = 8;
  let done = 0;
  const step = <T>(value: T): T => {
    onStep?.(++done, TOTAL);
    return value;
  };
  const devMessages = step(dev && evaluateMessages(dev, scanner));
  const devContactKinds = step(dev && evaluateMessages(dev, scanner, CONTACT_KINDS));
  const devConversations = step(conv && evaluateConversations(conv, scanConversationTexts));
  const tutoring = step(tutoringRows && flaggedShare(tutoringRows, scanner));
  const cues = step(tutoringRows && cueReport(tutoringRows));
  const valMessages = step(val && evaluateMessages(val, scanner));
  const valConversations = step(valConv && evaluateConversations(valConv, scanConversationTexts));
  const smsReport = step(sms && evaluateMessages(sms.map((r) => ({ ...r, kinds: r.kinds.filter((k) => ['phone', 'email', 'url'].includes(k)) })), scanner, ['phone', 'email', 'url']));
  return { devMessages, devContactKinds, devConversations, tutoring, cues, valMessages, valConversations, sms: smsReport };
}
