import * as vscode from 'vscode';
import { clearApiKeyCommand } from './commands/clearApiKey';
import { setApiKeyCommand } from './commands/setApiKey';
import { showStatusMenuCommand } from './commands/showStatusMenu';
import { Commands } from './commands';
import { ApiKeyStore } from './secrets/apiKeyStore';
import { SettingsService } from './settings/settingsService';
import { SettingsWarnings } from './settings/settingsWarnings';
import { SessionSpend } from './status/sessionSpend';
import { StatusBarController } from './status/statusBarController';
import type { LlmCostTestApi } from './testApi';

/**
 * Entry point. Activation events (package.json) are the languages the detector reads and Jupyter
 * notebooks, never "*". Everything created here is owned by `context.subscriptions`; activation
 * does no I/O beyond reading settings so it stays well under the 50 ms target.
 */
export function activate(context: vscode.ExtensionContext): LlmCostTestApi | undefined {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('LLM Cost', { log: true });
  const settingsWarnings = new SettingsWarnings(log);
  const settings = new SettingsService(settingsWarnings);
  const apiKeys = new ApiKeyStore(context.secrets);
  const spend = new SessionSpend();
  const statusBar = new StatusBarController(settings, apiKeys, spend);
  context.subscriptions.push(
    log, settings, apiKeys, spend, statusBar,
    vscode.commands.registerCommand(Commands.setApiKey, setApiKeyCommand(apiKeys, log)),
    vscode.commands.registerCommand(Commands.clearApiKey, clearApiKeyCommand(apiKeys, log)),
    vscode.commands.registerCommand(Commands.showStatusMenu, showStatusMenuCommand(settings, spend, context.extension.id)),
  );
  const activationMs = performance.now() - started;
  log.info(`LLM Cost activated in ${activationMs.toFixed(1)} ms`);
  if (context.extensionMode !== vscode.ExtensionMode.Test) return undefined;
  return { activationMs, settings, settingsWarnings, apiKeys, spend, statusBar };
}

/** Nothing to do: every resource is disposed through `context.subscriptions`. */
export function deactivate(): void {}
