/**
 * The intent model's weights file: one compact binary, as fastText's `.ftz` is.
 *
 *   "CHPM" · u32 header length · UTF-8 JSON header · tensors, each 4-byte aligned
 *
 * The header names the model's format, its labels, calibration and thresholds, and lists the
 * tensors (name, type, length) in the order they follow. Large tensors are int8 with a scale per
 * row or per column (a quarter of float32, and nothing measurable lost). Encoding is deterministic:
 * the same weights give the same bytes. Pure: bytes in, bytes out; reading the file from disk is
 * `shipped-model.ts`'s job.
 */

export const MAGIC = 'CHPM';

export interface TensorSpec {
  name: string;
  dtype: 'int8' | 'float32';
  length: number;
}

/** Everything but the tensors' contents. */
export interface ModelHeader {
  /** `chaperone-linear`: hashed features → labels. `chaperone-mlp`: hashed embeddings → hidden layer → labels. */
  format: 'chaperone-linear' | 'chaperone-mlp';
  featureVersion: number;
  /** Hash buckets, a power of two. */
  buckets: number;
  /** Output labels, in weight order: kinds, and cues as `safeguarding:<cue>`. */
  labels: string[];
  /** Sizes of the hidden-layer model (absent for the linear one). */
  dim?: number;
  hidden?: number;
  /** Platt calibration per label: p = σ(a·z + b), fitted on data the model did not train on. */
  platt: [number, number][];
  /** Calibrated probability at which a label is reported, per label (above 1: never reported). */
  threshold: number[];
  tensors: TensorSpec[];
}

export type Tensor = Int8Array | Float32Array;

export interface ModelFile {
  header: ModelHeader;
  tensors: Map<string, Tensor>;
}

const align4 = (n: number): number => (n + 3) & ~3;

/** Encode a header (without `tensors`) and named tensors into the file's bytes. */
export function encodeModel(header: Omit<ModelHeader, 'tensors'>, tensors: readonly { name: string; data: Tensor }[]): Uint8Array {
  const specs: TensorSpec[] = tensors.map((t) => ({ name: t.name, dtype: t.data instanceof Int8Array ? 'int8' : 'float32', length: t.data.length }));
  const json = new TextEncoder().encode(JSON.stringify({ ...header, tensors: specs }));
  let size = align4(8 + json.length);
  for (const t of tensors) size += align4(t.data.byteLength);
  const out = new Uint8Array(size);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, json.length, true);
  out.set(json, 8);
  let at = align4(8 + json.length);
  for (const t of tensors) {
    out.set(new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength), at);
    at += align4(t.data.byteLength);
  }
  return out;
}

/** Decode a weights file; throws a clear error on anything that is not one. */
export function decodeModel(bytes: Uint8Array): ModelFile {
  if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) throw new Error('not a Chaperone model file (bad magic)');
  const len = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  if (8 + len > bytes.length) throw new Error('truncated Chaperone model file (header)');
  let header: ModelHeader;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + len))) as ModelHeader;
  } catch {
    throw new Error('not a Chaperone model file (header is not JSON)');
  }
  if (header.format !== 'chaperone-linear' && header.format !== 'chaperone-mlp') throw new Error(`unsupported model format ${String(header.format)}`);
  const tensors = new Map<string, Tensor>();
  let at = align4(8 + len);
  for (const spec of header.tensors ?? []) {
    const byteLength = spec.dtype === 'int8' ? spec.length : spec.length * 4;
    if (at + byteLength > bytes.length) throw new Error(`truncated Chaperone model file (tensor ${spec.name})`);
    // A view over the file's bytes when they sit on a 4-byte boundary (a whole file read into its
    // own buffer always does: tensors are aligned in the file), else an aligned copy. A view is the
    // same bits without copying 9 MB and faulting in a second 9 MB at every start.
    const offset = bytes.byteOffset + at;
    let buffer: ArrayBufferLike;
    let start: number;
    if (offset % 4 === 0) {
      buffer = bytes.buffer;
      start = offset;
    } else {
      const raw = new Uint8Array(byteLength);
      raw.set(bytes.subarray(at, at + byteLength));
      buffer = raw.buffer;
      start = 0;
    }
    tensors.set(spec.name, spec.dtype === 'int8' ? new Int8Array(buffer, start, spec.length) : new Float32Array(buffer, start, spec.length));
    at += align4(byteLength);
  }
  if (at !== bytes.length) throw new Error('Chaperone model file has trailing bytes');
  return { header, tensors };
}

/** The named tensor, or a clear error. */
export function tensor<T extends Tensor>(m: ModelFile, name: string, type: new (n: number) => T): T {
  const t = m.tensors.get(name);
  if (!t || !(t instanceof type)) throw new Error(`model file lacks the ${name} tensor`);
  return t as T;
}

/**
 * Quantise a row-major matrix (rows × cols) to int8 with one scale per row (max |w| / 127):
 * embeddings, where rows differ a lot in magnitude.
 */
export function quantiseRows(w: ArrayLike<number>, rows: number, cols: number): { q: Int8Array; scale: Float32Array } {
  const q = new Int8Array(rows * cols);
  const scale = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    let m = 0;
    for (let c = 0; c < cols; c++) m = Math.max(m, Math.abs(w[r * cols + c]!));
    const s = m > 0 ? Math.fround(m / 127) : 1;
    scale[r] = s;
    for (let c = 0; c < cols; c++) q[r * cols + c] = Math.max(-127, Math.min(127, Math.round(w[r * cols + c]! / s)));
  }
  return { q, scale };
}

/** Quantise a row-major matrix to int8 with one scale per column (the linear model's labels). */
export function quantiseColumns(w: ArrayLike<number>, rows: number, cols: number): { q: Int8Array; scale: Float32Array } {
  const scale = new Float32Array(cols);
  for (let i = 0; i < rows * cols; i++) scale[i % cols] = Math.max(scale[i % cols]!, Math.abs(w[i]!));
  for (let c = 0; c < cols; c++) scale[c] = scale[c]! > 0 ? Math.fround(scale[c]! / 127) : 1;
  const q = new Int8Array(rows * cols);
  for (let i = 0; i < rows * cols; i++) q[i] = Math.max(-127, Math.min(127, Math.round(w[i]! / scale[i % cols]!)));
  return { q, scale };
}
