/**
 * Parsing and validating one input line of `chaperone scan` (see DESIGN.md, "The CLI contract").
 * A bad line becomes a `LineError` value with a code; it never throws, and an error message never
 * quotes the message text (it may hold the very contact details we are keeping out of logs).
 */
import type { AgeBand, Role, Stage } from '../policy/types.js';

/** Why a line could not be scanned. */
export type LineErrorCode =
  | 'invalid_utf8'
  | 'invalid_json'
  | 'not_object'
  | 'missing_text'
  | 'text_too_long'
  | 'line_too_long'
  | 'invalid_field'
  | 'attachment_refused'
  | 'internal_error';

/** The `error` member of an error output line. */
export interface LineError {
  code: LineErrorCode;
  message: string;
  /** `attachment_refused`: the attachment's index and why (an AttachmentError code such as `too_many_pixels`). */
  attachment?: number;
  reason?: string;
}

/** An attachment named on an input line: a file path or base64 data (exactly one). */
export interface AttachmentRef {
  name?: string;
  path?: string;
  data?: string;
}

/** A valid input line, in the engine's and the policy's vocabulary. */
export interface ScanRequest {
  /** The caller's id, echoed back: a string or number as given, else null. */
  id: string | number | null;
  text: string;
  conversation?: string;
  sender?: string;
  senderRole?: Role;
  recipientRole?: Role;
  studentAge?: AgeBand;
  stage?: Stage;
  sentAt?: string;
  /** Attachments on the line (issue 18), read and analysed before the line is answered. */
  attachments?: AttachmentRef[];
  /** Filled by the scan command once the attachments are read: what each one yielded (text units). */
  analyses?: import('../attachments/analyse.js').AttachmentAnalysis[];
}

/** Result of `parseInputLine`: a request, or an error with whatever id could be read. */
export type ParsedLine = { ok: true; request: ScanRequest } | { ok: false; id: string | number | null; error: LineError };

/** Limits applied while parsing. */
export interface InputLimits {
  /** Largest `text` accepted, in UTF-8 bytes. */
  maxTextBytes: number;
}

// Kept beside the policy types with `satisfies` so that a change there fails the type check here.
const ROLES = ['tutor', 'parent', 'student', 'moderator', 'platform'] as const satisfies readonly Role[];
const AGE_BANDS = ['under13', '13-17', 'adult'] as const satisfies readonly AgeBand[];
const STAGES = ['enquiry', 'booked', 'ended'] as const satisfies readonly Stage[];

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * True when the line has nothing but whitespace: such lines are skipped (editors and `cat` of
 * several files leave them), and say so in `--help`.
 */
export function isBlankLine(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  return true;
}

/**
 * Parse one line's bytes into a scan request or an error.
 * @example parseInputLine(Buffer.from('{"text":"hi"}'), { maxTextBytes: 65536 }) // { ok: true, request: { id: null, text: 'hi' } }
 */
export function parseInputLine(bytes: Buffer, limits: InputLimits): ParsedLine {
  let source: string;
  try {
    source = utf8.decode(bytes);
  } catch {
    return fail(null, 'invalid_utf8', 'the line is not valid UTF-8');
  }
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (err) {
    // JSON.parse messages can quote input ("Unexpected token 'c', "call me on"..."): say where, not what.
    const at = err instanceof SyntaxError ? /position (\d+)/.exec(err.message)?.[1] : undefined;
    return fail(null, 'invalid_json', at ? `the line is not valid JSON (error at character ${at})` : 'the line is not valid JSON');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail(null, 'not_object', `each line must be a JSON object, got ${describe(value)}`);
  }
  const o = value as Record<string, unknown>;
  const id = typeof o.id === 'string' || (typeof o.id === 'number' && Number.isFinite(o.id)) ? o.id : null;
  if (o.id !== undefined && o.id !== null && id === null) return fail(null, 'invalid_field', `"id" must be a string or a number, got ${describe(o.id)}`);
  const attachments = attachmentRefs(o.attachments);
  if (typeof attachments === 'string') return fail(id, 'invalid_field', attachments);
  // With attachments the text may be empty or absent: a photo sent on its own.
  if (o.text === undefined && attachments) o.text = '';
  if (typeof o.text !== 'string') {
    return fail(id, 'missing_text', o.text === undefined ? 'the line has no "text"' : `"text" must be a string, got ${describe(o.text)}`);
  }
  const size = Buffer.byteLength(o.text, 'utf8');
  if (size > limits.maxTextBytes) {
    return fail(id, 'text_too_long', `"text" is ${size} bytes of UTF-8, over the limit of ${limits.maxTextBytes} (--max-bytes)`);
  }
  const request: ScanRequest = { id, text: o.text };
  if (attachments) request.attachments = attachments;

  // Optional fields: absent or null means "not given"; a wrong type or value is an error, so that a
  // typo in a role never silently changes the decision once the policy uses it.
  const conversation = idLike(o, 'conversation');
  if (conversation.error) return fail(id, 'invalid_field', conversation.error);
  if (conversation.value !== undefined) request.conversation = conversation.value;

  const sender = idLike(o, 'sender');
  if (sender.error) return fail(id, 'invalid_field', sender.error);
  if (sender.value !== undefined) request.sender = sender.value;

  const senderRole = oneOf(o, 'sender_role', ROLES);
  if (senderRole.error) return fail(id, 'invalid_field', senderRole.error);
  if (senderRole.value !== undefined) request.senderRole = senderRole.value;

  const recipientRole = oneOf(o, 'recipient_role', ROLES);
  if (recipientRole.error) return fail(id, 'invalid_field', recipientRole.error);
  if (recipientRole.value !== undefined) request.recipientRole = recipientRole.value;

  const studentAge = ageBand(o.student_age);
  if (studentAge.error) return fail(id, 'invalid_field', studentAge.error);
  if (studentAge.value !== undefined) request.studentAge = studentAge.value;

  const stage = oneOf(o, 'stage', STAGES);
  if (stage.error) return fail(id, 'invalid_field', stage.error);
  if (stage.value !== undefined) request.stage = stage.value;

  if (o.sent_at !== undefined && o.sent_at !== null) {
    if (typeof o.sent_at !== 'string' || Number.isNaN(Date.parse(o.sent_at))) {
      return fail(id, 'invalid_field', `"sent_at" must be an ISO 8601 timestamp string, got ${describe(o.sent_at)}`);
    }
    request.sentAt = new Date(Date.parse(o.sent_at)).toISOString();
  }
  return { ok: true, request };
}

/** `attachments`: absent, or an array of `{name?, path}` / `{name?, data}` objects; a string is the error. */
function attachmentRefs(v: unknown): AttachmentRef[] | undefined | string {
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) return `"attachments" must be an array, got ${describe(v)}`;
  const out: AttachmentRef[] = [];
  for (let i = 0; i < v.length; i++) {
    const a = v[i] as unknown;
    if (a === null || typeof a !== 'object' || Array.isArray(a)) return `"attachments"[${i}] must be an object, got ${describe(a)}`;
    const r = a as Record<string, unknown>;
    const ref: AttachmentRef = {};
    if (r.name !== undefined && r.name !== null) {
      if (typeof r.name !== 'string') return `"attachments"[${i}].name must be a string, got ${describe(r.name)}`;
      ref.name = r.name.slice(0, 255);
    }
    const hasPath = typeof r.path === 'string' && r.path.length > 0;
    const hasData = typeof r.data === 'string';
    if (hasPath === hasData) return `"attachments"[${i}] needs exactly one of "path" (a file) or "data" (base64)`;
    if (hasPath) ref.path = r.path as string;
    else ref.data = r.data as string;
    for (const k of Object.keys(r)) if (!['name', 'path', 'data'].includes(k)) return `"attachments"[${i}] has an unknown field (allowed: name, path, data)`;
    out.push(ref);
  }
  return out;
}

function fail(id: string | number | null, code: LineErrorCode, message: string): ParsedLine {
  return { ok: false, id, error: { code, message } };
}

/** A JSON type name, never the value itself (values may be message text). */
function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

type Field<T> = { value?: T; error?: string };

/** Identifiers (conversation, sender) may be strings or numbers; numbers are used as their decimal string. */
function idLike(o: Record<string, unknown>, key: string): Field<string> {
  const v = o[key];
  if (v === undefined || v === null) return {};
  if (typeof v === 'string') return { value: v };
  if (typeof v === 'number' && Number.isFinite(v)) return { value: String(v) };
  return { error: `"${key}" must be a string or a number, got ${describe(v)}` };
}

function oneOf<T extends string>(o: Record<string, unknown>, key: string, allowed: readonly T[]): Field<T> {
  const v = o[key];
  if (v === undefined || v === null) return {};
  if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return { value: v as T };
  // Echo the value only when it is short and plain: it is metadata, not message text.
  const shown = typeof v === 'string' && v.length <= 20 && /^[\w-]*$/.test(v) ? `"${v}"` : describe(v);
  return { error: `"${key}" must be one of ${allowed.join(', ')}; got ${shown}` };
}

/** `student_age`: a band name, or an age in whole years (mapped to its band). */
function ageBand(v: unknown): Field<AgeBand> {
  if (v === undefined || v === null) return {};
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 150) return { value: v < 13 ? 'under13' : v < 18 ? '13-17' : 'adult' };
  return oneOf({ student_age: v }, 'student_age', AGE_BANDS);
}
