import type { Detector } from '../types.js';

/** Placeholder: being written (see issue 2). */
export const emailDetector: Detector = {
  id: 'email',
  kinds: ['email'],
  find: () => [],
};
