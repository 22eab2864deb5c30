import * as vscode from 'vscode';
import { Commands } from '../commands';
import type { SettingsService } from '../settings/settingsService';
import { formatSpend } from '../status/formatSpend';
import type { SessionSpend } from '../status/sessionSpend';

interface MenuItem extends vscode.QuickPickItem {
  readonly run: () => unknown;
}

/** The menu behind the status bar item: keys, session spend, settings. */
export function showStatusMenuCommand(
  settings: SettingsService,
  spend: SessionSpend,
  extensionId: string,
): () => Promise<void> {
  return async () => {
    const totals = spend.totals;
    const items: MenuItem[] = [
      { label: '$(key) Set API Key…', run: () => vscode.commands.executeCommand(Commands.setApiKey) },
      { label: '$(trash) Clear API Key…', run: () => vscode.commands.executeCommand(Commands.clearApiKey) },
      { label: '$(debug-restart) Reset session spend', description: `${totals.runs} runs so far`, run: () => spend.reset() },
      { label: '$(gear) Open LLM Cost settings', run: () => vscode.commands.executeCommand('workbench.action.openSettings', `@ext:${extensionId}`) },
    ];
    const picked = await vscode.window.showQuickPick(items, {
      title: `LLM Cost — session spend ${formatSpend(totals, settings.current.currency)}`,
    });
    await picked?.run();
  };
}
