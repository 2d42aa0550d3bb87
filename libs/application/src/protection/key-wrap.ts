import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { randomNonce } from './nonce-pool';

/** A key-encryption key with the id stored beside what it wraps, so a rotation knows which KEK wrapped each key. */
export interface KeyEncryptionKey {
  readonly id: string;
  readonly key: Buffer;
}

/** `iv (12) | tag (16) | ciphertext`: AES-256-GCM, a fresh nonce per wrap; the subject is bound as associated data. */
export function wrapKey(kek: KeyEncryptionKey, subject: string, dataKey: Buffer): Buffer {
  const iv = randomNonce();
  const cipher = createCipheriv('aes-256-gcm', kek.key, iv).setAAD(Buffer.from(subject, 'utf8'));
  const body = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

/** Throws when the KEK is not the one that wrapped it, or the wrapped key was moved to another subject. */
export function unwrapKey(kek: KeyEncryptionKey, subject: string, wrapped: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', kek.key, wrapped.subarray(0, 12)).setAAD(Buffer.from(subject, 'utf8'));
  decipher.setAuthTag(wrapped.subarray(12, 28));
  return Buffer.concat([decipher.update(wrapped.subarray(28)), decipher.final()]);
}

export const newDataKey = (): Buffer => randomBytes(32);

/** A data key as a key store holds it: wrapped under a KEK, or only the fact that it was destroyed. */
export interface StoredDataKey {
  readonly subject: string;
  readonly wrapped: Buffer | null;
  readonly kekId: string | null;
  readonly destroyed: boolean;
}

/** The stored key unwrapped, or `destroyed`; a key wrapped by another KEK means a rotation was left unfinished. */
export function openStoredKey(kek: KeyEncryptionKey, stored: StoredDataKey): Buffer | 'destroyed' {
  if (stored.destroyed || stored.wrapped === null) return 'destroyed';
  if (stored.kekId !== kek.id) throw new Error(`the data key of ${stored.subject} is wrapped by KEK ${stored.kekId}, not the configured ${kek.id}: finish the rotation`);
  return unwrapKey(kek, stored.subject, stored.wrapped);
}
