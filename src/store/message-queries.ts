/**
 * The statements every send runs, prepared once (see prepared-query.ts). Rare statements (a new
 * conversation, new participants, a review, a strike, webhook rows) use Kysely directly.
 */
import type { Selectable } from 'kysely';
import { preparedQuery } from './prepared-query.js';
import type { ConversationsTable, MessagesTable } from './schema.js';

/** The stored reply for an idempotency key. */
export const selectIdempotency = preparedQuery<{ key: string }, { request_hash: string; response: string }>((db, p) =>
  db.selectFrom('idempotency_keys').select(['request_hash', 'response']).where('key', '=', p('key')),
);

/** Record the reply for an idempotency key. */
export const insertIdempotency = preparedQuery<{ key: string; request_hash: string; response: string; message_id: string; created_at: string }>((db, p) =>
  db.insertInto('idempotency_keys').values({ key: p('key'), request_hash: p('request_hash'), response: p('response'), message_id: p('message_id'), created_at: p('created_at') }),
);

/** A conversation row, locked on PostgreSQL (two instances then take turns on one conversation). */
export const selectConversationForUpdate = preparedQuery<{ id: string }, Selectable<ConversationsTable>>((db, p, dialect) => {
  const q = db.selectFrom('conversations').selectAll().where('id', '=', p('id'));
  return dialect === 'postgres' ? q.forUpdate() : q;
});

/** The conversation's participants. */
export const selectParticipants = preparedQuery<{ conversation_id: string }, { user_id: string; role: string; name: string | null }>((db, p) =>
  db.selectFrom('participants').select(['user_id', 'role', 'name']).where('conversation_id', '=', p('conversation_id')),
);

/** A user's strikes still in force (not removed). */
export const selectActiveStrikes = preparedQuery<{ user_id: string }, { weight: number; created_at: string }>((db, p) =>
  db.selectFrom('strikes').select(['weight', 'created_at']).where('user_id', '=', p('user_id')).where('removed_at', 'is', null),
);

/** Store a message. */
export const insertMessage = preparedQuery<Selectable<MessagesTable>>((db, p) =>
  db.insertInto('messages').values({
    id: p('id'),
    conversation_id: p('conversation_id'),
    seq: p('seq'),
    sender_id: p('sender_id'),
    sender_role: p('sender_role'),
    recipient_id: p('recipient_id'),
    status: p('status'),
    action: p('action'),
    concern: p('concern'),
    severity: p('severity'),
    delivered_text: p('delivered_text'),
    redacted_text: p('redacted_text'),
    kinds: p('kinds'),
    decision: p('decision'),
    findings: p('findings'),
    sealed_ct: p('sealed_ct'),
    sealed_iv: p('sealed_iv'),
    sealed_tag: p('sealed_tag'),
    suggestion_for: p('suggestion_for'),
    sent_at: p('sent_at'),
    created_at: p('created_at'),
    cues: p('cues'),
  }),
);

/** Save the conversation's sealed memory and message count. */
export const updateConversationState = preparedQuery<{ id: string; state_ct: string; state_iv: string; state_tag: string; message_count: number; updated_at: string }>((db, p) =>
  db
    .updateTable('conversations')
    .set({ state_ct: p('state_ct'), state_iv: p('state_iv'), state_tag: p('state_tag'), message_count: p('message_count'), updated_at: p('updated_at') })
    .where('id', '=', p('id')),
);
