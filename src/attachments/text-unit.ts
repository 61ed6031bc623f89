/**
 * What an attachment yields for scanning: units of text (the OCR of an image or a page, a page's text
 * layer, a QR payload, a link annotation), each with the boxes of its pieces, so that a finding's span
 * in the text maps back to a region of the image or page.
 */

/** A rectangle on the image (pixels) or on a PDF page (points), top-left origin. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A piece of a unit's text (`[start, end)` in `text`) and where it is. */
export interface PlacedSpan {
  start: number;
  end: number;
  box: Box;
}

/** One text to scan, from one attachment. */
export interface TextUnit {
  source: 'ocr' | 'qr' | 'pdf-text' | 'pdf-link';
  /** 1-based page of a PDF. */
  page?: number;
  text: string;
  /** Placed pieces (words for OCR, lines for a PDF text layer, the whole code for a QR). */
  spans: PlacedSpan[];
}

/** The smallest box around `boxes`, or undefined when there are none. */
export function unionBox(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.width);
    y1 = Math.max(y1, b.y + b.height);
  }
  return { x: round(x0), y: round(y0), width: round(x1 - x0), height: round(y1 - y0) };
}

/** The box of `[start, end)` in a unit: the union of the placed pieces it overlaps. */
export function boxOf(unit: TextUnit, start: number, end: number): Box | undefined {
  return unionBox(unit.spans.filter((s) => s.start < end && s.end > start).map((s) => s.box));
}

const round = (n: number): number => Math.round(n * 10) / 10;
