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
  name?: string | null;
  role: 'moderator' | 'safeguarding_lead' | 'admin' | string;
  /** True until the holder of an invited or first-start account chooses their own password. */
  mustChangePassword?: boolean;
}

/** `GET /v1/auth/me`: the user and what their role may do. */
export interface Me {
  user: User;
  permissions: string[];
  safeguardingRelease: 'lead' | 'lead_or_four_eyes' | string;
}

/** A moderator as notes, decisions and the audit log name them. */
export interface Person {
  id: string;
  email: string | null;
  name: string | null;
}

/** One part of a queue priority, in plain words. */
export interface PriorityPart {
  label: string;
  points: number;
}

/** A moderator account (`GET /v1/moderators`). */
export interface ModeratorAccount {
  id: string;
  email: string;
  name: string | null;
  role: string;
  createdAt: string;
  disabledAt: string | null;
  mustChangePassword: boolean;
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
  /** From an attachment (issue 18): its index, how its text was read, the PDF page and the box. */
  attachment?: number;
  source?: 'ocr' | 'qr' | 'pdf-text' | 'pdf-link';
  page?: number;
  box?: { x: number; y: number; width: number; height: number };
}

/** One attachment of a message, as a moderator sees it (GET /v1/messages/:id/attachments). */
export interface AttachmentDetail {
  index: number;
  name: string;
  type: 'png' | 'jpeg' | 'webp' | 'gif' | 'pdf';
  size: number;
  /** Pixels of an image; points of a PDF's first page (the boxes' units). */
  width: number | null;
  height: number | null;
  pages: number | null;
  delivered: boolean;
  texts: { source: string; page?: number; text: string }[];
  findings: Finding[];
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
  /** `hold` (a held message) or `cues` (a conversation flagged by its safeguarding cues; nothing held). */
  trigger?: 'hold' | 'cues';
  conversationRisk?: number | null;
  messageId: string;
  conversationId: string;
  senderId: string;
  senderName?: string | null;
  senderRole: string;
  recipientId?: string | null;
  recipientName?: string | null;
  recipientRole?: string | null;
  studentAge?: string | null;
  stage?: string | null;
  action: Action;
  severity: number;
  /** Queue order: the severity plus who sends to whom (see priorityParts). */
  priority?: number;
  priorityParts?: PriorityPart[];
  /** Open holds from this sender in all queues. */
  senderOpenHolds?: number;
  deliveredFragments?: number;
  doNotRelease?: boolean;
  releaseRequested?: boolean;
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
  senderName?: string | null;
  recipientId?: string | null;
  /** A message that carries part of a detail a later (held) message completed. */
  partOfDetail?: { delivered: boolean; heldMessageId?: string; completedBy?: string[] };
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
    decidedBy?: Person | null;
    decisionReason?: string | null;
    outcome?: string | null;
    priority?: number;
    priorityParts?: PriorityPart[];
    recipient?: { id: string; name: string | null; role: string | null } | null;
    studentAge?: string | null;
    stage?: string | null;
    deliveredFragments?: number;
    doNotRelease?: { noteId: string; note: string; by: Person | null; at: string } | null;
    releaseRequest?: { by: Person | null; at: string | null; reason: string | null } | null;
    /** `hold` (a held message) or `cues` (a conversation flagged by its safeguarding cues; nothing held). */
    trigger?: 'hold' | 'cues';
    /** The conversation's cue risk (0..1) when flagged or last re-sorted. */
    conversationRisk?: number | null;
    /** Notes on the review, oldest first (shown when the service returns them). */
    notes?: { id?: string; note: string; kind?: string; author?: string; authorEmail?: string | null; authorName?: string | null; createdAt?: string }[];
  };
  /** What the signed-in moderator may do with this review now. */
  actions?: {
    release: boolean;
    releaseRedacted: boolean;
    reject: boolean;
    /** Close a safeguarding-cue flag (a lead, with a reason). */
    close?: boolean;
    note: boolean;
    doNotRelease: boolean;
    openOriginal: boolean;
    strike: boolean;
    releaseNeeds: { reason: boolean; confirmation: string | null; secondModerator: boolean; approving: boolean };
  };
  message: ModeratedMessage & { conversationId: string };
  decision: Decision;
  findings: Finding[];
  conversation: ModeratedMessage[];
  /** The conversation's safeguarding cues, oldest first: which message, which cue in plain words, why. */
  cueTimeline?: CueTimelineEntry[];
  /** Who is working this review now (issue 19), or null. */
  claim?: Claim | null;
}

/** One message of a conversation's cue timeline. */
export interface CueTimelineEntry {
  messageId: string;
  seq: number;
  senderId: string;
  senderName: string | null;
  senderRole: string;
  status: string;
  sentAt: string;
  text: string;
  cues: { cue: string; words: string; start: number; end: number; score: number; why: string[] }[];
}

/** `POST /v1/messages/:id/original`. */
export interface Original {
  text: string;
  findings: Finding[];
}

/** `GET /v1/users/:id`. */
export interface UserPage {
  user: { id: string; role?: string | null; name?: string | null };
  standing: { points: number; level: string };
  strikes: { id: string; weight: number; reason: string; createdAt: string; createdByEmail?: string | null; decayedWeight: number; removedAt?: string | null; removedReason?: string | null; removedBy?: Person | null }[];
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
  conversation: { id: string; studentAge?: string | null; participants?: { id: string; role: string; name: string | null }[] };
  messages: ModeratedMessage[];
}

/** `GET /v1/audit`. */
export interface AuditPage {
  entries: { seq: number; at: string; actor: string; actorEmail?: string | null; actorName?: string | null; action: string; subject: string; details?: unknown; hash: string; prevHash: string }[];
  nextCursor: string | null;
}

/** A moderator's claim on a review (issue 19): who is working it, until when. */
export interface Claim {
  reviewId: string;
  queue: QueueName;
  by: Person;
  claimedAt: string;
  expiresAt: string;
  /** True when the signed-in moderator holds it. */
  mine: boolean;
}

/** `GET /v1/queues/:name/activity`: live claims and what was decided since a time. */
export interface QueueActivity {
  now: string;
  claims: Claim[];
  decided: { reviewId: string; outcome: string | null; decidedBy: string | null; decidedAt: string | null }[];
  open: number;
}

/** One event of a case's history (issue 19). */
export interface CaseEvent {
  at: string;
  seq?: number;
  type: string;
  reviewId: string | null;
  messageId: string | null;
  actor: Person | 'policy' | 'platform' | 'sender';
  summary: string;
  details: Record<string, unknown>;
}

/** `GET /v1/users/:id/timeline`. */
export interface UserTimeline {
  events: CaseEvent[];
  strikes: { id: string; weight: number; reason: string; createdAt: string; messageId: string | null; reviewId: string | null; conversationId: string | null; removedAt: string | null; halfAt: string | null; expiresAt: string | null; active: boolean }[];
}

/** One hit of `POST /v1/search` (issue 19). */
export interface SearchItem {
  messageId: string;
  conversationId: string;
  senderId: string;
  senderRole: string;
  recipientId: string | null;
  action: Action;
  status: string;
  kinds: Kind[];
  rules: string[];
  preview: string;
  createdAt: string;
  review: { id: string; queue: QueueName; status: string; outcome: string | null } | null;
}

/** `POST /v1/search`. */
export interface SearchPage {
  items: SearchItem[];
  total: number;
  nextCursor: string | null;
  contactKinds: string[];
}

/** `POST /v1/reviews/bulk-decision`. */
export interface BulkResult {
  decided: number;
  messaged?: number;
  failed: number;
  results: { reviewId: string; status: number; outcome?: string; messaged?: boolean; problem?: { type: string; detail: string } }[];
}

/** One appeal of `GET /v1/appeals` (issue 19). */
export interface Appeal {
  id: string;
  messageId: string;
  reviewId: string | null;
  queue: QueueName;
  senderId: string;
  senderRole: string;
  statement: string;
  status: string;
  createdAt: string;
  preview: string;
  rules: string[];
  originalDecider: Person | null;
  decidedBy: Person | null;
  decidedAt: string | null;
  outcome: string | null;
  reply: string | null;
  mayDecide: boolean;
  whyNot: string | null;
  vars: Record<string, string>;
}

/** A reply or note template (issue 19). */
export interface Template {
  id: string;
  name: string;
  purpose: 'reply' | 'note';
  shortcut: string | null;
  body: string;
  updatedAt: string;
}

/** `GET /v1/reports/weekly` (issue 19). */
export interface WeeklyReport {
  weeks: {
    week: string;
    messages: number;
    byAction: Partial<Record<string, number>>;
    byKind: Partial<Record<string, number>>;
    timeToDecision: Record<string, { decided: number; p50Minutes: number | null; p95Minutes: number | null }>;
    appealsDecided: number;
    appealsUpheld: number;
    upheldRate: number | null;
    repeatOffenders: number;
  }[];
}

/** `GET /v1/reports/sla` (issue 19). */
export interface SlaReport {
  queues: { queue: QueueName; targetHours: number; open: number; overdue: number; overdueItems: { reviewId: string; createdAt: string; dueAt: string; senderId: string }[] }[];
}
