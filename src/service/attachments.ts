/**
 * Attachments in the service (issue 18). A message's attachments are read BEFORE its transaction
 * (decoding and OCR are slow; no lock is held meanwhile) in the process's bounded OCR pool; the
 * message is only decided, stored and delivered once every attachment has been read: a refusal or
 * an OCR failure is a problem response and nothing is stored or delivered (fail closed). Findings
 * from attachments go to the policy with the message's own. The bytes and the text read from them
 * are sealed at rest like message originals, and nothing of them is ever logged.
 *
 * Routes (moderators): the attachments of a message with what was read and found, and the image (or
 * a PDF page, rendered) to show with the findings' boxes; every opening is audited. Route (platform,
 * API key): a delivered attachment's file, for a participant of its conversation.
 */
import type { FastifyInstance } from 'fastify';
import './context.js';
import type { AttachmentAnalysis, AttachmentInput } from '../attachments/analyse.js';
import { deliveredAttachments } from '../attachments/delivery.js';
import { AttachmentError } from '../attachments/errors.js';
import { makeAttachmentLimits, type AttachmentLimits } from '../attachments/limits.js';
import type { TextUnit } from '../attachments/text-unit.js';
import type { Finding } from '../engine/types.js';
import { appendAudit } from '../store/audit-log.js';
import type { Store, Tx } from '../store/open-store.js';
import { requireModerator, requireScope } from './auth.js';
import { requirePermission } from './permissions.js';
import { notFound, ProblemError } from './problem.js';
import type { Sealer } from './seal.js';
import { idParams, problemSchema } from './schemas.js';
import { parseJson } from './views.js';

const MiB = 1024 * 1024;

/** The service's defaults: three attachments of at most 5 MiB each (a phone photo, a worksheet PDF). */
export const SERVICE_ATTACHMENT_LIMITS: Readonly<AttachmentLimits> = Object.freeze(makeAttachmentLimits({ maxAttachments: 3, maxBytes: 5 * MiB }));

/** The body limit POST /v1/messages needs for `limits` (base64 is 4/3 of the bytes) plus the text. */
export function sendBodyLimit(limits: AttachmentLimits, base: number): number {
  return base + Math.ceil((limits.maxAttachments * limits.maxBytes * 4) / 3) + 64 * 1024;
}

/** Attachments read for one message: the bytes (to seal) and what was read from them. */
export interface PreparedAttachments {
  inputs: AttachmentInput[];
  analyses: AttachmentAnalysis[];
}

/**
 * Decode and read a message's attachments within `limits`. Throws a `ProblemError`: 413 for too many
 * bytes, 422 for anything else refused (type, pixels, pages, malformed, OCR time), naming the
 * attachment (`/attachments/N`) and the limit.
 */
export async function readMessageAttachments(list: readonly { name?: string; data: string }[], limits: AttachmentLimits): Promise<PreparedAttachments> {
  try {
    if (list.length > limits.maxAttachments) {
      throw new AttachmentError('too_many_attachments', `the message has ${list.length} attachments, over the limit of ${limits.maxAttachments}`);
    }
    const inputs = list.map((a, i): AttachmentInput => {
      // Refused from the base64 length, before decoding.
      const approx = Math.floor((a.data.length * 3) / 4);
      if (approx - 2 > limits.maxBytes) throw new AttachmentError('too_large', `attachment ${i} is about ${approx} bytes, over the limit of ${limits.maxBytes}`, i);
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(a.data)) throw new AttachmentError('malformed', `attachment ${i}: "data" is not base64`, i);
      return { name: a.name ?? `attachment-${i}`, bytes: Buffer.from(a.data, 'base64') };
    });
    const { analyseAttachments } = await import('../attachments/analyse.js');
    return { inputs, analyses: await analyseAttachments(inputs, { limits }) };
  } catch (e) {
    if (!(e instanceof AttachmentError)) throw e;
    const status = e.code === 'too_large' ? 413 : 422;
    const path = e.index === undefined ? '/attachments' : `/attachments/${e.index}`;
    throw new ProblemError(status, `attachment-${e.code.replace(/_/g, '-')}`, e.message, [{ path, message: e.message }]);
  }
}

/** Seal and store a message's attachments in its transaction; returns what the send reply says of them. */
export async function storeAttachments(
  tx: Tx,
  sealer: Sealer,
  messageId: string,
  prepared: PreparedAttachments,
  decision: { action: string; findings: readonly Finding[] },
  reportThreshold: number,
  at: string,
): Promise<{ index: number; name: string; type: string; delivered: boolean }[]> {
  const delivered = new Set(deliveredAttachments(decision.action, decision.findings, prepared.analyses.length, reportThreshold));
  const out: { index: number; name: string; type: string; delivered: boolean }[] = [];
  for (const a of prepared.analyses) {
    const bytes = sealer.seal(Buffer.from(prepared.inputs[a.index]!.bytes).toString('base64'), `attachment:${messageId}:${a.index}`);
    const text = sealer.seal(JSON.stringify(a.units), `attachment-text:${messageId}:${a.index}`);
    await tx
      .insertInto('message_attachments')
      .values({
        message_id: messageId,
        idx: a.index,
        name: a.name,
        type: a.type,
        size: a.size,
        width: a.width ?? null,
        height: a.height ?? null,
        pages: a.pages ?? null,
        delivered: delivered.has(a.index) ? 1 : 0,
        sealed_ct: bytes.ct,
        sealed_iv: bytes.iv,
        sealed_tag: bytes.tag,
        text_ct: text.ct,
        text_iv: text.iv,
        text_tag: text.tag,
        created_at: at,
      })
      .execute();
    out.push({ index: a.index, name: a.name, type: a.type, delivered: delivered.has(a.index) });
  }
  return out;
}

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
const MIME: Record<string, string> = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp', gif: 'image/gif', pdf: 'application/pdf' };

/** Moderator routes for attachments (registered by create-app). */
export async function attachmentRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.chaperone;
  const store: Store = ctx.store;
  // The OCR pool's worker threads end with the service (only if attachments were ever read).
  app.addHook('onClose', async () => {
    const { closeSharedOcrPool } = await import('../attachments/ocr-pool.js');
    await closeSharedOcrPool();
  });
  const moderator = async (req: Parameters<typeof ctx.auth.principal>[0]) => {
    const p = requireModerator(await ctx.auth.principal(req));
    requirePermission(p.role, 'queues.read', 'see attachments');
    return p;
  };

  app.get<{ Params: { id: string } }>(
    '/v1/messages/:id/attachments',
    { schema: { tags: ['moderation'], summary: "A message's attachments: type, size, what was read (OCR, QR, PDF text and links) and the findings in each, with boxes (opening is audited)", params: idParams, response: { 200: { type: 'object', additionalProperties: true }, ...problems } } },
    async (req) => {
      const mod = await moderator(req);
      return store.transaction(async (tx) => {
        const m = await tx.selectFrom('messages').select(['id', 'conversation_id', 'findings']).where('id', '=', req.params.id).executeTakeFirst();
        if (!m) throw notFound('message', req.params.id);
        const rows = await tx.selectFrom('message_attachments').selectAll().where('message_id', '=', m.id).orderBy('idx').execute();
        const findings = parseJson<{ attachment?: number }[]>(m.findings, []);
        if (rows.length) {
          await appendAudit(tx, store.dialect, [{ actor: `moderator:${mod.id}`, action: 'message.attachments_opened', subject: m.id, details: { conversationId: m.conversation_id, count: rows.length } }], ctx.now().toISOString());
          ctx.chainer.poke();
        }
        return {
          messageId: m.id,
          attachments: rows.map((r) => ({
            index: r.idx,
            name: r.name,
            type: r.type,
            size: r.size,
            width: r.width,
            height: r.height,
            pages: r.pages,
            delivered: r.delivered === 1,
            texts: (JSON.parse(ctx.sealer.open({ ct: r.text_ct, iv: r.text_iv, tag: r.text_tag }, `attachment-text:${m.id}:${r.idx}`)) as TextUnit[]).map((u) => ({ source: u.source, page: u.page, text: u.text })),
            findings: findings.filter((f) => f.attachment === r.idx),
          })),
        };
      });
    },
  );

  app.get<{ Params: { id: string; index: number }; Querystring: { as: string } }>(
    '/v1/messages/:id/attachments/:index/file',
    {
      schema: {
        tags: ['messages'],
        summary: 'A delivered attachment, as the file that was sent, for a participant of its conversation (?as=USER); withheld ones are 404',
        params: { type: 'object', required: ['id', 'index'], properties: { id: { type: 'string', minLength: 1, maxLength: 200 }, index: { type: 'integer', minimum: 0, maximum: 100 } } },
        querystring: { type: 'object', required: ['as'], properties: { as: { type: 'string', minLength: 1, maxLength: 200 } } },
      },
    },
    async (req, reply) => {
      requireScope(await ctx.auth.principal(req), 'messages:read');
      const m = await store.db.selectFrom('messages').select(['id', 'conversation_id', 'status']).where('id', '=', req.params.id).executeTakeFirst();
      if (!m) throw notFound('message', req.params.id);
      const member = await store.db.selectFrom('participants').select('user_id').where('conversation_id', '=', m.conversation_id).where('user_id', '=', req.query.as).executeTakeFirst();
      if (!member) throw new ProblemError(403, 'forbidden', `'${req.query.as}' is not a participant of this conversation`);
      const r = await store.db.selectFrom('message_attachments').selectAll().where('message_id', '=', m.id).where('idx', '=', req.params.index).executeTakeFirst();
      // Not delivered (held, blocked, or withheld from a redacted message): as if it did not exist.
      if (!r || r.delivered !== 1 || (m.status !== 'delivered' && m.status !== 'delivered_redacted')) throw notFound('attachment', `${req.params.id}/${req.params.index}`);
      const bytes = Buffer.from(ctx.sealer.open({ ct: r.sealed_ct, iv: r.sealed_iv, tag: r.sealed_tag }, `attachment:${r.message_id}:${r.idx}`), 'base64');
      return reply.header('cache-control', 'private, no-store').header('x-content-type-options', 'nosniff').type(MIME[r.type] ?? 'application/octet-stream').send(bytes);
    },
  );

  app.get<{ Params: { id: string; index: number }; Querystring: { page?: number } }>(
    '/v1/messages/:id/attachments/:index/content',
    {
      schema: {
        tags: ['moderation'],
        summary: 'The attachment as an image to show a moderator: the file itself, or a PDF page rendered as PNG (?page=N)',
        params: { type: 'object', required: ['id', 'index'], properties: { id: { type: 'string', minLength: 1, maxLength: 200 }, index: { type: 'integer', minimum: 0, maximum: 100 } } },
        querystring: { type: 'object', properties: { page: { type: 'integer', minimum: 1, maximum: 10000 } } },
      },
    },
    async (req, reply) => {
      await moderator(req);
      const r = await store.db.selectFrom('message_attachments').selectAll().where('message_id', '=', req.params.id).where('idx', '=', req.params.index).executeTakeFirst();
      if (!r) throw notFound('attachment', `${req.params.id}/${req.params.index}`);
      const bytes = Buffer.from(ctx.sealer.open({ ct: r.sealed_ct, iv: r.sealed_iv, tag: r.sealed_tag }, `attachment:${r.message_id}:${r.idx}`), 'base64');
      reply.header('cache-control', 'no-store').header('x-content-type-options', 'nosniff');
      if (r.type !== 'pdf') return reply.type(MIME[r.type] ?? 'application/octet-stream').send(bytes);
      const page = req.query.page ?? 1;
      if (page > (r.pages ?? 1)) throw new ProblemError(404, 'not-found', `the PDF has ${r.pages} pages`);
      const { renderPdfPage } = await import('../attachments/pdf.js');
      return reply.type('image/png').send(await renderPdfPage(bytes, page));
    },
  );
}
