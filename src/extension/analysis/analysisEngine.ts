import * as vscode from 'vscode';
import type { Catalog } from '../../core/catalog/catalogSchema';
import { applyPriceOverrides } from '../../core/catalog/applyPriceOverrides';
import { loadCatalog } from '../../core/catalog/loadCatalog';
import { TreeSitterParsers } from '../../core/detect/treeSitter';
import { estimateCall } from '../../core/estimate/estimateCalls';
import type { CallEstimate, EstimateAssumptions } from '../../core/estimate/estimateTypes';
import type { DetectedCall } from '../../core/model';
import { comparisonEntries } from '../../core/settings/comparisonEntries';
import { estimateAssumptionsFrom } from '../../core/settings/estimateAssumptionsFrom';
import type { SettingKey } from '../../core/settings/settingsSchema';
import { TokenCounter } from '../../core/tokens/tokenCounter';
import { diskGrammarSource } from '../../node/assets';
import { FileTokenCountStore } from '../../node/tokenCountCache';
import type { SettingsService } from '../settings/settingsService';
import { Disposable } from '../util/dispose';
import { comparisonOverrides, restrictToComparison } from './comparisonSet';
import { WorkerTokenizers } from '../../node/workerTokenizers';

/** Settings an estimate depends on; a change to any of them re-prices every call. */
const ESTIMATE_SETTINGS: ReadonlySet<SettingKey> = new Set<SettingKey>([
  'currency', 'exchangeRate', 'staleAfterDays', 'volume.callsPerDay', 'tokens.defaultInput', 'tokens.defaultOutput',
  'cacheHitRate', 'enabledProviders', 'comparison', 'priceOverrides',
]);
/** Prices depend on the hour (DeepSeek's peak/off-peak): estimates older than this are redone. */
const REPRICE_EVERY_MS = 15 * 60_000;
/** New token counts are written to the cache file this long after the last one. */
const SAVE_COUNTS_AFTER_MS = 5_000;

/**
 * The engine behind lenses, hovers and the workspace report: tree-sitter parsers, token counter
 * and price catalog — each created on first use, never during activation — and the estimate
 * assumptions of the current settings. Estimates are memoised per call object and assumption
 * revision, so lenses, hovers and the tree price each call once. Exact token counts are kept in a
 * file in the extension's global storage, so that a new window loads no tokenizer for prompts it
 * has counted before.
 */
export class AnalysisEngine extends Disposable {
  readonly #onDidChangeAssumptions = this._register(new vscode.EventEmitter<void>());
  /** Fires when estimates must be redone: settings that affect prices, or the clock (price windows). */
  readonly onDidChangeAssumptions = this.#onDidChangeAssumptions.event;
  #parsers: TreeSitterParsers | undefined;
  #counter: TokenCounter | undefined;
  #catalog: Catalog | undefined;
  #revision = 0;
  #assumptions: EstimateAssumptions | undefined;
  #estimates = new WeakMap<DetectedCall, Promise<CallEstimate>>();
  readonly #countStore: FileTokenCountStore | undefined;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;

  /** `tokenCountFile`: where token counts are kept between sessions (none when undefined). */
  constructor(private readonly settings: SettingsService, repriceEveryMs = REPRICE_EVERY_MS, tokenCountFile?: string) {
    super();
    this.#countStore = tokenCountFile ? new FileTokenCountStore(tokenCountFile) : undefined;
    this._register({ dispose: () => this.#saveCounts() });
    this._register(settings.onDidChange((change) => {
      if (change.changed.includes('priceOverrides')) this.#catalog = undefined;
      if (change.changed.some((key) => ESTIMATE_SETTINGS.has(key))) this.invalidate();
    }));
    const timer = setInterval(() => this.invalidate(), repriceEveryMs);
    timer.unref?.();
    this._register({ dispose: () => clearInterval(timer) });
  }

  /** The tree-sitter parsers (grammars load on first parse). */
  get parsers(): TreeSitterParsers {
    this.#parsers ??= new TreeSitterParsers(diskGrammarSource());
    return this.#parsers;
  }

  /** The bundled price catalog, validated on first use. */
  get catalog(): Catalog {
    this.#catalog ??= applyPriceOverrides(loadCatalog(), this.settings.current.priceOverrides, new Date().toISOString().slice(0, 10));
    return this.#catalog;
  }

  /** Bumped whenever estimates are invalidated. */
  get revision(): number {
    return this.#revision;
  }

  /** The assumptions of the current settings, priced at the moment they were first asked for. */
  assumptions(): EstimateAssumptions {
    this.#assumptions ??= estimateAssumptionsFrom(this.settings.current, new Date());
    return this.#assumptions;
  }

  /** The estimate of one call under the current assumptions (memoised). */
  estimate(call: DetectedCall): Promise<CallEstimate> {
    let result = this.#estimates.get(call);
    if (!result) {
      result = this.#estimateNow(call);
      this.#estimates.set(call, result);
    }
    return result;
  }

  /** Forgets every estimate (settings or catalog changed, or time moved on). */
  invalidate(): void {
    this.#revision++;
    this.#assumptions = undefined;
    this.#estimates = new WeakMap();
    this.#onDidChangeAssumptions.fire();
  }

  async #estimateNow(call: DetectedCall): Promise<CallEstimate> {
    this.#counter ??= new TokenCounter(this._register(new WorkerTokenizers()), { store: this.#countStore });
    try {
      return await this.#estimateWith(this.#counter, call);
    } finally {
      this.#scheduleSave();
    }
  }

  async #estimateWith(counter: TokenCounter, call: DetectedCall): Promise<CallEstimate> {
    const catalog = this.catalog;
    const base = this.assumptions();
    const entries = comparisonEntries(this.settings.current.comparison);
    if (!entries) return estimateCall(call, catalog, counter, base);
    const assumptions = call.model ? { ...base, compareWith: comparisonOverrides(catalog, entries, call.model) } : base;
    return restrictToComparison(await estimateCall(call, catalog, counter, assumptions), entries, catalog);
  }

  /** Writes new token counts once estimating has been quiet for a while (and on dispose). */
  #scheduleSave(): void {
    if (!this.#countStore) return;
    if (this.#saveTimer) clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => this.#saveCounts(), SAVE_COUNTS_AFTER_MS);
    this.#saveTimer.unref?.();
  }

  #saveCounts(): void {
    if (this.#saveTimer) clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    this.#countStore?.save();
  }
}
