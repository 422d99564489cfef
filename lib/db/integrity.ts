/**
 * Subresource-Integrity-style checks for downloaded lexicons. An expected
 * integrity is written `sha256-<base64>` (as in SRI) or as 64 hex digits.
 */

/** Normalizes an expected integrity to lowercase hex, or null when it is not a sha256 in either form. */
export function parseIntegrity(integrity: string): string | null {
  const text = integrity.trim();
  if (/^[0-9a-f]{64}$/i.test(text)) return text.toLowerCase();
  const sri = /^sha256-([A-Za-z0-9+/]{43}=)$/.exec(text);
  if (!sri?.[1]) return null;
  const binary = atob(sri[1]);
  let hex = '';
  for (let i = 0; i < binary.length; i++) hex += binary.charCodeAt(i).toString(16).padStart(2, '0');
  return hex;
}

/** sha256 of the bytes as lowercase hex (Web Crypto: service worker and Node alike). */
export async function sha256Hex(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const digest = await crypto.subtle.digest('SHA-256', view as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
