/**
 * The platform's routes (API keys): send a message, read a conversation as a participant, and the
 * stateless scan.
 */
import type { FastifyInstance } from 'fastify';
import './context.js';
import { emptyConversationState, type ConversationState } from '../engine/conversation.js';
import { ScanUnavailableError } from './conversation-scanner.js';
import type { Role } from '../policy/types.js';
import { requireModerator, requireScope } from './auth.js';
import { sendMessage, type SendInput } from './message-lifecycle.js';
import { readMessageAttachments, sendBodyLimit, SERVICE_ATTACHMENT_LIMITS } from './attachments.js';
import { forbidden, notFound, ProblemError } from './problem.js';
import { idParams, participantViewSchema, problemSchema, scanBodySchema, scanResponseSchema, sendBodySchema, sendResponseSchema } from './schemas.js';
import { decisionView, parseJson, placeholder } from './views.js';

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 413: problemSchema, 422: problemSchema };

/** Register the platform routes. */
/** Messages per page of a participant's read, by default and at most. */
const DEFAULT_PAGE = 200;
const MAX_PAGE = 1000;

export async function platformRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.chaperone;

  function checkTextSize(text: string, path: string): void {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > ctx.maxTextBytes) throw new ProblemError(413, 'text-too-large', `the text is ${bytes} bytes; the limit is ${ctx.maxTextBytes}`, [{ path, message: `must be at most ${ctx.maxTextBytes} bytes (UTF-8)` }]);
  }

  app.post<{ Body: SendInput; Headers: { 'idempotency-key'?: string } }>(
    '/v1/messages',
    {
      schema: {
        tags: ['messages'],
        summary: 'Send a message into a conversation: scanned, decided and stored before anyone sees it',
        headers: { type: 'object', properties: { 'idempotency-key': { type: 'string', minLength: 1, maxLength: 200 } } },
        body: sendBodySchema,
        response: { 200: sendResponseSchema, 201: sendResponseSchema, ...problems },
      },
      // Room for the attachments' base64 (src/service/attachments.ts).
      bodyLimit: sendBodyLimit(ctx.attachmentLimits ?? SERVICE_ATTACHMENT_LIMITS, 256 * 1024),
    },
    async (req, reply) => {
      const p = requireScope(await ctx.auth.principal(req), 'messages:write');
      checkTextSize(req.body.text, '/text');
      const key = req.headers['idempotency-key'];
      // Attachments are read before the message's transaction; it is decided only once they are (fail closed).
      const prepared = req.body.attachments?.length ? await readMessageAttachments(req.body.attachments, ctx.attachmentLimits ?? SERVICE_ATTACHMENT_LIMITS) : undefined;
      const out = await sendMessage(
        { store: ctx.store, policy: ctx.policy, sealer: ctx.sealer, now: ctx.now, webhooksEnabled: ctx.webhooksEnabled, scanner: ctx.scanner, contactHasher: ctx.contactHasher, warn: (msg, fields) => req.log.warn(fields, msg), onDecided: (d) => ctx.metrics.decided({ ...d, source: 'http' }) },
        req.body,
        { actor: `apikey:${p.id}`, idempotencyKey: key ? `${p.id}:${key}` : undefined, attachments: prepared },
      );
      ctx.chainer.poke();
      return reply.code(out.status).send(out.body);
    },
  );

  app.get<{ Params: { id: string }; Querystring: { as: string; limit?: number; before?: string } }>(
    '/v1/conversations/:id/messages',
    {
      schema: {
        tags: ['messages'],
        summary: 'Read a conversation as one participant sees it',
        params: idParams,
        querystring: {
          type: 'object',
          required: ['as'],
          properties: {
            as: { type: 'string', minLength: 1, maxLength: 200 },
            limit: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: DEFAULT_PAGE },
            before: { type: 'string', pattern: '^[0-9]{1,15}$', description: 'nextCursor of the previous page: the messages before it' },
          },
        },
        response: { 200: participantViewSchema, ...problems },
      },
    },
    async (req) => {
      requireScope(await ctx.auth.principal(req), 'messages:read');
      const { id } = req.params;
      const as = req.query.as;
      const member = await ctx.store.db.selectFrom('participants').select('user_id').where('conversation_id', '=', id).where('user_id', '=', as).executeTakeFirst();
      if (!member) {
        const conv = await ctx.store.db.selectFrom('conversations').select('id').where('id', '=', id).executeTakeFirst();
        if (!conv) throw notFound('conversation', id);
        throw forbidden(`'${as}' is not a participant of this conversation`);
      }
      // The latest page first (what a chat shows), oldest to newest within it; `nextCursor` pages back.
      const limit = req.query.limit ?? DEFAULT_PAGE;
      let query = ctx.store.db
        .selectFrom('messages')
        .select(['id', 'sender_id', 'status', 'delivered_text', 'created_at', 'decision', 'suggestion_for', 'seq'])
        .where('conversation_id', '=', id);
      if (req.query.before !== undefined) query = query.where('seq', '<', Number(req.query.before));
      const rows = await query.orderBy('seq', 'desc').limit(limit + 1).execute();
      const more = rows.length > limit;
      if (more) rows.pop();
      rows.reverse();
      return {
        nextCursor: more ? String(rows[0].seq) : null,
        messages: rows.map((m) => {
          const out: Record<string, unknown> = { id: m.id, senderId: m.sender_id, status: m.status, text: m.delivered_text ?? placeholder(m.status), createdAt: m.created_at };
          if (m.sender_id !== as && (m.suggestion_for === null || m.suggestion_for === as)) {
            const suggestion = parseJson<{ recipientSuggestion?: { id: string; text: string } | null }>(m.decision, {}).recipientSuggestion;
            if (suggestion) out.suggestion = suggestion;
          }
          return out;
        }),
      };
    },
  );

  app.post<{ Body: { text: string; context?: { senderRole?: Role; recipientRole?: Role; studentAge?: any; stage?: any }; conversation?: { text: string; senderRole?: Role }[] } }>(
    '/v1/scan',
    {
      schema: {
        tags: ['scan'],
        summary: 'Stateless verdict for one message (optionally after earlier messages); stores nothing',
        body: scanBodySchema,
        response: { 200: scanResponseSchema, ...problems },
      },
    },
    async (req) => {
      const p = await ctx.auth.principal(req);
      if (p?.type === 'moderator') requireModerator(p);
      else requireScope(p, 'scan');
      const { text, context = {}, conversation = [] } = req.body;
      checkTextSize(text, '/text');
      conversation.forEach((m, i) => checkTextSize(m.text, `/conversation/${i}/text`));
      const options = ctx.policy.scanOptions ?? {};
      let state: ConversationState = emptyConversationState();
      const base = Date.now() - (conversation.length + 1) * 1000;
      const senderRole = context.senderRole ?? 'tutor';
      let result;
      // The same scanner as sends (off the event loop, within the budget); a verdict that cannot be
      // given in time is a 503, never a guess.
      try {
        for (const [i, m] of conversation.entries()) state = (await ctx.scanner.scan(state, { id: `earlier-${i + 1}`, text: m.text, senderRole: m.senderRole, sentAt: new Date(base + i * 1000).toISOString() }, options)).state;
        ({ result } = await ctx.scanner.scan(state, { id: 'current', text, senderRole, sentAt: new Date().toISOString() }, options));
      } catch (err) {
        if (err instanceof ScanUnavailableError) throw new ProblemError(503, 'scan-unavailable', `no verdict: ${err.message}; try again`);
        throw err;
      }
      const decision = ctx.policy.decide(result.findings, { text, senderRole, recipientRole: context.recipientRole, studentAge: context.studentAge, stage: context.stage });
      const { strike: _s, ...view } = decisionView(decision);
      return {
        action: decision.action,
        risk: result.risk,
        kinds: result.kinds,
        findings: result.findings.map((f) => ({ kind: f.kind, detector: f.detector, start: f.start, end: f.end, text: f.text, score: f.score, why: f.why, ...(f.messageIds ? { messageIds: f.messageIds } : {}) })),
        redacted: result.redacted,
        decision: view,
      };
    },
  );
}
