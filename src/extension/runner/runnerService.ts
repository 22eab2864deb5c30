import * as vscode from 'vscode';
import { redactExact } from '../../providers/redactSecrets';
import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import type { Catalog } from '../../core/catalog/catalogSchema';
import { applyPriceOverrides } from '../../core/catalog/applyPriceOverrides';
import { loadCatalog } from '../../core/catalog/loadCatalog';
import { PROVIDERS } from '../../core/model';
import { TokenCounter } from '../../core/tokens/tokenCounter';
import { createProvider, failingProvider } from '../../providers/createProvider';
import { providerSetup } from '../../providers/providerRegistry';
import { priceRun } from '../../providers/runCost';
import type { PanelConfig, RunTarget } from '../../shared/panelModel';
import { WorkerTokenizers } from '../../node/workerTokenizers';
import type { ApiKeyStore } from '../secrets/apiKeyStore';
import type { SettingsService } from '../settings/settingsService';
import type { SessionSpend } from '../status/sessionSpend';
import { Disposable } from '../util/dispose';
import { historyFilesIn } from './historyFiles';
import { panelConfigFor } from './panelConfigFor';
import type { PreparedTarget } from './promptRunner';
import { PromptRunner } from './promptRunner';
import { pricedModelFor, providerSpecFor } from './providerSpecFor';
import { createRunEstimator } from './runEstimator';
import { RunHistory, STALE_AFTER_MS } from './runHistory';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The prompt runner in the extension host: keys from the ApiKeyStore (environment as fallback),
 * endpoints from the user's settings, prices from the catalog, spend to the status bar, history in
 * the extension's global storage folder. All network calls happen here, never in the webview.
 */
export class RunnerService extends Disposable {
  readonly history: RunHistory;
  readonly runner: PromptRunner;
  /** Folder of the history files (one JSON file per session). */
  readonly historyDir: string;
  #loaded: Promise<void> | undefined;
  readonly #onDidChangeConfig = this._register(new vscode.EventEmitter<void>());
  /** Fires when what the panel offers may have changed (settings). */
  readonly onDidChangeConfig = this.#onDidChangeConfig.event;
  #catalog: Catalog | null | undefined;
  #counter: TokenCounter | undefined;
  #recheck: ReturnType<typeof setTimeout> | undefined;

  constructor(
    storageUri: vscode.Uri,
    private readonly settings: SettingsService,
    private readonly apiKeys: ApiKeyStore,
    spend: SessionSpend,
    private readonly log: vscode.LogOutputChannel,
    private readonly env: Env = process.env,
    /** The token counter to estimate with (share the lenses' one); by default one of its own. */
    private readonly tokenCounter?: () => TokenCounter,
  ) {
    super();
    this.historyDir = path.join(storageUri.fsPath, 'runHistory');
    this.history = new RunHistory(historyFilesIn(this.historyDir), randomUUID(), Date.now, (m) => log.warn(m));
    this.runner = new PromptRunner({
      history: this.history,
      label: (p) => providerSetup(p)?.label ?? p,
      prepare: (target) => this.#prepare(target),
      price: (result, pricedModel) => {
        const s = this.settings.current;
        return priceRun(this.catalog(), { ...result, model: pricedModel }, s.currency, s.exchangeRate ?? undefined);
      },
      estimate: createRunEstimator(() => this.catalog(), () => this.settings.current, () => this.#tokenCounter()),
      onSpend: (entry) => spend.record(entry),
    });
    this._register({ dispose: () => this.runner.dispose() });
    this._register({ dispose: () => clearTimeout(this.#recheck) });
    this._register(settings.onDidChange((change) => {
      if (change.changed.includes('priceOverrides')) this.#catalog = undefined;
      this.#onDidChangeConfig.fire();
    }));
  }

  /**
   * Resolves once the history has been read and runs cut off by a reload marked interrupted. Read
   * on first use (panel or run), not during activation.
   */
  get loaded(): Promise<void> {
    this.#loaded ??= this.history.load().then((r) => this.#scheduleRecheck(r.stillRunning), (err: Error) => this.log.error(`history: ${err.message}`));
    return this.#loaded;
  }

  /** The price catalog (loaded on first use); null when it does not load, which the runs then say. */
  catalog(): Catalog | null {
    if (this.#catalog === undefined) {
      try {
        this.#catalog = applyPriceOverrides(loadCatalog(), this.settings.current.priceOverrides, new Date().toISOString().slice(0, 10));
      } catch (err) {
        this.log.error(`price catalog: ${(err as Error).message}`);
        this.#catalog = null;
      }
    }
    return this.#catalog;
  }

  /** Tokenizers load in worker threads, so estimating never stalls the streams or the host. */
  #tokenCounter(): TokenCounter {
    if (this.tokenCounter) return this.tokenCounter();
    this.#counter ??= new TokenCounter(this._register(new WorkerTokenizers()));
    return this.#counter;
  }

  /** Providers and models for the panel's picker. */
  panelConfig(): PanelConfig {
    return panelConfigFor(this.settings.current, this.catalog(), this.env, new Date());
  }

  /** Writes every run as JSON lines to `target`, or to a file the user picks. */
  async exportHistory(target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    let text = this.history.exportJsonl();
    if (!text) {
      void vscode.window.showInformationMessage('LLM Cost: the run history is empty, so there is nothing to export.');
      return undefined;
    }
    const uri = target ?? await vscode.window.showSaveDialog({
      title: 'LLM Cost: Export Run History',
      saveLabel: 'Export',
      filters: { 'JSON Lines': ['jsonl'] },
      defaultUri: vscode.Uri.joinPath(vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(process.cwd()), `llm-cost-runs-${new Date().toISOString().slice(0, 10)}.jsonl`),
    });
    if (!uri) return undefined;
    // Keys are never stored in the history; scrub them anyway in case a host echoed one.
    text = redactExact(text, await this.#allKeys());
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const runs = text.split('\n').filter(Boolean).length;
    this.log.info(`exported ${runs} runs to ${uri.toString(true)}`);
    if (!target) void vscode.window.showInformationMessage(`LLM Cost: exported ${runs} run${runs === 1 ? '' : 's'} to ${uri.fsPath}.`);
    return uri;
  }

  /** Clears the history after the user confirms (or at once when `confirmed`); resolves with the count removed. */
  async clearHistory(confirmed = false): Promise<number | undefined> {
    const count = this.history.items().length;
    if (count === 0) return 0;
    if (!confirmed) {
      const clear = 'Clear History';
      const choice = await vscode.window.showWarningMessage(
        `Clear ${count} run session${count === 1 ? '' : 's'} from the LLM Cost history? This cannot be undone.`,
        { modal: true, detail: 'A run still streaming is kept.' },
        clear,
      );
      if (choice !== clear) return undefined;
    }
    return this.history.clear();
  }

  async #prepare(target: RunTarget): Promise<PreparedTarget> {
    const lookup = await this.apiKeys.get(target.provider);
    const settings = this.settings.current;
    const outcome = providerSpecFor(target, settings, lookup, this.env);
    return {
      provider: 'problem' in outcome ? failingProvider(target.provider, outcome.problem) : createProvider(outcome.spec),
      secrets: 'key' in lookup ? [lookup.key] : [],
      pricedModel: pricedModelFor(target, settings),
    };
  }

  async #allKeys(): Promise<string[]> {
    const lookups = await Promise.all(PROVIDERS.map((p) => this.apiKeys.get(p)));
    return lookups.flatMap((l) => ('key' in l && l.key.length >= 4 ? [l.key] : []));
  }

  #scheduleRecheck(stillRunning: number): void {
    if (stillRunning === 0 || this.isDisposed) return;
    this.#recheck = setTimeout(() => {
      void this.history.reconcile().then((r) => this.#scheduleRecheck(r.stillRunning));
    }, STALE_AFTER_MS + 250);
  }
}
