/**
 * Attachment text → findings, through the engine's own `scan`: every disguise the engine reads in a
 * message it reads in an image or a PDF. Each finding names its attachment (`attachment`, the index),
 * how its text was obtained (`source`), the PDF page and the box on the image or page, where known.
 * Pure: no decoding here, so the CLI's worker threads and the service call the same function.
 */
import { scan, type ScanOptions } from '../engine/scan.js';
import type { Finding } from '../engine/types.js';
import type { AttachmentAnalysis } from './analyse.js';
import { boxOf } from './text-unit.js';

/**
 * The findings in a message's attachments.
 * @example scanAttachments([analysis]) // [{ kind: 'phone', attachment: 0, source: 'ocr', box: {…}, … }]
 */
export function scanAttachments(analyses: readonly Pick<AttachmentAnalysis, 'index' | 'units'>[], options: ScanOptions = {}): Finding[] {
  const out: Finding[] = [];
  for (const a of analyses) {
    for (const unit of a.units) {
      if (!unit.text.trim()) continue;
      for (const f of scan(unit.text, options).findings) {
        const g: Finding = { ...f, attachment: a.index, source: unit.source, why: [...f.why, whyFor(unit.source, unit.page)] };
        if (unit.page !== undefined) g.page = unit.page;
        const box = boxOf(unit, f.start, f.end);
        if (box) g.box = box;
        out.push(g);
      }
    }
  }
  return out;
}

function whyFor(source: string, page: number | undefined): string {
  const where = page === undefined ? '' : ` on page ${page}`;
  switch (source) {
    case 'ocr':
      return `read by OCR from the attachment${where}`;
    case 'qr':
      return `decoded from a QR code in the attachment${where}`;
    case 'pdf-link':
      return `a link annotation in the PDF${where}`;
    default:
      return `in the PDF's text${where}`;
  }
}
