import * as vscode from 'vscode';
import { clearApiKeyCommand } from './commands/clearApiKey';
import { setApiKeyCommand } from './commands/setApiKey';
import { showStatusMenuCommand } from './commands/showStatusMenu';
import { Commands } from './commands';
import { AnalysisEngine } from './analysis/analysisEngine';
import { DocumentAnalysisCache } from './analysis/documentAnalysisCache';
import { sourceSelector } from './analysis/sourceSelector';
import { exportReportCommand } from './commands/exportReport';
import { scanWorkspaceCommand } from './commands/scanWorkspace';
import { showComparisonCommand } from './commands/showComparison';
import { showPriceTableCommand } from './commands/showPriceTable';
import { toggleCodeLensCommand } from './commands/toggleCodeLens';
import { CostDocuments } from './hover/costDocuments';
import { CostHoverProvider } from './hover/costHoverProvider';
import { CostCodeLensController } from './lens/costCodeLensController';
import { registerPromptRunner } from './panel/registerPromptRunner';
import { ReportView } from './report/reportView';
import { WorkspaceReport } from './report/workspaceReport';
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
  // Cost lenses, hovers and the "LLM Calls" view share one analysis; nothing is parsed or loaded here.
  const countFile = context.globalStorageUri.scheme === 'file' ? vscode.Uri.joinPath(context.globalStorageUri, 'token-counts.json').fsPath : undefined;
  const engine = new AnalysisEngine(settings, undefined, countFile);
  const analysis = new DocumentAnalysisCache(engine);
  const codeLens = new CostCodeLensController(settings, analysis, engine, apiKeys);
  const report = new WorkspaceReport(analysis);
  const reportView = new ReportView(report);
  context.subscriptions.push(
    log, settings, apiKeys, spend, statusBar,
    engine, analysis, codeLens, report, reportView, new CostDocuments(analysis, settings),
    vscode.languages.registerHoverProvider(sourceSelector(), new CostHoverProvider(analysis)),
    vscode.commands.registerCommand(Commands.scanWorkspace, scanWorkspaceCommand(report, log)),
    vscode.commands.registerCommand(Commands.showPriceTable, showPriceTableCommand()),
    vscode.commands.registerCommand(Commands.toggleCodeLens, toggleCodeLensCommand()),
    vscode.commands.registerCommand(Commands.exportReport, exportReportCommand(report, apiKeys)),
    vscode.commands.registerCommand(Commands.showComparison, showComparisonCommand()),
    vscode.commands.registerCommand(Commands.setApiKey, setApiKeyCommand(apiKeys, log)),
    vscode.commands.registerCommand(Commands.clearApiKey, clearApiKeyCommand(apiKeys, log)),
    vscode.commands.registerCommand(Commands.showStatusMenu, showStatusMenuCommand(settings, spend, context.extension.id)),
  );
  // The prompt panel and its commands; "Run This Call's Prompt" reads calls from the shared analysis.
  const prompt = registerPromptRunner(context, { settings, apiKeys, spend, log, findCalls: async (d) => (await analysis.analyse(d))?.calls ?? [] });
  const activationMs = performance.now() - started;
  log.info(`LLM Cost activated in ${activationMs.toFixed(1)} ms`);
  if (context.extensionMode !== vscode.ExtensionMode.Test) return undefined;
  return { activationMs, settings, settingsWarnings, apiKeys, spend, statusBar, analysis, codeLens, report, reportTree: reportView.provider, prompt };
}

/** Nothing to do: every resource is disposed through `context.subscriptions`. */
export function deactivate(): void {}
