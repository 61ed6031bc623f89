/**
 * PDFs, read with MuPDF (WebAssembly; runs on Node 20): the page count is checked before any page is
 * loaded (a 50,000-page file is refused at once), then each page gives its text layer (lines with
 * their boxes), its link annotations (each URI a unit of its own), and, when it has no text layer
 * (a scan, a photo saved as PDF), a rendering in grey for OCR and the QR decoder. Boxes are in PDF
 * points from the page's top-left corner.
 */
import { AttachmentError } from './errors.js';
import { describe } from './image.js';
import type { AttachmentLimits } from './limits.js';
import type { TextUnit } from './text-unit.js';

type MuPdf = typeof import('mupdf');
let mupdfModule: Promise<MuPdf> | undefined;
/** MuPDF loads its WebAssembly on first use only. */
function loadMupdf(): Promise<MuPdf> {
  // MuPDF's parser warnings ("repairing broken xref"…) would go to the console: a file's problems are
  // reported as an AttachmentError instead, and nothing about an attachment is logged.
  mupdfModule ??= import('mupdf').then((m) => {
    m.setLog(() => undefined);
    return m;
  });
  return mupdfModule;
}

/** A page with no text layer, rendered for OCR: `scale` pixels per point. */
export interface RenderedPage {
  page: number;
  png: Buffer;
  rgba: { data: Uint8ClampedArray; width: number; height: number };
  scale: number;
}

/** What a PDF yields before OCR. */
export interface PdfContent {
  pages: number;
  /** The first page's size in points. */
  width: number;
  height: number;
  units: TextUnit[];
  /** Pages to OCR (no text layer), at most `maxOcrPages`. */
  toOcr: RenderedPage[];
  /** Pages with no text layer that were over `maxOcrPages` and so not read. */
  skippedPages: number[];
}

/** A page with fewer letters or digits than this in its text layer is treated as an image. */
const MIN_TEXT_CHARS = 4;
/** Pixels per point when rendering for OCR (144 dpi). */
const RENDER_SCALE = 2;

interface StextJson {
  blocks?: { type: string; lines?: { bbox: { x: number; y: number; w: number; h: number }; text: string }[] }[];
}

/** Read a PDF within `limits`. */
export async function readPdf(bytes: Uint8Array, limits: AttachmentLimits): Promise<PdfContent> {
  const mupdf = await loadMupdf();
  let doc: InstanceType<MuPdf['Document']>;
  try {
    doc = mupdf.Document.openDocument(bytes, 'application/pdf');
  } catch (err) {
    throw new AttachmentError('malformed', `the PDF could not be opened (${describe(err)})`);
  }
  try {
    if (doc.needsPassword()) throw new AttachmentError('unreadable', 'the PDF is encrypted with a password');
    let pages: number;
    try {
      pages = doc.countPages();
    } catch (err) {
      throw new AttachmentError('malformed', `the PDF's pages could not be counted (${describe(err)})`);
    }
    if (pages > limits.maxPdfPages) throw new AttachmentError('too_many_pages', `the PDF has ${pages} pages, over the limit of ${limits.maxPdfPages} (maxPdfPages)`);
    if (pages === 0) throw new AttachmentError('malformed', 'the PDF has no pages');
    const [fx0, fy0, fx1, fy1] = doc.loadPage(0).getBounds();
    const units: TextUnit[] = [];
    const toOcr: RenderedPage[] = [];
    const skippedPages: number[] = [];
    for (let i = 0; i < pages; i++) {
      const n = i + 1;
      try {
        const page = doc.loadPage(i);
        const stext = page.toStructuredText('preserve-whitespace');
        const json = JSON.parse(stext.asJSON()) as StextJson;
        const unit: TextUnit = { source: 'pdf-text', page: n, text: '', spans: [] };
        for (const block of json.blocks ?? []) {
          for (const line of block.lines ?? []) {
            const start = unit.text.length;
            unit.text += line.text;
            unit.spans.push({ start, end: unit.text.length, box: { x: line.bbox.x, y: line.bbox.y, width: line.bbox.w, height: line.bbox.h } });
            unit.text += '\n';
          }
        }
        const letters = unit.text.replace(/[^\p{L}\p{N}]/gu, '').length;
        if (letters > 0) units.push(unit);
        for (const link of page.getLinks()) {
          const uri = link.getURI();
          if (!uri || uri.startsWith('#')) continue;
          const [x0, y0, x1, y1] = link.getBounds();
          const text = uri.slice(0, 2048);
          units.push({ source: 'pdf-link', page: n, text, spans: [{ start: 0, end: text.length, box: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } }] });
        }
        if (letters < MIN_TEXT_CHARS) {
          if (toOcr.length >= limits.maxOcrPages) {
            skippedPages.push(n);
            continue;
          }
          const [bx0, by0, bx1, by1] = page.getBounds();
          const w = Math.max(1, bx1 - bx0), h = Math.max(1, by1 - by0);
          const scale = Math.min(RENDER_SCALE, Math.sqrt(limits.maxPixels / (w * h)), 4000 / Math.max(w, h));
          const pix = page.toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceRGB, false);
          const png = Buffer.from(pix.asPNG());
          const width = pix.getWidth(), height = pix.getHeight();
          const rgb = pix.getPixels();
          const rgba = new Uint8ClampedArray(width * height * 4);
          const stride = pix.getStride(), comps = pix.getNumberOfComponents();
          for (let y = 0, p = 0; y < height; y++) {
            for (let x = 0, q = y * stride; x < width; x++, p += 4, q += comps) {
              rgba[p] = rgb[q]!;
              rgba[p + 1] = rgb[q + 1]!;
              rgba[p + 2] = rgb[q + 2]!;
              rgba[p + 3] = 255;
            }
          }
          pix.destroy();
          toOcr.push({ page: n, png, rgba: { data: rgba, width, height }, scale });
        }
        page.destroy();
      } catch (err) {
        if (err instanceof AttachmentError) throw err;
        throw new AttachmentError('malformed', `page ${n} of the PDF could not be read (${describe(err)})`);
      }
    }
    return { pages, width: Math.round(fx1 - fx0), height: Math.round(fy1 - fy0), units, toOcr, skippedPages };
  } finally {
    doc.destroy();
  }
}

/**
 * Render one page (1-based) as a PNG for a moderator, at `scale` pixels per point (bounded to about
 * 4 million pixels): findings' boxes, in points, are multiplied by the same scale to outline them.
 */
export async function renderPdfPage(bytes: Uint8Array, page: number, scale = 1.5): Promise<Buffer> {
  const mupdf = await loadMupdf();
  const doc = mupdf.Document.openDocument(bytes, 'application/pdf');
  try {
    const p = doc.loadPage(page - 1);
    const [x0, y0, x1, y1] = p.getBounds();
    const s = Math.min(scale, Math.sqrt(4_000_000 / Math.max(1, (x1 - x0) * (y1 - y0))));
    const pix = p.toPixmap(mupdf.Matrix.scale(s, s), mupdf.ColorSpace.DeviceRGB, false);
    const png = Buffer.from(pix.asPNG());
    pix.destroy();
    p.destroy();
    return png;
  } finally {
    doc.destroy();
  }
}
