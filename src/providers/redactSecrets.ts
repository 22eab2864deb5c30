/**
 * Scrubs keys out of any text that may reach the user: hosts echo keys in error bodies (DeepSeek
 * shows `****abcd`, OpenAI `sk-ab***cd`), and an SDK message may quote a header.
 */

const REDACTED = '[redacted]';
/** Any run of 8 characters of a secret counts as leaking it. */
const WINDOW = 8;

/** Removes every secret, every 8-character piece of one, and key-like tokens from `text`. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    out = out.split(secret).join(REDACTED);
    for (let i = 0; i + WINDOW <= secret.length; i++) {
      const piece = secret.slice(i, i + WINDOW);
      if (out.includes(piece)) out = out.split(piece).join(REDACTED);
    }
  }
  return out
    .replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{6,}/gi, `$1 ${REDACTED}`)
    .replace(/\bsk-[A-Za-z0-9*._-]{4,}/g, `sk-${REDACTED}`)
    .replace(/\*{3,}[A-Za-z0-9_-]*/g, '****');
}
