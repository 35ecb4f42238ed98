/** A fresh nonce for one rendering of a webview page's content security policy (Web Crypto: desktop and web alike). */
export function nonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
