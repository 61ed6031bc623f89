/**
 * QR codes: decoded with jsQR (both dark-on-light and inverted), the payload becomes a text unit
 * scanned like a message. A vCard or MECARD is unfolded into plain lines first ("TEL;TYPE=CELL:+44…"
 * becomes "TEL: +44…") so the phone and email rules see ordinary text; the raw payload is kept too.
 */
import jsQRModule from 'jsqr';

// jsqr is a UMD bundle: under Node's ESM loader its default import is `module.exports`, the function.
type JsQr = (data: Uint8ClampedArray, width: number, height: number, options?: { inversionAttempts?: 'dontInvert' | 'onlyInvert' | 'attemptBoth' | 'invertFirst' }) => {
  data: string;
  location: Record<'topLeftCorner' | 'topRightCorner' | 'bottomLeftCorner' | 'bottomRightCorner', { x: number; y: number }>;
} | null;
const jsQR = ((jsQRModule as unknown as { default?: JsQr }).default ?? jsQRModule) as unknown as JsQr;
import type { TextUnit } from './text-unit.js';

/** Decode a QR code in RGBA pixels; `scale` maps back to the original image's pixels. */
export function decodeQr(rgba: { data: Uint8ClampedArray; width: number; height: number }, scale: number, page?: number): TextUnit | null {
  const code = jsQR(rgba.data, rgba.width, rgba.height, { inversionAttempts: 'attemptBoth' });
  if (!code || !code.data) return null;
  const l = code.location;
  const xs = [l.topLeftCorner.x, l.topRightCorner.x, l.bottomLeftCorner.x, l.bottomRightCorner.x];
  const ys = [l.topLeftCorner.y, l.topRightCorner.y, l.bottomLeftCorner.y, l.bottomRightCorner.y];
  const box = { x: Math.min(...xs) / scale, y: Math.min(...ys) / scale, width: (Math.max(...xs) - Math.min(...xs)) / scale, height: (Math.max(...ys) - Math.min(...ys)) / scale };
  const text = qrPayloadText(code.data);
  const unit: TextUnit = { source: 'qr', text, spans: [{ start: 0, end: text.length, box }] };
  if (page !== undefined) unit.page = page;
  return unit;
}

/**
 * The payload as text to scan: vCard/MECARD fields on their own lines, `tel:`/`sms:`/`mailto:` URIs
 * spelled as the detail they carry (the raw payload first, then the readable form).
 * @example qrPayloadText('tel:+447700900123') // 'tel:+447700900123\nphone +447700900123'
 */
export function qrPayloadText(payload: string): string {
  const raw = payload.slice(0, 4096);
  const extra: string[] = [];
  if (/^BEGIN:VCARD/i.test(raw)) {
    for (const line of raw.split(/\r?\n/)) {
      const m = /^(?:item\d+\.)?(TEL|EMAIL|URL|X-SOCIALPROFILE|IMPP|ADR)[^:]*:(.*)$/i.exec(line);
      if (m) extra.push(`${fieldWord(m[1]!)} ${m[2]!.replace(/;+/g, ' ').trim()}`);
    }
  } else if (/^MECARD:/i.test(raw)) {
    for (const part of raw.slice(7).split(';')) {
      const m = /^(TEL|EMAIL|URL|ADR):(.*)$/i.exec(part);
      if (m) extra.push(`${fieldWord(m[1]!)} ${m[2]!.trim()}`);
    }
  } else {
    const m = /^(tel|sms|smsto|mailto|whatsapp):\/{0,2}([^?]*)/i.exec(raw);
    if (m) extra.push(`${/^mailto/i.test(m[1]!) ? "email" : "phone"} ${safeDecode(m[2]!).replace(/:.*$/, "")}`);
  }
  return extra.length ? `${raw}\n${extra.join('\n')}` : raw;
}

function fieldWord(field: string): string {
  switch (field.toUpperCase()) {
    case 'TEL':
      return 'phone';
    case 'EMAIL':
      return 'email';
    case 'ADR':
      return 'address';
    default:
      return 'link';
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
