/**
 * `chaperone scan [FILE]`: the JSON Lines contract of DESIGN.md. Reads one message per line from FILE
 * or standard input, writes one result per line to standard output, in order, streaming with
 * bounded memory (a line splitter with a hard cap on input, `drain`-aware batched output, and a
 * bounded map of conversation memories).
 */
import { open, readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { availableParallelism } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { emptyConversationState, scanInConversation, type ConversationMessage, type ConversationState } from '../engine/conversation.js';
import { scan, type ScanOptions, type ScanResult } from '../engine/scan.js';
import { isBlankLine, parseInputLine, type LineError, type ScanRequest } from './jsonl-input.js';
import type { AttachmentAnalysis, AttachmentInput } from '../attachments/analyse.js';
import { deliveredAttachments } from '../attachments/delivery.js';
import { AttachmentError } from '../attachments/errors.js';
import { DEFAULT_ATTACHMENT_LIMITS, type AttachmentLimits } from '../attachments/limits.js';
import { scanAttachments } from '../attachments/scan-attachments.js';
import type { Finding } from '../engine/types.js';
import { splitLines, type InputLine } from './jsonl-lines.js';
import { JsonlWriter, OutputClosedError } from './jsonl-writer.js';
import type { Progress } from '../util/progress.js';

const KiB = 1024;
const MiB = 1024 * KiB;

/** Exit statuses of `chaperone scan`. */
export const EXIT = { ok: 0, someLinesFailed: 1, usage: 2 } as const;

export const SCAN_USAGE = `chaperone scan [options] [FILE]

Reads JSON Lines from FILE (or standard input when FILE is absent or "-") and writes one JSON line
per input line to standard output, in the same order.

Input line (only "text" is required):
  {"id": "m1", "text": "call me on 07700 900123", "conversation": "c1", "sender": "u1",
   "sender_role": "tutor", "recipient_role": "parent", "student_age": "13-17", "stage": "enquiry",
   "sent_at": "2026-01-01T10:00:00Z"}
  Lines with the same "conversation" form one conversation, in input order, so a contact detail split
  across several messages is found. sender_role/recipient_role: tutor, parent, student, moderator,
  platform; student_age: under13, 13-17, adult, or an age in years; stage: enquiry, booked, ended.
  Attachments (images PNG/JPEG/WebP/GIF, PDFs; "text" may then be empty or absent):
    "attachments": [{"name": "note.jpg", "path": "photos/note.jpg"}, {"name": "card.png", "data": "<base64>"}]
  Their text (OCR, QR codes, PDF text and links) is scanned like the message; such findings carry
  "attachment" (the index), "source", and where known "page" and "box". Limits: 5 attachments of
  10 MiB, 40 million pixels, 50 PDF pages, 20 s of OCR each; a refused one fails the line.

Output line:
  {"id": "m1", "action": "redact", "risk": 0.97, "kinds": ["phone"], "findings": [...], "redacted": "..."}
  or, for a line that cannot be scanned (the run goes on):
  {"id": "m1", "line": 7, "error": {"code": "missing_text", "message": "..."}}
  Error codes: invalid_utf8, invalid_json, not_object, missing_text, text_too_long, line_too_long,
  invalid_field, attachment_refused (with "reason" and "attachment"), internal_error. Error messages never quote the message text.
  Blank (whitespace-only) lines are skipped without output; line numbers still count them.

Options:
  --max-bytes N          largest "text" accepted, in UTF-8 bytes (default 64k; suffixes k, m)
  --max-line-bytes N     longest input line read, in bytes (default 1m or 8 x --max-bytes if larger);
                         longer lines are skipped unread and reported as line_too_long
  --max-conversations N  conversation memories kept at once (default 10000); the least recently
                         active conversation is forgotten first
  --policy FILE          decide actions with this policy file (default: policies/default.yaml); output
                         then also carries reasons, concern, nudge and recipient_suggestion, and
                         "redacted" is what the recipient sees (null when held or blocked)
  --no-policy            no policy: the engine's default action (any finding → redact)
  --workers N            scan on N worker threads (default: the machine's cores, here ${availableParallelism()});
                         output order and conversation memory are the same as with --workers 1 (a
                         conversation stays on one worker). An input that ends within its first
                         1,000 lines and 100 ms is scanned in process, without starting workers.
  -h, --help             show this help

Exit status: 0 when every line was scanned, 1 when any line failed, 2 on a usage error (unknown
option, unreadable file).
`;

/** Settings of one `chaperone scan` run. */
export interface ScanCommandOptions {
  /** Input file; standard input when undefined. */
  file?: string;
  /** Largest `text` accepted, in UTF-8 bytes. */
  maxTextBytes: number;
  /** Longest input line read, in bytes. */
  maxLineBytes: number;
  /** Conversation memories kept at once. */
  maxConversations: number;
  /** Policy file (`--policy`); the default policy when absent. */
  policy?: string;
  /** False with `--no-policy`: the engine's own default action, no policy decision. */
  usePolicy: boolean;
  /** Worker threads (`--workers`); 1 scans in process. Default: the machine's cores. */
  workers?: number;
}

/** What a run did: lines scanned and lines that failed. */
export interface ScanRunSummary {
  scanned: number;
  failed: number;
}

/**
 * Turns the engine's result for one message into the action written out, plus any extra output
 * fields. This is the extension point for the policy layer: `--policy FILE` will build a decider
 * from `policy/decide` using the request's roles, age band and stage (all on `request`).
 */
export type LineDecider = ((result: ScanResult, request: ScanRequest) => { action: string; extra?: Record<string, unknown> }) & {
  /** Engine options for the run (the policy's allow-lists). */
  scanOptions?: ScanOptions;
};

/** The decider used without `--policy`: the engine's default action (any finding → redact). */
export const engineDecider: LineDecider = (result) => ({ action: result.action });

/** Parse `chaperone scan` arguments; a string is a usage error message. */
export function parseScanArgs(args: readonly string[]): ScanCommandOptions | { help: true } | string {
  let maxTextBytes = 64 * KiB;
  let maxLineBytes: number | undefined;
  let maxConversations = 10_000;
  let workers: number | undefined;
  let policy: string | undefined;
  let usePolicy = true;
  const files: string[] = [];
  let onlyFiles = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') return { help: true };
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const takeValue = (): string | null => {
      if (eq > 0) return arg.slice(eq + 1);
      if (i + 1 < args.length) return args[++i];
      return null;
    };
    switch (name) {
      case '--max-bytes':
      case '--max-line-bytes':
      case '--max-conversations': {
        const raw = takeValue();
        const n = raw === null ? null : parseSize(raw);
        if (n === null || n < 1) return `${name} needs a positive whole number (suffixes k and m allowed)`;
        if (name === '--max-bytes') maxTextBytes = n;
        else if (name === '--max-line-bytes') maxLineBytes = n;
        else maxConversations = n;
        break;
      }
      case '--workers': {
        const raw = takeValue();
        const n = raw === null || !/^\d+$/.test(raw.trim()) ? null : Number(raw);
        if (n === null || n < 1 || n > 256) return '--workers needs a whole number from 1 to 256';
        workers = n;
        break;
      }
      case '--no-policy':
        usePolicy = false;
        break;
      case '--policy': {
        const raw = takeValue();
        if (!raw) return '--policy needs a file';
        policy = raw;
        break;
      }
      default:
        return `unknown option '${name}'`;
    }
  }
  if (files.length > 1) return `expected at most one FILE, got ${files.length}`;
  // A line carries JSON escaping and other fields around the text: leave generous room so that a
  // text just under --max-bytes is reported as text_too_long only when it really is.
  const lineCap = maxLineBytes ?? Math.max(1 * MiB, 8 * maxTextBytes);
  if (!usePolicy && policy !== undefined) return '--policy and --no-policy cannot be used together';
  const options: ScanCommandOptions = { maxTextBytes, maxLineBytes: lineCap, maxConversations, usePolicy };
  if (files.length === 1 && files[0] !== '-') options.file = files[0];
  if (policy !== undefined) options.policy = policy;
  if (workers !== undefined) options.workers = workers;
  return options;
}

function parseSize(raw: string): number | null {
  const m = /^(\d+)([km]?)i?b?$/i.exec(raw.trim());
  if (!m) return null;
  const n = Number(m[1]) * (m[2].toLowerCase() === 'k' ? KiB : m[2].toLowerCase() === 'm' ? MiB : 1);
  return Number.isSafeInteger(n) ? n : null;
}

/**
 * Build the decider for a run: the policy in FILE, or the default policy (policies/default.yaml)
 * when no file is given; `--no-policy` keeps the engine's own default action (any finding → redact).
 * Returns a usage error message when the policy file cannot be used.
 */
export async function loadDecider(policyFile: string | undefined, usePolicy: boolean): Promise<LineDecider | string> {
  if (!usePolicy) return engineDecider;
  // Only what a scan needs: the policy's parser and schema (yaml, ajv) load only for --policy FILE.
  const [{ decideForLine }, { engineConfigFromPolicy }, { DEFAULT_POLICY }] = await Promise.all([
    import('../policy/decide-for-line.js'),
    import('../policy/engine-config-from-policy.js'),
    import('../policy/default-policy.js'),
  ]);
  let policy = DEFAULT_POLICY;
  if (policyFile !== undefined) {
    const [{ loadPolicy }, { PolicyError }] = await Promise.all([import('../policy/load-policy.js'), import('../policy/policy-error.js')]);
    try {
      policy = loadPolicy(policyFile);
    } catch (e) {
      if (e instanceof PolicyError) return `policy ${policyFile} is not valid:\n${e.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`;
      throw e;
    }
  }
  const decider: LineDecider = (result, request) => {
    const d = decideForLine(
      result,
      { text: request.text, sender_role: request.senderRole, recipient_role: request.recipientRole, student_age: request.studentAge, stage: request.stage },
      policy,
    );
    // The policy's redaction replaces the engine's; null means the recipient sees nothing (hold, block).
    return { action: d.action, extra: { reasons: d.reasons, concern: d.concern, nudge: d.nudge, recipient_suggestion: d.recipientSuggestion, redacted: d.redacted } };
  };
  decider.scanOptions = { config: engineConfigFromPolicy(policy) };
  return decider;
}

/**
 * Conversation memories by conversation id, bounded: past `limit`, the least recently active
 * conversation is forgotten, so a 1 GB input with millions of conversations keeps constant memory.
 */
export class ConversationMemories {
  private readonly states = new Map<string, ConversationState>();
  constructor(private readonly limit: number) {}

  get(id: string): ConversationState {
    const s = this.states.get(id);
    if (s === undefined) return emptyConversationState();
    // Re-insert so Map order is least → most recently active.
    this.states.delete(id);
    this.states.set(id, s);
    return s;
  }

  set(id: string, state: ConversationState): void {
    this.states.delete(id);
    this.states.set(id, state);
    while (this.states.size > this.limit) {
      const oldest = this.states.keys().next().value;
      if (oldest === undefined) break;
      this.states.delete(oldest);
    }
  }
}

/** Scan one valid request, using and updating its conversation's memory when it has one. */
function scanRequest(request: ScanRequest, memories: ConversationMemories, options: ScanOptions = {}): ScanResult {
  if (request.conversation === undefined) return scan(request.text, options);
  const message: ConversationMessage = { text: request.text };
  if (request.id !== null) message.id = String(request.id);
  if (request.sender !== undefined) message.sender = request.sender;
  if (request.senderRole !== undefined) message.senderRole = request.senderRole;
  if (request.sentAt !== undefined) message.sentAt = request.sentAt;
  const { result, state } = scanInConversation(memories.get(request.conversation), message, options);
  memories.set(request.conversation, state);
  return result;
}

/** One answered line: its JSON text (without the newline) and whether it failed. */
export interface AnsweredLine {
  json: string;
  failed: boolean;
}

/**
 * Scan one valid request and write its output line: the same code answers a line in process
 * (`--workers 1`) and in a worker thread, so the output is the same byte for byte.
 */
export function answerRequest(request: ScanRequest, lineNo: number, memories: ConversationMemories, decide: LineDecider): AnsweredLine {
  try {
    let result = scanRequest(request, memories, decide.scanOptions);
    // Attachment findings join the message's for the decision; their spans are in the attachment's
    // text, so `redacted` (the message text) is unchanged by them.
    const fromAttachments = request.analyses ? scanAttachments(request.analyses, decide.scanOptions) : [];
    if (fromAttachments.length) result = withAttachmentFindings(result, fromAttachments);
    const decision = decide(result, request);
    const out: Record<string, unknown> = { id: request.id, action: decision.action, risk: result.risk, kinds: result.kinds, findings: result.findings, redacted: result.redacted, ...decision.extra };
    if (request.analyses) {
      const delivered = new Set(deliveredAttachments(decision.action, result.findings, request.analyses.length, REPORT_THRESHOLD));
      out.attachments = request.analyses.map((a) => attachmentSummary(a, delivered.has(a.index)));
    }
    return { json: JSON.stringify(out), failed: false };
  } catch (err) {
    // The engine promises never to throw; if it does, this line fails and the run goes on. The
    // error's name only: its message could quote the text.
    const error: LineError = { code: 'internal_error', message: `scanning failed (${err instanceof Error ? err.name : 'unknown error'})` };
    return { json: JSON.stringify({ id: request.id, line: lineNo, error }), failed: true };
  }
}

/** Set once a line's attachments were read: the OCR pool then needs closing at the end of the run. */
let attachmentsUsed = false;

/** Close the shared OCR pool if attachments were read (its worker threads keep the process alive). */
export async function closeAttachmentReaders(): Promise<void> {
  if (!attachmentsUsed) return;
  const { closeSharedOcrPool } = await import('../attachments/ocr-pool.js');
  await closeSharedOcrPool();
}

/** Findings at or above this score withhold an attachment of a redacted message (the default policy's report threshold). */
const REPORT_THRESHOLD = 0.5;

/** The engine's result with findings from attachments added (kinds, risk and the engine's action follow). */
function withAttachmentFindings(result: ScanResult, extra: Finding[]): ScanResult {
  const findings = [...result.findings, ...extra];
  const kinds = [...result.kinds];
  for (const f of extra) if (!kinds.includes(f.kind)) kinds.push(f.kind);
  const risk = Math.max(result.risk, ...extra.map((f) => f.score));
  return { ...result, findings, kinds, risk, action: findings.length ? 'redact' : result.action };
}

/** What the output line says about one attachment: its type and size, what was read, whether it is delivered. */
function attachmentSummary(a: AttachmentAnalysis, delivered: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = { index: a.index, name: a.name, type: a.type, bytes: a.size };
  if (a.width !== undefined) Object.assign(out, { width: a.width, height: a.height });
  if (a.pages !== undefined) out.pages = a.pages;
  if (a.skippedPages) out.skipped_pages = a.skippedPages;
  out.texts = a.units.map((u) => (u.page === undefined ? { source: u.source, text: u.text } : { source: u.source, page: u.page, text: u.text }));
  out.delivered = delivered;
  return out;
}

/**
 * Read a line's attachments (files or base64) and analyse them (OCR in the shared pool, bounded):
 * on success `request.analyses` is set and the raw references dropped; a refusal is the line's error
 * (the line fails closed: no verdict without its attachments).
 */
export async function readLineAttachments(request: ScanRequest, limits: AttachmentLimits = DEFAULT_ATTACHMENT_LIMITS): Promise<LineError | null> {
  const refs = request.attachments;
  if (!refs) return null;
  delete request.attachments;
  try {
    if (refs.length > limits.maxAttachments) {
      throw new AttachmentError('too_many_attachments', `the line has ${refs.length} attachments, over the limit of ${limits.maxAttachments} (maxAttachments)`);
    }
    const inputs: AttachmentInput[] = [];
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i]!;
      let bytes: Buffer;
      if (ref.path !== undefined) {
        let size: number;
        try {
          const info = await stat(ref.path);
          // A device or a pipe (/dev/zero) has no size to check: only regular files are read.
          if (!info.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'not a regular file' });
          size = info.size;
        } catch (e) {
          throw new AttachmentError('unreadable', `attachment ${i}: cannot read '${ref.path}' (${(e as NodeJS.ErrnoException).code ?? 'error'})`, i);
        }
        if (size > limits.maxBytes) throw new AttachmentError('too_large', `attachment ${i} is ${size} bytes, over the limit of ${limits.maxBytes} (maxBytes)`, i);
        bytes = await readFile(ref.path);
      } else {
        const data = ref.data!;
        // Refused from the base64 length, before decoding.
        if (Math.floor((data.length * 3) / 4) - 2 > limits.maxBytes) throw new AttachmentError('too_large', `attachment ${i} is about ${Math.floor((data.length * 3) / 4)} bytes, over the limit of ${limits.maxBytes} (maxBytes)`, i);
        if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(data.replace(/\s+/g, ''))) throw new AttachmentError('malformed', `attachment ${i}: "data" is not base64`, i);
        bytes = Buffer.from(data, 'base64');
      }
      const input: AttachmentInput = { bytes };
      input.name = ref.name ?? (ref.path !== undefined ? basename(ref.path) : `attachment-${i}`);
      inputs.push(input);
    }
    // Loaded on first use: sharp, tesseract.js and MuPDF cost start-up time a text-only run never pays.
    const { analyseAttachments } = await import('../attachments/analyse.js');
    attachmentsUsed = true;
    request.analyses = await analyseAttachments(inputs, { limits });
    return null;
  } catch (e) {
    if (!(e instanceof AttachmentError)) throw e;
    const error: LineError = { code: 'attachment_refused', message: e.message, reason: e.code };
    if (e.index !== undefined) error.attachment = e.index;
    return error;
  }
}

/**
 * Scan a JSON Lines byte stream into `output`. Never throws for a bad line (it becomes an error
 * line); rejects only when the input cannot be read, or with `OutputClosedError` when the output goes.
 */
export async function runScan(input: AsyncIterable<Buffer | string>, output: Writable, options: ScanCommandOptions, decide: LineDecider = engineDecider): Promise<ScanRunSummary> {
  return runScanLines(splitLines(input, { maxLineBytes: options.maxLineBytes }), output, options, decide);
}

/** `runScan` over lines already split (in process, on this thread). */
export async function runScanLines(lines: AsyncIterable<InputLine>, output: Writable, options: ScanCommandOptions, decide: LineDecider = engineDecider, onLine?: () => void): Promise<ScanRunSummary> {
  const writer = new JsonlWriter(output);
  const memories = new ConversationMemories(options.maxConversations);
  const summary: ScanRunSummary = { scanned: 0, failed: 0 };
  const writeError = async (id: string | number | null, line: number, error: LineError): Promise<void> => {
    summary.failed++;
    await writer.write({ id, line, error });
  };

  for await (const line of lines) {
    onLine?.();
    if (line.tooLong) {
      await writeError(null, line.lineNo, { code: 'line_too_long', message: `the line is ${line.length} bytes, over the limit of ${options.maxLineBytes} (--max-line-bytes); it was not read` });
      continue;
    }
    if (isBlankLine(line.bytes)) continue;
    const parsed = parseInputLine(line.bytes, { maxTextBytes: options.maxTextBytes });
    if (!parsed.ok) {
      await writeError(parsed.id, line.lineNo, parsed.error);
      continue;
    }
    if (parsed.request.attachments) {
      const refused = await readLineAttachments(parsed.request);
      if (refused) {
        await writeError(parsed.request.id, line.lineNo, refused);
        continue;
      }
    }
    const answered = answerRequest(parsed.request, line.lineNo, memories, decide);
    if (answered.failed) summary.failed++;
    else summary.scanned++;
    await writer.writeLine(answered.json);
  }
  await writer.end();
  return summary;
}

/** Open FILE for reading, or explain why not (a usage error). */
async function openInput(file: string | undefined): Promise<Readable | string> {
  if (file === undefined) return process.stdin;
  try {
    const info = await stat(file);
    if (info.isDirectory()) return `cannot read '${file}': it is a directory`;
    const handle = await open(file, 'r');
    return handle.createReadStream();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    return `cannot read '${file}': ${why}`;
  }
}

/** Inputs that end within this many lines (and `PROBE_MS`) are scanned in process: workers would cost more than they save. */
const PROBE_LINES = 1000;
const PROBE_MS = 100;

/**
 * Read up to `maxLines` lines, for at most `waitMs`: `ended` says whether the input ended within
 * them. `lines` gives every line, the probed ones first, as if nothing had been read.
 */
async function probeInput(source: AsyncIterable<InputLine>, maxLines: number, waitMs: number): Promise<{ ended: boolean; lines: AsyncIterable<InputLine> }> {
  const it = source[Symbol.asyncIterator]();
  const head: InputLine[] = [];
  let timedOut = false;
  let onTimeout: (() => void) | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    onTimeout = () => resolve('timeout');
  });
  const timer = setTimeout(() => {
    timedOut = true;
    onTimeout?.();
  }, waitMs);
  let pending: Promise<IteratorResult<InputLine>> | undefined;
  let ended = false;
  try {
    while (head.length < maxLines && !timedOut) {
      pending ??= it.next();
      const r = await Promise.race([pending, timeout]);
      if (r === 'timeout') break;
      pending = undefined;
      if (r.done) {
        ended = true;
        break;
      }
      // The splitter may hand out views of its input chunks: keep copies while they wait.
      head.push(r.value.bytes ? { lineNo: r.value.lineNo, bytes: Buffer.from(r.value.bytes) } : r.value);
    }
  } finally {
    clearTimeout(timer);
  }
  async function* lines(): AsyncGenerator<InputLine> {
    yield* head;
    if (ended) return;
    if (pending) {
      const r = await pending;
      if (r.done) return;
      yield r.value;
    }
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield r.value;
    }
  }
  return { ended, lines: lines() };
}

/** Counts the bytes that pass, for the progress bar. */
async function* counted(input: AsyncIterable<Buffer | string>, count: { bytes: number }): AsyncGenerator<Buffer | string> {
  for await (const chunk of input) {
    count.bytes += chunk.length;
    yield chunk;
  }
}

/** The `scan` command: resolves to the exit status (0 all lines scanned, 1 some failed, 2 usage). */
export async function scanCommand(args: string[]): Promise<number> {
  const parsed = parseScanArgs(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`chaperone scan: ${parsed}\n\n${SCAN_USAGE}`);
    return EXIT.usage;
  }
  if ('help' in parsed) {
    process.stdout.write(SCAN_USAGE);
    return EXIT.ok;
  }
  if (parsed.policy !== undefined) {
    // A broken policy file is a usage error before anything is read.
    const [{ loadPolicy }, { PolicyError }] = await Promise.all([import('../policy/load-policy.js'), import('../policy/policy-error.js')]);
    try {
      loadPolicy(parsed.policy);
    } catch (e) {
      if (!(e instanceof PolicyError)) throw e;
      process.stderr.write(`chaperone scan: policy ${parsed.policy} is not valid:\n${e.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}\n`);
      return EXIT.usage;
    }
  }
  const input = await openInput(parsed.file);
  if (typeof input === 'string') {
    process.stderr.write(`chaperone scan: ${input}\n`);
    return EXIT.usage;
  }
  // Progress and an estimate on standard error, only for a file and only when that is a terminal.
  let progress: Progress | undefined;
  const count = { bytes: 0 };
  let source: AsyncIterable<Buffer | string> = input;
  if (parsed.file !== undefined && process.stderr.isTTY) {
    const { progressBar } = await import('../util/progress.js');
    progress = progressBar('chaperone scan', (await stat(parsed.file)).size);
    source = counted(input, count);
  }
  const onLine = progress && ((): void => progress.tick(count.bytes));
  try {
    const split = splitLines(source, { maxLineBytes: parsed.maxLineBytes });
    const workers = parsed.workers ?? availableParallelism();
    let summary: ScanRunSummary;
    const probed = workers > 1 ? await probeInput(split, PROBE_LINES, PROBE_MS) : { ended: true, lines: split };
    if (probed.ended) {
      const decide = await loadDecider(parsed.policy, parsed.usePolicy);
      if (typeof decide === 'string') {
        process.stderr.write(`chaperone scan: ${decide}\n`);
        return EXIT.usage;
      }
      summary = await runScanLines(probed.lines, process.stdout, parsed, decide, onLine);
    } else {
      const { runScanParallel } = await import('./scan-parallel.js');
      summary = await runScanParallel(probed.lines, process.stdout, parsed, workers, onLine);
    }
    return summary.failed > 0 ? EXIT.someLinesFailed : EXIT.ok;
  } catch (err) {
    if (err instanceof OutputClosedError) return EXIT.someLinesFailed; // the reader went away (e.g. `| head`)
    const e = err as NodeJS.ErrnoException;
    process.stderr.write(`chaperone scan: could not read the input: ${e.code ?? e.message}\n`);
    return EXIT.usage;
  } finally {
    progress?.done();
    if (input !== process.stdin) input.destroy();
    await closeAttachmentReaders();
  }
}
