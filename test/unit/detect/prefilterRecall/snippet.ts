/**
 * The shape of one recall probe: a whole little source file, named by the form it exercises.
 * The snippet modules beside this file hold the probes; prefilterRecall.test.ts runs them.
 */

/** One realistic source file; `file` decides the grammar (.ts, .tsx, .js, .mjs, .cjs, .py). */
export interface RecallSnippet {
  readonly title: string;
  readonly file: string;
  readonly text: string;
}

/** Builds a snippet; the text loses the newline right after the opening backtick. */
export function snippet(title: string, file: string, text: string): RecallSnippet {
  return { title, file, text: text.replace(/^\r?\n/, '') };
}
