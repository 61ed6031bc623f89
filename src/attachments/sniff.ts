/**
 * The attachment's type from its first bytes (its magic number), never from its name or declared
 * type: a PNG named `worksheet.pdf` is read as a PNG, and a ZIP named `photo.jpg` is refused as a ZIP.
 */
import { AttachmentError } from './errors.js';

/** The types an attachment may have. */
export type AttachmentType = 'png' | 'jpeg' | 'webp' | 'gif' | 'pdf';

/** MIME type of each supported type. */
export const MIME: Readonly<Record<AttachmentType, string>> = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp', gif: 'image/gif', pdf: 'application/pdf' };

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0): boolean => b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x);
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

/** Types we recognise only to refuse them by name. */
const KNOWN_OTHERS: readonly [string, (b: Uint8Array) => boolean][] = [
  ['ZIP archive (or an Office document)', (b) => startsWith(b, [0x50, 0x4b, 0x03, 0x04])],
  ['gzip archive', (b) => startsWith(b, [0x1f, 0x8b])],
  ['7-Zip archive', (b) => startsWith(b, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])],
  ['RAR archive', (b) => startsWith(b, ascii('Rar!'))],
  ['BMP image', (b) => startsWith(b, ascii('BM'))],
  ['TIFF image', (b) => startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])],
  ['HEIC/AVIF image', (b) => startsWith(b, ascii('ftyp'), 4) && /^(heic|heix|mif1|avif|hevc)/.test(String.fromCharCode(...b.subarray(8, 12)))],
  ['MP4/QuickTime video', (b) => startsWith(b, ascii('ftyp'), 4)],
  ['ICO image', (b) => startsWith(b, [0x00, 0x00, 0x01, 0x00])],
  ['Windows executable', (b) => startsWith(b, ascii('MZ'))],
  ['ELF executable', (b) => startsWith(b, [0x7f, 0x45, 0x4c, 0x46])],
  ['SVG or XML document', (b) => /^\s*<(\?xml|svg)/i.test(String.fromCharCode(...b.subarray(0, 64)))],
  ['HTML document', (b) => /^\s*<(!doctype|html)/i.test(String.fromCharCode(...b.subarray(0, 64)))],
];

/**
 * The type of `bytes`, or an `AttachmentError` (`unsupported_type`) that names what it is.
 * @example sniffType(pngBytes) // 'png'
 */
export function sniffType(bytes: Uint8Array): AttachmentType {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'gif';
  // A PDF may have up to 1 KiB of junk before its header (as readers accept).
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).indexOf('%PDF-');
  if (head >= 0) return 'pdf';
  if (bytes.length === 0) throw new AttachmentError('unsupported_type', 'the attachment is empty (0 bytes)');
  for (const [name, test] of KNOWN_OTHERS) {
    if (test(bytes)) throw new AttachmentError('unsupported_type', `the attachment is a ${name}; supported types are PNG, JPEG, WebP, GIF and PDF`);
  }
  const text = bytes.subarray(0, 512).every((b) => b === 0x09 || b === 0x0a || b === 0x0d || (b >= 0x20 && b < 0x7f) || b >= 0x80);
  throw new AttachmentError('unsupported_type', `the attachment is ${text ? 'plain text' : 'of an unknown binary type'}; supported types are PNG, JPEG, WebP, GIF and PDF`);
}
