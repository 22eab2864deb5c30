import type { SettingProblem } from './parseSettings';

const MAX_VALUE_CHARS = 60;

/**
 * One sentence for the user naming the setting, what is wrong and what is used instead, e.g.
 * `Setting "llmCost.currency" has an invalid value "EUR": Invalid option: expected one of "USD"|"CNY". Using the default "USD".`
 * Free text is not echoed and long values are cut, so a pasted secret never shows in a notification or log.
 */
export function formatSettingProblem(problem: SettingProblem): string {
  if (problem.fallback === undefined) {
    return `Setting "${problem.setting}" is not a known LLM Cost setting and is ignored.`;
  }
  // Free-text settings (URLs, endpoints, model lists) are where a pasted key would land: never echo them.
  const value = typeof problem.value === 'string' && !/^[A-Za-z0-9._-]{1,20}$/.test(problem.value) ? '' : ` ${shorten(problem.value)}`;
  return `Setting "${problem.setting}" has an invalid value${value}: ${problem.reason}. ` +
    `Using the default ${shorten(problem.fallback)}.`;
}

function shorten(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}
