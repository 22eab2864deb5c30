import * as vscode from 'vscode';
import type { SettingProblem } from '../../core/settings/parseSettings';
import { SETTINGS_SECTION } from '../../core/settings/settingSpec';
import type { SettingKey, Settings } from '../../core/settings/settingsSchema';
import { Disposable } from '../util/dispose';
import { readSettings } from './readSettings';
import type { SettingsWarnings } from './settingsWarnings';

/** What changed in a settings reload. */
export interface SettingsChange {
  readonly settings: Settings;
  /** Keys (without `llmCost.`) whose effective value differs from before. */
  readonly changed: readonly SettingKey[];
}

/**
 * The current `llmCost.*` settings as one frozen, validated snapshot. It is re-read when VS Code
 * reports a change under `llmCost`; listeners hear only about keys whose value really changed.
 */
export class SettingsService extends Disposable {
  readonly #onDidChange = this._register(new vscode.EventEmitter<SettingsChange>());
  /** Fires after a reload that changed at least one effective value. */
  readonly onDidChange = this.#onDidChange.event;
  #settings: Settings;
  #problems: readonly SettingProblem[];

  constructor(private readonly warnings: SettingsWarnings) {
    super();
    ({ settings: this.#settings, problems: this.#problems } = readSettings());
    warnings.report(this.#problems);
    this._register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SETTINGS_SECTION)) this.#reload();
    }));
  }

  /** The snapshot; replaced (never mutated) on change. */
  get current(): Settings {
    return this.#settings;
  }

  /** Values rejected in the last read (their defaults are in `current`). */
  get problems(): readonly SettingProblem[] {
    return this.#problems;
  }

  #reload(): void {
    const previous = this.#settings;
    ({ settings: this.#settings, problems: this.#problems } = readSettings());
    this.warnings.report(this.#problems);
    const changed = (Object.keys(this.#settings) as SettingKey[])
      .filter((key) => JSON.stringify(previous[key]) !== JSON.stringify(this.#settings[key]));
    if (changed.length) this.#onDidChange.fire({ settings: this.#settings, changed });
  }
}
