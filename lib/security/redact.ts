/**
 * Removes secrets from text that leaves the background (error messages, logs): the whole secret
 * and any echoed fragment of 8+ characters of it (servers often quote a key's prefix or suffix).
 */
export const REDACTED = '[redacted]';
const MIN_FRAGMENT = 8;
const TOKEN = /[A-Za-z0-9._~+/=-]+/g;

export function redactSecrets(text: string, secrets: readonly (string | null | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (!secret || secret.length < 4) continue;
    out = out.split(secret).join(REDACTED);
    if (secret.length < MIN_FRAGMENT) continue;
    out = out.replace(TOKEN, (token) => (token.length >= MIN_FRAGMENT && (secret.includes(token) || containsFragment(token, secret)) ? REDACTED : token));
  }
  return out;
}

/** Whether token shares a run of MIN_FRAGMENT+ characters with secret. */
function containsFragment(token: string, secret: string): boolean {
  for (let i = 0; i + MIN_FRAGMENT <= secret.length; i += 1) {
    if (token.includes(secret.slice(i, i + MIN_FRAGMENT))) return true;
  }
  return false;
}
