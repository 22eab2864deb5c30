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
  /** `LLM Cost: Scan Workspace` — fills the "LLM Calls" view; resolves with the scan's outcome. */
  scanWorkspace: 'llmCost.scanWorkspace',
  /** `LLM Cost: Show Price Table` — the catalog's prices in a Markdown preview; resolves with its URI. */
  showPriceTable: 'llmCost.showPriceTable',
  /** `LLM Cost: Toggle Cost Lenses` — flips `llmCost.codeLens.enabled`; resolves with the new value. */
  toggleCodeLens: 'llmCost.toggleCodeLens',
  /** `LLM Cost: Export Workspace Report…` — args: `(format?: 'markdown'|'csv'|'json', target?: string)`; resolves with the file URI. */
  exportReport: 'llmCost.exportReport',
  /** A lens click: the call's comparison table — args: `(location: CallLocation)`. */
  showComparison: 'llmCost.internal.showComparison',
  /** `LLM Cost: Open Prompt Runner` — the panel with its history; no args. */
  openPromptPanel: 'llmCost.openPromptPanel',
  /** `LLM Cost: Run Prompt…` — args: `(prompt?: string, options?: { system?, targets? })`; asks for the prompt when none is given. */
  runPrompt: 'llmCost.runPrompt',
  /** `LLM Cost: Run Selection as Prompt` — the active editor's selection; no args. */
  runSelection: 'llmCost.runSelection',
  /**
   * `LLM Cost: Run This Call's Prompt` — args: `(uri, line, column)` 1-based, or one CallLocation
   * (hover links), or none for the call under the cursor. Opens the panel prefilled.
   */
  runCallPrompt: 'llmCost.runCallPrompt',
  /** `LLM Cost: Choose Provider and Model…` — args: `(provider?, model?)`; writes llmCost.defaultProvider/defaultModel. */
  chooseProviderModel: 'llmCost.chooseProviderModel',
  /** Export the run history as JSONL (the panel's button) — args: `(target?: Uri)`; without one a save dialog asks. */
  exportHistory: 'llmCost.internal.exportHistory',
} as const;

/** One of the extension's command ids. */
export type CommandId = (typeof Commands)[keyof typeof Commands];

/** Prefix of commands hidden from the Command Palette. */
export const INTERNAL_COMMAND_PREFIX = 'llmCost.internal.';
