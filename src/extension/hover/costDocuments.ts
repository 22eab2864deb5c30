import * as vscode from 'vscode';
import { hoverMarkdown } from '../../core/format/hoverMarkdown';
import { priceTableMarkdown } from '../../core/format/priceTableMarkdown';
import type { DocumentAnalysisCache } from '../analysis/documentAnalysisCache';
import { isCallLocation } from '../analysis/callLocation';
import type { CallLocation } from '../analysis/callLocation';
import type { SettingsService } from '../settings/settingsService';
import { Disposable } from '../util/dispose';

/** Scheme of the read-only Markdown documents: the price table and a call's comparison. */
export const COST_DOCUMENT_SCHEME = 'llm-cost';
const PRICE_TABLE_PATH = '/LLM Cost price table.md';

/**
 * Read-only Markdown documents shown in the Markdown preview: the catalog's price table, and the
 * comparison a lens click opens (the hover's table, without command links). They follow settings
 * and the clock like the lenses do.
 */
export class CostDocuments extends Disposable implements vscode.TextDocumentContentProvider {
  readonly #onDidChange = this._register(new vscode.EventEmitter<vscode.Uri>());
  readonly onDidChange = this.#onDidChange.event;

  constructor(private readonly analysis: DocumentAnalysisCache, private readonly settings: SettingsService) {
    super();
    this._register(vscode.workspace.registerTextDocumentContentProvider(COST_DOCUMENT_SCHEME, this));
    this._register(analysis.engine.onDidChangeAssumptions(() => {
      for (const doc of vscode.workspace.textDocuments) if (doc.uri.scheme === COST_DOCUMENT_SCHEME) this.#onDidChange.fire(doc.uri);
    }));
  }

  /** The price table's URI. */
  static priceTableUri(): vscode.Uri {
    return vscode.Uri.from({ scheme: COST_DOCUMENT_SCHEME, path: PRICE_TABLE_PATH });
  }

  /** The URI of the comparison of the call at `location`. */
  static comparisonUri(location: CallLocation): vscode.Uri {
    const name = decodeURIComponent(location.uri.slice(location.uri.lastIndexOf('/') + 1).split(/[?#]/)[0]);
    return vscode.Uri.from({ scheme: COST_DOCUMENT_SCHEME, path: `/Cost of ${name} line ${location.line}.md`, query: JSON.stringify(location) });
  }

  async provideTextDocumentContent(uri: vscode.Uri, token: vscode.CancellationToken): Promise<string> {
    if (uri.path === PRICE_TABLE_PATH) return this.#priceTable();
    let location: unknown;
    try {
      location = JSON.parse(uri.query);
    } catch {
      location = undefined;
    }
    if (!isCallLocation(location)) return '# LLM Cost\n\nThis link does not name a call.\n';
    return this.#comparison(location, token);
  }

  #priceTable(): string {
    const engine = this.analysis.engine;
    const a = engine.assumptions();
    return priceTableMarkdown(engine.catalog, {
      now: new Date(),
      currency: a.currency,
      ...(a.fxRate !== undefined ? { fxRate: a.fxRate } : {}),
      providers: this.settings.current.enabledProviders,
      staleAfterDays: a.staleAfterDays,
    });
  }

  async #comparison(location: CallLocation, token: vscode.CancellationToken): Promise<string> {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(location.uri));
    const analysis = await this.analysis.analyse(document, token);
    const call = analysis?.calls.find((c) => c.line === location.line && c.column === location.column)
      ?? analysis?.calls.find((c) => c.line === location.line);
    const where = `${vscode.workspace.asRelativePath(document.uri)}:${location.line}`;
    if (!call) return `# LLM Cost\n\nNo LLM call at ${where} any more: the file changed since the lens was shown.\n`;
    const estimate = await this.analysis.estimate(call, token);
    if (!estimate) return '';
    const body = hoverMarkdown(estimate, this.analysis.engine.catalog, { now: new Date() }).markdown;
    return `# Cost of the call at ${where.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`)}\n\n${body}`;
  }
}
