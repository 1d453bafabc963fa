import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A URL-safe random secret with 256 bits of entropy. */
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * Session ids, API tokens and setup links are high-entropy random secrets, so a plain SHA-256
 * is enough to store them (a slow hash is for guessable passwords).
 */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export const API_TOKEN_PREFIX = 'ovb_';

export function newApiToken(): { token: string; prefix: string } {
  const token = `${API_TOKEN_PREFIX}${randomSecret()}`;
  return { token, prefix: token.slice(0, API_TOKEN_PREFIX.length + 6) };
}
