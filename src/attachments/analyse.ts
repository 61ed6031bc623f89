/**
 * One attachment, bytes → text units: limits first, the type from the magic bytes, then the decoder
 * for that type (image: OCR + QR; PDF: text layer + links + OCR and QR of pages without text). What
 * comes out is only text with boxes; what is found in it is decided by the engine's `scan`
 * (scan-attachments.ts), exactly as for a message.
 */
import { AttachmentError } from './errors.js';
import { prepareImage } from './image.js';
import { DEFAULT_ATTACHMENT_LIMITS, type AttachmentLimits } from './limits.js';
import { sharedOcrPool, type OcrPool, type OcrResult } from './ocr-pool.js';
import { decodeQr } from './qr.js';
import { MIME, sniffType, type AttachmentType } from './sniff.js';
import type { Box, TextUnit } from './text-unit.js';

/** An attachment as received: its bytes and the name the sender gave (shown, never trusted). */
export interface AttachmentInput {
  name?: string;
  bytes: Uint8Array;
}

/** What was read from one attachment. */
export interface AttachmentAnalysis {
  index: number;
  name: string;
  type: AttachmentType;
  mime: string;
  size: number;
  /** Image size in pixels (an image), or the first page's size in points (a PDF; boxes are in points). */
  width?: number;
  height?: number;
  /** Pages of a PDF. */
  pages?: number;
  /** PDF pages without a text layer that were over `maxOcrPages` and were not read. */
  skippedPages?: number[];
  units: TextUnit[];
}

/** How to analyse. */
export interface AnalyseOptions {
  limits?: AttachmentLimits;
  /** The OCR pool; the process's shared pool when absent. */
  ocr?: OcrPool;
}

/**
 * Check one attachment against the limits that need no decoding (count is checked by the caller):
 * its size and its type. Throws `AttachmentError`.
 */
export function checkAttachment(input: AttachmentInput, index: number, limits: AttachmentLimits = DEFAULT_ATTACHMENT_LIMITS): AttachmentType {
  if (input.bytes.length > limits.maxBytes) {
    throw new AttachmentError('too_large', `attachment ${index} is ${input.bytes.length} bytes, over the limit of ${limits.maxBytes} (maxBytes)`, index);
  }
  try {
    return sniffType(input.bytes);
  } catch (e) {
    if (e instanceof AttachmentError) throw new AttachmentError(e.code, `attachment ${index}: ${e.message}`, index);
    throw e;
  }
}

/**
 * Read an attachment into text units. Throws `AttachmentError` (with `index`) for a refusal: over a
 * limit, an unsupported type, a malformed file, OCR over its time budget.
 */
export async function analyseAttachment(input: AttachmentInput, index: number, options: AnalyseOptions = {}): Promise<AttachmentAnalysis> {
  const limits = options.limits ?? DEFAULT_ATTACHMENT_LIMITS;
  const type = checkAttachment(input, index, limits);
  const ocr = options.ocr ?? sharedOcrPool();
  const analysis: AttachmentAnalysis = { index, name: input.name ?? `attachment-${index}`, type, mime: MIME[type], size: input.bytes.length, units: [] };
  const deadline = Date.now() + limits.maxOcrMs;
  const budget = (): number => {
    const left = deadline - Date.now();
    if (left <= 0) throw new AttachmentError('ocr_timeout', `attachment ${index}: OCR took longer than ${limits.maxOcrMs} ms (maxOcrMs)`, index);
    return left;
  };
  try {
    if (type === 'pdf') {
      const { readPdf } = await import('./pdf.js');
      const pdf = await readPdf(input.bytes, limits);
      analysis.pages = pdf.pages;
      analysis.width = pdf.width;
      analysis.height = pdf.height;
      if (pdf.skippedPages.length) analysis.skippedPages = pdf.skippedPages;
      analysis.units.push(...pdf.units);
      for (const page of pdf.toOcr) {
        const qr = decodeQr(page.rgba, page.scale, page.page);
        if (qr) analysis.units.push(qr);
        const img = await prepareImage(page.png, limits);
        if (img.layout.blank) continue;
        const r = await ocr.recognize(img.ocr, budget());
        // Boxes in PDF points: the rendition's pixels divided by its scale.
        analysis.units.push(ocrUnit(r, (b) => scaleBox(img.toOriginal(b), 1 / page.scale), page.page));
      }
    } else {
      const img = await prepareImage(input.bytes, limits);
      analysis.width = img.width;
      analysis.height = img.height;
      const qr = decodeQr(img.rgba, img.qrScale);
      if (qr) analysis.units.push(qr);
      // A blank image (no ink at all; also a highly compressed "bomb" within the pixel limit) is not OCR'd.
      if (!img.layout.blank) analysis.units.push(ocrUnit(await ocr.recognize(img.ocr, budget()), img.toOriginal));
    }
  } catch (e) {
    if (e instanceof AttachmentError) throw e.index === undefined ? new AttachmentError(e.code, `attachment ${index}: ${e.message}`, index) : e;
    throw new AttachmentError('unreadable', `attachment ${index} could not be read (${e instanceof Error ? e.name : 'unknown error'})`, index);
  }
  return analysis;
}

/** An OCR result as a unit, its boxes mapped back to the original image (or page, in points). */
function ocrUnit(r: OcrResult, toOriginal: (b: Box) => Box, page?: number): TextUnit {
  const unit: TextUnit = { source: 'ocr', text: r.text, spans: r.words.map((w) => ({ start: w.start, end: w.end, box: toOriginal(w.box) })) };
  if (page !== undefined) unit.page = page;
  return unit;
}

function scaleBox(b: Box, k: number): Box {
  return { x: b.x * k, y: b.y * k, width: b.width * k, height: b.height * k };
}

/**
 * Analyse a message's attachments (at most `maxAttachments`), concurrently; OCR is bounded by the
 * pool. Rejects with the first `AttachmentError` (the message then fails closed).
 */
export async function analyseAttachments(inputs: readonly AttachmentInput[], options: AnalyseOptions = {}): Promise<AttachmentAnalysis[]> {
  const limits = options.limits ?? DEFAULT_ATTACHMENT_LIMITS;
  if (inputs.length > limits.maxAttachments) {
    throw new AttachmentError('too_many_attachments', `the message has ${inputs.length} attachments, over the limit of ${limits.maxAttachments} (maxAttachments)`);
  }
  // Cheap checks for all first, so a bad second attachment is refused before the first is OCR'd.
  inputs.forEach((a, i) => checkAttachment(a, i, limits));
  return Promise.all(inputs.map((a, i) => analyseAttachment(a, i, options)));
}
