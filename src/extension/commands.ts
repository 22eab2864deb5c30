/**
 * Every command id of the extension. Ids under `llmCost.internal.` are for status bar items, links
 * and tests: package.json hides them from the Command Palette with `when: "false"`.
 * test/unit/extension/manifest.test.ts keeps this object and package.json in step.
 */
export const Commands = {
  /** `LLM Cost: Set API Key…` — args: `(provider?: ProviderId, key?: string)`; missing args are asked for. */
  setApiKey: 'llmCost.setApiKey',
  /** `LLM Cost: Clear API Key…` — args: `(provider?: ProviderId)`. */
  clearApiKey: 'llmCost.clearApiKey',
  /** Menu behind the status bar item: spend, keys, settings. */
  showStatusMenu: 'llmCost.internal.showStatusMenu',
} as const;

/** One of the extension's command ids. */
export type CommandId = (typeof Commands)[keyof typeof Commands];

/** Prefix of commands hidden from the Command Palette. */
export const INTERNAL_COMMAND_PREFIX = 'llmCost.internal.';
