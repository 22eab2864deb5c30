/**
 * The engine's estimate for a prompt about to run, shown next to the run's actual cost: the same
 * arithmetic as the lenses, with the whole prompt known and the user's estimate settings.
 */
import type { Catalog } from '../../core/catalog/catalogSchema';
import { DEFAULT_ASSUMPTIONS } from '../../core/estimate/defaults';
import { estimatePrompt } from '../../core/estimate/estimatePrompt';
import type { Settings } from '../../core/settings/settingsSchema';
import type { TokenCounter } from '../../core/tokens/tokenCounter';
import type { RunnerDeps } from './promptRunner';

/** An estimator for the runner over `counter` (created on first use). */
export function createRunEstimator(catalog: () => Catalog | null, settings: () => Settings, counter: () => TokenCounter): RunnerDeps['estimate'] {
  return async (target, pricedModel, params, at) => {
    const s = settings();
    const currency = s.currency;
    if (target.provider === 'custom') return { value: null, currency, notes: ['no estimate: custom endpoints are not in the price catalog'] };
    const cat = catalog();
    if (!cat) return { value: null, currency, notes: ['no estimate: the price catalog could not be loaded'] };
    const estimate = await estimatePrompt(
      {
        provider: target.provider,
        model: pricedModel,
        prompt: params.prompt,
        ...(params.system.trim() ? { system: params.system } : {}),
        ...(params.maxTokens !== null ? { maxTokens: params.maxTokens } : {}),
        ...(params.reasoningEffort !== 'default' ? { reasoningEffort: params.reasoningEffort } : {}),
        ...(params.thinking !== 'default' ? { thinking: params.thinking === 'on' } : {}),
      },
      cat,
      counter(),
      {
        ...DEFAULT_ASSUMPTIONS,
        at,
        currency,
        ...(s.exchangeRate !== null ? { fxRate: s.exchangeRate } : {}),
        callsPerDay: s['volume.callsPerDay'],
        defaultInputTokens: s['tokens.defaultInput'],
        defaultOutputTokens: s['tokens.defaultOutput'],
        cacheHit: s.cacheHitRate,
        staleAfterDays: s.staleAfterDays,
      },
    );
    if (!estimate) return { value: null, currency, notes: [`no estimate: the price catalog has no price for "${pricedModel}" on ${target.provider}`] };
    if (!estimate.perCall) return { value: null, currency: estimate.currency, notes: estimate.notes.slice(0, 3).map((n) => `no estimate: ${n}`) };
    return { value: estimate.perCall.typical, currency: estimate.currency, notes: [] };
  };
}
