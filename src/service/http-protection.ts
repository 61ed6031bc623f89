/**
 * What protects the HTTP service from its callers, from well-kept libraries: `@fastify/rate-limit`
 * (per API key and per IP) and `@fastify/helmet` (security headers, on the console and on every other
 * answer). Limits are counted per process (an in-memory store) unless CHAPERONE_RATE_LIMIT_REDIS_URL
 * names a Redis that every instance shares (ioredis, the store the plugin supports); without it, N
 * instances behind a balancer give a caller up to N× the limit. Sign-in throttling is separate and
 * shared through the database on PostgreSQL (shared-login-throttle.ts).
 */
import helmet from '@fastify/helmet';
import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import { Redis } from 'ioredis';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Authenticator } from './auth.js';
import { ProblemError } from './problem.js';

/** Requests per minute; 0 turns that limit off. */
export interface RateLimitOptions {
  /** Per valid platform API key (default $CHAPERONE_RATE_LIMIT_PER_KEY, else 30,000 a minute). */
  perKeyPerMinute?: number;
  /** Per client IP, for everything not carrying a valid API key: the console, sign-in, wrong keys (default $CHAPERONE_RATE_LIMIT_PER_IP, else 1,200 a minute). */
  perIpPerMinute?: number;
  /** A Redis shared by every instance, so the limits hold across them (default $CHAPERONE_RATE_LIMIT_REDIS_URL; none: per process). */
  redisUrl?: string;
  /** Key prefix in Redis (default 'chaperone-rate-limit:'; tests use their own). */
  redisNamespace?: string;
}

function fromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number of requests a minute (0 = no limit), got '${raw}'`);
  return n;
}

/** The limits in force: options, else the environment, else the defaults. */
export function resolveRateLimits(options: RateLimitOptions = {}): RateLimitOptions & Required<Pick<RateLimitOptions, 'perKeyPerMinute' | 'perIpPerMinute'>> {
  return {
    perKeyPerMinute: options.perKeyPerMinute ?? fromEnv('CHAPERONE_RATE_LIMIT_PER_KEY', 30_000),
    perIpPerMinute: options.perIpPerMinute ?? fromEnv('CHAPERONE_RATE_LIMIT_PER_IP', 1_200),
    redisUrl: options.redisUrl ?? (process.env.CHAPERONE_RATE_LIMIT_REDIS_URL || undefined),
    redisNamespace: options.redisNamespace,
  };
}

// Probes must never be refused: a rate-limited health check would take a healthy instance out.
const EXEMPT = new Set(['/healthz', '/health/ready', '/metrics']);

/**
 * The bucket a request counts in: its API key when the key is valid (a platform's whole traffic
 * comes from a few addresses), else its IP — so spraying made-up keys cannot open a fresh bucket per
 * guess.
 */
async function bucketOf(req: FastifyRequest, auth: Authenticator): Promise<string> {
  const header = req.headers.authorization;
  if (header && /^Bearer\s+/i.test(header)) {
    const principal = await auth.apiKey(header.replace(/^Bearer\s+/i, '').trim());
    if (principal) return `key:${principal.id}`;
  }
  return `ip:${normalizeIP(req.ip)}`;
}

/** Register the rate limits and security headers; call before the routes. */
export async function registerHttpProtection(app: FastifyInstance, options: { auth: Authenticator; limits: ReturnType<typeof resolveRateLimits> }): Promise<void> {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: {
      // Helmet's defaults (self only, no inline script, no plugins, no framing), minus
      // upgrade-insecure-requests: the console is also served over plain HTTP on localhost, where it
      // would break every asset; behind TLS, HSTS does that job.
      directives: { 'upgrade-insecure-requests': null },
    },
  });
  const { perKeyPerMinute, perIpPerMinute, redisUrl } = options.limits;
  if (perKeyPerMinute === 0 && perIpPerMinute === 0) return;
  // Short timeouts and one retry: a slow Redis must not slow every request (the plugin's advice).
  const redis = redisUrl ? new Redis(redisUrl, { connectTimeout: 1000, maxRetriesPerRequest: 1, enableOfflineQueue: true }) : null;
  if (redis) {
    redis.on('error', (err: Error) => app.log.warn({ err: { type: err.name } }, 'rate-limit Redis unreachable; limits are not counted meanwhile'));
    app.addHook('onClose', async () => {
      await redis.quit().catch(() => redis.disconnect());
    });
  }
  await app.register(rateLimit, {
    global: true,
    ...(redis ? { redis, nameSpace: options.limits.redisNamespace ?? 'chaperone-rate-limit:', skipOnError: true } : {}),
    timeWindow: 60_000,
    keyGenerator: (req) => bucketOf(req, options.auth),
    // A huge ceiling stands for "no limit" on a bucket kind whose limit is 0.
    max: (_req, key) => (key.startsWith('key:') ? perKeyPerMinute : perIpPerMinute) || Number.MAX_SAFE_INTEGER,
    allowList: (req) => EXEMPT.has(req.url.split('?')[0]),
    errorResponseBuilder: (_req, context) => Object.assign(new ProblemError(429, 'rate-limited', `too many requests: at most ${context.max} a minute; retry in ${context.after}`), { statusCode: 429 }),
  });
}
