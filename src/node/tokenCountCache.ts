/**
 * A TokenCountStore kept in a JSON file between runs of the CLI, so that a re-scan of unchanged code
 * loads no tokenizer at all. The file holds no prompt text, only a hash of it:
 *
 *   { "format": 1, "tokenizers": "<fingerprint>", "counts": { "o200k:<32 hex of sha256(text)>": 12, … } }
 *
 * It is only a cache: a missing, unreadable, corrupt or oversized file, or one written by other
 * tokenizer versions (tokenizerFingerprint.ts), reads as empty and is replaced on the next save; a
 * save that fails (read-only folder, full disk) is skipped silently. Nothing here throws.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ExactTokenizerId } from '../core/tokens/tokenCounter';
import type { TokenCountStore } from '../core/tokens/tokenCountStore';
import { cacheDir, writeCacheFile } from './cacheDir';
import { tokenizerFingerprint } from './tokenizerFingerprint';

const FORMAT = 1;
const FILE_NAME = 'token-counts.json';
/** Entries kept; the least recently used are dropped first. ~60 bytes each on disk. */
export const DEFAULT_MAX_ENTRIES = 50_000;
/** A larger file is not ours (or is damaged) and reads as empty. */
const MAX_FILE_BYTES = 16 * 1024 * 1024;
const KEY = /^(?:o200k|cl100k|deepseek-v3):[0-9a-f]{32}$/;

/**
 * The cache file: `$LLM_COST_CACHE_DIR/token-counts.json` if set, else under `$XDG_CACHE_HOME/llm-cost-lens`,
 * else `~/.cache/llm-cost-lens` (`%LOCALAPPDATA%\llm-cost-lens` on Windows).
 */
export function tokenCountCacheFile(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = os.homedir()): string {
  return path.join(cacheDir(env, platform, home), FILE_NAME);
}

/** The key of a count: the tokenizer and the first 128 bits of the text's SHA-256. */
export function tokenCountKey(tokenizer: ExactTokenizerId, text: string): string {
  return `${tokenizer}:${createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 32)}`;
}

export interface FileTokenCountStoreOptions {
  /** Identifies the tokenizer implementations; default: tokenizerFingerprint(). */
  readonly fingerprint?: string;
  readonly maxEntries?: number;
}

/** Exact token counts in a JSON file; read on first use, written by save(). */
export class FileTokenCountStore implements TokenCountStore {
  private readonly fingerprint: string;
  private readonly maxEntries: number;
  /** The counts read from the file, and those added since. */
  private entries: Map<string, number> | undefined;
  /** Counts used or added in this run, in order of use: they are saved as the newest. */
  private readonly recent = new Map<string, number>();
  private added = false;

  constructor(readonly file: string, options: FileTokenCountStoreOptions = {}) {
    this.fingerprint = options.fingerprint ?? tokenizerFingerprint();
    this.maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  }

  /** Whether no count is cached (reads the file on first use). */
  get isEmpty(): boolean {
    return this.load().size === 0;
  }

  get(tokenizer: ExactTokenizerId, text: string): number | undefined {
    const key = tokenCountKey(tokenizer, text);
    const count = this.load().get(key);
    if (count !== undefined) {
      this.recent.delete(key);
      this.recent.set(key, count);
    }
    return count;
  }

  set(tokenizer: ExactTokenizerId, text: string, count: number): void {
    if (!Number.isSafeInteger(count) || count < 0) return;
    const key = tokenCountKey(tokenizer, text);
    this.load().set(key, count);
    this.recent.delete(key);
    this.recent.set(key, count);
    this.added = true;
  }

  /**
   * Writes the file if counts were added: what is on disk now (another process may have saved since
   * this one read it), then this run's counts as the newest, at most maxEntries. Written to a temp
   * file in the same folder and renamed over the old one, so a reader never sees half a file.
   * Returns whether the file was written; a failure is not an error (the cache is just not kept).
   */
  save(): boolean {
    if (!this.added) return false;
    const merged = readCounts(this.file, this.fingerprint);
    for (const [key, count] of this.recent) {
      merged.delete(key);
      merged.set(key, count);
    }
    const drop = merged.size - this.maxEntries;
    if (drop > 0) {
      let i = 0;
      for (const key of merged.keys()) {
        if (i++ >= drop) break;
        merged.delete(key);
      }
    }
    const text = JSON.stringify({ format: FORMAT, tokenizers: this.fingerprint, counts: Object.fromEntries(merged) });
    if (!writeCacheFile(this.file, text)) return false;
    this.entries = merged;
    this.added = false;
    return true;
  }

  private load(): Map<string, number> {
    this.entries ??= readCounts(this.file, this.fingerprint);
    return this.entries;
  }
}

/** The counts in `file`, oldest first; empty when the file is missing, damaged or from other tokenizers. */
function readCounts(file: string, fingerprint: string): Map<string, number> {
  const counts = new Map<string, number>();
  let data: unknown;
  try {
    if (fs.statSync(file).size > MAX_FILE_BYTES) return counts;
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return counts;
  }
  if (typeof data !== 'object' || data === null) return counts;
  const { format, tokenizers, counts: stored } = data as Record<string, unknown>;
  if (format !== FORMAT || tokenizers !== fingerprint || typeof stored !== 'object' || stored === null || Array.isArray(stored)) return counts;
  for (const [key, count] of Object.entries(stored)) {
    if (KEY.test(key) && Number.isSafeInteger(count) && (count as number) >= 0) counts.set(key, count as number);
  }
  return counts;
}
