/**
 * Identifiers and tokens. Ids are `<prefix>_<16 random base64url chars>`: unguessable (a participant
 * cannot enumerate other conversations' messages) and cheap to make.
 */
import { createHash, randomBytes } from 'node:crypto';

/** A new id such as `msg_3q2-v9XkT0aQb7c1`. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}

/** A new secret token (API key, session token). */
export function newToken(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** sha256 hex of a string: how tokens and keys are stored. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
