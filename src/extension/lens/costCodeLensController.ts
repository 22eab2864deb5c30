import * as vscode from 'vscode';
import type { AnalysisEngine } from '../analysis/analysisEngine';
import type { DocumentAnalysisCache } from '../analysis/documentAnalysisCache';
import { sourceSelector } from '../analysis/sourceSelector';
import type { ApiKeyStore } from '../secrets/apiKeyStore';
import type { SettingsService } from '../settings/settingsService';
import { Disposable } from '../util/dispose';
import type { IDisposable } from '../util/dispose';
import { CostCodeLensProvider } from './costCodeLensProvider';

/** Context key that is true while cost lenses are shown (menus and the toggle's title use it). */
export const CODE_LENS_CONTEXT_KEY = 'llmCost.codeLensEnabled';

/**
 * Owns the cost lenses (GitLens' controller pattern): the provider is registered only while
 * `llmCost.codeLens.enabled` is true, together with the listeners that refresh it, all in one
 * disposable; the context key follows.
 */
export class CostCodeLensController extends Disposable {
  #registration: IDisposable | undefined;
  #provider: CostCodeLensProvider | undefined;

  constructor(
    private readonly settings: SettingsService,
    private readonly analysis: DocumentAnalysisCache,
    private readonly engine: AnalysisEngine,
    private readonly apiKeys: ApiKeyStore,
  ) {
    super();
    this._register(settings.onDidChange((change) => {
      if (change.changed.includes('codeLens.enabled')) this.#apply();
    }));
    this._register({ dispose: () => this.#unregister() });
    this.#apply();
  }

  /** Whether lenses are registered now. */
  get enabled(): boolean {
    return this.#registration !== undefined;
  }

  /** The registered provider (tests measure it), or undefined while lenses are off. */
  get provider(): CostCodeLensProvider | undefined {
    return this.#provider;
  }

  #apply(): void {
    const wanted = this.settings.current['codeLens.enabled'];
    if (wanted && !this.#registration) this.#register();
    if (!wanted && this.#registration) this.#unregister();
    void vscode.commands.executeCommand('setContext', CODE_LENS_CONTEXT_KEY, wanted);
  }

  #register(): void {
    const provider = new CostCodeLensProvider(this.analysis);
    const parts: IDisposable[] = [
      provider,
      vscode.languages.registerCodeLensProvider(sourceSelector(), provider),
      this.engine.onDidChangeAssumptions(() => provider.refresh()),
      this.apiKeys.onDidChange(() => provider.refresh()),
    ];
    this.#provider = provider;
    this.#registration = { dispose: () => parts.reverse().forEach((p) => p.dispose()) };
  }

  #unregister(): void {
    this.#registration?.dispose();
    this.#registration = undefined;
    this.#provider = undefined;
  }
}
