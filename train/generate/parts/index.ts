/** Every language's frame families, in one place for the planner. */
import type { Lang, LangActs } from './types.js';
import { EN_POSITIVES } from './acts-en.js';
import { EN_NEGATIVES } from './neg-en.js';
import { PL_POSITIVES } from './acts-pl.js';
import { PL_NEGATIVES } from './neg-pl.js';
import { UR_POSITIVES } from './acts-ur.js';
import { UR_NEGATIVES } from './neg-ur.js';
import { HI_POSITIVES } from './acts-hi.js';
import { HI_NEGATIVES } from './neg-hi.js';
import { RO_POSITIVES } from './acts-ro.js';
import { RO_NEGATIVES } from './neg-ro.js';
import { AR_POSITIVES } from './acts-ar.js';
import { AR_NEGATIVES } from './neg-ar.js';
import { ES_POSITIVES } from './acts-es.js';
import { ES_NEGATIVES } from './neg-es.js';
import { FR_POSITIVES } from './acts-fr.js';
import { FR_NEGATIVES } from './neg-fr.js';
import { PT_POSITIVES } from './acts-pt.js';
import { PT_NEGATIVES } from './neg-pt.js';

export const ACTS: Record<Lang, LangActs> = {
  en: { lang: 'en', positives: EN_POSITIVES, negatives: EN_NEGATIVES },
  pl: { lang: 'pl', positives: PL_POSITIVES, negatives: PL_NEGATIVES },
  ur: { lang: 'ur', positives: UR_POSITIVES, negatives: UR_NEGATIVES },
  hi: { lang: 'hi', positives: HI_POSITIVES, negatives: HI_NEGATIVES },
  ro: { lang: 'ro', positives: RO_POSITIVES, negatives: RO_NEGATIVES },
  ar: { lang: 'ar', positives: AR_POSITIVES, negatives: AR_NEGATIVES },
  es: { lang: 'es', positives: ES_POSITIVES, negatives: ES_NEGATIVES },
  fr: { lang: 'fr', positives: FR_POSITIVES, negatives: FR_NEGATIVES },
  pt: { lang: 'pt', positives: PT_POSITIVES, negatives: PT_NEGATIVES },
};
