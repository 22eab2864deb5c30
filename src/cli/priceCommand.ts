/**
 * `llm-cost price`: prices a token count on one offer at one instant.
 * Exit codes: 0 priced, 1 no price at that instant (retired, before the first known price,
 * unpriced offer), 2 usage error.
 */
import { parseArgs } from 'node:util';
import type { Catalog } from '../core/catalog/catalogSchema';
import { findOffer, isCatalogProvider, nearestOfferIds } from '../core/catalog/findOffer';
import { loadCatalog } from '../core/catalog/loadCatalog';
import { DEFAULT_ASSUMPTIONS } from '../core/estimate/defaults';
import { ageInDays } from '../core/estimate/offerLabels';
import type { Currency, TokenUsage } from '../core/model';
import { formatQuoteTable } from '../core/pricing/formatQuoteTable';
import { priceUsage } from '../core/pricing/priceUsage';
import { priceWindowAt } from '../core/pricing/priceWindowAt';
import { usageProblem } from '../core/pricing/usageProblem';

/** Where the command writes. */
export interface CommandIo {
  out(s: string): void;
  err(s: string): void;
}

export const PRICE_USAGE = `Usage: llm-cost price --provider P --model M --input N [options]

Prices N tokens on one offer at one instant (per 1M-token list prices of the catalog).
  --provider P         deepseek, siliconflow-cn, siliconflow-com, huawei-maas, azure-foundry,
                       aws-bedrock, openai, anthropic, google
  --model M            model id as your code names it (aliases, LiteLLM prefixes, snapshots accepted)
  --input N            ALL input tokens, cache hits and cache writes included
  --cached-input N     how many input tokens were cache hits (default 0)
  --cache-write N      how many input tokens were written to the cache (Anthropic; default 0)
  --output N           ALL output tokens, reasoning included (default 0)
  --reasoning N        how many output tokens were reasoning (default 0; must be <= --output)
  --at ISO-time        instant to price at (default now; no time zone = UTC)
  --currency USD|CNY   default: the host's own currency (USD where it publishes USD)
  --fx-rate R          CNY per USD for conversions (default: the catalog's dated rate)
  --format table|json  default table
Exit codes: 0 priced, 1 no price at that instant (retired, not yet priced), 2 usage error.
`;

class UsageError extends Error {}

/** Runs `llm-cost price` with `argv` (the arguments after "price"); returns the exit code. */
export async function runPriceCommand(argv: string[], io: CommandIo, catalog: Catalog = loadCatalog()): Promise<number> {
  try {
    return run(argv, io, catalog);
  } catch (err) {
    if (err instanceof UsageError || isParseArgsError(err)) {
      io.err(`llm-cost price: ${(err as Error).message}\nRun "llm-cost price --help" for usage.\n`);
      return 2;
    }
    throw err;
  }
}

function run(argv: string[], io: CommandIo, catalog: Catalog): number {
  const { values } = parseArgs({
    args: joinNegativeValues(argv),
    strict: true,
    allowPositionals: false,
    options: {
      provider: { type: 'string' },
      model: { type: 'string' },
      input: { type: 'string' },
      'cached-input': { type: 'string' },
      'cache-write': { type: 'string' },
      output: { type: 'string' },
      reasoning: { type: 'string' },
      at: { type: 'string' },
      currency: { type: 'string' },
      'fx-rate': { type: 'string' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(PRICE_USAGE);
    return 0;
  }
  if (!values.provider || !values.model || values.input === undefined) throw new UsageError('--provider, --model and --input are required.');
  const format = (values.format ?? 'table').toLowerCase();
  if (format !== 'table' && format !== 'json') throw new UsageError(`--format must be table or json (got "${values.format}").`);
  const provider = values.provider;
  if (!isCatalogProvider(catalog, provider)) {
    const known = catalog.providers.map((p) => p.id).join(', ');
    throw new UsageError(`Unknown provider "${provider}". Known providers: ${known}.`);
  }
  const offer = findOffer(catalog, provider, values.model);
  if (!offer) throw new UsageError(unknownModelMessage(catalog, provider, values.model));

  const usage: TokenUsage = {
    inputTokens: tokenCount('--input', values.input),
    cachedInputTokens: tokenCount('--cached-input', values['cached-input']),
    cacheWriteTokens: tokenCount('--cache-write', values['cache-write']),
    outputTokens: tokenCount('--output', values.output),
    reasoningTokens: tokenCount('--reasoning', values.reasoning),
  };
  const problem = usageProblem(usage);
  if (problem) throw new UsageError(problem);
  const { at, atNote } = parseAt(values.at);
  const currency = parseCurrency(values.currency) ?? hostCurrency(offer.periods);
  const fxRate = values['fx-rate'] === undefined ? undefined : parseRate(values['fx-rate']);

  const quote = priceUsage(catalog, offer, usage, at, currency, { fxRate });
  // Old prices are said to be old, as in scan's estimates (never silently).
  const maxAge = DEFAULT_ASSUMPTIONS.staleAfterDays;
  const stale = quote.asOf !== '' && ageInDays(quote.asOf, at) > maxAge;
  const staleNote = stale ? `prices are from ${quote.asOf}, older than ${maxAge} days at ${at.toISOString().slice(0, 10)}: check the host's price page` : null;
  const notes = [...quote.notes, ...(atNote ? [atNote] : []), ...(staleNote ? [staleNote] : [])];
  const inForce = priceWindowAt(offer, at);
  if (format === 'json') {
    const { provider: p, model, currency: c, cost, pricedAt, window, source, asOf, ...rest } = quote;
    const json = { provider: p, model, currency: c, cost, pricedAt, window, source, asOf, stale, ...rest, notes,
      windowInForce: { since: inForce.since, until: inForce.until, next: inForce.next } };
    io.out(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    io.out(formatQuoteTable({ ...quote, notes }, offer.label, inForce));
  }
  return quote.cost === null ? 1 : 0;
}

function unknownModelMessage(catalog: Catalog, provider: string, model: string): string {
  const nearest = nearestOfferIds(catalog, provider, model, 5);
  const elsewhere = catalog.providers.filter((p) => p.id !== provider && findOffer(catalog, p.id, model)).map((p) => p.id);
  const hint = elsewhere.length > 0 ? ` "${model}" is known on: ${elsewhere.join(', ')} (use --provider).` : '';
  return `Unknown model "${model}" for provider ${provider}. Nearest known ids: ${nearest.join(', ')}.${hint}`;
}

function tokenCount(flag: string, raw: string | undefined): number {
  if (raw === undefined) return 0;
  const text = raw.trim().replace(/[_,]/g, '');
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n)) {
    throw new UsageError(`${flag} must be a non-negative whole number of tokens (got "${raw}").`);
  }
  return n;
}

function parseAt(raw: string | undefined): { at: Date; atNote?: string } {
  if (raw === undefined) return { at: new Date() };
  const hasTime = raw.includes('T');
  const hasZone = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(raw);
  const text = hasTime && !hasZone ? `${raw}Z` : raw;
  const at = new Date(text);
  if (!/^\d{4}-\d{2}-\d{2}/.test(raw) || Number.isNaN(at.getTime())) {
    throw new UsageError(`--at must be an ISO time such as 2026-08-17T01:00:00Z (got "${raw}").`);
  }
  return hasTime && !hasZone ? { at, atNote: `--at ${raw} has no time zone: read as UTC` } : { at };
}

function parseCurrency(raw: string | undefined): Currency | undefined {
  if (raw === undefined) return undefined;
  const upper = raw.toUpperCase();
  if (upper !== 'USD' && upper !== 'CNY') throw new UsageError(`--currency must be USD or CNY (got "${raw}").`);
  return upper;
}

function parseRate(raw: string): number {
  const rate = Number(raw);
  if (!Number.isFinite(rate) || rate <= 0) throw new UsageError(`--fx-rate must be a positive number of CNY per USD (got "${raw}").`);
  return rate;
}

/** USD when the host publishes USD prices, else CNY. */
function hostCurrency(periods: readonly { prices: { USD?: unknown } }[]): Currency {
  return periods.length === 0 || periods.some((p) => p.prices.USD !== undefined) ? 'USD' : 'CNY';
}

/** `--input -5` would be read as a missing value; join it as `--input=-5` so the number check explains it. */
function joinNegativeValues(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--') && !argv[i].includes('=') && /^-\d/.test(argv[i + 1] ?? '')) out.push(`${argv[i]}=${argv[++i]}`);
    else out.push(argv[i]);
  }
  return out;
}

function isParseArgsError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
