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
import type { WebhookDispatcher } from './webhooks.js';
import type { Metrics } from './metrics.js';

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
  /** Largest message text accepted, in UTF-8 bytes (413 above it). */
  maxTextBytes: number;
  /** Limits on a message's attachments (issue 18; default SERVICE_ATTACHMENT_LIMITS). */
  attachmentLimits?: import('../attachments/limits.js').AttachmentLimits;
  secureCookies: boolean;
  /** Prometheus metrics and readiness checks (see metrics.ts). */
  metrics: Metrics;
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
