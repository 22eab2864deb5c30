import * as vscode from 'vscode';
import type { TokenCounter } from '../../core/tokens/tokenCounter';
import { Commands } from '../commands';
import { chooseProviderModelCommand } from '../commands/chooseProviderModel';
import { exportHistoryCommand } from '../commands/exportHistory';
import { openPromptPanelCommand } from '../commands/openPromptPanel';
import type { FindCalls } from '../commands/runCallPrompt';
import { runCallPromptCommand } from '../commands/runCallPrompt';
import { runPromptCommand } from '../commands/runPrompt';
import { runSelectionCommand } from '../commands/runSelection';
import { RunnerService } from '../runner/runnerService';
import type { ApiKeyStore } from '../secrets/apiKeyStore';
import type { SettingsService } from '../settings/settingsService';
import type { SessionSpend } from '../status/sessionSpend';
import { PROMPT_PANEL_VIEW_TYPE } from './promptPanel';
import { PromptPanelManager } from './promptPanelManager';
import { PromptPanelSerializer } from './promptPanelSerializer';

/** The prompt runner's parts, for the test API. */
export interface PromptRunnerParts {
  readonly service: RunnerService;
  readonly panels: PromptPanelManager;
  /** Registered for the panel's view type; tests call it as VS Code does after a reload. */
  readonly serializer: PromptPanelSerializer;
}

/**
 * Sets up the prompt runner: the runner service, the single panel and its serializer, and the
 * palette commands. Everything is owned by `context.subscriptions`; nothing is read or loaded yet.
 */
export function registerPromptRunner(
  context: vscode.ExtensionContext,
  deps: {
    settings: SettingsService; apiKeys: ApiKeyStore; spend: SessionSpend; log: vscode.LogOutputChannel; findCalls: FindCalls;
    /** The lenses' token counter, to share its tokenizers; the runner makes its own without it. */
    tokenCounter?: () => TokenCounter;
  },
): PromptRunnerParts {
  const service = new RunnerService(context.globalStorageUri, deps.settings, deps.apiKeys, deps.spend, deps.log, process.env, deps.tokenCounter);
  const panels = new PromptPanelManager(context.extensionUri, service, deps.log);
  const serializer = new PromptPanelSerializer(panels);
  context.subscriptions.push(
    // The panel goes first so that it closes before the runner marks running sessions interrupted.
    panels,
    service,
    vscode.window.registerWebviewPanelSerializer(PROMPT_PANEL_VIEW_TYPE, serializer),
    vscode.commands.registerCommand(Commands.openPromptPanel, openPromptPanelCommand(panels)),
    vscode.commands.registerCommand(Commands.runPrompt, runPromptCommand(panels)),
    vscode.commands.registerCommand(Commands.runSelection, runSelectionCommand(panels)),
    vscode.commands.registerCommand(Commands.runCallPrompt, runCallPromptCommand(panels, deps.findCalls)),
    vscode.commands.registerCommand(Commands.chooseProviderModel, chooseProviderModelCommand(service)),
    vscode.commands.registerCommand(Commands.exportHistory, exportHistoryCommand(service)),
  );
  return { service, panels, serializer };
}
