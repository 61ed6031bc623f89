import type { Transformer } from './transformer.js';
import { regexEdits } from './transformer.js';

/**
 * First step. Text inside a right-to-left override (U+202E … U+202C or end) is stored backwards and
 * displayed forwards; put it in reading order so detectors see what the reader sees.
 * Example: "call \u202E321 009 00770\u202C" → "call 07700 900 123".
 */
export const bidiOverride: Transformer = {
  id: 'bidi-override',
  nonAsciiOnly: true,
  pretest: (t) => t.includes('\u202E'),
  edits: (t) => regexEdits(t, /\u202E([^\u202C]*)\u202C?/g, (m) => [...m[1]].reverse().join(''), true),
};
