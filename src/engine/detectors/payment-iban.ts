/**
 * IBAN verification for the `payment` detector: the country's length and the ISO 13616 mod-97
 * checksum. A checksum that passes by chance is 1 in 97, and the length must also fit the country,
 * so a random block of capitals and digits is almost never taken for an IBAN.
 */

/** IBAN length by country (ISO 13616 registry, the countries UK families most often pay from). */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, CH: 21, CY: 28, CZ: 24,
  DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18,
  GR: 27, HR: 21, HU: 28, IE: 22, IL: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LI: 21, LT: 20,
  LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29,
  PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SE: 24, SI: 19, SK: 24, SM: 27, TN: 24, TR: 26, UA: 29, VG: 24,
  XK: 20,
};

/**
 * True when `compact` (capitals and digits, no spaces) is a well-formed IBAN: known country, right
 * length, and `mod97 === 1`.
 * @example isValidIban('GB82WEST12345698765432') // true
 */
export function isValidIban(compact: string): boolean {
  const len = IBAN_LENGTHS[compact.slice(0, 2)];
  if (!len || compact.length !== len || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let rem = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const v = code >= 65 ? code - 55 : code - 48; // A=10 … Z=35
    rem = v >= 10 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
  }
  return rem === 1;
}
