/**
 * Prometheus metrics and readiness for one instance. Counters and histograms are kept in memory per
 * process (Prometheus sums them across instances); the queue, outbox and stream figures are read at
 * scrape time from the shared database and the stream, so every instance reports the same totals.
 *
 * `GET /metrics` answers in the Prometheus text format; `GET /health/ready` answers 200 only when the
 * database answers and every registered check (the stream intake of `chaperone consume`) passes,
 * else 503 with the failing part named (never message content).
 */
import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Store } from '../store/open-store.js';

/** A readiness check: resolves when healthy, throws (or rejects) with why not. */
export type ReadyCheck = { name: string; check: () => Promise<void> };

/** Figures a stream intake reports at scrape time. */
export interface StreamStats {
  /** Messages the durable consumer has not delivered yet. */
  pending: number;
  /** Messages delivered but not acknowledged. */
  ackPending: number;
  /** Messages the server has redelivered (consumer-wide). */
  redelivered: number;
}

/** One instance's metrics. */
export interface Metrics {
  registry: Registry;
  /** After a fresh decision has committed (not on idempotent replays). */
  decided(info: { action: string; kinds: string[]; scanSeconds: number; source: 'http' | 'stream' }): void;
  /** A stream message that arrived again (redelivery seen by this process). */
  redelivery(): void;
  /** A stream message sent to the dead-letter subject. */
  deadLettered(): void;
  /** Register a readiness check (e.g. the stream connection). */
  addReadyCheck(check: ReadyCheck): void;
  /** Register where consumer figures come from. */
  setStreamStats(read: () => Promise<StreamStats>): void;
  /** Run every check; resolves to the failures (empty when ready). */
  readiness(): Promise<{ name: string; error: string }[]>;
}

/** Seconds buckets for a scan (sub-millisecond to a quarter second). */
const SCAN_BUCKETS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25];
/** Seconds buckets for a whole request (database included). */
const REQUEST_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** Build the metrics of one instance over `store`. */
export function createMetrics(store: Store, now: () => Date = () => new Date()): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'chaperone_process_' });
  const checks: ReadyCheck[] = [{ name: 'database', check: async () => void (await store.db.selectFrom('api_keys').select('id').limit(1).execute()) }];
  let streamStats: (() => Promise<StreamStats>) | null = null;

  const scanned = new Counter({ name: 'chaperone_messages_scanned_total', help: 'Messages scanned and decided (fresh decisions, not replays)', labelNames: ['source'], registers: [registry] });
  const decisions = new Counter({ name: 'chaperone_decisions_total', help: 'Decisions by action and by finding kind ("none" when nothing was found)', labelNames: ['action', 'kind'], registers: [registry] });
  const scanSeconds = new Histogram({ name: 'chaperone_scan_duration_seconds', help: 'Engine time per message (normalise, detect, decide)', buckets: SCAN_BUCKETS, registers: [registry] });
  const redeliveries = new Counter({ name: 'chaperone_stream_redeliveries_total', help: 'Stream messages this instance received again after an earlier delivery', registers: [registry] });
  const dead = new Counter({ name: 'chaperone_stream_dead_letters_total', help: 'Stream messages sent to the dead-letter subject', registers: [registry] });
  new Histogram({ name: 'chaperone_http_request_duration_seconds', help: 'HTTP request time by method, route and status', labelNames: ['method', 'route', 'status'], buckets: REQUEST_BUCKETS, registers: [registry] });

  const ageSeconds = (iso: string | null | undefined) => (iso ? Math.max(0, (now().getTime() - Date.parse(iso)) / 1000) : 0);
  new Gauge({
    name: 'chaperone_review_queue_depth',
    help: 'Open reviews by queue',
    labelNames: ['queue'],
    registers: [registry],
    async collect() {
      const rows = await store.db.selectFrom('reviews').select(['queue', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.min('created_at').as('oldest')]).where('status', '=', 'open').groupBy('queue').execute();
      this.reset();
      for (const q of ['leakage', 'safeguarding']) this.set({ queue: q }, Number(rows.find((r) => r.queue === q)?.n ?? 0));
      oldestByQueue = new Map(rows.map((r) => [r.queue, r.oldest as string | null]));
    },
  });
  let oldestByQueue = new Map<string, string | null>();
  new Gauge({
    name: 'chaperone_review_queue_oldest_age_seconds',
    help: 'Age of the oldest open review by queue (0 when empty)',
    labelNames: ['queue'],
    registers: [registry],
    async collect() {
      // Read with the depth gauge above (collected first, same scrape).
      this.reset();
      for (const q of ['leakage', 'safeguarding']) this.set({ queue: q }, ageSeconds(oldestByQueue.get(q)));
    },
  });
  let outboxOldest: string | null = null;
  new Gauge({
    name: 'chaperone_webhook_outbox_pending',
    help: 'Webhook events not yet delivered (pending)',
    registers: [registry],
    async collect() {
      const row = await store.db.selectFrom('webhook_outbox').select([(eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.min('created_at').as('oldest')]).where('status', '=', 'pending').executeTakeFirst();
      this.set(Number(row?.n ?? 0));
      outboxOldest = (row?.oldest as string | null) ?? null;
    },
  });
  new Gauge({
    name: 'chaperone_webhook_outbox_lag_seconds',
    help: 'Age of the oldest undelivered webhook event (0 when none)',
    registers: [registry],
    collect() {
      this.set(ageSeconds(outboxOldest));
    },
  });
  let lastStats: StreamStats | null = null;
  new Gauge({
    name: 'chaperone_stream_consumer_pending',
    help: 'Stream messages not yet delivered to the durable consumer (consumer lag)',
    registers: [registry],
    async collect() {
      lastStats = streamStats ? await streamStats().catch(() => null) : null;
      if (lastStats) this.set(lastStats.pending);
    },
  });
  new Gauge({
    name: 'chaperone_stream_consumer_ack_pending',
    help: 'Stream messages delivered but not yet acknowledged',
    registers: [registry],
    collect() {
      if (lastStats) this.set(lastStats.ackPending);
    },
  });
  new Gauge({
    name: 'chaperone_stream_consumer_redelivered',
    help: 'Messages the stream server reports as redelivered to the durable consumer',
    registers: [registry],
    collect() {
      if (lastStats) this.set(lastStats.redelivered);
    },
  });

  return {
    registry,
    decided(info) {
      scanned.inc({ source: info.source });
      scanSeconds.observe(info.scanSeconds);
      if (!info.kinds.length) decisions.inc({ action: info.action, kind: 'none' });
      for (const kind of info.kinds) decisions.inc({ action: info.action, kind });
    },
    redelivery: () => redeliveries.inc(),
    deadLettered: () => dead.inc(),
    addReadyCheck: (check) => void checks.push(check),
    setStreamStats(read) {
      streamStats = read;
    },
    async readiness() {
      const failures: { name: string; error: string }[] = [];
      await Promise.all(
        checks.map(async (c) => {
          try {
            await withTimeout(c.check(), 2000);
          } catch (err) {
            failures.push({ name: c.name, error: err instanceof Error ? err.message : String(err) });
          }
        }),
      );
      return failures;
    },
  };
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([p, new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms)))]).finally(() => clearTimeout(timer));
}

/** Register `/metrics`, `/health/ready` and the request-time hook on `app`. */
export function metricsRoutes(app: FastifyInstance, metrics: Metrics): void {
  const requestSeconds = metrics.registry.getSingleMetric('chaperone_http_request_duration_seconds') as Histogram<'method' | 'route' | 'status'>;
  app.addHook('onResponse', async (req, reply) => {
    // The route pattern (not the URL) keeps ids out of labels; unknown paths share one label.
    const route = req.routeOptions?.url ?? 'unmatched';
    if (route === '/metrics') return;
    requestSeconds.observe({ method: req.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });
  app.get('/metrics', { schema: { tags: ['health'], summary: 'Prometheus metrics (text format)' } }, async (_req, reply) => {
    const text = await metrics.registry.metrics();
    return reply.type(metrics.registry.contentType).send(text);
  });
  app.get('/health/ready', { schema: { tags: ['health'], summary: 'Ready to take traffic: the database (and the stream, for consume) answer' } }, async (_req, reply) => {
    const failures = await metrics.readiness();
    if (failures.length) return reply.code(503).send({ ok: false, failing: failures });
    return { ok: true };
  });
}
