import type { SettingProblem } from './parseSettings';

const MAX_VALUE_CHARS = 60;

/**
 * One sentence for the user naming the setting, what is wrong and what is used instead, e.g.
 * `Setting "llmCost.currency" has an invalid value "EUR": Invalid option: expected one of "USD"|"CNY". Using the default "USD".`
 * Long values are cut so a pasted secret or a huge object never fills the notification.
 */
export function formatSettingProblem(problem: SettingProblem): string {
  if (problem.fallback === undefined) {
    return `Setting "${problem.setting}" is not a known LLM Cost setting and is ignored.`;
  }
  return `Setting "${problem.setting}" has an invalid value ${shorten(problem.value)}: ${problem.reason}. ` +
    `Using the default ${shorten(problem.fallback)}.`;
}

function shorten(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}
