/**
 * The command line of `llm-cost run`, parsed into a plan: which providers with which models and
 * endpoints, the request, the output format and the time limits. Every bad value is a UsageError.
 */
import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { Currency, ProviderId } from '../core/model';
import type { RunRequest, StreamPolicy } from '../providers/llmProvider';
import { providerRegistry, providerSetup } from '../providers/providerRegistry';
import { UsageError } from './cliIo';
import { parseChoice, parseCurrency, parseNonNegative } from './cliArgs';

/** One provider to run, with the model and (optional) base URL meant for it. */
export interface RunTarget {
  readonly provider: ProviderId;
  readonly model: string;
  readonly baseUrl?: string;
}

export interface RunPlan {
  readonly help: boolean;
  readonly targets: readonly RunTarget[];
  /** The request without the model (each target has its own). */
  readonly request: Omit<RunRequest, 'model'>;
  readonly format: 'table' | 'json';
  readonly currency: Currency;
  /** USD→CNY rate instead of the catalog's dated default. */
  readonly fxRate?: number;
  readonly region?: string;
  readonly apiVersion?: string;
  readonly policy: Partial<StreamPolicy>;
}

const OPTIONS = {
  provider: { type: 'string', multiple: true },
  model: { type: 'string', multiple: true },
  'base-url': { type: 'string', multiple: true },
  prompt: { type: 'string' },
  'prompt-file': { type: 'string' },
  system: { type: 'string' },
  'max-tokens': { type: 'string' },
  temperature: { type: 'string' },
  thinking: { type: 'string' },
  'reasoning-effort': { type: 'string' },
  format: { type: 'string' },
  currency: { type: 'string' },
  'fx-rate': { type: 'string' },
  region: { type: 'string' },
  'api-version': { type: 'string' },
  timeout: { type: 'string' },
  'idle-timeout': { type: 'string' },
  retries: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Parses the arguments after `run`. `readFile` reads --prompt-file (replaceable in tests). */
export function parseRunArgs(argv: readonly string[], readFile: (file: string) => string = (f) => fs.readFileSync(f, 'utf8')): RunPlan {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: false, strict: true });
  } catch (err) {
    throw new UsageError(`${(err as Error).message.replace(/^TypeError \[\w+\]: /, '')} (see llm-cost run --help).`);
  }
  const v = parsed.values;
  const policy: Partial<StreamPolicy> = {
    ...(v.timeout !== undefined ? { headerTimeoutMs: seconds('--timeout', v.timeout) } : {}),
    ...(v['idle-timeout'] !== undefined ? { idleTimeoutMs: seconds('--idle-timeout', v['idle-timeout']) } : {}),
    ...(v.retries !== undefined ? { maxRetries: wholeNumber('--retries', v.retries, 10) } : {}),
  };
  if (v.help) return { help: true, targets: [], request: { prompt: '' }, format: 'table', currency: 'USD', policy };

  const providers = v.provider ?? [];
  if (providers.length === 0) throw new UsageError('run needs --provider (one of ' + [...providerRegistry.keys()].join(', ') + ').');
  for (const p of providers) {
    if (!providerSetup(p)) throw new UsageError(`unknown provider "${p}": use one of ${[...providerRegistry.keys()].join(', ')}.`);
  }
  const models = spread('--model', v.model ?? [], providers.length, true);
  const baseUrls = spread('--base-url', v['base-url'] ?? [], providers.length, false);
  const targets = providers.map((provider, i) => ({
    provider: provider as ProviderId,
    model: models[i] as string,
    ...(baseUrls[i] !== undefined ? { baseUrl: baseUrls[i] } : {}),
  }));

  if ((v.prompt === undefined) === (v['prompt-file'] === undefined)) throw new UsageError('run needs exactly one of --prompt TEXT or --prompt-file FILE.');
  let prompt = v.prompt;
  if (v['prompt-file'] !== undefined) {
    try {
      prompt = readFile(v['prompt-file']);
    } catch (err) {
      throw new UsageError(`cannot read --prompt-file ${v['prompt-file']}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`);
    }
  }
  if (!prompt || !prompt.trim()) throw new UsageError('the prompt is empty.');

  const request: Omit<RunRequest, 'model'> = {
    prompt,
    ...(v.system !== undefined ? { system: v.system } : {}),
    ...(v['max-tokens'] !== undefined ? { maxTokens: wholeNumber('--max-tokens', v['max-tokens'], 10_000_000, 1) } : {}),
    ...(v.temperature !== undefined ? { temperature: number('--temperature', v.temperature, 0, 2) } : {}),
    ...(v.thinking !== undefined ? { thinking: parseChoice('--thinking', v.thinking, ['on', 'off'] as const) === 'on' } : {}),
    ...(v['reasoning-effort'] !== undefined ? { reasoningEffort: v['reasoning-effort'] } : {}),
  };
  return {
    help: false,
    targets,
    request,
    format: parseChoice('--format', v.format ?? 'table', ['table', 'json'] as const),
    currency: parseCurrency(v.currency),
    ...(v['fx-rate'] !== undefined ? { fxRate: parseNonNegative('--fx-rate', v['fx-rate']) } : {}),
    ...(v.region !== undefined ? { region: v.region } : {}),
    ...(v['api-version'] !== undefined ? { apiVersion: v['api-version'] } : {}),
    policy,
  };
}

/** A flag given once applies to every provider; given once per provider, they pair up in order. */
function spread(flag: string, values: readonly string[], count: number, required: boolean): (string | undefined)[] {
  if (values.length === 0) {
    if (required) throw new UsageError(`run needs ${flag}.`);
    return new Array<undefined>(count).fill(undefined);
  }
  if (values.length === 1) return new Array<string>(count).fill(values[0] as string);
  if (values.length !== count) throw new UsageError(`give ${flag} once (for every provider) or once per --provider, in the same order (got ${values.length} for ${count} providers).`);
  return [...values];
}

function seconds(flag: string, value: string): number {
  return Math.round(number(flag, value, 0.01, 3600) * 1000);
}

function number(flag: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max) throw new UsageError(`${flag} must be a number from ${min} to ${max} (got "${value}").`);
  return n;
}

function wholeNumber(flag: string, value: string, max: number, min = 0): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < min || n > max) throw new UsageError(`${flag} must be a whole number from ${min} to ${max} (got "${value}").`);
  return n;
}
