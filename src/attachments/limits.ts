/**
 * Limits on attachments, as configuration. Every decoder is bounded by them before it decodes: the
 * byte size is checked first, then the type from the magic bytes, then the dimensions read from the
 * header (an image) or the page count (a PDF), and only then is anything decoded. OCR has a time
 * budget per attachment.
 */

const MiB = 1024 * 1024;

/** Limits for one message's attachments. */
export interface AttachmentLimits {
  /** Attachments per message. */
  maxAttachments: number;
  /** Bytes per attachment (the decoded bytes, not the base64). */
  maxBytes: number;
  /** Pixels (width × height) of an image, and of a PDF page rendered for OCR. */
  maxPixels: number;
  /** Pages of a PDF; a longer PDF is refused, not truncated. */
  maxPdfPages: number;
  /** Pages of a PDF without a text layer that are rendered and OCR'd. */
  maxOcrPages: number;
  /** OCR time budget per attachment, in milliseconds. */
  maxOcrMs: number;
}

/** The defaults: a phone photo (12 MP) fits; a scanned worksheet of a few pages fits. */
export const DEFAULT_ATTACHMENT_LIMITS: Readonly<AttachmentLimits> = Object.freeze({
  maxAttachments: 5,
  maxBytes: 10 * MiB,
  maxPixels: 40_000_000,
  maxPdfPages: 50,
  maxOcrPages: 5,
  maxOcrMs: 20_000,
});

/**
 * Limits from defaults and overrides; throws a RangeError naming a limit that is not a positive number.
 * @example makeAttachmentLimits({ maxBytes: 1_000_000 }).maxPixels // 40000000
 */
export function makeAttachmentLimits(overrides: Partial<AttachmentLimits> = {}): AttachmentLimits {
  const limits = { ...DEFAULT_ATTACHMENT_LIMITS, ...overrides };
  for (const [k, v] of Object.entries(limits)) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) throw new RangeError(`attachment limit ${k} must be a positive number`);
  }
  return limits;
}
