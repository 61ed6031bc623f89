/**
 * The service's JSON shapes as the console uses them (see docs/API.md, "SERVICE API CONTRACT").
 * Only fields the console reads are typed; the service may add more.
 */

/** A kind of finding (DESIGN.md, "Kinds of finding"). */
export type Kind = 'phone' | 'email' | 'url' | 'social' | 'platform' | 'payment' | 'address' | 'request';
/** Every kind, in the engine's stable order (for filters and chart colours). */
export const KINDS: readonly Kind[] = ['phone', 'email', 'url', 'social', 'platform', 'payment', 'address', 'request'];
/** What the policy decided for a message. */
export type Action = 'allow' | 'warn' | 'redact' | 'hold' | 'block';
/** Every action, mildest first. */
export const ACTIONS: readonly Action[] = ['allow', 'warn', 'redact', 'hold', 'block'];
/** Participant roles a message sender can have. */
export const SENDER_ROLES = ['tutor', 'parent', 'student'] as const;
/** The two review queues. */
export type QueueName = 'safeguarding' | 'leakage';
/** Both queues, safeguarding first because it is the urgent one. */
export const QUEUE_NAMES: readonly QueueName[] = ['safeguarding', 'leakage'];

/** A signed-in moderator. */
export interface User {
  id: string;
  email: string;
  role: 'moderator' | 'safeguarding_lead' | 'admin' | string;
}

/** A caught span. Offsets are UTF-16, half-open, in the text they belong to. */
export interface Finding {
  kind: Kind;
  detector?: string;
  start: number;
  end: number;
  score: number;
  why: string[];
  /** Only /v1/scan echoes the text (the playground's own input). */
  text?: string;
  messageIds?: string[];
}

/** A short text offered to the sender (nudge) or recipient (suggestion). */
export interface Nudge {
  id: string;
  text: string;
}

/** The policy's decision for one message. */
export interface Decision {
  action: Action;
  concern?: QueueName | null;
  severity?: number;
  reasons?: { rule: string; text: string; kinds: Kind[] }[];
  nudge?: Nudge | null;
  recipientSuggestion?: Nudge | null;
  kinds?: Kind[];
  findings?: Finding[];
}

/** `GET /v1/queues` entry. */
export interface QueueSummary {
  name: QueueName;
  open: number;
  oldestAt: string | null;
}

/** One row of a review queue. */
export interface QueueItem {
  reviewId: string;
  messageId: string;
  conversationId: string;
  senderId: string;
  senderRole: string;
  action: Action;
  severity: number;
  kinds: Kind[];
  createdAt: string;
  preview: string;
}

/** A page of a review queue. */
export interface QueuePage {
  items: QueueItem[];
  total: number;
  nextCursor: string | null;
}

/** A message as moderators see it (never the sealed original). */
export interface ModeratedMessage {
  id: string;
  conversationId?: string;
  senderId: string;
  senderRole: string;
  status: string;
  redactedText: string;
  createdAt: string;
  kinds?: Kind[];
  decision?: Decision | null;
  findings?: Finding[];
}

/** `GET /v1/reviews/:id`. */
export interface ReviewDetail {
  review: {
    id: string;
    queue: QueueName;
    status: string;
    createdAt: string;
    decidedAt?: string | null;
    decidedBy?: string | null;
    outcome?: string | null;
    /** Notes on the review, oldest first (shown when the service returns them). */
    notes?: { id?: string; note: string; author?: string; createdAt?: string }[];
  };
  message: ModeratedMessage & { conversationId: string };
  decision: Decision;
  findings: Finding[];
  conversation: ModeratedMessage[];
}

/** `POST /v1/messages/:id/original`. */
export interface Original {
  text: string;
  findings: Finding[];
}

/** `GET /v1/users/:id`. */
export interface UserPage {
  user: { id: string; role?: string | null };
  standing: { points: number; level: string };
  strikes: { id: string; weight: number; reason: string; createdAt: string; decayedWeight: number; removedAt?: string | null }[];
  history: { messageId: string; conversationId: string; action: Action; kinds: Kind[]; createdAt: string }[];
}

/** `POST /v1/scan` response. */
export interface ScanResponse {
  action: Action;
  risk: number;
  kinds: Kind[];
  findings: Finding[];
  redacted: string;
  decision?: Decision;
}

/** `GET /v1/stats/daily`. */
export interface DailyStats {
  days: { day: string; byKind: Partial<Record<string, number>>; byAction: Partial<Record<string, number>> }[];
  queueAges: { queue: string; open: number; oldestAgeSeconds: number | null; medianAgeSeconds: number | null }[];
}

/** `GET /v1/conversations/:id`. */
export interface ConversationDetail {
  conversation: { id: string };
  messages: ModeratedMessage[];
}

/** `GET /v1/audit`. */
export interface AuditPage {
  entries: { seq: number; at: string; actor: string; action: string; subject: string; details?: unknown; hash: string; prevHash: string }[];
  nextCursor: string | null;
}
