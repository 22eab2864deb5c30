/** The engine's estimate for `llm-cost run`, shown next to the actual cost of each run. */
import { loadCatalog } from '../core/catalog/loadCatalog';
import { DEFAULT_ASSUMPTIONS } from '../core/estimate/defaults';
import { estimatePrompt } from '../core/estimate/estimatePrompt';
import type { Currency } from '../core/model';
import { TokenCounter } from '../core/tokens/tokenCounter';
import type { TokenizerLoaders } from '../core/tokens/tokenCounter';
import { FileTokenCountStore, tokenCountCacheFile } from '../node/tokenCountCache';
import { nodeTokenizerLoaders } from '../node/tokenizerLoaders';
import type { RunRequest } from '../providers/llmProvider';
import type { RunTarget } from './runArgs';

/**
 * An estimator for RunCommandOptions.estimate: typical cost per call, or null when unpriced. Prompt
 * counts go through the token-count cache that `llm-cost scan` uses, so re-running a prompt loads no
 * tokenizer; the cache is saved after each estimate (a no-op when nothing was added).
 */
export function runEstimator(
  store: FileTokenCountStore = new FileTokenCountStore(tokenCountCacheFile()),
  loaders: TokenizerLoaders = nodeTokenizerLoaders(),
): (target: RunTarget, request: RunRequest, currency: Currency, at: Date) => Promise<number | null> {
  const counter = new TokenCounter(loaders, { store });
  return async (target, request, currency, at) => {
    try {
      const estimate = await estimatePrompt(
        { provider: target.provider, model: request.model, prompt: request.prompt, system: request.system, maxTokens: request.maxTokens, reasoningEffort: request.reasoningEffort, thinking: request.thinking },
        loadCatalog(),
        counter,
        { ...DEFAULT_ASSUMPTIONS, at, currency },
      );
      return estimate?.perCall?.typical ?? null;
    } finally {
      store.save();
    }
  };
}
