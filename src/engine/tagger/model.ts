/**
 * The address tagger's weights: one small binary file, `models/address.bin` (fastText-like: a header
 * with the arguments, then one hashed weight matrix, rows = feature buckets, columns = the tags
 * O, B, I), quantised to 16 bits and deflated. Loaded once, lazily, the only I/O of the tagger;
 * `CHAPERONE_ADDRESS_MODEL` names another file. When no file is found the tagger is off (no
 * findings), never an error.
 *
 * Layout (after inflating): "CHADDR01", u32 LE header length, header JSON (UTF-8), padding to an even
 * offset, then `buckets * 3` int16 LE weights; a weight is `int16 * scale`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync, inflateSync } from 'node:zlib';

/** The number of tags: O, B (begins an address), I (inside one). */
export const TAGS = 3;

/** The header of a model file. */
export interface ModelHeader {
  version: 1;
  /** Feature buckets (a power of two). */
  buckets: number;
  /** A stored int16 weight times this is the weight. */
  scale: number;
  /** Platt calibration of a span's mean margin: score = 1 / (1 + exp(-(a * margin + b))). */
  calibration: { a: number; b: number };
}

/** A loaded model: its header and weights (already multiplied by the scale). */
export interface AddressModel {
  header: ModelHeader;
  /** `buckets * 3` weights, row-major by bucket. */
  weights: Float32Array;
  /** `buckets - 1`, to take a hash to its bucket. */
  mask: number;
}

const MAGIC = 'CHADDR01';

/** Serialise a model (used by the trainer). Deterministic: the same weights give the same bytes. */
export function encodeModel(header: ModelHeader, quantised: Int16Array): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const pad = (MAGIC.length + 4 + json.length) % 2;
  const head = Buffer.alloc(MAGIC.length + 4 + json.length + pad);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(json.length, MAGIC.length);
  json.copy(head, MAGIC.length + 4);
  const body = Buffer.alloc(quantised.length * 2);
  for (let i = 0; i < quantised.length; i++) body.writeInt16LE(quantised[i], i * 2);
  return deflateSync(Buffer.concat([head, body]), { level: 9 });
}

/** Parse a model file's bytes; throws on a malformed file. */
export function decodeModel(bytes: Buffer): AddressModel {
  const raw = inflateSync(bytes);
  if (raw.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not an address model file');
  const len = raw.readUInt32LE(MAGIC.length);
  const header = JSON.parse(raw.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + len)) as ModelHeader;
  let off = MAGIC.length + 4 + len;
  off += off % 2;
  const n = header.buckets * TAGS;
  if (raw.length < off + n * 2 || (header.buckets & (header.buckets - 1)) !== 0) throw new Error('truncated address model file');
  const weights = new Float32Array(n);
  for (let i = 0; i < n; i++) weights[i] = raw.readInt16LE(off + i * 2) * header.scale;
  return { header, weights, mask: header.buckets - 1 };
}

/** Where the shipped model is: `models/address.bin` beside the nearest package.json above this file. */
export function defaultModelPath(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'models', 'address.bin');
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return null;
}

let cached: AddressModel | null | undefined;

/** The model, loaded on first use (null when there is none or it cannot be read). */
export function loadAddressModel(): AddressModel | null {
  if (cached !== undefined) return cached;
  const path = process.env.CHAPERONE_ADDRESS_MODEL || defaultModelPath();
  try {
    cached = path && existsSync(path) ? decodeModel(readFileSync(path)) : null;
  } catch {
    cached = null;
  }
  return cached;
}

/** Use this model instead of the file (tests and the trainer); `undefined` forgets it and reloads. */
export function setAddressModel(model: AddressModel | null | undefined): void {
  cached = model;
}
