/**
 * Identifiers and tokens. Ids are `<prefix>_<16 random base64url chars>`: unguessable (a participant
 * cannot enumerate other conversations' messages) and cheap to make.
 */
import { createHash, randomBytes } from 'node:crypto';

// Ids are made several times per request: drawing them from a pooled CSPRNG buffer avoids a
// randomBytes call (and its allocation) each time.
let pool = randomBytes(0);
let offset = 0;

/**
 * A new id such as `msg_mdk2x1a0b3q2-v9XkT0aQb7c1`: a fixed-width base-36 time prefix (so new rows
 * land at the end of primary-key indexes instead of splitting pages at random places) followed by 96
 * random bits (so ids stay unguessable).
 */
export function newId(prefix: string): string {
  if (offset + 12 > pool.length) {
    pool = randomBytes(12 * 256);
    offset = 0;
  }
  const id = pool.toString('base64url', offset, offset + 12);
  offset += 12;
  return `${prefix}_${Date.now().toString(36).padStart(9, '0')}${id}`;
}

/** A new secret token (API key, session token). */
export function newToken(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** sha256 hex of a string: how tokens and keys are stored. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
