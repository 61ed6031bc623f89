/**
 * How the evaluation scans a conversation. Until the conversation scanner lands (issue 3) this scans
 * each message on its own; then it feeds the messages, in order, through conversation memory.
 */
import { scan } from '../engine/scan.js';

export function scanConversationTexts(messages: { sender_role: string; text: string }[]): { kinds: string[] }[] {
  return messages.map((m) => ({ kinds: scan(m.text).kinds }));
}
