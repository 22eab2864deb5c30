/**
 * What the panel's target picker offers: the enabled providers that have a client, each with the
 * models from its `llmCost.providers.<id>.models` setting (Azure: its deployments), or the price
 * catalog's current models when the setting is empty; catalog ids are also suggested for typing.
 */
import type { Catalog } from '../../core/catalog/catalogSchema';
import { findOffer, offersFor } from '../../core/catalog/findOffer';
import type { ProviderId } from '../../core/model';
import { PROVIDER_LABELS } from '../../core/settings/providerSettings';
import type { Settings } from '../../core/settings/settingsSchema';
import { providerSetup } from '../../providers/providerRegistry';
import type { PanelConfig, RunTarget, TargetOption } from '../../shared/panelModel';
import { configProblem, pricedModelFor } from './providerSpecFor';

type Env = Readonly<Record<string, string | undefined>>;

/** Catalog model ids of a provider that are not retired at `at`. */
export function catalogModels(catalog: Catalog | null, provider: ProviderId, at: Date): string[] {
  if (!catalog) return [];
  const live = offersFor(catalog, provider).filter((o) => !o.retired || Date.parse(o.retired.at) > at.getTime());
  return [...new Set(live.map((o) => o.model))];
}

/** The model runs use when none is named: `llmCost.defaultModel`, else the catalog's first current model. */
export function defaultModelFor(provider: ProviderId, settings: Settings, catalog: Catalog | null, at: Date): string | null {
  if (provider === settings.defaultProvider && settings.defaultModel) return settings.defaultModel;
  return modelsOf(provider, settings, catalog, at)[0] ?? null;
}

/** Builds the picker's configuration. */
export function panelConfigFor(settings: Settings, catalog: Catalog | null, env: Env, at: Date): PanelConfig {
  const ids = [...new Set<ProviderId>([...settings.enabledProviders, settings.defaultProvider])]
    .filter((p) => providerSetup(p)?.family);
  const options: TargetOption[] = [];
  for (const provider of ids) {
    for (const model of modelsOf(provider, settings, catalog, at)) {
      const priced = pricedModelFor({ provider, model }, settings);
      const offer = catalog && provider !== 'custom' ? findOffer(catalog, provider, priced) : undefined;
      const label = provider === 'azure-foundry' && priced !== model ? `→ ${priced}` : (offer?.label ?? model);
      options.push({ provider, model, label, priced: offer !== undefined });
    }
  }
  const model = defaultModelFor(settings.defaultProvider, settings, catalog, at);
  const defaults: RunTarget[] = model && ids.includes(settings.defaultProvider)
    ? [{ provider: settings.defaultProvider, model }]
    : options.slice(0, 1).map(({ provider, model: m }) => ({ provider, model: m }));
  return {
    providers: ids.map((id) => ({ id, label: PROVIDER_LABELS[id], problem: configProblem(id, settings, env), suggestions: catalogModels(catalog, id, at).slice(0, 200) })),
    options: options.slice(0, 500),
    defaultTargets: defaults,
    currency: settings.currency,
  };
}

function modelsOf(provider: ProviderId, settings: Settings, catalog: Catalog | null, at: Date): string[] {
  const configured = settings[`providers.${provider}.models`];
  if (configured.length) return [...new Set(configured)];
  if (provider === 'azure-foundry') {
    const deployments = Object.keys(settings['providers.azure-foundry.deployments']);
    if (deployments.length) return deployments;
  }
  return catalogModels(catalog, provider, at);
}
