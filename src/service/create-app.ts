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
import { platformRoutes } from './routes-platform.js';
import { createSealer, loadSealKey } from './seal.js';
import { startWebhookDispatcher, type WebhookOptions } from './webhooks.js';
import { strictQuery } from './strict-query.js';
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
  /** Mark the session cookie Secure (default $CHAPERONE_SECURE_COOKIES === '1'). */
  secureCookies?: boolean;
  /** Hours an idempotency record is kept at least (default $CHAPERONE_IDEMPOTENCY_TTL_HOURS, else 24). */
  idempotencyTtlHours?: number;
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
  return { url, secret };
}

/** Build the service. */
export async function createApp(options: AppOptions = {}): Promise<FastifyInstance> {
  const bodyLimit = options.bodyLimit ?? 256 * 1024;
  const loggerOpt = options.logger === undefined ? safeLoggerOptions() : options.logger === false ? false : options.logger === true ? safeLoggerOptions() : safeLoggerOptions(options.logger as Record<string, unknown>);
  const app = Fastify({
    logger: loggerOpt as FastifyServerOptions['logger'],
    bodyLimit,
    ajv: { customOptions: { allErrors: false } },
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
    const sealer = createSealer(loadSealKey(dataDir, options.sealKey));
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
      chainer: startAuditChainer(store, app.log),
      maxTextBytes: options.maxTextBytes ?? 64 * 1024,
      attachmentLimits: options.attachmentLimits ? makeAttachmentLimits({ ...SERVICE_ATTACHMENT_LIMITS, ...options.attachmentLimits }) : SERVICE_ATTACHMENT_LIMITS,
      secureCookies: options.secureCookies ?? process.env.CHAPERONE_SECURE_COOKIES === '1',
      bootstrap,
      metrics: createMetrics(store, now),
    };
    app.decorate('chaperone', ctx);
    app.addHook('onClose', async () => {
      await ctx.dispatcher?.stop();
      await ctx.chainer.stop();
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
    return app;
  } catch (err) {
    if (ownsStore) await store.close().catch(() => undefined);
    throw err;
  }
}
