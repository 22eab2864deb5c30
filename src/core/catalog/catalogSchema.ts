/**
 * The zod schema of the price catalog (catalog.json) and the types inferred from it. Structural
 * rules live here; rules that need the whole catalog (known source ids, ordered periods, ...) are
 * checked in catalogRules.ts. The schema is built on first use: the bundles trust the catalog they
 * carry, which the build checked (checkBundledCatalog.ts), so a scan or a hover builds none.
 */
import * as z from 'zod';

export const HARDWARE = ['ascend', 'nvidia', 'unknown'] as const;
export const CONFIDENCE = ['high', 'medium', 'low'] as const;
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
/** Provider ids a catalog offer may use (the ProviderId list of model.ts without `custom`). */
export const CATALOG_PROVIDERS = [
  'deepseek',
  'siliconflow-cn',
  'siliconflow-com',
  'huawei-maas',
  'azure-foundry',
  'aws-bedrock',
  'openai',
  'anthropic',
  'google',
] as const;

/** The schemas of a catalog and of the parts whose types other modules name. */
function buildSchemas() {
  const isoInstant = z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/, 'expected a UTC instant like 2026-08-16T16:00:00Z');
  const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like 2026-11-15');
  const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a UTC time of day like 16:30');
  /** A price per 1M tokens. */
  const price = z.number().finite().nonnegative();

  /** Long-context tier: applies to the whole request when input tokens exceed `aboveInputTokens`. */
  const tierSchema = z
    .object({
      aboveInputTokens: z.number().int().positive(),
      input: price,
      cachedInput: price.nullable(),
      cacheWrite: price.optional(),
      output: price,
      source: z.string().min(1),
      asOf: isoDate,
    })
    .strict();

  /** One list of prices in one currency, with where it comes from. */
  const priceSetSchema = z
    .object({
      input: price,
      /** Cache-hit price; null when the host publishes none (cache hits are then billed at `input`). */
      cachedInput: price.nullable(),
      cacheWrite: price.optional(),
      output: price,
      /** Reasoning tokens, where priced apart from output. */
      reasoning: price.optional(),
      source: z.string().min(1),
      asOf: isoDate,
      confidence: z.enum(CONFIDENCE).optional(),
      tiers: z.array(tierSchema).optional(),
    })
    .strict();

  const pricesByCurrency = z
    .object({ USD: priceSetSchema.optional(), CNY: priceSetSchema.optional() })
    .strict()
    .refine((p) => p.USD !== undefined || p.CNY !== undefined, 'needs a USD or a CNY price set');

  /** A recurring time-of-day window (UTC) with its own prices, e.g. DeepSeek's weekday peak hours. */
  const windowSchema = z
    .object({
      kind: z.enum(['peak', 'discount']),
      /** Days on which a range starts (a range crossing midnight ends on the next day). */
      days: z.array(z.enum(WEEKDAYS)).min(1),
      ranges: z.array(z.tuple([timeOfDay, timeOfDay])).min(1),
      prices: pricesByCurrency,
    })
    .strict();

  /** Prices in force over [from, to). A missing `from` means "since before the catalog knows". */
  const periodSchema = z
    .object({
      from: isoInstant.optional(),
      to: isoInstant.optional(),
      label: z.string().min(1),
      /** The model actually served in this period, when it differs from the offer's canonical model. */
      canonical: z.string().optional(),
      /** Name of the time outside every window: `standard` (2025 discount era) or `off-peak` (2026 peak era). */
      baseWindow: z.enum(['standard', 'off-peak']).optional(),
      prices: pricesByCurrency,
      windows: z.array(windowSchema).optional(),
      notes: z.array(z.string()).optional(),
    })
    .strict();

  const offerSchema = z
    .object({
      id: z.string().min(1),
      provider: z.enum(CATALOG_PROVIDERS),
      /** The model id as the host names it. */
      model: z.string().min(1),
      /** Other ids the host accepts for the same offer. */
      aliases: z.array(z.string().min(1)),
      label: z.string().min(1),
      canonical: z.string().min(1),
      hardware: z.enum(HARDWARE),
      region: z.string().optional(),
      contextWindow: z.number().int().positive().nullable(),
      maxOutput: z.number().int().positive().nullable(),
      reasoning: z.boolean(),
      confidence: z.enum(CONFIDENCE),
      /** Where the offer itself is documented, and when. */
      source: z.string().min(1),
      asOf: isoDate,
      retired: z.object({ at: isoInstant, replacement: z.string().optional(), source: z.string().min(1) }).strict().optional(),
      deprecated: z.object({ at: isoInstant, source: z.string().min(1) }).strict().optional(),
      unpricedReason: z.string().min(1).optional(),
      /** Choices made where sources disagree, and other facts worth showing. */
      notes: z.array(z.string()),
      periods: z.array(periodSchema),
    })
    .strict();

  const catalog = z
    .object({
      schemaVersion: z.literal(1),
      catalogAsOf: isoDate,
      description: z.string().optional(),
      fx: z
        .object({
          base: z.literal('USD'),
          quote: z.literal('CNY'),
          /** CNY per USD. */
          rate: z.number().finite().positive(),
          date: isoDate,
          source: z.string().min(1),
          note: z.string().optional(),
        })
        .strict(),
      sources: z.record(z.string(), z.object({ title: z.string().min(1), url: z.string().nullable() }).strict()),
      providers: z.array(z.object({ id: z.enum(CATALOG_PROVIDERS), label: z.string().min(1) }).strict()),
      groups: z.array(z.object({ id: z.string().min(1), label: z.string().min(1), description: z.string() }).strict()),
      canonicalModels: z.array(
        z
          .object({
            id: z.string().min(1),
            label: z.string().min(1),
            vendor: z.string().min(1),
            /** Models of one line (e.g. V4-Flash and V4.1-Flash) count as close relatives. */
            line: z.string().optional(),
            groups: z.array(z.string()),
            aliases: z.array(z.string()),
          })
          .strict(),
      ),
      offers: z.array(offerSchema),
    })
    .strict();

  return { catalog, priceSet: priceSetSchema, tier: tierSchema, window: windowSchema, pricesByCurrency };
}

type Schemas = ReturnType<typeof buildSchemas>;
let schemas: Schemas | undefined;

/** The zod schema of a whole catalog. */
export function catalogSchema(): Schemas['catalog'] {
  return (schemas ??= buildSchemas()).catalog;
}

export type Catalog = z.infer<Schemas['catalog']>;
export type Offer = Catalog['offers'][number];
export type PricePeriod = Offer['periods'][number];
export type PriceSet = z.infer<Schemas['priceSet']>;
export type PriceTier = z.infer<Schemas['tier']>;
export type PriceWindow = z.infer<Schemas['window']>;
export type PricesByCurrency = z.infer<Schemas['pricesByCurrency']>;
export type CanonicalModel = Catalog['canonicalModels'][number];
export type CatalogProviderId = (typeof CATALOG_PROVIDERS)[number];
export type Confidence = (typeof CONFIDENCE)[number];
export type Weekday = (typeof WEEKDAYS)[number];
