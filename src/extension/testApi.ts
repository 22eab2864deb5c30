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
}
