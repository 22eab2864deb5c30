import * as vscode from 'vscode';
import { PROVIDER_LABELS } from '../../core/settings/providerSettings';
import { Commands } from '../commands';
import type { ApiKeyStore } from '../secrets/apiKeyStore';
import type { SettingsService } from '../settings/settingsService';
import { Disposable } from '../util/dispose';
import { describeKeySource } from './describeKeySource';
import { formatSpend } from './formatSpend';
import type { SessionSpend } from './sessionSpend';

/** Id of the status bar item (VS Code prefixes it with the extension id). */
export const STATUS_ITEM_ID = 'llmCost.status';

/**
 * The status bar item: active provider/model and this session's spend; the tooltip says where the
 * provider's key comes from. Updates on settings, key and spend changes.
 */
export class StatusBarController extends Disposable {
  /** The item itself, exposed read-only to tests. */
  readonly item: vscode.StatusBarItem;
  #updates = 0;

  constructor(
    private readonly settings: SettingsService,
    private readonly apiKeys: ApiKeyStore,
    private readonly spend: SessionSpend,
  ) {
    super();
    this.item = this._register(vscode.window.createStatusBarItem(STATUS_ITEM_ID, vscode.StatusBarAlignment.Right, 100));
    this.item.name = 'LLM Cost';
    this.item.command = Commands.showStatusMenu;
    this._register(settings.onDidChange(() => void this.update()));
    this._register(apiKeys.onDidChange(() => void this.update()));
    this._register(spend.onDidChange(() => void this.update()));
    this.#render('');
    this.item.show();
    void this.update();
  }

  /** Recomputes text and tooltip; resolves when the item shows the current state. */
  async update(): Promise<void> {
    const ticket = ++this.#updates;
    const source = await this.apiKeys.source(this.settings.current.defaultProvider);
    if (ticket !== this.#updates || this.isDisposed) return; // a newer update is on its way
    this.#render(describeKeySource(source));
  }

  #render(keyText: string): void {
    const s = this.settings.current;
    const model = s.defaultModel || 'catalog default';
    const totals = this.spend.totals;
    const spent = formatSpend(totals, s.currency);
    this.item.text = `$(pulse) ${s.defaultProvider} · ${s.defaultModel || 'default model'} · ${spent}`;
    this.item.accessibilityInformation = { label: `LLM Cost: ${s.defaultProvider}, ${model}, session spend ${spent}` };
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendMarkdown('**LLM Cost**\n\n');
    tooltip.appendMarkdown(`Provider: ${PROVIDER_LABELS[s.defaultProvider]}${keyText ? ` — ${keyText}` : ''}\n\n`);
    tooltip.appendText(`Model: ${model}`);
    tooltip.appendMarkdown('\n\n');
    tooltip.appendMarkdown(`Session spend: ${spent} in ${totals.runs} run${totals.runs === 1 ? '' : 's'}\n\n`);
    tooltip.appendMarkdown('Click for keys, spend and settings.');
    this.item.tooltip = tooltip;
  }
}
