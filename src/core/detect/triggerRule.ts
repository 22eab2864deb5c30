/**
 * One rule of the literal pre-filter. A file passes when it contains one of a rule's literals and,
 * for a rule with `needs`, the rest of the evidence its detector requires is in the file too.
 */
export interface TriggerRule {
  /** ASCII literals (printable, tab or line breaks), case-sensitive unless `ignoreCase`; `npm run bench` hands them to `rg -l -F`. */
  readonly literals: readonly string[];
  /** Match the literals in any letter case (host names in URLs). */
  readonly ignoreCase?: boolean;
  /** For words that other code uses as well: what else the detector needs before it reports a call. */
  readonly needs?: Evidence;
}

/** Further evidence: one of these literals anywhere in the file, else a check of the decoded text. */
export interface Evidence {
  /** May be empty when only `check` decides. */
  readonly literals: readonly string[];
  readonly ignoreCase?: boolean;
  readonly check?: (text: string) => boolean;
}
