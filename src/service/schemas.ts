/**
 * Request and response JSON Schemas of the API (plain JSON Schema objects: fastify validates requests
 * with them, serialises responses with them and @fastify/swagger publishes them at /openapi.json).
 * Nested objects whose fields grow over time allow additional properties so nothing is dropped.
 */
import { KINDS } from '../engine/types.js';

const id = { type: 'string', minLength: 1, maxLength: 200 } as const;
const role = { type: 'string', enum: ['tutor', 'parent', 'student', 'moderator', 'platform'] } as const;
const kinds = { type: 'array', items: { type: 'string', enum: [...KINDS] } } as const;
const nudge = { type: ['object', 'null'], properties: { id: { type: 'string' }, text: { type: 'string' } }, additionalProperties: true } as const;
const timestamp = { type: 'string', description: 'ISO-8601' } as const;

/** A finding without its text (contact details are never echoed). */
export const publicFindingSchema = {
  type: 'object',
  properties: {
    kind: { type: 'string' },
    detector: { type: 'string' },
    start: { type: 'integer' },
    end: { type: 'integer' },
    score: { type: 'number' },
    why: { type: 'array', items: { type: 'string' } },
    messageIds: { type: 'array', items: { type: 'string' } },
    attachment: { type: 'integer' },
    source: { type: 'string' },
    page: { type: 'integer' },
    box: { type: 'object', properties: { x: { type: 'number' }, y: { type: 'number' }, width: { type: 'number' }, height: { type: 'number' } } },
  },
} as const;

/** The decision as returned by sends and reviews. */
export const decisionSchema = {
  type: 'object',
  additionalProperties: true,
  properties: {
    action: { type: 'string', enum: ['allow', 'warn', 'redact', 'hold', 'block'] },
    concern: { type: ['string', 'null'] },
    severity: { type: 'number' },
    reasons: { type: 'array', items: { type: 'object', additionalProperties: true, properties: { rule: { type: 'string' }, text: { type: 'string' }, kinds } } },
    nudge,
    kinds,
    findings: { type: 'array', items: publicFindingSchema },
    recipientSuggestion: nudge,
  },
} as const;

/** Problem details (RFC 9457). */
export const problemSchema = {
  type: 'object',
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    errors: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
  },
} as const;

/** POST /v1/messages body. `text` size is checked by the handler (413, not 400). */
/**
 * Attachments of POST /v1/messages (issue 18): base64 in the JSON body. The type is found from the
 * bytes; the count, size, pixels, PDF pages and OCR time are limited by the service's attachment
 * limits, each refusal a problem response (src/service/attachments.ts).
 */
const sendAttachmentsSchema = {
  type: 'array',
  maxItems: 20,
  items: {
    type: 'object',
    required: ['data'],
    additionalProperties: false,
    properties: { name: { type: 'string', maxLength: 255 }, data: { type: 'string', minLength: 1, description: 'the file, base64' } },
  },
} as const;

/** What the send reply says of each attachment: what it was and whether the recipient gets it. */
const sentAttachmentsSchema = {
  type: 'array',
  items: { type: 'object', properties: { index: { type: 'integer' }, name: { type: 'string' }, type: { type: 'string' }, delivered: { type: 'boolean' } } },
} as const;

export const sendBodySchema = {
  type: 'object',
  required: ['conversationId', 'senderId', 'senderRole', 'text'],
  additionalProperties: false,
  properties: {
    conversationId: id,
    senderId: id,
    senderRole: role,
    recipientId: id,
    participants: {
      type: 'array',
      maxItems: 50,
      items: { type: 'object', required: ['id', 'role'], additionalProperties: false, properties: { id, role, name: { type: 'string', maxLength: 200 } } },
    },
    studentAge: { type: 'string', enum: ['under13', '13-17', 'adult'] },
    stage: { type: 'string', enum: ['enquiry', 'booked', 'ended'] },
    text: { type: 'string' },
    sentAt: { type: 'string', format: 'date-time' },
    attachments: sendAttachmentsSchema,
  },
} as const;

/** POST /v1/messages reply (201, or 200 on an idempotent replay). */
export const sendResponseSchema = {
  type: 'object',
  properties: {
    message: {
      type: 'object',
      properties: {
        id: { type: 'string' },
        conversationId: { type: 'string' },
        senderId: { type: 'string' },
        status: { type: 'string', enum: ['delivered', 'delivered_redacted', 'held', 'blocked'] },
        deliveredText: { type: ['string', 'null'] },
        createdAt: timestamp,
        attachments: sentAttachmentsSchema,
      },
    },
    decision: decisionSchema,
  },
} as const;

/** GET /v1/conversations/:id/messages reply. */
export const participantViewSchema = {
  type: 'object',
  properties: {
    nextCursor: { type: ['string', 'null'] },
    messages: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          senderId: { type: 'string' },
          status: { type: 'string' },
          text: { type: 'string' },
          createdAt: timestamp,
          suggestion: { type: 'object', properties: { id: { type: 'string' }, text: { type: 'string' } } },
        },
      },
    },
  },
} as const;

/** POST /v1/scan body. */
export const scanBodySchema = {
  type: 'object',
  required: ['text'],
  additionalProperties: false,
  properties: {
    text: { type: 'string' },
    context: {
      type: 'object',
      additionalProperties: false,
      properties: { senderRole: role, recipientRole: role, studentAge: { type: 'string', enum: ['under13', '13-17', 'adult'] }, stage: { type: 'string', enum: ['enquiry', 'booked', 'ended'] } },
    },
    conversation: {
      type: 'array',
      maxItems: 50,
      items: { type: 'object', required: ['text'], additionalProperties: false, properties: { text: { type: 'string' }, senderRole: role } },
    },
  },
} as const;

/** POST /v1/scan reply: findings here DO carry their text (the caller sent it; nothing is stored). */
export const scanResponseSchema = {
  type: 'object',
  properties: {
    action: { type: 'string' },
    risk: { type: 'number' },
    kinds,
    findings: { type: 'array', items: { type: 'object', properties: { ...publicFindingSchema.properties, text: { type: 'string' } } } },
    redacted: { type: 'string' },
    decision: decisionSchema,
  },
} as const;

/** Path params with one id. */
export const idParams = { type: 'object', required: ['id'], properties: { id } } as const;

/** The user as /v1/auth returns it. */
export const userSchema = { type: 'object', properties: { id: { type: 'string' }, email: { type: 'string' }, name: { type: ['string', 'null'] }, role: { type: 'string' }, mustChangePassword: { type: 'boolean' } } } as const;

/** Login body. */
export const loginBodySchema = {
  type: 'object',
  required: ['email', 'password'],
  additionalProperties: false,
  properties: { email: { type: 'string', minLength: 3, maxLength: 320 }, password: { type: 'string', minLength: 1, maxLength: 1000 } },
} as const;

/** Queue listing query. */
export const queueQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    status: { type: 'string', enum: ['open', 'closed'] },
    kind: { type: 'string', enum: [...KINDS] },
    role: role,
    senderId: id,
    from: { type: 'string', format: 'date-time' },
    to: { type: 'string', format: 'date-time' },
    limit: { type: 'integer', minimum: 1, maximum: 200 },
    cursor: { type: 'string', maxLength: 500 },
  },
} as const;

/** Review decision body. */
export const reviewDecisionBodySchema = {
  type: 'object',
  required: ['outcome'],
  additionalProperties: false,
  properties: {
    outcome: { type: 'string', enum: ['release', 'release_redacted', 'reject', 'close'], description: '`close` is only for a safeguarding-cue flag (trigger `cues`), which holds no message; a lead closes it with a reason' },
    reason: { type: 'string', maxLength: 2000, description: 'Why: required to release (or release redacted) a safeguarding hold; audited' },
    confirm: { type: 'boolean', description: 'Must be true to release an original that hands a possible child a contact detail' },
    note: { type: 'string', maxLength: 5000 },
  },
} as const;

/** Opening a sealed original: why (audited with the opening). */
export const originalBodySchema = {
  type: 'object',
  required: ['reason'],
  additionalProperties: false,
  properties: { reason: { type: 'string', minLength: 3, maxLength: 1000, pattern: '\\S' } },
} as const;

/** Removing a strike: why (audited). */
export const strikeRemovalBodySchema = {
  type: 'object',
  required: ['reason'],
  additionalProperties: false,
  properties: { reason: { type: 'string', minLength: 3, maxLength: 1000, pattern: '\\S' } },
} as const;

/** Note body. */
export const noteBodySchema = {
  type: 'object',
  required: ['note'],
  additionalProperties: false,
  properties: { note: { type: 'string', minLength: 1, maxLength: 5000 }, doNotRelease: { type: 'boolean', description: 'Safeguarding lead: mark the item "do not release" (the API then refuses any release)' } },
} as const;

/** Strike body. */
export const strikeBodySchema = {
  type: 'object',
  required: ['weight', 'reason'],
  additionalProperties: false,
  properties: { weight: { type: 'number', exclusiveMinimum: 0, maximum: 100 }, reason: { type: 'string', minLength: 1, maxLength: 1000 }, messageId: { type: 'string', maxLength: 200, description: 'The message the strike is for (links it in the case history)' } },
} as const;

/** Paging query. */
export const pageQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: { limit: { type: 'integer', minimum: 1, maximum: 500 }, cursor: { type: 'string', pattern: '^[0-9]+$' } },
} as const;
