/**
 * The NATS JetStream intake behind `chaperone consume`. A durable pull consumer reads the input
 * subject; each message (the JSON body of `POST /v1/messages` plus `id`, the platform's message id)
 * goes through the same lifecycle as an HTTP send — scanned, decided and persisted in ONE transaction
 * — then the decision (the HTTP reply plus `id`) is published and only then is the message
 * acknowledged. Delivery is at least once; the lifecycle's idempotency record, keyed by the message
 * id, makes a redelivery (a crash between commit and ack, an ack lost on the wire) replay the stored
 * decision: no second message, strike, review or webhook. A payload that can never succeed (not
 * JSON, fails the schema, too large, an id reused with another body) is published to the dead-letter
 * subject with the error and acknowledged, so it is never redelivered forever; anything else (the
 * database down) is negatively acknowledged and retried after a delay.
 *
 * Several `consume` processes share one durable consumer: the server hands each message to one of
 * them, and redelivers to any of them when its ack wait runs out.
 */
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, JetStreamApiError, type ConsumerMessages, type JsMsg } from '@nats-io/jetstream';
import { Ajv } from 'ajv';
import type { FastifyBaseLogger } from 'fastify';
import type { ServiceContext } from './context.js';
import { sendMessage, type SendInput } from './message-lifecycle.js';
import { ProblemError } from './problem.js';
import { sendBodySchema } from './schemas.js';
import { readMessageAttachments, SERVICE_ATTACHMENT_LIMITS } from './attachments.js';

/** Where the intake reads and writes; every field has a default (and an environment variable). */
export interface StreamIntakeOptions {
  /** NATS server(s), comma-separated (default $NATS_URL, else nats://127.0.0.1:4222). */
  natsUrl?: string;
  /** Stream name (default $CHAPERONE_STREAM, else CHAPERONE). */
  stream?: string;
  /** Input subject (default $CHAPERONE_SUBJECT_IN, else chaperone.messages.in). */
  inputSubject?: string;
  /** Decisions subject (default $CHAPERONE_SUBJECT_DECISIONS, else chaperone.decisions). */
  decisionSubject?: string;
  /** Dead-letter subject (default $CHAPERONE_SUBJECT_DEAD, else chaperone.dead). */
  deadSubject?: string;
  /** Durable consumer name (default $CHAPERONE_DURABLE, else chaperone). */
  durable?: string;
  /** Messages processed at once by this process (default $CHAPERONE_MAX_IN_FLIGHT, else 32). */
  maxInFlight?: number;
  /** Seconds before an unacknowledged message is redelivered (default $CHAPERONE_ACK_WAIT_SECONDS, else 30; used when the consumer is created). */
  ackWaitSeconds?: number;
  /** Create the stream and consumer when absent (default true; $CHAPERONE_STREAM_CREATE=0 turns it off). */
  createIfAbsent?: boolean;
}

/** A running intake. */
export interface StreamIntake {
  /** The resolved settings. */
  settings: Required<StreamIntakeOptions>;
  /** Counts of this process since start. */
  counts: { decided: number; replayed: number; dead: number; retried: number };
  /** Stop taking messages, finish those in flight, close the connection. */
  stop(): Promise<void>;
}

/** Resolve options over the environment and defaults. */
export function streamSettings(o: StreamIntakeOptions = {}, env: NodeJS.ProcessEnv = process.env): Required<StreamIntakeOptions> {
  const maxInFlight = o.maxInFlight ?? Number(env.CHAPERONE_MAX_IN_FLIGHT ?? 32);
  if (!Number.isInteger(maxInFlight) || maxInFlight < 1 || maxInFlight > 10_000) throw new Error(`CHAPERONE_MAX_IN_FLIGHT must be an integer from 1 to 10000, got '${env.CHAPERONE_MAX_IN_FLIGHT}'`);
  return {
    natsUrl: o.natsUrl ?? env.NATS_URL ?? 'nats://127.0.0.1:4222',
    stream: o.stream ?? env.CHAPERONE_STREAM ?? 'CHAPERONE',
    inputSubject: o.inputSubject ?? env.CHAPERONE_SUBJECT_IN ?? 'chaperone.messages.in',
    decisionSubject: o.decisionSubject ?? env.CHAPERONE_SUBJECT_DECISIONS ?? 'chaperone.decisions',
    deadSubject: o.deadSubject ?? env.CHAPERONE_SUBJECT_DEAD ?? 'chaperone.dead',
    durable: o.durable ?? env.CHAPERONE_DURABLE ?? 'chaperone',
    maxInFlight,
    ackWaitSeconds: o.ackWaitSeconds ?? Number(env.CHAPERONE_ACK_WAIT_SECONDS ?? 30),
    createIfAbsent: o.createIfAbsent ?? env.CHAPERONE_STREAM_CREATE !== '0',
  };
}

/** The input: the HTTP body plus the platform's message id. */
const streamBodySchema = {
  ...sendBodySchema,
  required: ['id', ...sendBodySchema.required],
  properties: { id: { type: 'string', minLength: 1, maxLength: 200 }, ...sendBodySchema.properties, sentAt: { type: 'string' } },
};

/** A payload that will never succeed: goes to the dead-letter subject. */
class BadPayload extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

const ajv = new Ajv({ allErrors: false, strict: false });
const validateBody = ajv.compile(streamBodySchema);

/** Parse and check one payload; throws BadPayload. */
export function parseStreamPayload(data: Uint8Array, maxTextBytes: number): { id: string; input: SendInput } {
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(data).toString('utf8'));
  } catch {
    throw new BadPayload('malformed-json', 'the payload is not valid JSON');
  }
  if (!validateBody(body)) {
    const e = validateBody.errors?.[0];
    const missing = (e?.params as { missingProperty?: string })?.missingProperty;
    throw new BadPayload('validation', 'the payload is not a valid message', [{ path: `${e?.instancePath ?? ''}${missing ? `/${missing}` : ''}` || '/', message: e?.message ?? 'is not valid' }]);
  }
  const { id, ...input } = body as unknown as SendInput & { id: string };
  if (input.sentAt !== undefined && Number.isNaN(Date.parse(input.sentAt))) throw new BadPayload('validation', 'the payload is not a valid message', [{ path: '/sentAt', message: 'must be a date-time' }]);
  const bytes = Buffer.byteLength(input.text, 'utf8');
  if (bytes > maxTextBytes) throw new BadPayload('text-too-large', `the text is ${bytes} bytes; the limit is ${maxTextBytes}`, [{ path: '/text', message: `must be at most ${maxTextBytes} bytes (UTF-8)` }]);
  return { id, input };
}

/** Create the stream and the durable consumer when absent (and allowed); check they exist otherwise. */
async function ensureStream(nc: NatsConnection, s: Required<StreamIntakeOptions>): Promise<void> {
  const jsm = await jetstreamManager(nc);
  try {
    await jsm.streams.info(s.stream);
  } catch (err) {
    if (!(err instanceof JetStreamApiError && err.code === 10059) || !s.createIfAbsent) throw err;
    try {
      await jsm.streams.add({ name: s.stream, subjects: [s.inputSubject, s.decisionSubject, s.deadSubject] });
    } catch (addErr) {
      // Another instance created it at the same moment.
      await jsm.streams.info(s.stream).catch(() => Promise.reject(addErr));
    }
  }
  try {
    await jsm.consumers.info(s.stream, s.durable);
  } catch (err) {
    if (!(err instanceof JetStreamApiError && err.code === 10014) || !s.createIfAbsent) throw err;
    const config = {
      durable_name: s.durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject: s.inputSubject,
      ack_wait: s.ackWaitSeconds * 1e9,
      // Every process pulls at most maxInFlight; this caps the whole group.
      max_ack_pending: Math.max(1000, s.maxInFlight * 16),
    };
    try {
      await jsm.consumers.add(s.stream, config);
    } catch (addErr) {
      await jsm.consumers.info(s.stream, s.durable).catch(() => Promise.reject(addErr));
    }
  }
}

/** Connect, make sure of the stream, and start consuming into `ctx`'s store. */
export async function startStreamIntake(ctx: ServiceContext, log: FastifyBaseLogger, options: StreamIntakeOptions = {}): Promise<StreamIntake> {
  const s = streamSettings(options);
  const nc = await connect({ servers: s.natsUrl.split(',').map((u) => u.trim()), name: `chaperone-consume-${process.pid}`, maxReconnectAttempts: -1 });
  try {
    await ensureStream(nc, s);
  } catch (err) {
    await nc.close().catch(() => undefined);
    throw err;
  }
  const js = jetstream(nc);
  const jsm = await jetstreamManager(nc);
  const consumer = await js.consumers.get(s.stream, s.durable);
  const counts = { decided: 0, replayed: 0, dead: 0, retried: 0 };
  const actor = `stream:${s.durable}`;

  ctx.metrics.addReadyCheck({
    name: 'stream',
    check: async () => {
      if (nc.isClosed()) throw new Error('the NATS connection is closed');
      await jsm.consumers.info(s.stream, s.durable);
    },
  });
  ctx.metrics.setStreamStats(async () => {
    const info = await jsm.consumers.info(s.stream, s.durable);
    return { pending: info.num_pending, ackPending: info.num_ack_pending, redelivered: info.num_redelivered };
  });

  async function deadLetter(m: JsMsg, err: BadPayload): Promise<void> {
    const record = {
      error: { code: err.code, message: err.message, details: err.details },
      subject: m.subject,
      stream: s.stream,
      streamSequence: m.seq,
      deliveryCount: m.info.deliveryCount,
      at: ctx.now().toISOString(),
      payload: Buffer.from(m.data).toString('utf8'),
    };
    // msgID: a redelivered bad payload is recorded once (within the stream's duplicate window).
    await js.publish(s.deadSubject, JSON.stringify(record), { msgID: `dead:${s.stream}:${m.seq}` });
    m.ack();
    counts.dead += 1;
    ctx.metrics.deadLettered();
    log.warn({ streamSequence: m.seq, code: err.code }, 'stream payload dead-lettered');
  }

  async function handle(m: JsMsg): Promise<void> {
    if (m.redelivered) ctx.metrics.redelivery();
    let parsed: { id: string; input: SendInput };
    try {
      parsed = parseStreamPayload(m.data, ctx.maxTextBytes);
    } catch (err) {
      if (err instanceof BadPayload) return deadLetter(m, err);
      throw err;
    }
    let out;
    try {
      // Attachments (issue 18) are read first, as over HTTP; a refused one dead-letters the message.
      const attachments = parsed.input.attachments?.length ? await readMessageAttachments(parsed.input.attachments, ctx.attachmentLimits ?? SERVICE_ATTACHMENT_LIMITS) : undefined;
      out = await sendMessage(
        { store: ctx.store, policy: ctx.policy, sealer: ctx.sealer, now: ctx.now, webhooksEnabled: ctx.webhooksEnabled, scanner: ctx.scanner, contactHasher: ctx.contactHasher, warn: (msg, fields) => log.warn(fields, msg), onDecided: (d) => ctx.metrics.decided({ ...d, source: 'stream' }) },
        parsed.input,
        { actor, idempotencyKey: `stream:${parsed.id}`, attachments },
      );
    } catch (err) {
      // 4xx problems (an id reused with another body) never succeed on retry.
      if (err instanceof ProblemError && err.status < 500) return deadLetter(m, new BadPayload(err.code, err.message, err.errors ?? []));
      throw err;
    }
    ctx.chainer.poke();
    if (out.status === 201) counts.decided += 1;
    else counts.replayed += 1;
    await js.publish(s.decisionSubject, JSON.stringify({ id: parsed.id, ...out.body }), { msgID: `decision:${parsed.id}` });
    // Only now: the decision is committed and published.
    m.ack();
  }

  let messages: ConsumerMessages | null = null;
  let stopping = false;
  const inFlight = new Set<Promise<void>>();
  const loop = (async () => {
    while (!stopping) {
      try {
        messages = await consumer.consume({ max_messages: s.maxInFlight });
        for await (const m of messages) {
          const p = handle(m)
            .catch((err) => {
              counts.retried += 1;
              log.error({ err: { message: err instanceof Error ? err.message : String(err) }, streamSequence: m.seq }, 'stream message failed; will be redelivered');
              try {
                m.nak(1000);
              } catch {
                /* connection gone: the ack wait redelivers it */
              }
            })
            .finally(() => inFlight.delete(p));
          inFlight.add(p);
          // Bounded: wait for a slot before taking the next message.
          while (inFlight.size >= s.maxInFlight) await Promise.race(inFlight);
          if (stopping) break;
        }
      } catch (err) {
        if (stopping) break;
        log.error({ err: { message: err instanceof Error ? err.message : String(err) } }, 'stream consumer stopped; restarting');
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  })();

  return {
    settings: s,
    counts,
    async stop() {
      stopping = true;
      // Every step is bounded: with the NATS server gone, close and drain would wait for a reconnect
      // that may never come, and SIGTERM must still stop the process. Unacknowledged messages are
      // redelivered to another consumer.
      const bounded = (p: Promise<unknown> | undefined, ms: number) => Promise.race([Promise.resolve(p).catch(() => undefined), new Promise((r) => setTimeout(r, ms).unref())]);
      await bounded((messages as ConsumerMessages | null)?.close(), 2000);
      await bounded(Promise.allSettled([...inFlight]), 10_000);
      await bounded(loop, 2000);
      await bounded(nc.drain(), 3000);
      if (!nc.isClosed()) await bounded(nc.close(), 1000);
    },
  };
}
