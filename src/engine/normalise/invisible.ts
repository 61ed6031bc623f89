import type { Transformer } from './transformer.js';
import { regexEdits } from './transformer.js';

/**
 * Second step (after bidi-override). Removes invisible and format characters that people slip into a
 * detail to break filters: zero-width space/joiners, word joiner, soft hyphen, bidi controls,
 * variation selectors (every Default_Ignorable_Code_Point), and the combining keycap U+20E3.
 * Example: "07700\u200B900\u00AD123" → "07700900123".
 */
export const invisible: Transformer = {
  id: 'invisible',
  nonAsciiOnly: true,
  pretest: (t) => INVISIBLE_TEST.test(t),
  edits: (t) => regexEdits(t, INVISIBLE, () => ''),
};

const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\u20E3]+/gu;
const INVISIBLE_TEST = /[\p{Default_Ignorable_Code_Point}\u20E3]/u;
