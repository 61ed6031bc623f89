/**
 * The Ed25519 key that signs audit checkpoints. It must live outside the database: whoever can write
 * the database should not be able to sign a checkpoint for a history they rewrote. It comes from
 * configuration — CHAPERONE_AUDIT_SIGNING_KEY (base64 of the 32-byte private seed) — or, for the
 * embedded default, from `audit-signing.key` in the data folder (generated once, mode 0600; move it
 * to a secret store in production). A verifier that should not hold the private key is given the
 * public key alone: CHAPERONE_AUDIT_PUBLIC_KEY (base64 of the 32 raw bytes).
 */
import { createHash, createPrivateKey, createPublicKey, randomBytes, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// DER prefixes that turn raw Ed25519 bytes into PKCS#8 / SPKI, the forms node:crypto imports.
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** A key to sign with (and its public half). */
export interface AuditSigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** Short id of the public key, written on each checkpoint so a rotated key is recognised. */
  keyId: string;
}

/** The public half only: enough to verify. */
export interface AuditVerifyKey {
  publicKey: KeyObject;
  keyId: string;
}

/** Base64 of a fresh 32-byte seed (what CHAPERONE_AUDIT_SIGNING_KEY holds). */
export function generateAuditSeed(): string {
  return randomBytes(32).toString('base64');
}

function keyIdOf(publicKey: KeyObject): string {
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(SPKI_PREFIX.length);
  return createHash('sha256').update(raw).digest('hex').slice(0, 16);
}

/** Parse a base64 32-byte seed into a signing key, or throw a clear error. */
export function parseAuditSigningKey(b64: string): AuditSigningKey {
  const seed = Buffer.from(b64.trim(), 'base64');
  if (seed.length !== 32) throw new Error('the audit signing key must be 32 bytes, base64-encoded (e.g. `openssl rand -base64 32`)');
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, keyId: keyIdOf(publicKey) };
}

/** Parse a base64 32-byte raw public key. */
export function parseAuditPublicKey(b64: string): AuditVerifyKey {
  const raw = Buffer.from(b64.trim(), 'base64');
  if (raw.length !== 32) throw new Error('the audit public key must be 32 bytes, base64-encoded');
  const publicKey = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
  return { publicKey, keyId: keyIdOf(publicKey) };
}

/** Base64 of the raw public key (to hand to a verifier). */
export function exportAuditPublicKey(key: AuditVerifyKey): string {
  return key.publicKey.export({ format: 'der', type: 'spki' }).subarray(SPKI_PREFIX.length).toString('base64');
}

/** The signing key from `explicit`, else $CHAPERONE_AUDIT_SIGNING_KEY, else `<dataDir>/audit-signing.key` (generated once). */
export function loadAuditSigningKey(dataDir: string, explicit?: string): AuditSigningKey {
  const configured = explicit ?? process.env.CHAPERONE_AUDIT_SIGNING_KEY;
  if (configured) return parseAuditSigningKey(configured);
  const file = join(dataDir, 'audit-signing.key');
  if (existsSync(file)) return parseAuditSigningKey(readFileSync(file, 'utf8'));
  mkdirSync(dataDir, { recursive: true });
  const seed = generateAuditSeed();
  // 'wx' so two processes starting at once cannot overwrite each other's key.
  try {
    writeFileSync(file, seed + '\n', { mode: 0o600, flag: 'wx' });
  } catch {
    return parseAuditSigningKey(readFileSync(file, 'utf8'));
  }
  return parseAuditSigningKey(seed);
}

/**
 * The key a verifier checks with: $CHAPERONE_AUDIT_PUBLIC_KEY, else the public half of the signing
 * key ($CHAPERONE_AUDIT_SIGNING_KEY or the data folder's file); null when none is configured.
 */
export function loadAuditVerifyKey(dataDir: string, options: { publicKey?: string; signingKey?: string } = {}): AuditVerifyKey | null {
  const pub = options.publicKey ?? process.env.CHAPERONE_AUDIT_PUBLIC_KEY;
  if (pub) return parseAuditPublicKey(pub);
  const signing = options.signingKey ?? process.env.CHAPERONE_AUDIT_SIGNING_KEY;
  if (signing) return parseAuditSigningKey(signing);
  const file = join(dataDir, 'audit-signing.key');
  return existsSync(file) ? parseAuditSigningKey(readFileSync(file, 'utf8')) : null;
}
