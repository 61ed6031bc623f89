/**
 * Hostile and malformed attachments, built in a few bytes each: a PNG header that claims
 * 30,000 × 30,000 pixels (a decompression bomb never gets further than its header), a PDF of 50,000
 * pages, truncated files, and files that are not what their name says.
 */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** A valid-looking PNG that claims `width` × `height` grey pixels, with only the first rows' data (compressed zeros). */
export function pngBomb(width = 30_000, height = 30_000): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const rows = Buffer.alloc((width + 1) * 64); // 64 rows of zeros: deflates to a few hundred bytes
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** A well-formed PDF of `n` empty pages (about 100 bytes a page). */
export function manyPagePdf(n = 50_000): Buffer {
  const parts: string[] = ['%PDF-1.4\n'];
  const offsets: number[] = [];
  let len = parts[0]!.length;
  const add = (s: string): void => {
    offsets.push(len);
    parts.push(s);
    len += Buffer.byteLength(s);
  };
  add('1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n');
  add(`2 0 obj <</Type/Pages/Count ${n}/Kids[${Array.from({ length: n }, (_, i) => `${i + 3} 0 R`).join(' ')}]>> endobj\n`);
  for (let i = 0; i < n; i++) add(`${i + 3} 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>> endobj\n`);
  let xref = `xref\n0 ${n + 3}\n0000000000 65535 f \n`;
  for (const o of offsets) xref += `${String(o).padStart(10, '0')} 00000 n \n`;
  xref += `trailer <</Size ${n + 3}/Root 1 0 R>>\nstartxref\n${len}\n%%EOF\n`;
  parts.push(xref);
  return Buffer.from(parts.join(''));
}
