/**
 * How the evaluation scans a conversation: the messages, in order, go through conversation memory
 * (`scanInConversation`), so details split across messages count. The sender is the message's role
 * (a labelled conversation has one person per role), and messages are a minute apart.
 */
import { emptyConversationState, scanInConversation } from '../engine/conversation.js';

const START = Date.parse('2026-01-01T10:00:00Z');

/** Scan labelled conversation messages in order; for each message, the kinds attributed to it. */
export function scanConversationTexts(messages: { sender_role: string; text: string }[]): { kinds: string[] }[] {
  let state = emptyConversationState();
  return messages.map((m, i) => {
    const out = scanInConversation(state, { id: `m${i}`, text: m.text, senderRole: m.sender_role, sender: m.sender_role, sentAt: new Date(START + i * 60_000).toISOString() });
    state = out.state;
    return { kinds: out.result.kinds };
  });
}

/** The safeguarding risk a conversation ends with (0 when no cue was seen). */
export function conversationRiskOf(messages: { sender_role: string; text: string }[], context: { studentAge?: string; stage?: string } = {}): number {
  let state = emptyConversationState();
  let risk = 0;
  messages.forEach((m, i) => {
    const out = scanInConversation(state, { id: `m${i}`, text: m.text, senderRole: m.sender_role, sender: m.sender_role, sentAt: new Date(START + i * 60_000).toISOString(), ...context });
    state = out.state;
    risk = out.result.conversationRisk?.score ?? risk;
  });
  return risk;
}
