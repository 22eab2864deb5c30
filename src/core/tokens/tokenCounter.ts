/**
 * Counts prompt tokens with each model family's own tokenizer where one ships (o200k / cl100k for
 * OpenAI, the DeepSeek V3 tokenizer for DeepSeek) and with a calibrated per-character-class rate
 * elsewhere (see approxProfiles.ts). Encoders are loaded lazily through an injected loader: src/core
 * does no I/O, src/node/tokenizerLoaders.ts requires the tokenizer bundles from disk. An optional
 * TokenCountStore (src/node/tokenCountCache.ts keeps one on disk) answers known texts without
 * loading any encoder.
 */
import type { ProviderId } from '../model';
import { approxTokens } from './approxTokens';
import { APPROX_PROFILES } from './approxProfiles';
import { chatTemplateOverhead } from './chatTemplates';
import type { TokenCountStore } from './tokenCountStore';
import { tokenizerForModel } from './tokenizerForModel';

export { tokenizerForModel } from './tokenizerForModel';
export type { TokenCountStore } from './tokenCountStore';

/** Tokenizers whose real encoder ships with the product. */
export type ExactTokenizerId = 'o200k' | 'cl100k' | 'deepseek-v3';

/**
 * Which tokenizer a count used. `approx-claude` covers Claude 3 to 4.6; `approx-claude-4.7` the newer
 * tokenizer introduced with Claude Opus 4.7 (up to ~1.35x more tokens for the same English/code).
 */
export type TokenizerId =
  | ExactTokenizerId
  | 'approx-claude'
  | 'approx-claude-4.7'
  | 'approx-gemini'
  | 'approx-qwen'
  | 'approx-generic';

/** A loaded tokenizer, reduced to what cost estimates need (a count in a worker thread is a promise). */
export interface Encoder {
  count(text: string): number | Promise<number>;
}

/** Loads a real encoder on demand (may take 0.1-0.6 s and 100+ MB, so only when first needed). */
export interface TokenizerLoaders {
  load(id: ExactTokenizerId): Promise<Encoder>;
}

/** The result of a count. */
export interface TokenCount {
  readonly tokens: number;
  readonly tokenizer: TokenizerId;
  /** True for calibrated-ratio counts, including the fallback when a real encoder failed to load. */
  readonly approximate: boolean;
  /** Why a count is less exact than it should be (e.g. the encoder failed to load), for the user. */
  readonly note?: string;
}

/** One chat message as far as its text is known. */
export interface ChatMessageText {
  readonly role: string;
  readonly text: string;
}

const EXACT: ReadonlySet<TokenizerId> = new Set<TokenizerId>(['o200k', 'cl100k', 'deepseek-v3']);

function isExact(id: TokenizerId): id is ExactTokenizerId {
  return EXACT.has(id);
}

/** Options of a TokenCounter. */
export interface TokenCounterOptions {
  /** Exact counts kept from earlier runs; misses are counted and added to it. */
  readonly store?: TokenCountStore;
}

/** Counts tokens for any model; one instance per process shares the loaded encoders. */
export class TokenCounter {
  private readonly encoders = new Map<ExactTokenizerId, Promise<Encoder>>();
  private readonly store: TokenCountStore | undefined;

  constructor(private readonly loaders: TokenizerLoaders, options: TokenCounterOptions = {}) {
    this.store = options.store;
  }

  /** Tokens of `text` as the model's tokenizer sees it (no chat template). */
  async count(text: string, model: string | null, provider?: ProviderId): Promise<TokenCount> {
    const tokenizer = tokenizerForModel(model, provider);
    const { counts, ...rest } = await this.countEach(tokenizer, [text]);
    return { ...rest, tokens: counts[0] };
  }

  /** Tokens of a chat request: every message's text plus the family's chat-template overhead. */
  async countMessages(messages: readonly ChatMessageText[], model: string | null, provider?: ProviderId): Promise<TokenCount> {
    const tokenizer = tokenizerForModel(model, provider);
    // Counted one message at a time: template tokens sit between messages, so BPE never merges across them.
    const { counts, ...rest } = await this.countEach(tokenizer, messages.map((m) => m.text));
    const body = counts.reduce((sum, n) => sum + n, 0);
    const overhead = chatTemplateOverhead(tokenizer, messages.map((m) => m.role));
    return { ...rest, tokens: body + overhead };
  }

  private async countEach(tokenizer: TokenizerId, texts: readonly string[]): Promise<Omit<TokenCount, 'tokens'> & { counts: number[] }> {
    // Nothing to count (a prompt the source does not show): no reason to spend a load on it.
    if (texts.every((t) => t.length === 0)) return { tokenizer, approximate: !isExact(tokenizer), counts: texts.map(() => 0) };
    if (!isExact(tokenizer)) {
      return { tokenizer, approximate: true, counts: texts.map((t) => approxTokens(t, APPROX_PROFILES[tokenizer])) };
    }
    // Known texts first: the encoder is loaded only when some text is missing from the store.
    const known = texts.map((t) => (t.length === 0 ? 0 : this.store?.get(tokenizer, t)));
    if (known.every((n) => n !== undefined)) return { tokenizer, approximate: false, counts: known };
    let encoder: Encoder;
    try {
      encoder = await this.encoder(tokenizer);
    } catch (err) {
      // A scan must not die because one tokenizer file is missing: fall back to the calibrated rate
      // for the texts the store does not know (and store none of these approximations).
      const reason = err instanceof Error ? err.message : String(err);
      return {
        tokenizer,
        approximate: true,
        note: `${tokenizer} tokenizer unavailable (${reason}); approximate count from a calibrated ratio`,
        counts: texts.map((t, i) => known[i] ?? approxTokens(t, APPROX_PROFILES[tokenizer])),
      };
    }
    let failure: string | null = null;
    const counts = await Promise.all(
      texts.map(async (t, i) => {
        const stored = known[i];
        if (stored !== undefined) return stored;
        try {
          const n = await encoder.count(t);
          this.store?.set(tokenizer, t, n);
          return n;
        } catch (err) {
          // A tokenizer that fails on one text (or whose worker stopped) must not stop a scan either.
          failure ??= err instanceof Error ? err.message : String(err);
          return approxTokens(t, APPROX_PROFILES[tokenizer]);
        }
      }),
    );
    if (failure !== null) {
      return { tokenizer, approximate: true, note: `${tokenizer} tokenizer failed (${failure}); approximate count from a calibrated ratio`, counts };
    }
    return { tokenizer, approximate: false, counts };
  }

  /**
   * Starts loading encoders ahead of their first count (e.g. while a scan runs, when no cached
   * counts are expected). A failure shows later, where a count falls back to the calibrated ratio.
   */
  warm(ids: readonly ExactTokenizerId[]): void {
    for (const id of ids) this.encoder(id).catch(() => undefined);
  }

  /** One load per encoder; concurrent callers share it, and a failed load is not retried. */
  private encoder(id: ExactTokenizerId): Promise<Encoder> {
    let pending = this.encoders.get(id);
    if (!pending) {
      pending = Promise.resolve().then(() => this.loaders.load(id));
      this.encoders.set(id, pending);
    }
    return pending;
  }
}
