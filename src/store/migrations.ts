/**
 * The store's one set of migrations, for SQLite and PostgreSQL alike, applied at start by Kysely's
 * Migrator through an in-code provider (no migration files to find at run time, so the compiled
 * dist/ and tsx behave the same). Append new migrations; never edit an applied one.
 */
import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

/** Which SQL dialect a store speaks. */
export type DialectName = 'sqlite' | 'postgres';

function initial(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('conversations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('state_ct', 'text')
        .addColumn('state_iv', 'text')
        .addColumn('state_tag', 'text')
        .addColumn('message_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('participants')
        .addColumn('conversation_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('name', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('participants_pk', ['conversation_id', 'user_id'])
        .execute();

      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('messages')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('conversation_id', 'text', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('sender_id', 'text', (c) => c.notNull())
        .addColumn('sender_role', 'text', (c) => c.notNull())
        .addColumn('recipient_id', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('concern', 'text')
        .addColumn('severity', 'integer', (c) => c.notNull())
        .addColumn('delivered_text', 'text')
        .addColumn('redacted_text', 'text', (c) => c.notNull())
        .addColumn('kinds', 'text', (c) => c.notNull())
        .addColumn('decision', 'text', (c) => c.notNull())
        .addColumn('findings', 'text', (c) => c.notNull())
        .addColumn('sealed_ct', 'text')
        .addColumn('sealed_iv', 'text')
        .addColumn('sealed_tag', 'text')
        .addColumn('suggestion_for', 'text')
        .addColumn('sent_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('messages_conversation_seq').unique().on('messages').columns(['conversation_id', 'seq']).execute();
      await db.schema.createIndex('messages_sender_created').on('messages').columns(['sender_id', 'created_at']).execute();
      await db.schema.createIndex('messages_created').on('messages').column('created_at').execute();

      await db.schema
        .createTable('reviews')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('message_id', 'text', (c) => c.notNull())
        .addColumn('conversation_id', 'text', (c) => c.notNull())
        .addColumn('queue', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('severity', 'integer', (c) => c.notNull())
        .addColumn('sender_id', 'text', (c) => c.notNull())
        .addColumn('sender_role', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('kinds', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('decided_at', 'text')
        .addColumn('decided_by', 'text')
        .addColumn('outcome', 'text')
        .execute();
      await db.schema.createIndex('reviews_queue_order').on('reviews').columns(['queue', 'status', 'severity', 'created_at', 'id']).execute();
      await db.schema.createIndex('reviews_message').on('reviews').column('message_id').execute();

      await db.schema
        .createTable('notes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('review_id', 'text')
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('strikes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('weight', 'double precision', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('message_id', 'text')
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('removed_at', 'text')
        .addColumn('removed_by', 'text')
        .execute();
      await db.schema.createIndex('strikes_user').on('strikes').columns(['user_id', 'created_at']).execute();

      await db.schema
        .createTable('moderators')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('moderator_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('api_keys')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('key_hash', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('scopes', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .execute();

      await db.schema
        .createTable('idempotency_keys')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('request_hash', 'text', (c) => c.notNull())
        .addColumn('response', 'text', (c) => c.notNull())
        .addColumn('message_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('audit_log')
        .addColumn('seq', 'integer', (c) => c.primaryKey())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('details', 'text', (c) => c.notNull())
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('webhook_outbox')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('event', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('delivered_at', 'text')
        .execute();
      await db.schema.createIndex('webhook_outbox_due').on('webhook_outbox').columns(['status', 'next_attempt_at']).execute();

      if (dialect === 'postgres') {
        // The database itself refuses to rewrite history, whatever code (or person) asks.
        await sql`CREATE FUNCTION chaperone_audit_log_append_only() RETURNS trigger AS $$
          BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$ LANGUAGE plpgsql`.execute(db);
        await sql`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
          FOR EACH ROW EXECUTE FUNCTION chaperone_audit_log_append_only()`.execute(db);
      }
    },
  };
}

/**
 * PostgreSQL: a queue in front of the audit chain. Sends write their audit entries here (no global
 * lock, so concurrent commits share fsyncs) and a chainer moves them into audit_log in batches under
 * one lock. SQLite has a single writer and chains in the send's own transaction; it has no queue.
 */
function auditQueue(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<any>) {
      if (dialect !== 'postgres') return;
      await db.schema
        .createTable('audit_queue')
        .addColumn('id', 'bigserial', (c) => c.primaryKey())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('details', 'text', (c) => c.notNull())
        .execute();
    },
  };
}

/** Idempotency records expire (see idempotency-sweeper.ts): find the old ones by time. */
function idempotencyExpiry(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema.createIndex('idempotency_keys_created_at').on('idempotency_keys').column('created_at').execute();
    },
  };
}

/**
 * Issue 16: safeguarding holds that stay safe. Reviews learn who receives the message (recipient,
 * role, the student's age band, the stage), their queue priority and its parts, how many of the
 * finding's fragments were already delivered, the decision's reason, a "do not release" mark and a
 * pending four-eyes release request. Notes get a kind; moderators a name, a disabled time and a
 * must-change-password flag; strikes the reason they were removed.
 */
function safeguardingReview(): Migration {
  return {
    async up(db: Kysely<any>) {
      const add = async (table: string, column: string, type: 'text' | 'integer', notNullDefault?: string | number) => {
        await db.schema
          .alterTable(table)
          .addColumn(column, type, (c) => (notNullDefault === undefined ? c : c.notNull().defaultTo(notNullDefault)))
          .execute();
      };
      for (const col of ['recipient_id', 'recipient_role', 'student_age', 'stage', 'priority_parts', 'decision_reason', 'do_not_release_note', 'release_requested_by', 'release_requested_at', 'release_reason']) {
        await add('reviews', col, 'text');
      }
      await add('reviews', 'priority', 'integer', 0);
      await add('reviews', 'delivered_fragments', 'integer', 0);
      // Existing rows keep their order: their priority is their severity.
      await sql`UPDATE reviews SET priority = severity`.execute(db);
      await db.schema.createIndex('reviews_queue_priority').on('reviews').columns(['queue', 'status', 'priority', 'created_at', 'id']).execute();
      await db.schema.createIndex('reviews_conversation_sender').on('reviews').columns(['conversation_id', 'sender_id', 'status']).execute();
      await add('notes', 'kind', 'text', 'note');
      await add('moderators', 'name', 'text');
      await add('moderators', 'disabled_at', 'text');
      await add('moderators', 'must_change_password', 'integer', 0);
      await add('strikes', 'removed_reason', 'text');
    },
  };
}

/** Sign-in failures per email, shared by instances (see shared-login-throttle.ts; used on PostgreSQL). */
function loginFailures(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('login_failures')
        .addColumn('email', 'text', (c) => c.primaryKey())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addColumn('since_ms', 'bigint', (c) => c.notNull())
        .execute();
    },
  };
}

/**
 * Issue 20: safeguarding cues. A message keeps the cues the model found in it (JSON, spans without
 * text); a review says what opened it (`hold`, or `cues`: a conversation flagged for a lead without
 * holding anything) and the conversation's cue risk then.
 */
function safeguardingCues(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('messages').addColumn('cues', 'text').execute();
      await db.schema.alterTable('reviews').addColumn('trigger', 'text', (c) => c.notNull().defaultTo('hold')).execute();
      await db.schema.alterTable('reviews').addColumn('conversation_risk', 'double precision').execute();
      await db.schema.createIndex('reviews_conversation_trigger').on('reviews').columns(['conversation_id', 'trigger', 'status']).execute();
    },
  };
}

/**
 * Guards the audit log against the shortening a row trigger misses (issue 15). PostgreSQL: TRUNCATE
 * fires no row trigger, so a statement-level trigger refuses it; and both triggers are ENABLE ALWAYS,
 * so `session_replication_role = replica` (which silences ordinary triggers) no longer lets DELETE
 * through. SQLite gets the same refusal for UPDATE and DELETE. Anyone who may drop a trigger can still
 * rewrite the table: the signed checkpoints outside the database (service/audit-checkpoints.ts) are
 * what detects that.
 */
function auditCheckpoints(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<any>) {
      if (dialect === 'postgres') {
        await sql`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
          FOR EACH STATEMENT EXECUTE FUNCTION chaperone_audit_log_append_only()`.execute(db);
        await sql`ALTER TABLE audit_log ENABLE ALWAYS TRIGGER audit_log_append_only`.execute(db);
        await sql`ALTER TABLE audit_log ENABLE ALWAYS TRIGGER audit_log_no_truncate`.execute(db);
        return;
      }
      await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
      await sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
    },
  };
}

/**
 * Issue 19: the safeguarding team's workflow. `review_claims`: who is working a review, until when
 * (one row per review; a claim is taken with one conditional upsert, so two instances cannot both
 * win it). `contact_hashes`: a keyed hash (HMAC) of each canonical contact detail a message carried,
 * so a moderator can find where a phone number appeared without the plaintext being stored unsealed.
 */
function moderationWorkflow(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('review_claims')
        .addColumn('review_id', 'text', (c) => c.primaryKey())
        .addColumn('moderator_id', 'text', (c) => c.notNull())
        .addColumn('queue', 'text', (c) => c.notNull())
        .addColumn('claimed_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('review_claims_queue').on('review_claims').columns(['queue', 'expires_at']).execute();
      await db.schema
        .createTable('contact_hashes')
        .addColumn('hash', 'text', (c) => c.notNull())
        .addColumn('message_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('contact_hashes_pk', ['hash', 'message_id'])
        .execute();
      await db.schema.createIndex('contact_hashes_message').on('contact_hashes').column('message_id').execute();
      await db.schema
        .createTable('appeals')
        .addColumn('id', 'text', (c) => c.primaryKey())
        // One appeal per message: the unique key is what makes "appeal once" hold across instances.
        .addColumn('message_id', 'text', (c) => c.notNull().unique())
        .addColumn('review_id', 'text')
        .addColumn('queue', 'text', (c) => c.notNull())
        .addColumn('sender_id', 'text', (c) => c.notNull())
        .addColumn('statement', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('original_decider', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('decided_by', 'text')
        .addColumn('decided_at', 'text')
        .addColumn('outcome', 'text')
        .addColumn('reply', 'text')
        .addColumn('template_id', 'text')
        .execute();
      await db.schema.createIndex('appeals_status').on('appeals').columns(['status', 'created_at']).execute();
      await db.schema
        .createTable('templates')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('purpose', 'text', (c) => c.notNull())
        .addColumn('shortcut', 'text')
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      // The two replies the platform's own guidance gives (shared/seed): the polite answer to a parent
      // who asks for contact details, and the route to tech support instead of another video tool.
      const at = new Date(0).toISOString();
      await db
        .insertInto('templates')
        .values([
          {
            id: 'tpl_contact_request', name: 'Polite reply: a parent asked for contact details', purpose: 'reply', shortcut: '1', created_by: 'system', created_at: at, updated_at: at,
            body: "Hi {userName},\n\nI understand that you'd like my phone number or email address to make communicating and booking lessons easier. I can't share these details, as it goes against the Code of Conduct ({policyLink}), which keeps lessons safe and secure for students and tutors.\n\nIf you're having trouble receiving messages or notifications, please contact support directly at support@mytutor.co.uk or on live chat.\n\n(Rule: {rule})",
          },
          {
            id: 'tpl_tech_support', name: 'Tech trouble: the route to tech support', purpose: 'reply', shortcut: '2', created_by: 'system', created_at: at, updated_at: at,
            body: "Hi {userName},\n\nWe know tech issues in lessons are a real headache. Rather than moving to another video tool (rule: {rule}), please book a Tech Support call: our experts can sort out persistent audio or connection problems. Our Tech FAQs have quick fixes too. See {policyLink}.",
          },
        ])
        .execute();
      // Case histories read the audit entries of a review and its message.
      await db.schema.createIndex('audit_log_subject').on('audit_log').columns(['subject', 'seq']).execute();
    },
  };
}

/**
 * Issue 18: attachments of a message. The bytes and the text read from them (OCR, QR payloads, PDF
 * text: it holds the very contact details) are sealed like message originals (AES-GCM, associated
 * data `attachment:<message id>:<index>` and `attachment-text:<message id>:<index>`); type, size and
 * whether the recipient gets it are plain columns.
 */
function messageAttachments(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('message_attachments')
        .addColumn('message_id', 'text', (c) => c.notNull())
        .addColumn('idx', 'integer', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('width', 'integer')
        .addColumn('height', 'integer')
        .addColumn('pages', 'integer')
        .addColumn('delivered', 'integer', (c) => c.notNull())
        .addColumn('sealed_ct', 'text', (c) => c.notNull())
        .addColumn('sealed_iv', 'text', (c) => c.notNull())
        .addColumn('sealed_tag', 'text', (c) => c.notNull())
        .addColumn('text_ct', 'text', (c) => c.notNull())
        .addColumn('text_iv', 'text', (c) => c.notNull())
        .addColumn('text_tag', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('message_attachments_pk', ['message_id', 'idx'])
        .execute();
    },
  };
}

/** The in-code migration provider for `dialect`. */
export function migrationProvider(dialect: DialectName): MigrationProvider {
  return {
    async getMigrations() {
      return { '0001_initial': initial(dialect), '0002_audit_queue': auditQueue(dialect), '0003_idempotency_expiry': idempotencyExpiry(), '0004_safeguarding_review': safeguardingReview(), '0005_login_failures': loginFailures(), '0006_safeguarding_cues': safeguardingCues(), '0007_audit_checkpoints': auditCheckpoints(dialect), '0008_moderation_workflow': moderationWorkflow(), '0009_attachments': messageAttachments() };
    },
  };
}
