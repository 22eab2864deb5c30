import { SETTINGS_SECTION } from './settingSpec';
import { SETTING_SPECS } from './settingsSchema';
import type { SettingKey, Settings } from './settingsSchema';

/** A setting whose value was rejected (the default is used instead) or that is not known. */
export interface SettingProblem {
  /** Full setting id as the user writes it, e.g. `llmCost.currency`. */
  readonly setting: string;
  /** The rejected value, as read. */
  readonly value: unknown;
  /** Why it was rejected, one line. */
  readonly reason: string;
  /** What is used instead: the setting's default; `undefined` for unknown settings. */
  readonly fallback: unknown;
}

/** Result of `parseSettings`: complete, frozen settings plus what had to be replaced. */
export interface ParsedSettings {
  readonly settings: Settings;
  readonly problems: readonly SettingProblem[];
}

/**
 * Validates raw setting values one by one. `raw` is keyed without the `llmCost.` prefix; a missing
 * or `undefined` key takes its default. A bad value falls back to that setting's default alone, so one
 * mistake never resets the others.
 */
export function parseSettings(raw: Readonly<Record<string, unknown>>): ParsedSettings {
  const values: Record<string, unknown> = {};
  const problems: SettingProblem[] = [];
  for (const key of Object.keys(SETTING_SPECS) as SettingKey[]) {
    const schema = SETTING_SPECS[key].schema;
    const result = schema.safeParse(raw[key]);
    if (result.success) {
      values[key] = result.data;
      continue;
    }
    const fallback = schema.parse(undefined);
    values[key] = fallback;
    problems.push({ setting: `${SETTINGS_SECTION}.${key}`, value: raw[key], reason: describeIssues(result.error.issues), fallback });
  }
  for (const key of Object.keys(raw)) {
    if (!(key in SETTING_SPECS) && raw[key] !== undefined) {
      problems.push({ setting: `${SETTINGS_SECTION}.${key}`, value: raw[key], reason: 'unknown setting', fallback: undefined });
    }
  }
  return { settings: deepFreeze(values) as Settings, problems };
}

interface IssueLike {
  readonly message: string;
  readonly path: readonly PropertyKey[];
}

function describeIssues(issues: readonly IssueLike[]): string {
  const first = issues[0];
  if (!first) return 'invalid value';
  const where = first.path.length ? ` at ${first.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}` : '';
  const more = issues.length > 1 ? ` (+${issues.length - 1} more)` : '';
  return `${first.message}${where}${more}`;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
