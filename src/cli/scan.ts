/**
 * `chaperone scan [FILE]`: the JSON Lines contract of DESIGN.md. Reads one message per line from FILE
 * or standard input, writes one result per line to standard output, in order, streaming with
 * bounded memory (a line splitter with a hard cap on input, `drain`-aware batched output, and a
 * bounded map of conversation memories).
 */
import { open, stat } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { emptyConversationState, scanInConversation, type ConversationMessage, type ConversationState } from '../engine/conversation.js';
import { scan, type ScanOptions, type ScanResult } from '../engine/scan.js';
import { isBlankLine, parseInputLine, type LineError, type ScanRequest } from './jsonl-input.js';
import { splitLines } from './jsonl-lines.js';
import { JsonlWriter, OutputClosedError } from './jsonl-writer.js';

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

Output line:
  {"id": "m1", "action": "redact", "risk": 0.97, "kinds": ["phone"], "findings": [...], "redacted": "..."}
  or, for a line that cannot be scanned (the run goes on):
  {"id": "m1", "line": 7, "error": {"code": "missing_text", "message": "..."}}
  Error codes: invalid_utf8, invalid_json, not_object, missing_text, text_too_long, line_too_long,
  invalid_field, internal_error. Error messages never quote the message text.
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
async function loadDecider(policyFile: string | undefined, usePolicy: boolean): Promise<LineDecider | string> {
  if (!usePolicy) return engineDecider;
  const { loadPolicy, decideForLine, engineConfigFromPolicy, PolicyError, DEFAULT_POLICY } = await import('../policy/index.js');
  let policy = DEFAULT_POLICY;
  if (policyFile !== undefined) {
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
class ConversationMemories {
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

/**
 * Scan a JSON Lines byte stream into `output`. Never throws for a bad line (it becomes an error
 * line); rejects only when the input cannot be read, or with `OutputClosedError` when the output goes.
 */
export async function runScan(input: AsyncIterable<Buffer | string>, output: Writable, options: ScanCommandOptions, decide: LineDecider = engineDecider): Promise<ScanRunSummary> {
  const writer = new JsonlWriter(output);
  const memories = new ConversationMemories(options.maxConversations);
  const summary: ScanRunSummary = { scanned: 0, failed: 0 };
  const writeError = async (id: string | number | null, line: number, error: LineError): Promise<void> => {
    summary.failed++;
    await writer.write({ id, line, error });
  };

  for await (const line of splitLines(input, { maxLineBytes: options.maxLineBytes })) {
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
    const request = parsed.request;
    let out: Record<string, unknown>;
    try {
      const result = scanRequest(request, memories, decide.scanOptions);
      const decision = decide(result, request);
      out = { id: request.id, action: decision.action, risk: result.risk, kinds: result.kinds, findings: result.findings, redacted: result.redacted, ...decision.extra };
    } catch (err) {
      // The engine promises never to throw; if it does, this line fails and the run goes on. The
      // error's name only: its message could quote the text.
      await writeError(request.id, line.lineNo, { code: 'internal_error', message: `scanning failed (${err instanceof Error ? err.name : 'unknown error'})` });
      continue;
    }
    summary.scanned++;
    await writer.write(out);
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
  const decide = await loadDecider(parsed.policy, parsed.usePolicy);
  if (typeof decide === 'string') {
    process.stderr.write(`chaperone scan: ${decide}\n`);
    return EXIT.usage;
  }
  const input = await openInput(parsed.file);
  if (typeof input === 'string') {
    process.stderr.write(`chaperone scan: ${input}\n`);
    return EXIT.usage;
  }
  try {
    const summary = await runScan(input, process.stdout, parsed, decide);
    return summary.failed > 0 ? EXIT.someLinesFailed : EXIT.ok;
  } catch (err) {
    if (err instanceof OutputClosedError) return EXIT.someLinesFailed; // the reader went away (e.g. `| head`)
    const e = err as NodeJS.ErrnoException;
    process.stderr.write(`chaperone scan: could not read the input: ${e.code ?? e.message}\n`);
    return EXIT.usage;
  } finally {
    if (input !== process.stdin) input.destroy();
  }
}
