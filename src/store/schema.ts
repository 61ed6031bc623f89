/**
 * The store's tables as Kysely sees them. One shape for SQLite and PostgreSQL: ids and timestamps are
 * text (timestamps are ISO-8601 strings written by the app, so ordering and comparison are the same
 * in both databases), JSON is text, ciphertext is base64 text. Counts read back from PostgreSQL come
 * as strings; the query layer turns them into numbers.
 */
import type { Generated } from 'kysely';

/** A conversation and its sealed memory (the engine's ConversationState, encrypted: it holds recent text). */
export interface ConversationsTable {
  id: string;
  /** Sealed JSON of the engine's ConversationState; null before the first message. */
  state_ct: string | null;
  state_iv: string | null;
  state_tag: string | null;
  message_count: number;
  created_at: string;
  updated_at: string;
}

/** Who takes part in a conversation, with the role they had there. */
export interface ParticipantsTable {
  conversation_id: string;
  user_id: string;
  role: string;
  name: string | null;
  created_at: string;
}

/** One message, its decision and (when redacted, held or blocked) its sealed original. */
export interface MessagesTable {
  id: string;
  conversation_id: string;
  /** Position in the conversation (1-based), so order never depends on clock resolution. */
  seq: number;
  sender_id: string;
  sender_role: string;
  recipient_id: string | null;
  status: string;
  action: string;
  concern: string | null;
  severity: number;
  /** What recipients see: null while held or when blocked. */
  delivered_text: string | null;
  /** The original with every finding replaced by a label: what moderators see without opening the seal. */
  redacted_text: string;
  kinds: string;
  /** Decision JSON (reasons, nudge, suggestion; findings without text). */
  decision: string;
  /** Findings JSON without `text`/`value`: spans into the sealed original. */
  findings: string;
  sealed_ct: string | null;
  sealed_iv: string | null;
  sealed_tag: string | null;
  /** Who the recipient suggestion is for; null means any participant but the sender. */
  suggestion_for: string | null;
  sent_at: string | null;
  created_at: string;
  /**
   * Safeguarding cues the model found in this message (issue 20): JSON [{cue, start, end, score, why}]
   * without the text (spans into the original), or null. Shown to leads in the review; never logged.
   */
  cues: string | null;
}

/** A held message waiting for (or decided by) a moderator. */
export interface ReviewsTable {
  id: string;
  message_id: string;
  conversation_id: string;
  queue: string;
  status: string;
  severity: number;
  sender_id: string;
  sender_role: string;
  action: string;
  kinds: string;
  created_at: string;
  decided_at: string | null;
  decided_by: string | null;
  outcome: string | null;
  /** Who receives the message, their role there, the student's age band and the stage (for the queue and the case). */
  recipient_id: string | null;
  recipient_role: string | null;
  student_age: string | null;
  stage: string | null;
  /** Queue order: the decision's severity plus the policy's priority points (see policy/priority.ts). */
  priority: Generated<number>;
  /** JSON [{label, points}]: why the priority is what it is. */
  priority_parts: string | null;
  /** How many messages of the finding's assembled detail had already been delivered when it was held. */
  delivered_fragments: Generated<number>;
  /** The moderator's reason for the decision. */
  decision_reason: string | null;
  /** The note of a safeguarding lead that marked the item "do not release" (the API refuses to release it). */
  do_not_release_note: string | null;
  /** Four eyes: the moderator who asked for the release, when and why (another must approve). */
  release_requested_by: string | null;
  release_requested_at: string | null;
  release_reason: string | null;
  /**
   * What opened the review: `hold` (a held message waits for a decision) or `cues` (a conversation's
   * safeguarding-cue risk crossed the policy's threshold: a flag for a lead; nothing is held).
   */
  trigger: Generated<string>;
  /** The conversation's cue risk (0..1) when the review was opened or a cue message last joined it. */
  conversation_risk: number | null;
}

/** A moderator's note on a review or a user. */
export interface NotesTable {
  id: string;
  review_id: string | null;
  subject: string;
  author: string;
  note: string;
  created_at: string;
  /** 'note', or 'do_not_release' (a safeguarding lead's mark that the API enforces). */
  kind: Generated<string>;
}

/** A strike against a user; removal is recorded, never deleted. */
export interface StrikesTable {
  id: string;
  user_id: string;
  weight: number;
  reason: string;
  message_id: string | null;
  created_by: string;
  created_at: string;
  removed_at: string | null;
  removed_by: string | null;
  removed_reason?: string | null;
}

/** Users seen as senders or participants (their last known role). */
export interface UsersTable {
  id: string;
  role: string;
  created_at: string;
}

/** Moderator accounts; passwords as scrypt hashes. */
export interface ModeratorsTable {
  id: string;
  email: string;
  role: string;
  password_hash: string;
  created_at: string;
  name?: string | null;
  /** Set when an admin disabled the account: it signs in no more and its sessions end. */
  disabled_at?: string | null;
  /** 1 until the holder of an invited (or first-start) account chooses their own password. */
  must_change_password?: Generated<number>;
}

/** Moderator sessions; the cookie holds the token, the table only its sha256. */
export interface SessionsTable {
  token_hash: string;
  moderator_id: string;
  created_at: string;
  expires_at: string;
}

/** Platform API keys, sha256-hashed, with JSON scopes. */
export interface ApiKeysTable {
  id: string;
  key_hash: string;
  name: string;
  scopes: string;
  created_at: string;
  revoked_at: string | null;
}

/** Stored replies for idempotent sends, keyed by API key id + Idempotency-Key. */
export interface IdempotencyKeysTable {
  key: string;
  request_hash: string;
  response: string;
  message_id: string;
  created_at: string;
}

/** Append-only, hash-chained audit log. No code path updates or deletes a row. */
export interface AuditLogTable {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject: string;
  details: string;
  prev_hash: string;
  hash: string;
}

/** PostgreSQL only: audit entries committed with their decision, waiting to be chained (see audit-log.ts). */
export interface AuditQueueTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  subject: string;
  details: string;
}

/** Durable webhook deliveries: written in the same transaction as the decision, sent later. */
export interface WebhookOutboxTable {
  id: string;
  event: string;
  payload: string;
  status: string;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
  delivered_at: string | null;
}

/** Wrong passwords per email within the current window (shared sign-in throttling). */
export interface LoginFailuresTable {
  email: string;
  count: number;
  since_ms: number;
}

/** Issue 19: who is working a review, until when (see store/claims.ts). */
export interface ReviewClaimsTable {
  review_id: string;
  moderator_id: string;
  queue: string;
  claimed_at: string;
  /** The claim lapses at this instant unless its holder is still working (each action renews it). */
  expires_at: string;
}

/** Issue 19: a keyed hash of a canonical contact detail and the message that carried it (see service/contact-hash.ts). */
export interface ContactHashesTable {
  hash: string;
  message_id: string;
  kind: string;
  created_at: string;
}

/** Issue 19: a sender's one appeal against a held or blocked message (see service/routes-appeals.ts). */
export interface AppealsTable {
  id: string;
  message_id: string;
  review_id: string | null;
  queue: string;
  sender_id: string;
  statement: string;
  /** 'open', 'upheld' or 'rejected'. */
  status: string;
  /** Who decided the original (an appeal goes to someone else); null when the policy blocked it outright. */
  original_decider: string | null;
  created_at: string;
  decided_by: string | null;
  decided_at: string | null;
  outcome: string | null;
  /** What the platform shows the sender (delivered by the `appeal.decided` webhook). */
  reply: string | null;
  template_id: string | null;
}

/** Issue 19: reply and note templates with {variables}, managed by admins. */
export interface TemplatesTable {
  id: string;
  name: string;
  /** 'reply' (to the user) or 'note' (internal). */
  purpose: string;
  /** One key that picks it in the console ('1'…'9'), or null. */
  shortcut: string | null;
  body: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** A message's attachment (issue 18): bytes and recognised text sealed; see migration 0009_attachments. */
export interface MessageAttachmentsTable {
  message_id: string;
  idx: number;
  name: string;
  type: string;
  size: number;
  width: number | null;
  height: number | null;
  pages: number | null;
  /** 1 when the recipient gets it (allowed, or redacted with nothing found in it). */
  delivered: number;
  sealed_ct: string;
  sealed_iv: string;
  sealed_tag: string;
  text_ct: string;
  text_iv: string;
  text_tag: string;
  created_at: string;
}

/** Every table of the store. */
export interface Database {
  conversations: ConversationsTable;
  participants: ParticipantsTable;
  messages: MessagesTable;
  reviews: ReviewsTable;
  login_failures: LoginFailuresTable;
  notes: NotesTable;
  strikes: StrikesTable;
  users: UsersTable;
  moderators: ModeratorsTable;
  sessions: SessionsTable;
  api_keys: ApiKeysTable;
  idempotency_keys: IdempotencyKeysTable;
  audit_log: AuditLogTable;
  audit_queue: AuditQueueTable;
  webhook_outbox: WebhookOutboxTable;
  review_claims: ReviewClaimsTable;
  contact_hashes: ContactHashesTable;
  appeals: AppealsTable;
  templates: TemplatesTable;
  message_attachments: MessageAttachmentsTable;
}
