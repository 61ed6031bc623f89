import type { Detector } from '../types.js';

/** Placeholder: being written (see issue 2). */
export const phoneDetector: Detector = {
  id: 'phone',
  kinds: ['phone'],
  find: () => [],
};
