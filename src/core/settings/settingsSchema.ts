import * as z from 'zod';
import { DEFAULT_ASSUMPTIONS } from '../estimate/defaults';
import { PROVIDERS } from '../model';
import { PROVIDER_LABELS, providerSettings } from './providerSettings';
import { defineSetting } from './settingSpec';

/** Every provider except `custom`, which needs a base URL before it can be used. */
const DEFAULT_ENABLED = PROVIDERS.filter((p) => p !== 'custom');

/** `provider/model` (model as the host names it, may contain `/`) or `group:<equivalence group>`. */
const COMPARISON_ENTRY = new RegExp(`^(group:[a-z0-9][a-z0-9-]*|(${PROVIDERS.join('|')})/\\S+)$`);

const priceOverride = z.strictObject({
  /** Host the price applies to. */
  provider: z.enum(PROVIDERS),
  /** Model id as the host names it. */
  model: z.string().min(1).max(200),
  /** Currency of the prices below. */
  currency: z.enum(['USD', 'CNY']),
  /** Price per 1M uncached input tokens. */
  inputPerMTok: z.number().min(0),
  /** Price per 1M cached input tokens (cache hit); defaults to the input price. */
  cachedInputPerMTok: z.number().min(0).optional(),
  /** Price per 1M output tokens (reasoning included). */
  outputPerMTok: z.number().min(0),
});

/** Settings that are not about one provider: choice of offers, money, assumptions, UI. */
const generalSettings = {
  /** Hosts shown in comparisons and offered in the runner. */
  enabledProviders: defineSetting({
    schema: z.array(z.enum(PROVIDERS)).refine((a) => new Set(a).size === a.length, 'lists a provider twice').default([...DEFAULT_ENABLED]),
    scope: 'window',
    section: 'general',
    markdownDescription: 'Hosts shown in comparisons and offered in the prompt runner. `custom` also needs `#llmCost.providers.custom.baseUrl#`.',
  }),
  /** Provider of the status bar and of runs that do not name one. */
  defaultProvider: defineSetting({
    schema: z.enum(PROVIDERS).default('deepseek'),
    scope: 'window',
    section: 'general',
    markdownDescription: 'Provider used by **Run Prompt…** when none is picked, and shown in the status bar.',
    enumDescriptions: PROVIDERS.map((p) => PROVIDER_LABELS[p]),
  }),
  /** Model of the default provider; empty = the catalog's recommended model for it. */
  defaultModel: defineSetting({
    schema: z.string().max(200).default(''),
    scope: 'window',
    section: 'general',
    markdownDescription: 'Model id (as the default provider names it) for runs that do not name one. Empty uses the price catalog\'s recommended model of `#llmCost.defaultProvider#`.',
  }),
  /** Offers every call is compared with; empty = its equivalence group on every enabled provider. */
  comparison: defineSetting({
    schema: z.array(z.string().regex(COMPARISON_ENTRY, 'expected "provider/model" with a known provider id, or "group:<name>"')).max(100).default([]),
    scope: 'resource',
    section: 'general',
    markdownDescription: 'What each call is compared with: entries `provider/model` (e.g. `huawei-maas/deepseek-v4.1-flash`) or `group:<name>` (an equivalence group of the price catalog, e.g. `group:fast-chat`). ' +
      'Empty compares each call with the offers of its own equivalence group on every enabled provider.',
  }),
  /** Replaces or adds catalog prices. */
  priceOverrides: defineSetting({
    schema: z.array(priceOverride).max(500).default([]),
    scope: 'resource',
    section: 'general',
    markdownDescription: 'Your own prices (negotiated rates, new models), each `{ "provider", "model", "currency", "inputPerMTok", "cachedInputPerMTok"?, "outputPerMTok" }` per 1M tokens. They replace the catalog\'s price for that provider and model, or add the model.',
  }),
  /** Currency all costs are shown in. */
  currency: defineSetting({
    schema: z.enum(['USD', 'CNY']).default('USD'),
    scope: 'window',
    section: 'general',
    markdownDescription: 'Currency all costs are shown in. Prices quoted in the other currency are converted with `#llmCost.exchangeRate#`.',
    enumDescriptions: ['US dollars ($)', 'Chinese yuan (¥)'],
  }),
  /** USD→CNY rate; null = the catalog's dated default rate. */
  exchangeRate: defineSetting({
    schema: z.number().gt(0).lt(1000).nullable().default(null),
    scope: 'window',
    section: 'general',
    markdownDescription: 'How many CNY one USD buys, e.g. `7.1`. `null` uses the dated default rate of the price catalog (shown in hovers).',
  }),
  /** Offers whose price is older than this are flagged as stale. */
  staleAfterDays: defineSetting({
    schema: z.number().int().min(1).max(3650).default(DEFAULT_ASSUMPTIONS.staleAfterDays),
    scope: 'window',
    section: 'general',
    markdownDescription: 'A price older than this many days is marked **stale** in lenses, hovers and reports.',
  }),
  /** Cost lenses above detected calls. */
  'codeLens.enabled': defineSetting({
    schema: z.boolean().default(true),
    scope: 'window',
    section: 'general',
    markdownDescription: 'Show a cost lens above every detected LLM call. **Toggle Cost Lenses** flips this setting.',
  }),
  /** Monthly cost = cost per call × this × 30. */
  'volume.callsPerDay': defineSetting({
    schema: z.number().min(0).max(1e9).default(DEFAULT_ASSUMPTIONS.callsPerDay),
    scope: 'resource',
    section: 'estimates',
    markdownDescription: 'Calls per day assumed for each call site when its `llm-cost: calls/day=…` comment does not say. Monthly cost = per call × calls/day × 30.',
  }),
  /** Input tokens assumed for the parts of a prompt the source does not show. */
  'tokens.defaultInput': defineSetting({
    schema: z.number().int().min(0).max(10_000_000).default(DEFAULT_ASSUMPTIONS.defaultInputTokens),
    scope: 'resource',
    section: 'estimates',
    markdownDescription: 'Input tokens assumed for prompt parts the source does not show (variables, files read at run time).',
  }),
  /** Typical output tokens when neither a directive nor max_tokens says. */
  'tokens.defaultOutput': defineSetting({
    schema: z.number().int().min(0).max(10_000_000).default(DEFAULT_ASSUMPTIONS.defaultOutputTokens),
    scope: 'resource',
    section: 'estimates',
    markdownDescription: 'Typical output tokens per call when neither an `llm-cost: output=…` comment nor `max_tokens` says. `max_tokens` is used as the high end of the range.',
  }),
  /** Share of input tokens served from the provider's prompt cache. */
  cacheHitRate: defineSetting({
    schema: z.number().min(0).max(1).default(DEFAULT_ASSUMPTIONS.cacheHit),
    scope: 'resource',
    section: 'estimates',
    markdownDescription: 'Share of input tokens (0–1) assumed to hit the provider\'s prompt cache and be billed at the cached price.',
  }),
};

/** Every `llmCost.*` setting: its schema, default, scope and help text. The manifest is generated from this. */
export const SETTING_SPECS = { ...generalSettings, ...providerSettings };

/** A setting's key without the `llmCost.` prefix, e.g. `volume.callsPerDay`. */
export type SettingKey = keyof typeof SETTING_SPECS;

type SettingsShape = { [K in SettingKey]: (typeof SETTING_SPECS)[K]['schema'] };

/** The one zod schema of all `llmCost.*` settings, keyed like `WorkspaceConfiguration.get()` takes them. */
export const settingsSchema = z.object(
  Object.fromEntries(Object.entries(SETTING_SPECS).map(([key, spec]) => [key, spec.schema])) as SettingsShape,
);

/** Validated settings, every key present (defaults filled in). Frozen when it comes from `parseSettings`. */
export type Settings = Readonly<z.output<typeof settingsSchema>>;
