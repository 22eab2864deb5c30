/**
 * `llm-cost run`: sends one prompt to one or more providers at once and shows what each returns,
 * how fast, and what it really cost (the returned usage priced at the start of the request).
 */
import { redactExact } from '../providers/redactSecrets';
import type { Catalog } from '../core/catalog/catalogSchema';
import { loadCatalog } from '../core/catalog/loadCatalog';
import type { Currency } from '../core/model';
import { createProvider } from '../providers/createProvider';
import type { RunRequest } from '../providers/llmProvider';
import { priceRun } from '../providers/runCost';
import { runPrompt } from '../providers/runPrompt';
import type { CliIo } from './cliIo';
import { ExitCode, UsageError } from './cliIo';
import type { RunTarget } from './runArgs';
import { parseRunArgs } from './runArgs';
import { providerSpecFromEnv, secretsInEnv } from './runEnv';
import { RUN_HELP } from './runHelp';
import { RunLiveView } from './runLiveView';
import type { RunRow } from './runSummary';
import { notesOf, runJson, runSummaryTable } from './runSummary';
import type { RunView } from './runTranscript';
import { RunTranscript } from './runTranscript';

/** The CLI's io, plus the terminal width when standard output is a terminal. */
export interface RunCommandIo extends CliIo {
  readonly columns?: number;
}

/** Hooks for the caller (the CLI entry point) and for tests. */
export interface RunCommandOptions {
  /** The engine's typical estimate for a target, in `currency`; null when it has none. */
  readonly estimate?: (target: RunTarget, request: RunRequest, currency: Currency, at: Date) => number | null | Promise<number | null>;
  /** A catalog to price with instead of the bundled one (null: price nothing). */
  readonly catalog?: Catalog | null;
}

/** Runs `llm-cost run`; resolves with the exit code (0 ok, 1 a run failed, 2 usage, 130 cancelled). */
export async function runRunCommand(argv: readonly string[], io: RunCommandIo, env: NodeJS.ProcessEnv, signal: AbortSignal, options: RunCommandOptions = {}): Promise<number> {
  let plan;
  try {
    plan = parseRunArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.err(`llm-cost: ${err.message}\n`);
    return ExitCode.usage;
  }
  if (plan.help) {
    io.out(RUN_HELP);
    return ExitCode.ok;
  }
  const specs = plan.targets.map((t) => providerSpecFromEnv(t, plan, env));
  const secrets = secretsInEnv(specs);
  const scrub = scrubber(secrets);
  const out = (text: string): void => io.out(scrub(text));
  const err = (text: string): void => io.err(scrub(text));

  const labels = plan.targets.map((t) => `${t.provider} · ${t.model}`);
  const columns = io.columns ?? (Number(env.COLUMNS) || 100);
  const view: RunView | null =
    plan.format === 'json' ? null : io.isTTY && RunLiveView.fits(labels.length, columns) ? new RunLiveView(labels, out, columns) : new RunTranscript(labels, out);

  const results = await Promise.all(
    plan.targets.map((target, i) => runPrompt(createProvider(specs[i]!), { ...plan.request, model: target.model }, signal, (event) => view?.onEvent(i, event), secrets)),
  );
  view?.finish(results);

  const catalog = options.catalog !== undefined ? options.catalog : tryLoadCatalog(err);
  const rows: RunRow[] = await Promise.all(
    results.map(async (result, i) => ({
      result,
      cost: priceRun(catalog, result, plan.currency, plan.fxRate),
      estimate: (await options.estimate?.(plan.targets[i]!, { ...plan.request, model: result.model }, plan.currency, result.startedAt)) ?? null,
    })),
  );

  if (plan.format === 'json') {
    const objects = rows.map(runJson);
    out(JSON.stringify(objects.length === 1 ? objects[0] : objects, null, 2) + '\n');
  } else {
    out('\n' + runSummaryTable(rows, plan.currency));
    const notes = rows.flatMap((row) => notesOf(row).map((n) => `  ${row.result.provider}: ${n}`));
    if (notes.length > 0) out(`notes:\n${notes.join('\n')}\n`);
  }
  for (const { result } of rows) {
    if (result.error) err(`llm-cost: ${result.provider} (${result.model}): ${result.error.message}\n`);
  }
  if (signal.aborted || rows.some((r) => r.result.error?.kind === 'cancelled')) return ExitCode.cancelled;
  return rows.some((r) => r.result.error) ? ExitCode.failed : ExitCode.ok;
}

function tryLoadCatalog(err: (text: string) => void): Catalog | null {
  try {
    return loadCatalog();
  } catch (e) {
    err(`llm-cost: the price catalog could not be loaded, costs are left out: ${(e as Error).message}\n`);
    return null;
  }
}

/** Replaces every occurrence of a secret in printed text (defence in depth: faults are already scrubbed). */
function scrubber(secrets: readonly string[]): (text: string) => string {
  if (secrets.length === 0) return (text) => text;
  return (text) => redactExact(text, secrets);
}
