/**
 * The message lifecycle: accepted → scanned → decided → stored → delivered or held, in ONE
 * transaction. Conversation memory and the sender's strikes are read, the engine scans, the policy
 * decides, and the message, memory, review, strike, audit entries, webhook outbox rows and the
 * idempotency record are written together; the caller replies only after the commit. A crash at any
 * point leaves either nothing or the whole decision.
 */
import type { ContactHasher } from './contact-hash.js';
import { emptyConversationState, type ConversationState } from '../engine/conversation.js';
import { summarise } from '../engine/scan.js';
import { redact } from '../engine/redact.js';
import type { AgeBand, Concern, Decision, DecisionContext, Role, Stage } from '../policy/types.js';
import { inProcessScanner, ScanUnavailableError, type ConversationScan, type ConversationScanner } from './conversation-scanner.js';
import { canonicalJson } from '../store/canonical-json.js';
import { appendAudit, type AuditInput } from '../store/audit-log.js';
import { insertIdempotency, insertMessage, selectActiveStrikes, selectConversationForUpdate, selectIdempotency, selectParticipants, updateConversationState } from '../store/message-queries.js';
import type { Store, Tx } from '../store/open-store.js';
import { newId, sha256 } from './ids.js';
import type { PolicyPort } from './policy-port.js';
import { ProblemError } from './problem.js';
import type { Sealer } from './seal.js';
import { decisionView, statusFor, type DecisionView } from './views.js';
import { storeAttachments, type PreparedAttachments } from './attachments.js';
import { scanAttachments } from '../attachments/scan-attachments.js';

/** Findings at or above this score withhold an attachment of a redacted message (the policies' report threshold). */
const REPORT_THRESHOLD = 0.5;
import type { WebhookEvent } from './webhooks.js';

/** The body of POST /v1/messages. */
export interface SendInput {
  conversationId: string;
  senderId: string;
  senderRole: Role;
  recipientId?: string;
  participants?: { id: string; role: Role; name?: string }[];
  studentAge?: AgeBand;
  stage?: Stage;
  text: string;
  sentAt?: string;
  /** Attachments, base64 (issue 18); read by src/service/attachments.ts before the lifecycle. */
  attachments?: { name?: string; data: string }[];
}

/** The 201 body. */
export interface SendResponse {
  message: { id: string; conversationId: string; senderId: string; status: string; deliveredText: string | null; createdAt: string; attachments?: { index: number; name: string; type: string; delivered: boolean }[] };
  decision: Omit<DecisionView, 'strike'>;
}

/** What the lifecycle needs around it. */
export interface LifecycleDeps {
  store: Store;
  policy: PolicyPort;
  sealer: Sealer;
  now: () => Date;
  /** When false, no outbox rows are written (no receiver configured). */
  webhooksEnabled: boolean;
  /** Warnings without message content (e.g. unreadable sealed memory). */
  warn?: (event: string, fields: Record<string, unknown>) => void;
  /** Records keyed hashes of the contact details found (issue 19, search by contact); optional. */
  contactHasher?: ContactHasher;
  /** Told after a fresh decision has committed (metrics); not called on idempotent replays. */
  onDecided?: (info: { action: string; kinds: string[]; scanSeconds: number }) => void;
  /** Where scans run (default: in process). A scan that cannot answer holds the message (see `uncheckedDecision`). */
  scanner?: ConversationScanner;
}

const IN_PROCESS = inProcessScanner();

/**
 * The decision for a message the engine could not check (over its time budget, or its worker
 * failed): fail closed — held for a safeguarding lead (the strictest queue: nothing is known of what
 * it says or to whom), no strike (the sender did nothing wrong that we know of), and the sender told
 * plainly that it waits for a person.
 */
export function uncheckedDecision(err: ScanUnavailableError): Decision {
  const why = err.code === 'scan-timeout' ? 'it could not be checked automatically in time' : 'it could not be checked automatically';
  return {
    action: 'hold',
    reasons: [{ rule: err.code, text: `Held for a moderator: ${why}. It is not delivered until a person has read it.`, kinds: [] }],
    concern: 'safeguarding',
    severity: 50,
    strike: null,
    nudge: { id: 'unchecked', text: `Your message is waiting for a moderator because ${why}. It will be delivered if it follows the Code of Conduct; you do not need to send it again.` },
    recipientSuggestion: null,
    findings: [],
  };
}

/**
 * Read a conversation's sealed memory. Memory that cannot be opened (the seal key was replaced) is
 * dropped rather than making the conversation unusable: only split-detail detection across the
 * messages before the change is lost. `onUnreadable` is told (for a log line without content).
 */
export function openState(
  sealer: Sealer,
  row: { id: string; state_ct: string | null; state_iv: string | null; state_tag: string | null },
  onUnreadable: (conversationId: string) => void = () => undefined,
): ConversationState | undefined {
  if (!row.state_ct || !row.state_iv || !row.state_tag) return undefined;
  try {
    return JSON.parse(sealer.open({ ct: row.state_ct, iv: row.state_iv, tag: row.state_tag }, `conversation:${row.id}`)) as ConversationState;
  } catch {
    onUnreadable(row.id);
    return undefined;
  }
}

/** Lock (PostgreSQL) or create the conversation row; returns it. */
async function lockConversation(tx: Tx, store: Store, id: string, at: string) {
  const select = async () => (await selectConversationForUpdate.execute(tx, store.dialect, { id }))[0];
  let row = await select();
  if (!row) {
    // Two instances may create the same conversation at once: insert-or-ignore, then lock what won.
    await tx
      .insertInto('conversations')
      .values({ id, state_ct: null, state_iv: null, state_tag: null, message_count: 0, created_at: at, updated_at: at })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    row = await select();
  }
  if (!row) throw new Error('conversation row vanished');
  return row;
}

/** Send one message through the whole lifecycle. `actor` names the API key for the audit log. */
export async function sendMessage(
  deps: LifecycleDeps,
  input: SendInput,
  opts: { actor: string; idempotencyKey?: string; attachments?: PreparedAttachments },
): Promise<{ status: 200 | 201; body: SendResponse }> {
  const { store, policy, sealer } = deps;
  // Fail closed: a message is never decided without its attachments having been read.
  if (input.attachments?.length && !opts.attachments) throw new ProblemError(422, 'attachments-not-read', 'the message has attachments that were not read; it cannot be decided without them');
  const requestHash = opts.idempotencyKey ? sha256(canonicalJson(input)) : '';
  const now = deps.now();
  const at = now.toISOString();
  const messageId = newId('msg');
  const scanner = deps.scanner ?? IN_PROCESS;
  /** Scan this message after `state`; a scan that cannot answer fails closed (no findings, memory unchanged, held). */
  const scanMessage = async (state: ConversationState | undefined): Promise<{ scanned: ConversationScan; unchecked: ScanUnavailableError | null; scanSeconds: number }> => {
    const started = performance.now();
    try {
      const scanned = await scanner.scan(
        state,
        // Who writes to whom weighs the conversation's safeguarding-cue risk (an adult to a child most).
        { id: messageId, text: input.text, sender: input.senderId, senderRole: input.senderRole, sentAt: input.sentAt ?? at, studentAge: input.studentAge, stage: input.stage },
        policy.scanOptions ?? {},
      );
      return { scanned, unchecked: null, scanSeconds: (performance.now() - started) / 1000 };
    } catch (err) {
      if (!(err instanceof ScanUnavailableError)) throw err;
      deps.warn?.('message held unscanned', { conversationId: input.conversationId, messageId, reason: err.code });
      return { scanned: { result: summarise(input.text, []), state: state ?? emptyConversationState() }, unchecked: err, scanSeconds: (performance.now() - started) / 1000 };
    }
  };
  // Scan before the transaction, with the memory as it is now: the scan (on a worker, within its
  // budget) then holds no lock — on SQLite every send's transaction runs one after another, so a long
  // scan inside one would make every other send wait.
  const row = await store.db.selectFrom('conversations').selectAll().where('id', '=', input.conversationId).executeTakeFirst();
  const early = { count: row ? Number(row.message_count) : 0, outcome: await scanMessage(row ? openState(sealer, row) : undefined) };
  try {
    return await store.transaction(async (tx) => {
      if (opts.idempotencyKey) {
        const [prior] = await selectIdempotency.execute(tx, store.dialect, { key: opts.idempotencyKey });
        if (prior) return replay(prior, requestHash);
      }
      const conv = await lockConversation(tx, store, input.conversationId, at);

      // Participants: the sender, those named in the body, and those already known.
      const known = await selectParticipants.execute(tx, store.dialect, { conversation_id: input.conversationId });
      const roles = new Map<string, { role: string; name: string | null }>(known.map((p) => [p.user_id, { role: p.role, name: p.name }]));
      // The sender may also be listed among the participants, with a name.
      const senderName = input.participants?.find((p) => p.id === input.senderId)?.name;
      const incoming = [{ id: input.senderId, role: input.senderRole as string, name: senderName }, ...(input.participants ?? []).filter((p) => p.id !== input.senderId)];
      // A recipient named without a role is still a participant (so they can read the conversation);
      // their role stays 'unknown' until a later message says it.
      if (input.recipientId) incoming.push({ id: input.recipientId, role: 'unknown', name: undefined });
      const fresh: { conversation_id: string; user_id: string; role: string; name: string | null; created_at: string }[] = [];
      for (const p of incoming) {
        const had = roles.get(p.id);
        if (had) {
          if (had.role === 'unknown' && p.role !== 'unknown') {
            had.role = p.role;
            await tx.updateTable('participants').set({ role: p.role }).where('conversation_id', '=', input.conversationId).where('user_id', '=', p.id).execute();
            await tx.updateTable('users').set({ role: p.role }).where('id', '=', p.id).where('role', '=', 'unknown').execute();
          }
          continue;
        }
        roles.set(p.id, { role: p.role, name: p.name ?? null });
        fresh.push({ conversation_id: input.conversationId, user_id: p.id, role: p.role, name: p.name ?? null, created_at: at });
      }
      if (fresh.length) {
        await tx.insertInto('participants').values(fresh).execute();
        await tx
          .insertInto('users')
          .values(fresh.map((p) => ({ id: p.user_id, role: p.role, created_at: at })))
          // A user first seen without a role (a bare recipientId) gets one when it is known.
          .onConflict((oc) => oc.column('id').doUpdateSet({ role: (eb) => eb.ref('excluded.role') }).where('users.role', '=', 'unknown'))
          .execute();
      }
      const recipientId = input.recipientId ?? singleOther(roles, input.senderId);
      const recipientEntry = recipientId ? roles.get(recipientId) : undefined;
      const recipient = recipientEntry && recipientEntry.role !== 'unknown' ? recipientEntry : recipientEntry ? { ...recipientEntry, role: undefined } : undefined;

      // Standing from the sender's strikes, before this message.
      const strikeRows = await selectActiveStrikes.execute(tx, store.dialect, { user_id: input.senderId });
      const strikes = strikeRows.map((s) => ({ weight: Number(s.weight), at: s.created_at }));
      const standingBefore = policy.standing(strikes, now);

      // The scan made before the transaction stands when no message joined the conversation since
      // (its memory is then the one read here); otherwise scan again with the memory read under the lock.
      const state = openState(sealer, conv, (conversationId) => deps.warn?.('conversation memory could not be unsealed (seal key changed?); starting afresh', { conversationId }));
      const { scanned, unchecked, scanSeconds } = early.count === Number(conv.message_count) ? early.outcome : await scanMessage(state);
      // A detail assembled from fragments already delivered keeps the sender's next messages waiting
      // (only when the policy asks; otherwise the hot path makes no extra query).
      let openFragmentHold: Concern | undefined;
      if (policy.review?.holdAfterDeliveredFragments) {
        const open = await tx
          .selectFrom('reviews')
          .select('queue')
          .where('conversation_id', '=', input.conversationId)
          .where('sender_id', '=', input.senderId)
          .where('status', '=', 'open')
          .where('delivered_fragments', '>', 0)
          .orderBy('created_at', 'asc')
          .limit(1)
          .executeTakeFirst();
        if (open) openFragmentHold = open.queue === 'safeguarding' ? 'safeguarding' : 'leakage';
      }
      const context: DecisionContext = {
        // The policy reads the words too (e.g. tech trouble → the route to Tech Support).
        text: input.text,
        senderRole: input.senderRole,
        recipientRole: recipient?.role as Role | undefined,
        studentAge: input.studentAge,
        stage: input.stage,
        standing: standingBefore,
        senderName: roles.get(input.senderId)?.name ?? undefined,
        recipientName: recipient?.name ?? undefined,
        openFragmentHold,
      };
      // Cues never reach `decide`: they never block and are never named to the sender.
      // Findings read from attachments (OCR, QR, PDF) are decided with the message's own.
      const attachmentFindings = opts.attachments ? scanAttachments(opts.attachments.analyses, policy.scanOptions ?? {}) : [];
      const decision = unchecked ? uncheckedDecision(unchecked) : policy.decide(attachmentFindings.length ? [...scanned.result.findings, ...attachmentFindings] : scanned.result.findings, context);
      const cues = scanned.result.cues ?? [];
      const riskBefore = state?.risk && Number.isFinite(state.risk.score) ? state.risk.score : undefined;
      const risk = scanned.result.conversationRisk;
      const deliveredText = policy.deliveredText(input.text, decision.findings, decision);
      const status = statusFor(decision.action);
      const view = decisionView(decision);
      const sealed = status !== 'delivered' || deliveredText !== input.text ? sealer.seal(input.text, `message:${messageId}`) : null;
      const seq = Number(conv.message_count) + 1;
      const sealedState = sealer.seal(JSON.stringify(scanned.state), `conversation:${input.conversationId}`);

      await insertMessage.execute(tx, store.dialect, {
          id: messageId,
          conversation_id: input.conversationId,
          seq,
          sender_id: input.senderId,
          sender_role: input.senderRole,
          recipient_id: recipientId ?? null,
          status,
          action: decision.action,
          concern: decision.concern,
          severity: Math.round(decision.severity),
          delivered_text: deliveredText,
          redacted_text: redact(input.text, scanned.result.findings),
          kinds: JSON.stringify(view.kinds),
          decision: JSON.stringify(view),
          findings: JSON.stringify(view.findings),
          sealed_ct: sealed?.ct ?? null,
          sealed_iv: sealed?.iv ?? null,
          sealed_tag: sealed?.tag ?? null,
          suggestion_for: decision.recipientSuggestion ? (recipientId ?? null) : null,
          sent_at: input.sentAt ?? null,
          created_at: at,
          // Spans and reasons, never the words (the original may be sealed).
          cues: cues.length ? JSON.stringify(cues.map((c) => ({ cue: c.cue, start: c.start, end: c.end, score: c.score, why: c.why }))) : null,
        });
      await deps.contactHasher?.record(tx, messageId, scanned.result.findings, at);
      const sentAttachments = opts.attachments ? await storeAttachments(tx, sealer, messageId, opts.attachments, decision, REPORT_THRESHOLD, at) : undefined;
      await updateConversationState.execute(tx, store.dialect, { id: input.conversationId, state_ct: sealedState.ct, state_iv: sealedState.iv, state_tag: sealedState.tag, message_count: seq, updated_at: at });

      const audit: AuditInput[] = [
        {
          actor: opts.actor,
          action: 'message.decided',
          subject: messageId,
          details: { conversationId: input.conversationId, senderId: input.senderId, action: decision.action, status, kinds: view.kinds, severity: view.severity, rules: decision.reasons.map((r) => r.rule) },
        },
      ];
      const events: WebhookEvent[] = [];
      const eventData = { messageId, conversationId: input.conversationId, senderId: input.senderId, senderRole: input.senderRole, action: decision.action, concern: decision.concern, severity: view.severity, kinds: view.kinds };

      const recipientRole = (recipient?.role as string | undefined) ?? (recipientEntry ? 'unknown' : undefined);
      /** Open a review of this message: the fields every new review starts with, and what differs. */
      const openReview = (review: { id: string; queue: 'safeguarding' | 'leakage'; severity: number; kinds: string[]; priority: { priority: number; parts: unknown }; deliveredFragments: number; conversationRisk: number | null; trigger?: 'cues' }) =>
        tx
          .insertInto('reviews')
          .values({
            id: review.id,
            message_id: messageId,
            conversation_id: input.conversationId,
            queue: review.queue,
            status: 'open',
            severity: review.severity,
            sender_id: input.senderId,
            sender_role: input.senderRole,
            action: decision.action,
            kinds: JSON.stringify(review.kinds),
            created_at: at,
            decided_at: null,
            decided_by: null,
            outcome: null,
            recipient_id: recipientId ?? null,
            recipient_role: recipientRole ?? null,
            student_age: input.studentAge ?? null,
            stage: input.stage ?? null,
            priority: review.priority.priority,
            priority_parts: JSON.stringify(review.priority.parts),
            delivered_fragments: review.deliveredFragments,
            decision_reason: null,
            do_not_release_note: null,
            release_requested_by: null,
            release_requested_at: null,
            release_reason: null,
            ...(review.trigger ? { trigger: review.trigger } : {}),
            conversation_risk: review.conversationRisk,
          })
          .execute();

      if (status === 'held') {
        const reviewId = newId('rev');
        // What the recipient already has: messages of an assembled finding delivered before this one.
        const fragmentIds = [...new Set(decision.findings.flatMap((f) => f.messageIds ?? []))].filter((id) => id !== messageId);
        const deliveredFragments = fragmentIds.length
          ? Number(
              (await tx
                .selectFrom('messages')
                .select((eb) => eb.fn.countAll<number>().as('n'))
                .where('id', 'in', fragmentIds)
                .where('status', 'in', ['delivered', 'delivered_redacted'])
                .executeTakeFirst())?.n ?? 0,
            )
          : 0;
        const priority = policy.priority
          ? policy.priority({
              severity: view.severity,
              senderRole: input.senderRole,
              recipientRole,
              studentAge: input.studentAge,
              stage: input.stage,
              standing: standingBefore,
              // The conversation's safeguarding-cue risk (0..1), weighed across the conversation.
              conversationRisk: risk?.score,
            })
          : { priority: view.severity, parts: [{ label: 'severity of the finding', points: view.severity }] };
        await openReview({
          id: reviewId,
          queue: decision.concern === 'safeguarding' ? 'safeguarding' : 'leakage',
          severity: view.severity,
          kinds: view.kinds,
          priority,
          deliveredFragments,
          conversationRisk: risk?.score ?? null,
        });
        audit.push({ actor: 'system', action: 'review.opened', subject: reviewId, details: { messageId, queue: decision.concern === 'safeguarding' ? 'safeguarding' : 'leakage', priority: priority.priority, deliveredFragments } });
        events.push({ type: 'message.held', data: { ...eventData, reviewId } });
      } else if (status === 'blocked') {
        events.push({ type: 'message.blocked', data: eventData });
      }

      // Safeguarding cues: the conversation is flagged for a lead once per crossing of the policy's
      // threshold (nothing held); later cue messages join the open flag. Only a message with cues can
      // raise the risk (without them it only fades), so no query is made for the others.
      if (risk && cues.length && policy.cueRouting) {
        const flag = await tx
          .selectFrom('reviews')
          .select(['id'])
          .where('conversation_id', '=', input.conversationId)
          .where('trigger', '=', 'cues')
          .where('status', '=', 'open')
          .limit(1)
          .executeTakeFirst();
        const route = policy.cueRouting({ before: riskBefore, after: risk.score, cues: cues.length, openFlag: !!flag });
        if (route !== 'none') {
          const priority = policy.priority
            ? policy.priority({ severity: 0, senderRole: input.senderRole, recipientRole, studentAge: input.studentAge, stage: input.stage, standing: standingBefore, conversationRisk: risk.score })
            : { priority: Math.round(risk.score * 100), parts: [{ label: 'safeguarding cues in the conversation', points: Math.round(risk.score * 100) }] };
          if (route === 'open') {
            const reviewId = newId('rev');
            await openReview({ id: reviewId, queue: 'safeguarding', severity: 0, kinds: ['safeguarding'], priority, deliveredFragments: 0, conversationRisk: risk.score, trigger: 'cues' });
            // No cue names in the audit log: which cues were seen is for the lead, in the review.
            audit.push({ actor: 'system', action: 'review.opened', subject: reviewId, details: { messageId, queue: 'safeguarding', trigger: 'cues', risk: risk.score, priority: priority.priority } });
            events.push({ type: 'conversation.flagged', data: { reviewId, conversationId: input.conversationId, messageId, senderId: input.senderId, senderRole: input.senderRole, risk: risk.score } });
          } else {
            await tx.updateTable('reviews').set({ priority: priority.priority, priority_parts: JSON.stringify(priority.parts), conversation_risk: risk.score }).where('id', '=', flag!.id).execute();
            audit.push({ actor: 'system', action: 'review.cues_attached', subject: flag!.id, details: { messageId, risk: risk.score, priority: priority.priority } });
          }
        }
      }

      if (decision.strike && decision.strike.weight > 0) {
        const strikeId = newId('stk');
        await tx
          .insertInto('strikes')
          .values({ id: strikeId, user_id: input.senderId, weight: decision.strike.weight, reason: decision.strike.reason, message_id: messageId, created_by: 'policy', created_at: at, removed_at: null, removed_by: null })
          .execute();
        audit.push({ actor: 'policy', action: 'strike.added', subject: input.senderId, details: { strikeId, messageId, weight: decision.strike.weight, reason: decision.strike.reason } });
        const after = policy.standing([...strikes, { weight: decision.strike.weight, at }], now);
        if (after.level !== standingBefore.level) {
          audit.push({ actor: 'policy', action: 'user.escalated', subject: input.senderId, details: { from: standingBefore.level, to: after.level, points: after.points } });
          events.push({ type: 'user.escalated', data: { userId: input.senderId, from: standingBefore.level, to: after.level, points: after.points, messageId } });
        }
      }

      if (deps.webhooksEnabled && events.length) await enqueueWebhooks(tx, events, at);
      await appendAudit(tx, store.dialect, audit, at);

      const { strike: _strike, ...publicDecision } = view;
      const body: SendResponse = {
        message: { id: messageId, conversationId: input.conversationId, senderId: input.senderId, status, deliveredText, createdAt: at },
        decision: publicDecision,
      };
      if (sentAttachments) body.message.attachments = sentAttachments;
      if (opts.idempotencyKey) {
        await insertIdempotency.execute(tx, store.dialect, { key: opts.idempotencyKey, request_hash: requestHash, response: JSON.stringify(body), message_id: messageId, created_at: at });
      }
      return { status: 201 as const, body, scanSeconds };
    }).then((out) => {
      if (out.status === 201 && 'scanSeconds' in out) {
        deps.onDecided?.({ action: out.body.decision.action, kinds: out.body.decision.kinds, scanSeconds: out.scanSeconds });
        return { status: out.status, body: out.body };
      }
      return out;
    });
  } catch (err) {
    // Two concurrent sends with one idempotency key (PostgreSQL): the loser's insert hits the primary
    // key; its transaction rolled back, so answer with the winner's stored reply.
    if (opts.idempotencyKey && isUniqueViolation(err)) {
      const prior = await store.db.selectFrom('idempotency_keys').select(['request_hash', 'response']).where('key', '=', opts.idempotencyKey).executeTakeFirst();
      if (prior) return replay(prior, requestHash);
    }
    throw err;
  }
}

function replay(prior: { request_hash: string; response: string }, requestHash: string): { status: 200; body: SendResponse } {
  if (prior.request_hash !== requestHash) {
    throw new ProblemError(422, 'idempotency-key-reused', 'this Idempotency-Key was already used for a different request', [{ path: 'Idempotency-Key', message: 'reused with a different body' }]);
  }
  return { status: 200, body: JSON.parse(prior.response) as SendResponse };
}

function singleOther(roles: Map<string, unknown>, senderId: string): string | undefined {
  const others = [...roles.keys()].filter((id) => id !== senderId);
  return others.length === 1 ? others[0] : undefined;
}

/** True for a unique/primary-key violation in either database. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** Write outbox rows for `events` in the caller's transaction. */
export async function enqueueWebhooks(tx: Tx, events: WebhookEvent[], at: string): Promise<void> {
  await tx
    .insertInto('webhook_outbox')
    .values(
      events.map((e) => {
        const id = newId('evt');
        return { id, event: e.type, payload: JSON.stringify({ id, type: e.type, createdAt: at, data: e.data }), status: 'pending', attempts: 0, next_attempt_at: at, last_error: null, created_at: at, delivered_at: null };
      }),
    )
    .execute();
}

