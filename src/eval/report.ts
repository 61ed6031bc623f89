/**
 * Builds the full evaluation report used by `chaperone eval` (and read by the bench): development
 * messages and conversations, real tutoring chat, and the hand-annotated SMS set.
 */
import { scan } from '../engine/scan.js';
import { scanConversationTexts } from './conversation-adapter.js';
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
}

/** Chaperone's own scanner, as the evaluation sees it. */
export const chaperoneScanner: KindScanner = (text) => scan(text).findings;

export const CONTACT_KINDS = ['phone', 'email', 'url', 'social'];

export function buildReport(scanner: KindScanner = chaperoneScanner): EvalReport {
  const dev = readShared<LabelledMessage>('corpus/messages.jsonl');
  const conv = readShared<LabelledConversation>('corpus/conversations.jsonl');
  const val = readShared<LabelledMessage>(VALIDATION_MESSAGES);
  const valConv = readShared<LabelledConversation>(VALIDATION_CONVERSATIONS);
  const sms = readShared<LabelledMessage>('real/sms-spam-collection/annotated.jsonl');
  let tutoringRows: { id: string; text: string }[] | null = null;
  for (const set of TUTORING_SETS) {
    const rows = readShared<{ id: string; text: string }>(set);
    if (rows) (tutoringRows ??= []).push(...rows);
  }
  return {
    devMessages: dev && evaluateMessages(dev, scanner),
    devContactKinds: dev && evaluateMessages(dev, scanner, CONTACT_KINDS),
    devConversations: conv && evaluateConversations(conv, scanConversationTexts),
    tutoring: tutoringRows && flaggedShare(tutoringRows, scanner),
    valMessages: val && evaluateMessages(val, scanner),
    valConversations: valConv && evaluateConversations(valConv, scanConversationTexts),
    sms: sms && evaluateMessages(sms.map((r) => ({ ...r, kinds: r.kinds.filter((k) => ['phone', 'email', 'url'].includes(k)) })), scanner, ['phone', 'email', 'url']),
  };
}
