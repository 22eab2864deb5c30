import { PROVIDERS } from '../model';
import type { ProviderId } from '../model';

/** `llmCost.comparison` read: offers named `provider/model` and equivalence groups named `group:<id>`. */
export interface ComparisonEntries {
  readonly offers: ReadonlyArray<{ readonly provider: ProviderId; readonly model: string }>;
  readonly groups: readonly string[];
}

/**
 * Splits the entries of `llmCost.comparison` (already validated by the settings schema); null when
 * there are none, which means "compare with the call's own equivalence group".
 */
export function comparisonEntries(entries: readonly string[]): ComparisonEntries | null {
  const offers: Array<{ provider: ProviderId; model: string }> = [];
  const groups: string[] = [];
  for (const entry of entries) {
    if (entry.startsWith('group:')) {
      groups.push(entry.slice('group:'.length));
      continue;
    }
    const slash = entry.indexOf('/');
    const provider = entry.slice(0, slash);
    // A model id may itself contain `/` (deepseek-ai/DeepSeek-V3): only the first one separates.
    if (slash > 0 && (PROVIDERS as readonly string[]).includes(provider)) offers.push({ provider: provider as ProviderId, model: entry.slice(slash + 1) });
  }
  return offers.length || groups.length ? { offers, groups } : null;
}
