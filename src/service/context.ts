/**
 * What every route handler shares: the store, the policy, the sealer, the authenticator and limits.
 */
import type {} from '@fastify/swagger';
import type { Store } from '../store/open-store.js';
import type { Authenticator } from './auth.js';
import type { LoginLimiter } from './shared-login-throttle.js';
import type { IdempotencySweeper } from './idempotency-sweeper.js';
import type { PolicyPort } from './policy-port.js';
import type { Sealer } from './seal.js';
import type { AuditChainer } from './audit-chainer.js';
import type { ConversationScanner } from './conversation-scanner.js';
import type { AuditCheckpointer } from './audit-checkpoints.js';
import type { AuditVerifyKey } from './audit-signing-key.js';
import type { WebhookDispatcher } from './webhooks.js';
import type { Metrics } from './metrics.js';
import type { ContactHasher } from './contact-hash.js';

/** The service's shared state, decorated on the fastify instance as `app.chaperone`. */
export interface ServiceContext {
  store: Store;
  policy: PolicyPort;
  sealer: Sealer;
  auth: Authenticator;
  /** Wrong passwords per email: sign-in is refused for a while after too many (in memory on SQLite, shared through the database on PostgreSQL). */
  loginThrottle: LoginLimiter;
  /** Removes idempotency records older than their time to live (see idempotency-sweeper.ts). */
  idempotency: IdempotencySweeper;
  now: () => Date;
  webhooksEnabled: boolean;
  dispatcher: WebhookDispatcher | null;
  /** Chains queued audit entries (PostgreSQL); a no-op on SQLite. */
  chainer: AuditChainer;
  /** Signed checkpoints of the chain head, outside the database (see audit-checkpoints.ts). */
  audit: { checkpointer: AuditCheckpointer; file: string; verifyKey: AuditVerifyKey };
  /** Where messages are scanned: a worker pool with a per-message budget, or in process (see create-app.ts). */
  scanner: ConversationScanner;
  /** Largest message text accepted, in UTF-8 bytes (413 above it). */
  maxTextBytes: number;
  /** Limits on a message's attachments (issue 18; default SERVICE_ATTACHMENT_LIMITS). */
  attachmentLimits?: import('../attachments/limits.js').AttachmentLimits;
  secureCookies: boolean;
  /** Prometheus metrics and readiness checks (see metrics.ts). */
  metrics: Metrics;
  /** Keyed hashes of contact details, for search without plaintext (issue 19). */
  contactHasher: ContactHasher;
  /** Credentials created at first start (printed once by `chaperone serve`). */
  bootstrap: { apiKey?: string; adminEmail?: string; adminPassword?: string };
}

declare module 'fastify' {
  interface FastifyInstance {
    chaperone: ServiceContext;
    /** Every API route ('GET /v1/queues') with its closed querystring schema (see strict-query.ts). */
    chaperoneRoutes: Record<string, { querystring: { additionalProperties?: unknown; properties?: Record<string, unknown> } }>;
  }
}
