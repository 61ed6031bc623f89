/**
 * Why an attachment was refused. One error class with a `code`, so the CLI writes it as a line error
 * and the service maps it to one problem response; the message names the limit and the measured
 * value, never the attachment's content.
 */
export type AttachmentErrorCode =
  | 'unsupported_type'
  | 'too_many_attachments'
  | 'too_large'
  | 'too_many_pixels'
  | 'too_many_pages'
  | 'malformed'
  | 'ocr_timeout'
  | 'unreadable';

/** A refused or unreadable attachment. `index` is the attachment's position in its message, when known. */
export class AttachmentError extends Error {
  override readonly name = 'AttachmentError';
  constructor(
    readonly code: AttachmentErrorCode,
    message: string,
    readonly index?: number,
  ) {
    super(message);
  }
}

/** True for an `AttachmentError`. */
export function isAttachmentError(e: unknown): e is AttachmentError {
  return e instanceof AttachmentError;
}
