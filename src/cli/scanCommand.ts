/**
 * `llm-cost scan [paths…] [--format table|json|markdown|csv] [--currency USD|CNY] [--at ISO-time]`:
 * finds every LLM call under the paths and prints each with its estimates. Exact token counts are
 * kept in a cache file between runs (src/node/tokenCountCache.ts) unless --no-cache.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCatalog } from '../core/catalog/loadCatalog';
import { TreeSitterParsers } from '../core/detect/treeSitter';
import { callEstimator } from '../core/estimate/estimateCalls';
import type { CallEstimate } from '../core/estimate/estimateTypes';
import type { DetectedCall } from '../core/model';
import { DEFAULT_ASSUMPTIONS } from '../core/estimate/defaults';
import { scanCsv } from '../core/format/scanCsv';
import { scanJson } from '../core/format/scanJson';
import type { ScanReport } from '../core/format/scanJson';
import { scanMarkdown } from '../core/format/scanMarkdown';
import { scanTable } from '../core/format/scanTable';
import { diskGrammarSource } from '../node/assets';
import { scanFiles, scanRootFor } from '../node/scanFiles';
import { FileTokenCountStore, tokenCountCacheFile } from '../node/tokenCountCache';
import { nodeTokenizerLoaders } from '../node/tokenizerLoaders';
import { WorkerTokenizers } from '../node/workerTokenizers';
import { TokenCounter } from '../core/tokens/tokenCounter';
import type { TokenizerLoaders } from '../core/tokens/tokenCounter';
import type { CliIo } from './cliIo';
import { ExitCode, UsageError } from './cliIo';
import { parseChoice, parseCurrency, parseInstant, parseNonNegative, parsePositive } from './cliArgs';

const HELP = `llm-cost scan [paths…] [options]

Finds every LLM API call under the paths (default: the current folder) and prices it on the host
it uses and on comparable offers.

Options:
  --format table|json|markdown|csv   output format (default: table)
  --currency USD|CNY                 currency of all prices (default: USD); DeepSeek's own CNY list is used where published
  --at ISO-time                      price at this moment, e.g. 2026-08-18T02:00:00Z (default: now)
  --calls-per-day N                  volume assumed for calls without a directive (default: ${DEFAULT_ASSUMPTIONS.callsPerDay})
  --fx-rate N                        USD→CNY rate instead of the catalog's dated default
  --stats                            add scan statistics (files seen/parsed, time) to JSON output
  --no-cache                         count every prompt afresh, neither reading nor writing the token-count
                                     cache ($LLM_COST_CACHE_DIR, else $XDG_CACHE_HOME/llm-cost-lens or ~/.cache/llm-cost-lens)
`;

/** What tests replace. */
export interface ScanCommandOptions {
  /** Loads the tokenizer encoders (default: from disk, next to the bundle). */
  readonly tokenizers?: TokenizerLoaders;
}

/** Runs `llm-cost scan`; resolves with the exit code. */
export async function runScanCommand(argv: readonly string[], io: CliIo, signal: AbortSignal, options: ScanCommandOptions = {}): Promise<number> {
  const { values, positionals } = parseScanArgs(argv);
  if (values.help) {
    io.out(HELP);
    return ExitCode.ok;
  }
  const format = parseChoice('--format', values.format ?? 'table', ['table', 'json', 'markdown', 'csv'] as const);
  const currency = parseCurrency(values.currency);
  const at = parseInstant(values.at);
  const assumptions = {
    ...DEFAULT_ASSUMPTIONS,
    at,
    currency,
    callsPerDay: values['calls-per-day'] !== undefined ? parseNonNegative('--calls-per-day', values['calls-per-day']) : DEFAULT_ASSUMPTIONS.callsPerDay,
    fxRate: values['fx-rate'] !== undefined ? parsePositive('--fx-rate', values['fx-rate']) : undefined,
  };
  const paths = positionals.length > 0 ? positionals : ['.'];
  const started = Date.now();

  const cwd = process.cwd();
  const missing = paths.filter((p) => !fs.existsSync(path.resolve(cwd, p)));
  if (missing.length === paths.length) throw new UsageError(`no such file or folder: ${missing.join(', ')}`);
  const root = scanRootFor(paths, cwd);
  // Counts of unchanged prompts come from the cache, so a re-scan usually loads no tokenizer. With
  // nothing cached, the tokenizers start loading in worker threads now, while the tree is scanned.
  const store = values['no-cache'] ? undefined : new FileTokenCountStore(tokenCountCacheFile());
  const cold = !store || store.isEmpty;
  const workers = !options.tokenizers && cold ? new WorkerTokenizers() : null;
  const counter = new TokenCounter(options.tokenizers ?? workers ?? nodeTokenizerLoaders(), { store });
  if (workers) counter.warm(['o200k', 'deepseek-v3']);
  const showProgress = format === 'table' && io.isTTY;
  // Each file's calls are estimated as soon as they are found, while the worker thread reads on.
  const estimate = callEstimator(loadCatalog(), counter, assumptions);
  const pending = new Map<DetectedCall, Promise<CallEstimate>>();
  let estimates: CallEstimate[];
  let result;
  let scanMs;
  try {
    result = await scanFiles(paths.map((p) => path.resolve(cwd, p)), {
      parsers: new TreeSitterParsers(diskGrammarSource()),
      root,
      signal,
      onProgress: showProgress ? (n) => n % 200 === 0 && io.err(`\rscanning… ${n} files`) : undefined,
      onCalls: (calls) => {
        for (const call of calls) {
          const estimated = estimate(call);
          estimated.catch(() => undefined); // reported by Promise.all below, not as an unhandled rejection
          pending.set(call, estimated);
        }
      },
    });
    if (showProgress) io.err('\r\x1b[K');
    scanMs = Date.now() - started;
    estimates = await Promise.all(result.calls.map((call) => pending.get(call) ?? estimate(call)));
  } finally {
    workers?.dispose();
    // Also after a cancelled scan (its calls were counted too); a failed save is silently skipped.
    store?.save();
  }
  const report: ScanReport = {
    root,
    currency,
    pricedAt: at.toISOString(),
    estimates,
    skipped: result.skipped,
    stats: values.stats
      ? {
          filesSeen: result.filesSeen,
          filesParsed: result.filesParsed,
          bytesRead: result.bytesRead,
          bytesParsed: result.bytesParsed,
          threads: result.threads,
          skipped: result.skipped.length,
          scanMs,
          ms: Date.now() - started,
        }
      : undefined,
  };
  const render = { table: scanTable, markdown: scanMarkdown, csv: scanCsv, json: (r: ScanReport) => JSON.stringify(scanJson(r), null, 2) + '\n' }[format];
  io.out(render(report));
  if (result.cancelled) {
    io.err('llm-cost: scan cancelled; the results above are partial.\n');
    return ExitCode.cancelled;
  }
  return ExitCode.ok;
}

function parseScanArgs(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        currency: { type: 'string' },
        at: { type: 'string' },
        'calls-per-day': { type: 'string' },
        'fx-rate': { type: 'string' },
        stats: { type: 'boolean' },
        'no-cache': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message} (see llm-cost scan --help)`);
  }
}
