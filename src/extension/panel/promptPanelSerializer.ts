import type * as vscode from 'vscode';
import { restoreWebviewState } from '../../shared/webviewState';
import type { PromptPanelManager } from './promptPanelManager';

/**
 * Restores the prompt panel after a window reload. The page restores its own form from the state
 * it saved; the host validates the same state and shows the session it names, with the history.
 */
export class PromptPanelSerializer implements vscode.WebviewPanelSerializer<unknown> {
  constructor(private readonly manager: PromptPanelManager) {}

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    this.manager.revive(panel, restoreWebviewState(state));
  }
}
