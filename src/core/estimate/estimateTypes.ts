/**
 * The shapes of a cost estimate: per offer a low / typical / high cost per call and a monthly
 * figure, and per call the offer the code uses now, the cheapest comparable offer and the saving.
 */
import type { EquivalenceOverrides } from '../catalog/equivalence';
import type { Currency, DetectedCall, Hardware, ProviderId } from '../model';

/** A low / typical / high triple. */
export interface Range {
  readonly low: number;
  readonly typical: number;
  readonly high: number;
}

/** Assumptions an estimate is made under (settings, CLI flags, then per-call directives). */
export interface EstimateAssumptions {
  /** The moment prices are taken at (DeepSeek's peak/off-peak and the price history). */
  readonly at: Date;
  readonly currency: Currency;
  /** USD→CNY override; the catalog's dated default rate otherwise. */
  readonly fxRate?: number;
  /** Calls per day when no directive says (monthly = 30 days). */
  readonly callsPerDay: number;
  /** Input tokens assumed for each prompt part the source does not show. */
  readonly defaultInputTokens: number;
  /** Typical output tokens when neither a directive nor max_tokens says. */
  readonly defaultOutputTokens: number;
  /** Share of input tokens served from cache (0..1) when no directive says. */
  readonly cacheHit: number;
  /** Share of output spent on reasoning by models that think by default (0..1). */
  readonly reasoningShare: number;
  /** Offers whose prices are older than this are flagged stale. */
  readonly staleAfterDays: number;
  /** Providers to compare against; all when absent. */
  readonly providers?: readonly ProviderId[];
  /** The user's own comparisons: a model mapped to groups or canonical models (settings). */
  readonly compareWith?: EquivalenceOverrides;
}

/** Token counts behind an estimate. */
export interface TokenAssumption {
  readonly input: Range;
  readonly cachedInput: Range;
  readonly output: Range;
  readonly reasoning: Range;
  /** Whether the prompt was counted with an approximate ratio rather than the model's tokenizer. */
  readonly approximate: boolean;
  readonly tokenizer: string;
}

/** The cost of one call on one offer. */
export interface OfferEstimate {
  readonly offerId: string;
  readonly provider: ProviderId;
  /** Model id as the host names it. */
  readonly model: string;
  /** Human label, e.g. "DeepSeek V4 Flash on Huawei MaaS". */
  readonly label: string;
  readonly hardware: Hardware;
  readonly currency: Currency;
  /** Whether this is the host and model the code uses now. */
  readonly current: boolean;
  /** Cost per call; null when the offer has no price at that moment. */
  readonly perCall: Range | null;
  /** Typical cost per 30-day month at the assumed volume, averaged over a week's price windows. */
  readonly monthly: number | null;
  /** The price window in force at the estimate's moment (peak, off-peak, discount, standard). */
  readonly window: string | null;
  readonly source: string;
  readonly asOf: string;
  readonly stale: boolean;
  readonly tokens: TokenAssumption;
  /** Conversions, assumptions, low-confidence prices, unpriced reasons: shown to the user. */
  readonly notes: readonly string[];
}

/** Everything the product shows about one call. */
export interface CallEstimate {
  readonly call: DetectedCall;
  readonly callsPerDay: number;
  /** The offer the code uses now, when the catalog knows it. */
  readonly current: OfferEstimate | null;
  /** The cheapest comparable offer other than the current one. */
  readonly cheapest: OfferEstimate | null;
  /** Saving of `cheapest` against `current` in percent (negative = more expensive). */
  readonly savingPercent: number | null;
  /** Current first, then comparable offers by typical cost per call. */
  readonly offers: readonly OfferEstimate[];
  /** Why something could not be priced: unknown model, unpriced or stale offers. Never silent. */
  readonly problems: readonly string[];
}
