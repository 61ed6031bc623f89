/**
 * The detector registry. Adding a detector is adding a file in this folder and a line here.
 * Order does not change results (findings are merged and sorted after all detectors run).
 */
import type { Detector } from '../types.js';
import { phoneDetector } from './phone.js';
import { emailDetector } from './email.js';
import { urlDetector } from './url.js';
import { socialDetector } from './social.js';
import { platformDetector } from './platform.js';
import { paymentDetector } from './payment.js';
import { addressDetector } from './address.js';
import { requestDetector } from './request.js';
import { modelDetector } from './model.js';

/** The rule detectors: candidates verified by libphonenumber, the public suffix list, checksums, word rules. */
export const RULE_DETECTORS: readonly Detector[] = [phoneDetector, emailDetector, urlDetector, socialDetector, platformDetector, paymentDetector, addressDetector, requestDetector];

/** Every detector: the rules, then the learned model, which reads the rules' findings as features. */
export const DEFAULT_DETECTORS: readonly Detector[] = [...RULE_DETECTORS, modelDetector];
