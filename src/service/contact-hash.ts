/**
 * Contact hashes (issue 19): "where else did this phone number appear?" without keeping the number
 * in the clear. Each canonical contact detail a message carried (the engine's `value`: E.164 phone,
 * lower-case email, normalised URL, handle) is stored only as HMAC-SHA256(key, kind + ':' + value),
 * beside the message id. A moderator's search runs the same engine over what they typed, so
 * "07700 900123", "+44 7700 900123" and "oh seven seven double oh…" all find the same messages.
 *
 * The key comes from configuration: $CHAPERONE_CONTACT_HASH_KEY (base64, 32 bytes), else it is
 * derived from the seal key (HKDF-SHA256, its own label), so a deployment needs no new secret and a
 * stolen database alone cannot test guesses against the hashes.
 */
import { createHmac, hkdfSync } from 'node:crypto';
import type { Finding } from '../engine/types.js';
import type { Tx } from '../store/open-store.js';

/** Hashes canonical contact details and records which messages carried them. */
export interface ContactHasher {
  /** The keyed hash of one canonical value of `kind`. */
  hash(kind: string, value: string): string;
  /** Record the details of `findings` against `messageId` (and the earlier messages an assembled finding spans). */
  record(tx: Tx, messageId: string, findings: readonly Finding[], at: string): Promise<void>;
}

/** The hash key: `explicit`, else $CHAPERONE_CONTACT_HASH_KEY, else derived from the seal key. */
export function contactHashKey(sealKey: Buffer, explicit?: string): Buffer {
  const configured = explicit ?? process.env.CHAPERONE_CONTACT_HASH_KEY;
  if (configured) {
    const key = Buffer.from(configured.trim(), 'base64');
    if (key.length < 32) throw new Error('CHAPERONE_CONTACT_HASH_KEY must be at least 32 bytes, base64-encoded (e.g. `openssl rand -base64 32`)');
    return key;
  }
  return Buffer.from(hkdfSync('sha256', sealKey, Buffer.alloc(0), 'chaperone contact hash v1', 32));
}

/** A hasher for `key`. */
export function createContactHasher(key: Buffer): ContactHasher {
  const hash = (kind: string, value: string) => createHmac('sha256', key).update(`${kind}:${value}`).digest('hex');
  return {
    hash,
    async record(tx, messageId, findings, at) {
      const rows = new Map<string, { hash: string; message_id: string; kind: string; created_at: string }>();
      for (const f of findings) {
        if (!f.value) continue;
        const h = hash(f.kind, f.value);
        for (const id of new Set([messageId, ...(f.messageIds ?? [])])) rows.set(`${h}\u0000${id}`, { hash: h, message_id: id, kind: f.kind, created_at: at });
      }
      if (!rows.size) return;
      await tx.insertInto('contact_hashes').values([...rows.values()]).onConflict((oc) => oc.columns(['hash', 'message_id']).doNothing()).execute();
    },
  };
}
