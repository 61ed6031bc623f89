/**
 * Attachments (issue 18): images (PNG, JPEG, WebP, GIF first frame) and PDFs, read within limits
 * into text units (OCR, QR payloads, PDF text and links) and scanned by the engine's `scan`.
 */
export { analyseAttachment, analyseAttachments, checkAttachment, type AttachmentAnalysis, type AttachmentInput, type AnalyseOptions } from './analyse.js';
export { AttachmentError, isAttachmentError, type AttachmentErrorCode } from './errors.js';
export { DEFAULT_ATTACHMENT_LIMITS, makeAttachmentLimits, type AttachmentLimits } from './limits.js';
export { OcrPool, sharedOcrPool, closeSharedOcrPool, type OcrPoolOptions, type OcrResult } from './ocr-pool.js';
export { qrPayloadText } from './qr.js';
export { scanAttachments } from './scan-attachments.js';
export { sniffType, MIME, type AttachmentType } from './sniff.js';
export type { Box, TextUnit, PlacedSpan } from './text-unit.js';
export { deliveredAttachments } from './delivery.js';
