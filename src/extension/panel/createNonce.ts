import { randomBytes } from 'node:crypto';

/** A CSP nonce: 128 random bits from the OS generator, base64 (never Math.random). */
export function createNonce(): string {
  return randomBytes(16).toString('base64');
}
