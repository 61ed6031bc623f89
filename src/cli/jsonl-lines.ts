/**
 * A streaming line splitter for JSON Lines input with a hard cap on line length, so that one
 * enormous line (say 50 MB with no newline) cannot make the process buffer it all: past the cap the
 * rest of the line is discarded as it arrives and the line is reported as too long.
 */

/** One line of input: its 1-based number and either its bytes or the fact that it was too long. */
export type InputLine =
  | { lineNo: number; bytes: Buffer; tooLong?: undefined }
  | { lineNo: number; tooLong: true; length: number; bytes?: undefined };

/** Options for `splitLines`. */
export interface SplitLinesOptions {
  /** Longest line kept, in bytes (without the newline). Longer lines yield `{ tooLong: true }`. */
  maxLineBytes: number;
}

const NEWLINE = 0x0a;
const CR = 0x0d;

/**
 * Split a byte stream into lines (`\n` or `\r\n`), yielding them in order. Pulling from the async
 * iterator is what reads more input, so a slow consumer pauses the source (back-pressure) and memory
 * stays bounded by `maxLineBytes` plus one chunk. A final line without a newline is still yielded;
 * a carriage return ending any line is dropped (CRLF input).
 * @example for await (const line of splitLines(process.stdin, { maxLineBytes: 1 << 20 })) …
 */
export async function* splitLines(source: AsyncIterable<Buffer | string>, options: SplitLinesOptions): AsyncGenerator<InputLine> {
  const cap = options.maxLineBytes;
  let parts: Buffer[] = [];
  let held = 0; // bytes held in `parts`
  let discarding = false; // the current line has passed the cap; its bytes are being dropped
  let length = 0; // full length of the current line, counted even while discarding
  let lineNo = 0;

  const finish = (tail: Buffer): InputLine => {
    lineNo++;
    if (discarding) {
      const line: InputLine = { lineNo, tooLong: true, length: length + tail.length };
      parts = [];
      held = 0;
      discarding = false;
      length = 0;
      return line;
    }
    let bytes = parts.length === 0 ? tail : Buffer.concat([...parts, tail], held + tail.length);
    if (bytes.length > 0 && bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, bytes.length - 1);
    parts = [];
    held = 0;
    length = 0;
    if (bytes.length > cap) return { lineNo, tooLong: true, length: bytes.length };
    return { lineNo, bytes };
  };

  const keep = (piece: Buffer): void => {
    if (piece.length === 0) return;
    length += piece.length;
    if (discarding) return;
    // +1 leaves room for a '\r' that a CRLF line ending will strip.
    if (held + piece.length > cap + 1) {
      discarding = true;
      parts = [];
      held = 0;
      return;
    }
    // Copy: the source may reuse its chunk buffers, and a copy lets the chunk be collected.
    parts.push(Buffer.from(piece));
    held += piece.length;
  };

  for await (const chunk of source) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let from = 0;
    for (let nl = buf.indexOf(NEWLINE, from); nl !== -1; nl = buf.indexOf(NEWLINE, from)) {
      const tail = buf.subarray(from, nl);
      if (discarding) length += tail.length;
      yield finish(discarding ? Buffer.alloc(0) : tail);
      from = nl + 1;
    }
    keep(buf.subarray(from));
  }
  if (held > 0 || discarding) yield finish(Buffer.alloc(0));
}
