import { DEFAULT_ASSUMPTIONS } from '../estimate/defaults';
import type { EstimateAssumptions } from '../estimate/estimateTypes';
import type { Settings } from './settingsSchema';

/**
 * The estimate assumptions that `llmCost.*` settings stand for, priced at `now`: currency and
 * exchange rate, volume and token defaults, cache-hit rate, staleness age and the providers whose
 * offers are compared. The reasoning share has no setting (a `reasoning=` directive sets it per call).
 * `llmCost.comparison` is applied per call (it depends on the call's model): see comparisonEntries.
 */
export function estimateAssumptionsFrom(settings: Settings, now: Date): EstimateAssumptions {
  return {
    at: now,
    currency: settings.currency,
    ...(settings.exchangeRate !== null ? { fxRate: settings.exchangeRate } : {}),
    callsPerDay: settings['volume.callsPerDay'],
    defaultInputTokens: settings['tokens.defaultInput'],
    defaultOutputTokens: settings['tokens.defaultOutput'],
    cacheHit: settings.cacheHitRate,
    reasoningShare: DEFAULT_ASSUMPTIONS.reasoningShare,
    staleAfterDays: settings.staleAfterDays,
    providers: [...settings.enabledProviders],
  };
}
