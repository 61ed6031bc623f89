import type { Detector } from '../types.js';

/** Placeholder: being written (see issue 2). */
export const socialDetector: Detector = {
  id: 'social',
  kinds: ['social'],
  find: () => [],
};
