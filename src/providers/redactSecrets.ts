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

/**
 * Redacts secrets from text that arrives in pieces (a streamed answer): a key split across two
 * pieces is still caught, because a tail that could be the start of a secret is held back until
 * the next piece or `flush()`. Only such a tail is held, so ordinary text streams without delay.
 */
export class StreamRedactor {
  #pending = '';
  readonly #secrets: readonly string[];

  constructor(secrets: readonly string[]) {
    this.#secrets = secrets.filter((s) => s.length >= 4);
  }

  /** The text that is safe to show now. */
  push(piece: string): string {
    if (this.#secrets.length === 0) return piece;
    const text = redactExact(this.#pending + piece, this.#secrets);
    const hold = this.#heldTail(text);
    this.#pending = text.slice(text.length - hold);
    return text.slice(0, text.length - hold);
  }

  /** Whatever is still held back (it was not the start of a secret after all). */
  flush(): string {
    const rest = this.#pending;
    this.#pending = '';
    return rest;
  }

  /** Length of the longest end of `text` that is the beginning of a secret. */
  #heldTail(text: string): number {
    let hold = 0;
    for (const secret of this.#secrets) {
      for (let k = Math.min(secret.length - 1, text.length); k > hold; k--) {
        if (text.endsWith(secret.slice(0, k))) {
          hold = k;
          break;
        }
      }
    }
    return hold;
  }
}

/** Replaces every whole occurrence of each secret with `[redacted]` (no partial matching). */
export function redactExact(text: string, secrets: readonly string[]): string {
  return secrets.reduce((acc, s) => (acc.includes(s) ? acc.split(s).join(REDACTED) : acc), text);
}
