/**
 * `llm-cost`: the command-line twin of the extension. Subcommands: scan, price, run.
 */
import type { CliIo } from './cliIo';
import type * as RunEntry from './runEntry';
import { ExitCode, UsageError } from './cliIo';

const HELP = `llm-cost — find LLM API calls and price them on every host

Usage:
  llm-cost scan [paths…] [--format table|json|markdown|csv] [--currency USD|CNY] [--at ISO-time]
                [--stats] [--no-cache]
  llm-cost price --provider P --model M --input N [--cached-input N] [--output N] [--reasoning N]
                 [--at ISO-time] [--currency USD|CNY] [--format table|json]
  llm-cost run --provider P [--provider P2 …] --model M [--base-url URL] (--prompt TEXT | --prompt-file F)
               [--system TEXT] [--max-tokens N] [--format table|json]

Run \`llm-cost <command> --help\` for the options of a command.`;

/** Runs the CLI with the given arguments (without node and script) and resolves with the exit code. */
export async function main(argv: readonly string[], io: CliIo, env: NodeJS.ProcessEnv, signal: AbortSignal): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      // Each command loads its own modules; `run` (the provider SDKs) is a bundle of its own, so
      // `scan` and `price` never compile openai or the AWS SDK.
      case 'scan':
        return await (await import('./scanCommand')).runScanCommand(rest, io, signal);
      case 'price':
        return await (await import('./priceCommand')).runPriceCommand(rest, io);
      case 'run': {
        // A computed require that esbuild.js points at dist/runEntry.js (see runEntry.ts).
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { runRunCommand, runEstimator } = require('./runEntry') as typeof RunEntry;
        return await runRunCommand(rest, io, env, signal, { estimate: runEstimator() });
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(HELP + '\n');
        return command === undefined ? ExitCode.usage : ExitCode.ok;
      case '--version':
      case '-v':
        io.out(`${VERSION}\n`);
        return ExitCode.ok;
      default:
        throw new UsageError(`unknown command "${command}". Commands: scan, price, run (see llm-cost --help).`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`llm-cost: ${err.message}\n`);
      return ExitCode.usage;
    }
    io.err(`llm-cost: ${(err as Error).message}\n`);
    return ExitCode.failed;
  }
}

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

/** Runs the CLI as a process: argv, stdout/stderr, Ctrl-C and the exit code (dist/cli.js calls it). */
export function runCli(): void {
  const controller = new AbortController();
  let interrupted = false;
  process.on('SIGINT', () => {
    if (interrupted) process.exit(ExitCode.cancelled);
    interrupted = true;
    process.stderr.write('\nllm-cost: cancelling… (Ctrl-C again to quit at once)\n');
    controller.abort();
  });
  // `llm-cost scan | head`: once the reader has gone, the rest of the output has nowhere to go. Stop
  // quietly, as other command-line tools do, instead of a stack trace about a closed pipe.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(interrupted ? ExitCode.cancelled : ExitCode.ok);
  });
  // The AWS SDK warns on every Bedrock run that Node 20 support ends in 2027; the CLI supports Node 20.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const io = {
    out: (s: string) => process.stdout.write(s),
    err: (s: string) => process.stderr.write(s),
    isTTY: Boolean(process.stdout.isTTY),
    columns: process.stdout.columns,
  };
  main(process.argv.slice(2), io, process.env, controller.signal).then(
    (code) => {
      process.exitCode = interrupted ? ExitCode.cancelled : code;
    },
    (err: unknown) => {
      process.stderr.write(`llm-cost: ${(err as Error).stack ?? String(err)}\n`);
      process.exitCode = ExitCode.failed;
    },
  );
}

if (require.main === module) runCli();
