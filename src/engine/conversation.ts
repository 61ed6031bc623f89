/**
 * Conversation memory (issue 3). STUB: the signatures are final; the memory itself is being written.
 * The state is a plain JSON value so a store can persist it and several service instances can share it.
 */
import { scan, summarise, type ScanOptions, type ScanResult } from './scan.js';

/** One message as the conversation scanner receives it. */
export interface ConversationMessage {
  id?: string;
  text: string;
  sender?: string;
  senderRole?: string;
  /** ISO timestamp; used to age messages out of memory. Defaults to now. */
  sentAt?: string;
}

/** Plain, JSON-serialisable memory of one conversation's recent messages. */
export interface ConversationState {
  version: 1;
  recent: { id?: string; text: string; sender?: string; sentAt: string }[];
}

export function emptyConversationState(): ConversationState {
  return { version: 1, recent: [] };
}

/**
 * Scan `message` in the light of the conversation so far. Findings assembled across messages carry
 * `messageIds`; spans of such findings refer to the CURRENT message's text (the part of the detail it
 * holds). Returns the result for this message and the next state.
 */
export function scanInConversation(
  state: ConversationState | undefined,
  message: ConversationMessage,
  options: ScanOptions = {},
): { result: ScanResult; state: ConversationState } {
  const result = scan(message.text, options);
  const next = state ?? emptyConversationState();
  return { result: summarise(message.text, result.findings), state: next };
}
