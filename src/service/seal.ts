/**
 * Sealed originals: AES-256-GCM with a random 96-bit IV per seal and the row id as associated data
 * (a ciphertext copied onto another row does not open). The key comes from CHAPERONE_SEAL_KEY
 * (base64, 32 bytes) or, for the embedded default, from `seal.key` in the data folder (created with
 * mode 0600 on first start).
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A sealed value, every part base64. */
export interface Sealed {
  ct: string;
  iv: string;
  tag: string;
}

/** Seals and opens text with one key. */
export interface Sealer {
  seal(plain: string, aad: string): Sealed;
  open(sealed: Sealed, aad: string): string;
}

/** Parse a base64 key, or throw a clear error. */
export function parseSealKey(b64: string): Buffer {
  const key = Buffer.from(b64.trim(), 'base64');
  if (key.length !== 32) throw new Error('seal key must be 32 bytes, base64-encoded (e.g. `openssl rand -base64 32`)');
  return key;
}

/** The key from `explicit`, else CHAPERONE_SEAL_KEY, else `<dataDir>/seal.key` (generated once). */
export function loadSealKey(dataDir: string, explicit?: string): Buffer {
  const fromEnv = explicit ?? process.env.CHAPERONE_SEAL_KEY;
  if (fromEnv) return parseSealKey(fromEnv);
  const file = join(dataDir, 'seal.key');
  if (existsSync(file)) return parseSealKey(readFileSync(file, 'utf8'));
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  // 'wx' so two processes starting at once cannot overwrite each other's key.
  try {
    writeFileSync(file, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  } catch {
    return parseSealKey(readFileSync(file, 'utf8'));
  }
  return key;
}

/** A sealer for `key` (32 bytes). */
export function createSealer(key: Buffer): Sealer {
  return {
    seal(plain, aad) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(aad, 'utf8'));
      const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return { ct: ct.toString('base64'), iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
    },
    open(sealed, aad) {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
      decipher.setAAD(Buffer.from(aad, 'utf8'));
      decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(sealed.ct, 'base64')), decipher.final()]).toString('utf8');
    },
  };
}
