import type { DocumentAnalysisCache } from './analysis/documentAnalysisCache';
import type { CostCodeLensController } from './lens/costCodeLensController';
import type { PromptRunnerParts } from './panel/registerPromptRunner';
import type { ReportTreeProvider } from './report/reportTreeProvider';
import type { WorkspaceReport } from './report/workspaceReport';
import type { ApiKeyStore } from './secrets/apiKeyStore';
import type { SettingsService } from './settings/settingsService';
import type { SettingsWarnings } from './settings/settingsWarnings';
import type { SessionSpend } from './status/sessionSpend';
import type { StatusBarController } from './status/statusBarController';

/**
 * What `activate()` returns when VS Code runs the extension's own tests (ExtensionMode.Test), so the
 * integration tests can look inside. In normal use `activate()` returns nothing: other extensions
 * must not get at the key store.
 */
export interface LlmCostTestApi {
  /** Milliseconds `activate()` took (performance.now() around its body). */
  readonly activationMs: number;
  readonly settings: SettingsService;
  readonly settingsWarnings: SettingsWarnings;
  readonly apiKeys: ApiKeyStore;
  readonly spend: SessionSpend;
  readonly statusBar: StatusBarController;
  /** The per-document analysis shared by lenses, hovers and the report. */
  readonly analysis: DocumentAnalysisCache;
  readonly codeLens: CostCodeLensController;
  /** The workspace report behind the "LLM Calls" view. */
  readonly report: WorkspaceReport;
  readonly reportTree: ReportTreeProvider;
  /** The prompt runner: service (runner, history) and the panel manager (message hooks, snapshots). */
  readonly prompt: PromptRunnerParts;
}
