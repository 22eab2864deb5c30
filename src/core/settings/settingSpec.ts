import type * as z from 'zod';

/** The configuration section all settings live under: `llmCost.<key>`. */
export const SETTINGS_SECTION = 'llmCost';

/**
 * VS Code configuration scopes. `machine` and `application` settings are never read from workspace
 * or folder settings, which is what keeps a cloned repository from redirecting requests and keys.
 */
export type SettingScope = 'application' | 'machine' | 'machine-overridable' | 'window' | 'resource';

/** Groups shown as separate headings in the Settings editor. */
export type SettingSection = 'general' | 'estimates' | 'providers';

/** Everything known about one `llmCost.*` setting: its zod schema (with default) and its manifest metadata. */
export interface SettingSpec<S extends z.ZodType = z.ZodType> {
  /** Validates the value; carries the default through `.default()`. */
  readonly schema: S;
  readonly scope: SettingScope;
  readonly section: SettingSection;
  /** User-facing help shown in the Settings editor (Markdown). */
  readonly markdownDescription: string;
  /** One line per `enum` value, same order. */
  readonly enumDescriptions?: readonly string[];
  /** Shown by the Settings editor when a string fails its `pattern`. */
  readonly patternErrorMessage?: string;
  /**
   * True for settings that decide where requests and API keys go (base URLs, endpoints, regions,
   * deployments). These must be machine/application scoped and restricted in untrusted workspaces.
   */
  readonly routesRequests?: boolean;
}

/** Declares a setting while keeping the exact zod type for inference. */
export function defineSetting<S extends z.ZodType>(spec: SettingSpec<S>): SettingSpec<S> {
  return spec;
}

/** Empty, or an absolute http(s) URL without spaces. Empty means "the provider's own endpoint". */
export const HTTP_URL_OR_EMPTY = /^(|https?:\/\/[^\s/]+(\/\S*)?)$/;
