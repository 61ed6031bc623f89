/**
 * The HTTP service's factory. `createApp(options)` opens (and migrates) the store, creates the first
 * API key and admin when there are none, and returns a fastify instance ready for `inject()` (tests)
 * or `listen()` (`chaperone serve`). Closing the app stops the webhook dispatcher and the store.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { scanInConversation } from '../engine/conversation.js';
import { dataDirectory, isPostgresUrl, openStore, withStartupLock, type Store } from '../store/open-store.js';
import { startAuditChainer } from './audit-chainer.js';
import { checkpointFile, startAuditCheckpointer } from './audit-checkpoints.js';
import { loadAuditSigningKey } from './audit-signing-key.js';
import { Authenticator, bootstrapAccess } from './auth.js';
import { LoginThrottle } from './login-throttle.js';
import { SharedLoginThrottle } from './shared-login-throttle.js';
import { startIdempotencySweeper } from './idempotency-sweeper.js';
import type { ServiceContext } from './context.js';
import { defaultPolicyPort } from './default-policy.js';
import type { PolicyPort } from './policy-port.js';
import { problem, ProblemError, type Problem } from './problem.js';
import { authRoutes } from './routes-auth.js';
import { moderationRoutes } from './routes-moderation.js';
import { claimIdleMs, claimRoutes } from './routes-claims.js';
import { historyRoutes } from './routes-history.js';
import { searchRoutes } from './routes-search.js';
import { appealRoutes } from './routes-appeals.js';
import { reportRoutes } from './routes-reports.js';
import { contactHashKey, createContactHasher } from './contact-hash.js';
import { platformRoutes } from './routes-platform.js';
import { createSealer, loadSealKey } from './seal.js';
import { startWebhookDispatcher, webhookSignatureModeFromEnv, type WebhookOptions } from './webhooks.js';
import { strictQuery } from './strict-query.js';
import { inProcessScanner, withScanBudget, type ConversationScanner } from './conversation-scanner.js';
import { scanWorkersFromEnv, startScanPool } from './scan-pool.js';
import { registerHttpProtection, resolveRateLimits, type RateLimitOptions } from './http-protection.js';
import { strictBodySchemaController } from './strict-body-validation.js';
import { createMetrics, metricsRoutes } from './metrics.js';
import { attachmentRoutes, SERVICE_ATTACHMENT_LIMITS } from './attachments.js';
import { makeAttachmentLimits } from '../attachments/limits.js';

/** Options for `createApp`; every field is optional and falls back to the environment, then a default. */
export interface AppOptions {
  /** `postgres://…` for PostgreSQL (default $DATABASE_URL); otherwise SQLite in `dataDir`. */
  databaseUrl?: string;
  /** Data folder for SQLite and the generated seal key (default $CHAPERONE_DATA_DIR or ./data). */
  dataDir?: string;
  /** An already open store (then `databaseUrl`/`dataDir` only locate the seal key). */
  store?: Store;
  /** A platform API key to accept (default $CHAPERONE_API_KEY); else one is generated on first start. */
  apiKey?: string;
  /** First admin's credentials (default $CHAPERONE_ADMIN_EMAIL / $CHAPERONE_ADMIN_PASSWORD). */
  adminEmail?: string;
  adminPassword?: string;
  /** The policy (default: src/policy's default policy, or `policyFile`). */
  policy?: PolicyPort;
  /** A policy file to load (default $CHAPERONE_POLICY). */
  policyFile?: string;
  /** Base64 32-byte key for sealing originals (default $CHAPERONE_SEAL_KEY, else `<dataDir>/seal.key`). */
  sealKey?: string;
  /** Webhook receiver (default from $CHAPERONE_WEBHOOK_URL / $CHAPERONE_WEBHOOK_SECRET); null disables. */
  webhook?: WebhookOptions | null;
  /** fastify logger options (default: info level to stdout); `false` disables logging. */
  logger?: FastifyServerOptions['logger'];
  /** Largest request body in bytes (default 256 KiB). */
  bodyLimit?: number;
  /** Largest message text in UTF-8 bytes (default 64 KiB). */
  maxTextBytes?: number;
  /** Limits on attachments (issue 18); defaults: SERVICE_ATTACHMENT_LIMITS (3 files of 5 MiB…). */
  attachmentLimits?: Partial<import('../attachments/limits.js').AttachmentLimits>;
  /** Folder of the built console (default dist/console of the package); false to not serve it. */
  consoleDir?: string | false;
  /** Clock (tests). */
  now?: () => Date;
  /** Mark the session cookie Secure on every answer (default $CHAPERONE_SECURE_COOKIES === '1'); it is Secure anyway on a request that arrived over HTTPS (directly, or per X-Forwarded-Proto with `trustProxy`). */
  secureCookies?: boolean;
  /** fastify's trustProxy: true, a hop count, or addresses/CIDRs of the proxies (default $CHAPERONE_TRUST_PROXY; off). Behind a TLS-terminating proxy it gives the real client IP (rate limits) and protocol (Secure cookies). */
  trustProxy?: boolean | number | string;
  /** Requests a minute per API key and per IP (see http-protection.ts); false turns both off. */
  rateLimit?: RateLimitOptions | false;
  /**
   * Worker threads that scan messages off the event loop (default $CHAPERONE_SCAN_WORKERS, else 0 =
   * on the main thread; `chaperone serve`/`consume` default to the machine's cores). Needs the policy
   * to come from a file or the default (a `policy` object cannot be rebuilt in a worker).
   */
  scanWorkers?: number;
  /** Milliseconds a message's scan may take before the message is held unscanned (default $CHAPERONE_SCAN_BUDGET_MS, else 2000). Applies to workers and to `scanner`. */
  scanBudgetMs?: number;
  /** A scanner to use instead (tests inject a slow one); the budget applies to it. */
  scanner?: ConversationScanner;
  /** Hours an idempotency record is kept at least (default $CHAPERONE_IDEMPOTENCY_TTL_HOURS, else 24). */
  idempotencyTtlHours?: number;
  /** Base64 Ed25519 seed signing audit checkpoints (default $CHAPERONE_AUDIT_SIGNING_KEY, else `<dataDir>/audit-signing.key`). */
  auditSigningKey?: string;
  /** Where checkpoints are appended (default $CHAPERONE_AUDIT_CHECKPOINT_FILE, else `<dataDir>/audit-checkpoints.jsonl`). */
  auditCheckpointFile?: string;
  /** Seconds between checkpoints when the chain moved (default $CHAPERONE_AUDIT_CHECKPOINT_SECONDS, else 60). */
  auditCheckpointSeconds?: number;
  /** Minutes a review claim lasts without its holder doing anything (default $CHAPERONE_CLAIM_IDLE_MINUTES, else 10). */
  claimIdleMinutes?: number;
  /** Base64 key (32+ bytes) for the keyed hashes of contact details (default $CHAPERONE_CONTACT_HASH_KEY, else derived from the seal key). */
  contactHashKey?: string;
  /** Let the moderator who decided a review decide its appeal too (default $CHAPERONE_APPEALS_BY_DECIDER === '1', else no). */
  appealsByDecider?: boolean;
}

/** Seconds between audit checkpoints: the option, else $CHAPERONE_AUDIT_CHECKPOINT_SECONDS, else 60. */
function checkpointIntervalMs(seconds: number | undefined): number {
  const fromEnv = process.env.CHAPERONE_AUDIT_CHECKPOINT_SECONDS;
  const s = seconds ?? (fromEnv === undefined ? 60 : Number(fromEnv));
  if (!Number.isFinite(s) || s <= 0) throw new Error(`CHAPERONE_AUDIT_CHECKPOINT_SECONDS must be a positive number, got '${fromEnv ?? seconds}'`);
  return s * 1000;
}

/** How long idempotency records are kept: the option, else $CHAPERONE_IDEMPOTENCY_TTL_HOURS, else 24 hours. */
function idempotencyTtlMs(hours: number | undefined): number {
  const fromEnv = process.env.CHAPERONE_IDEMPOTENCY_TTL_HOURS;
  const h = hours ?? (fromEnv === undefined ? 24 : Number(fromEnv));
  if (!Number.isFinite(h) || h <= 0) throw new Error(`CHAPERONE_IDEMPOTENCY_TTL_HOURS must be a positive number of hours, got '${fromEnv ?? hours}'`);
  return h * 3600 * 1000;
}

/** The package root (the folder with package.json above this file, in src/ or dist/src/). */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

/**
 * Logger settings that keep message text and contact details out of logs: requests are logged as
 * method + path only (no query, headers or body), errors as type/code/status only (a JSON parse
 * error's message quotes the body).
 */
export function safeLoggerOptions(base: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    level: 'info',
    ...base,
    redact: { paths: ['req.headers', 'req.body', 'body', 'text'], remove: true },
    serializers: {
      req: (req: { method?: string; url?: string; id?: string }) => ({ id: req.id, method: req.method, path: (req.url ?? '').split('?')[0] }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      err: (err: { name?: string; code?: string; statusCode?: number; stack?: string }) => ({
        type: err.name,
        code: err.code,
        statusCode: err.statusCode,
        // Stack frames name files and lines, never data; the message is left out on purpose.
        stack: err.statusCode && err.statusCode < 500 ? undefined : err.stack?.split('\n').slice(1, 6).join('\n'),
      }),
    },
  };
}

function webhookFromEnv(): WebhookOptions | null {
  const url = process.env.CHAPERONE_WEBHOOK_URL;
  if (!url) return null;
  const secret = process.env.CHAPERONE_WEBHOOK_SECRET;
  if (!secret) throw new Error('CHAPERONE_WEBHOOK_URL is set but CHAPERONE_WEBHOOK_SECRET is not: webhooks must be signed');
  return { url, secret, signature: webhookSignatureModeFromEnv() };
}

/** The per-message scan budget: the option, else $CHAPERONE_SCAN_BUDGET_MS, else 2000 ms (generous: a busy machine must not hold ordinary messages). */
function scanBudgetMs(option: number | undefined): number {
  const raw = process.env.CHAPERONE_SCAN_BUDGET_MS;
  const ms = option ?? (raw === undefined || raw === '' ? 2000 : Number(raw));
  if (!Number.isFinite(ms) || ms <= 0) throw new Error(`CHAPERONE_SCAN_BUDGET_MS must be a positive number of milliseconds, got '${raw ?? option}'`);
  return ms;
}

/** Where scans run: an injected scanner (with the budget), a worker pool, or the main thread. */
function chooseScanner(options: AppOptions, onWorkerError: (err: unknown) => void): ConversationScanner {
  const budget = scanBudgetMs(options.scanBudgetMs);
  if (options.scanner) return withScanBudget(options.scanner, budget);
  const raw = process.env.CHAPERONE_SCAN_WORKERS;
  const workers = options.scanWorkers ?? (raw === undefined || raw === '' ? 0 : scanWorkersFromEnv(raw));
  // A policy object given in code cannot be rebuilt inside a worker: such apps scan in process.
  if (workers <= 0 || options.policy) return inProcessScanner();
  return startScanPool({ size: workers, budgetMs: budget, policyFile: options.policyFile ?? process.env.CHAPERONE_POLICY ?? null, onWorkerError });
}

/** $CHAPERONE_TRUST_PROXY as fastify takes it: 'true'/'1' → true, a number of hops, else a list of addresses; unset → false. */
function trustProxyFromEnv(raw = process.env.CHAPERONE_TRUST_PROXY): boolean | number | string {
  if (!raw || raw === 'false' || raw === '0') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  return raw;
}

/** Build the service. */
export async function createApp(options: AppOptions = {}): Promise<FastifyInstance> {
  const bodyLimit = options.bodyLimit ?? 256 * 1024;
  const loggerOpt = options.logger === undefined ? safeLoggerOptions() : options.logger === false ? false : options.logger === true ? safeLoggerOptions() : safeLoggerOptions(options.logger as Record<string, unknown>);
  const app = Fastify({
    logger: loggerOpt as FastifyServerOptions['logger'],
    bodyLimit,
    // A hop count is accepted at run time (proxy-addr) though fastify's types list only true and addresses.
    trustProxy: (options.trustProxy ?? trustProxyFromEnv()) as FastifyServerOptions['trustProxy'],
    ajv: { customOptions: { allErrors: false } },
    schemaController: strictBodySchemaController,
    genReqId: () => Math.random().toString(36).slice(2, 10),
  });

  const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL;
  const dataDir = dataDirectory(options.dataDir);
  const store = options.store ?? (await openStore({ databaseUrl: isPostgresUrl(databaseUrl) ? databaseUrl : undefined, dataDir }));
  const ownsStore = !options.store;
  try {
    const policy = options.policy ?? defaultPolicyPort(options.policyFile);
    // Warm the engine and policy (lazy metadata, regex compilation) so the first real send is not slow.
    policy.decide(scanInConversation(undefined, { text: 'warm up: 07700 900000, a.b@example.com, www.example.com' }, policy.scanOptions ?? {}).result.findings, { senderRole: 'tutor', recipientRole: 'parent' });
    const sealKey = loadSealKey(dataDir, options.sealKey);
    const sealer = createSealer(sealKey);
    // Under the start-up lock: instances starting together create the first key and admin once.
    const bootstrap = await withStartupLock(store, () =>
      bootstrapAccess(store, {
        apiKey: options.apiKey ?? process.env.CHAPERONE_API_KEY,
        adminEmail: options.adminEmail ?? process.env.CHAPERONE_ADMIN_EMAIL,
        adminPassword: options.adminPassword ?? process.env.CHAPERONE_ADMIN_PASSWORD,
      }),
    );
    const webhook = options.webhook === undefined ? webhookFromEnv() : options.webhook;
    const now = options.now ?? (() => new Date());
    const chainer = startAuditChainer(store, app.log);
    const auditKey = loadAuditSigningKey(dataDir, options.auditSigningKey);
    const auditFile = checkpointFile(dataDir, options.auditCheckpointFile);
    const checkpointer = startAuditCheckpointer({ db: store.db, key: auditKey, file: auditFile, intervalMs: checkpointIntervalMs(options.auditCheckpointSeconds), flush: () => chainer.flush(), log: app.log, now });
    const ctx: ServiceContext = {
      store,
      policy,
      sealer,
      auth: new Authenticator(store),
      loginThrottle: store.dialect === 'postgres' ? new SharedLoginThrottle(store, () => now().getTime()) : new LoginThrottle(() => now().getTime()),
      idempotency: startIdempotencySweeper(store, app.log, now, idempotencyTtlMs(options.idempotencyTtlHours)),
      now,
      webhooksEnabled: !!webhook,
      dispatcher: webhook ? startWebhookDispatcher(store, webhook, app.log, now) : null,
      chainer,
      audit: { checkpointer, file: auditFile, verifyKey: auditKey },
      scanner: chooseScanner(options, (err) => app.log.error({ err: { type: (err as Error)?.name } }, 'scan worker failed; replaced')),
      maxTextBytes: options.maxTextBytes ?? 64 * 1024,
      attachmentLimits: options.attachmentLimits ? makeAttachmentLimits({ ...SERVICE_ATTACHMENT_LIMITS, ...options.attachmentLimits }) : SERVICE_ATTACHMENT_LIMITS,
      secureCookies: options.secureCookies ?? process.env.CHAPERONE_SECURE_COOKIES === '1',
      bootstrap,
      metrics: createMetrics(store, now),
      contactHasher: createContactHasher(contactHashKey(sealKey, options.contactHashKey)),
    };
    app.decorate('chaperone', ctx);
    app.addHook('onClose', async () => {
      await ctx.dispatcher?.stop();
      // The last checkpoint covers everything this instance chained; a failure is logged, not fatal to shutdown.
      await ctx.audit.checkpointer.stop().catch((err) => app.log.error({ err: { type: err?.name, code: err?.code } }, 'final audit checkpoint failed'));
      await ctx.chainer.stop();
      await ctx.scanner.close();
      await ctx.idempotency.stop();
      if (ownsStore) await store.close();
    });

    app.setErrorHandler((err: FastifyError, req, reply) => {
      let body: Problem;
      if (err instanceof ProblemError) body = err.toProblem();
      else if (err.validation) {
        const where = err.validationContext ?? 'body';
        body = problem(
          400,
          'validation',
          `the request ${where} is not valid`,
          err.validation.map((v) => {
            const missing = (v.params as { missingProperty?: string })?.missingProperty;
            const extra = (v.params as { additionalProperty?: string })?.additionalProperty;
            const path = `${v.instancePath || ''}${missing ? `/${missing}` : extra ? `/${extra}` : ''}` || '/';
            return { path: where === 'body' ? path : `${where}:${path}`, message: v.message ?? 'is not valid' };
          }),
        );
      } else if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') body = problem(413, 'body-too-large', `the request body is over the limit of ${bodyLimit} bytes`);
      else if (err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || err instanceof SyntaxError) body = problem(400, 'malformed-json', 'the request body is not valid JSON', [{ path: '/', message: 'malformed JSON' }]);
      else if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') body = problem(415, 'unsupported-media-type', 'send JSON (content-type: application/json)');
      else if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) body = problem(err.statusCode, 'bad-request', 'the request could not be processed');
      else {
        req.log.error({ err }, 'request failed');
        body = problem(500, 'internal', 'an internal error occurred; nothing was changed');
      }
      return reply.code(body.status).type('application/problem+json').send(body);
    });

    // JSON only: fastify also parses text/plain by default, which turned a text body into a 400
    // 'validation' where the API document promises 415 for anything that is not JSON.
    app.removeContentTypeParser('text/plain');

    // Before the routes: the rate limit attaches to each route as it is added.
    await registerHttpProtection(app, { auth: ctx.auth, limits: options.rateLimit === false ? { perKeyPerMinute: 0, perIpPerMinute: 0 } : resolveRateLimits(options.rateLimit) });

    // Before swagger and the routes: the onRoute hook gives every API route a strict querystring schema.
    strictQuery(app);
    await app.register(swagger, {
      openapi: {
        openapi: '3.0.3',
        info: { title: 'Chaperone API', version: '1.0.0', description: 'Keeps tutoring conversations on-platform and safe. See docs/API.md.' },
        components: {
          securitySchemes: {
            apiKey: { type: 'http', scheme: 'bearer', description: 'Platform API key' },
            session: { type: 'apiKey', in: 'cookie', name: 'chaperone_session', description: 'Moderator session (POST /v1/auth/login)' },
          },
        },
        security: [{ apiKey: [] }, { session: [] }],
      },
    });
    await app.register(swaggerUi, { routePrefix: '/docs' });

    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
    app.get('/healthz', { schema: { tags: ['health'], summary: 'Liveness and database reachability', response: { 200: { type: 'object', properties: { ok: { type: 'boolean' }, database: { type: 'string' } } } } } }, async () => {
      await store.db.selectFrom('api_keys').select('id').limit(1).execute();
      return { ok: true, database: store.dialect };
    });

    metricsRoutes(app, ctx.metrics);
    await app.register(platformRoutes);
    await app.register(authRoutes);
    await app.register(moderationRoutes);
    await app.register(claimRoutes, { idleMs: claimIdleMs(options.claimIdleMinutes) });
    await app.register(historyRoutes);
    await app.register(searchRoutes);
    await app.register(appealRoutes, { appealsByDecider: options.appealsByDecider });
    await app.register(reportRoutes);
    await app.register(attachmentRoutes);

    const consoleDir = options.consoleDir === false ? null : (options.consoleDir ?? join(packageRoot(), 'dist', 'console'));
    const hasConsole = !!consoleDir && existsSync(join(consoleDir, 'index.html'));
    if (hasConsole) await app.register(fastifyStatic, { root: consoleDir!, prefix: '/', decorateReply: true, wildcard: true, index: ['index.html'] });

    app.setNotFoundHandler((req, reply) => {
      const path = req.url.split('?')[0];
      // The console is a single-page app: unknown non-API GETs get its index.html.
      if (hasConsole && req.method === 'GET' && !path.startsWith('/v1/') && !path.startsWith('/docs') && path !== '/openapi.json') {
        return reply.type('text/html').sendFile('index.html');
      }
      const body = problem(404, 'not-found', `no route ${req.method} ${path}`);
      return reply.code(404).type('application/problem+json').send(body);
    });

    await app.ready();
    // A checkpoint at start pins the history found in the database from now on.
    await checkpointer.checkpoint();
    return app;
  } catch (err) {
    if (ownsStore) await store.close().catch(() => undefined);
    throw err;
  }
}
