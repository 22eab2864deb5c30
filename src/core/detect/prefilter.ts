/**
 * The literal pre-filter: a file that contains none of its detector's trigger literals (or only
 * shared words without the further evidence their rule needs) cannot hold a call the detector would
 * report, so it is never decoded or parsed. The rules are each detector's own (triggers.ts,
 * pythonTriggers.ts); `npm run bench` hands all their literals to `rg -l -F` as the baseline.
 */
import { PYTHON_TRIGGER_RULES } from './python/pythonTriggers';
import { LiteralSearch } from './literalSearch';
import type { Literal } from './literalSearch';
import type { TriggerRule } from './triggerRule';
import { TYPESCRIPT_TRIGGER_RULES } from './typescript/triggers';

/**
 * Every trigger literal of both detectors, for `rg -l -F` (case-sensitive): a literal matched in any
 * case is listed in its usual spellings (lower, Capitalised, UPPER).
 */
export const PREFILTER_LITERALS: readonly string[] = [
  ...new Set([...TYPESCRIPT_TRIGGER_RULES, ...PYTHON_TRIGGER_RULES].flatMap((r) => (r.ignoreCase ? r.literals.flatMap(spellings) : r.literals))),
];

function spellings(word: string): string[] {
  return [word, word[0].toUpperCase() + word.slice(1), word.toUpperCase()];
}

/** The rules of one detector (or both), compiled into one search. */
class RuleSet {
  readonly #search: LiteralSearch;
  /** For each literal of the search, the index of its rule. */
  readonly #ruleOf: number[] = [];
  /** Per rule with `needs`: its evidence, with the literals compiled. */
  readonly #evidence: ReadonlyArray<{ search: LiteralSearch | null; check?: (text: string) => boolean } | undefined>;

  constructor(rules: readonly TriggerRule[]) {
    const literals: Literal[] = [];
    rules.forEach((rule, index) => {
      for (const text of rule.literals) {
        literals.push({ text, ignoreCase: rule.ignoreCase });
        this.#ruleOf.push(index);
      }
    });
    this.#search = new LiteralSearch(literals);
    this.#evidence = rules.map(
      ({ needs }) =>
        needs && {
          search: needs.literals.length > 0 ? new LiteralSearch(needs.literals.map((text) => ({ text, ignoreCase: needs.ignoreCase }))) : null,
          check: needs.check,
        },
    );
  }

  /** Whether the source passes: a literal of a rule whose evidence (if any) the file holds. */
  accepts(source: string | Uint8Array): boolean {
    const bytes = typeof source === 'string' ? encoder.encode(source) : source;
    // Most files match no literal at all: the rules that failed, and the text, only when needed.
    let failed: Set<number> | null = null;
    let text = typeof source === 'string' ? source : null;
    let enabled: ((literal: number) => boolean) | undefined;
    for (let from = 0; ; ) {
      const hit = this.#search.find(bytes, from, enabled);
      if (!hit) return false;
      const ruleIndex = this.#ruleOf[hit.index];
      const evidence = this.#evidence[ruleIndex];
      if (!evidence || evidence.search?.find(bytes)) return true;
      if (evidence.check?.((text ??= decoder.decode(bytes)))) return true;
      // Look on from the same offset: another rule's literal may start there too.
      const without: Set<number> = (failed ??= new Set<number>());
      without.add(ruleIndex);
      enabled ??= (literal) => !without.has(this.#ruleOf[literal]);
      from = hit.at;
    }
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

let compiled: Record<'python' | 'typescript' | 'any', RuleSet> | null = null;

function ruleSets(): Record<'python' | 'typescript' | 'any', RuleSet> {
  compiled ??= {
    python: new RuleSet(PYTHON_TRIGGER_RULES),
    typescript: new RuleSet(TYPESCRIPT_TRIGGER_RULES),
    any: new RuleSet([...TYPESCRIPT_TRIGGER_RULES, ...PYTHON_TRIGGER_RULES]),
  };
  return compiled;
}

/**
 * Whether a file may hold a call: it passes its language's rules (Python for .py, .pyi and
 * notebooks; TypeScript/JavaScript otherwise), or either detector's when the language is not
 * given. `source` is the text, or its UTF-8 bytes (then only files that pass are decoded).
 */
export function mayContainCalls(source: string | Uint8Array, language?: 'python' | 'typescript'): boolean {
  return ruleSets()[language ?? 'any'].accepts(source);
}
