/**
 * The literal pre-filter: a file that contains none of these strings cannot hold a call the
 * detectors would report, so it is never parsed. The list is the union of each detector's own
 * trigger list (each detector documents why every call it can report needs one of its literals);
 * `npm run bench` hands the same list to `rg -l -F` as the baseline.
 */
import { PYTHON_HOST_TRIGGERS, PYTHON_TRIGGERS } from './python/pythonTriggers';
import { TYPESCRIPT_TRIGGERS } from './typescript/triggers';

/** Host names are matched in their usual spellings: lower case, Capitalised and UPPER case. */
function spellings(word: string): string[] {
  return [word, word[0].toUpperCase() + word.slice(1), word.toUpperCase()];
}

/** Trigger literals, case-sensitive. */
export const PREFILTER_LITERALS: readonly string[] = [
  ...new Set([...TYPESCRIPT_TRIGGERS, ...PYTHON_TRIGGERS, ...PYTHON_HOST_TRIGGERS.flatMap(spellings)]),
];

const PYTHON_PATTERN = anyOf([...PYTHON_TRIGGERS, ...PYTHON_HOST_TRIGGERS.flatMap(spellings)]);
const TYPESCRIPT_PATTERN = anyOf(TYPESCRIPT_TRIGGERS);
const ANY_PATTERN = anyOf(PREFILTER_LITERALS);

/**
 * Whether a file may hold a call: it contains a trigger literal of its language's detector
 * (Python for .py, .pyi and notebooks; TypeScript/JavaScript otherwise), or of either detector
 * when the language is not given.
 */
export function mayContainCalls(text: string, language?: 'python' | 'typescript'): boolean {
  const pattern = language === 'python' ? PYTHON_PATTERN : language === 'typescript' ? TYPESCRIPT_PATTERN : ANY_PATTERN;
  return pattern.test(text);
}

function anyOf(literals: readonly string[]): RegExp {
  return new RegExp(literals.map(escape).join('|'));
}

function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
