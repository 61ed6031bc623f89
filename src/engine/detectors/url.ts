import type { Detector } from '../types.js';

/** Placeholder: being written (see issue 2). */
export const urlDetector: Detector = {
  id: 'url',
  kinds: ['url'],
  find: () => [],
};
