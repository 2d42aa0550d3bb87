import { createCipheriv, createDecipheriv } from 'node:crypto';
import { randomNonce } from './nonce-pool';

/**
 * A value sealed with its subject's data key: AES-256-GCM, a fresh nonce per value, and what it belongs to (event,
 * subject, fields) bound as associated data so a sealed value cannot be moved to another event, field or key.
 * Stored as base64url of `iv (12) | tag (16) | ciphertext`.
 */
export function sealField(key: Buffer, binding: string, plaintext: string): string {
  return sealBytes(key, binding, plaintext).toString('base64url');
}

/** Throws when the key, the binding or any byte differs from what was sealed. */
export function openField(key: Buffer, binding: string, sealed: string): string {
  return openBytes(key, binding, Buffer.from(sealed, 'base64url'));
}

/** As {@link sealField}, as bytes rather than text: for a value kept in a file of its own. */
export function sealBytes(key: Buffer, binding: string, plaintext: string): Buffer {
  const iv = randomNonce();
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(binding, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

/** As {@link openField}, from bytes. */
export function openBytes(key: Buffer, binding: string, bytes: Buffer): string {
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12)).setAAD(Buffer.from(binding, 'utf8'));
  decipher.setAuthTag(bytes.subarray(12, 28));
  return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
}

/** What an event's sealed value for one subject is bound to: the event, the key subject and the fields it holds. */
export const sealedBinding = (eventId: string, subject: string, paths: readonly string[]): string => `${eventId}\u0000${subject}\u0000${paths.join('\u0000')}`;
