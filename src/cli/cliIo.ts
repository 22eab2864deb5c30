/** Where a CLI command writes: standard output for results, standard error for messages. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Whether standard output is a terminal (live, coloured output) or a pipe/file. */
  readonly isTTY: boolean;
}

/** Exit codes of the CLI. */
export const ExitCode = {
  ok: 0,
  /** A run or scan finished but something failed (a provider error, unreadable files with --strict). */
  failed: 1,
  /** The command line was wrong. */
  usage: 2,
  /** Cancelled with Ctrl-C. */
  cancelled: 130,
} as const;

/** A usage error: printed as `llm-cost: <message>` with exit code 2. */
export class UsageError extends Error {}
