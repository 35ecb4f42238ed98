import { randomBytes } from 'node:crypto';

/** A fresh nonce for one rendering of a webview page's content security policy. */
export function nonce(): string {
  return randomBytes(16).toString('base64url');
}
