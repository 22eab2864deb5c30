/**
 * The one-line CodeLens title above a call: what it costs per call and per month on the host the
 * code uses, and the cheapest comparable offer with its saving, e.g.
 * `gpt-4o · $0.0051/call · ≈$765/mo · DeepSeek V4 Flash on Huawei MaaS (Ascend) $0.00072 −86%`.
 * Never silent: a missing model, an unknown or unpriced offer, a custom endpoint and stale prices
 * each get words of their own.
 */
import type { CallEstimate } from '../estimate/estimateTypes';
import type { ProviderId } from '../model';
import { hostShortLabel } from './hostLabels';
import { formatCost, formatMonthly, formatSaving } from './money';
import { offerLabel } from './scanTable';

/** Hosts that are the vendor's own API: the lens names only the model there. */
const FIRST_PARTY: ReadonlySet<ProviderId> = new Set<ProviderId>(['openai', 'anthropic', 'google', 'deepseek']);
/** Savings below this (in percent) are noise: the lens says "none cheaper" instead. */
const MIN_SAVING_PERCENT = 0.5;
const SEP = ' · ';

/** The lens title of one call. */
export function lensTitle(e: CallEstimate): string {
  return [head(e), ...costParts(e), comparison(e)].filter((p) => p !== '').join(SEP);
}

/** `gpt-4o`, `DeepSeek-V3 on Huawei MaaS (Ascend)`, `openai-chat on OpenAI` (model unknown). */
function head(e: CallEstimate): string {
  const call = e.call;
  const name = call.model ?? call.family;
  if (call.provider === 'custom') return `${name} on ${call.baseUrl ? `custom endpoint ${shortUrl(call.baseUrl)}` : 'a custom endpoint'}`;
  const ascend = e.current?.hardware === 'ascend' ? ' (Ascend)' : '';
  if (FIRST_PARTY.has(call.provider) && call.model !== null && !ascend) return name;
  return `${name} on ${hostShortLabel(call.provider)}${ascend}`;
}

/** Cost per call and per month, or why there is none. */
function costParts(e: CallEstimate): string[] {
  const call = e.call;
  if (call.model === null) return ['model not stated in this file'];
  if (call.provider === 'custom') return ['custom endpoint: prices not in the catalog'];
  const now = e.current;
  if (!now) return ['not in the price catalog'];
  if (!now.perCall) return [`not priced${now.notes[0] ? ` (${shorten(now.notes[0])})` : ''}`];
  const window = now.window === 'peak' || now.window === 'off-peak' || now.window === 'discount' ? ` ${now.window}` : '';
  const parts = [`${formatCost(now.perCall.typical, now.currency)}/call${window}`];
  if (now.monthly !== null) parts.push(`≈${formatMonthly(now.monthly, now.currency)}/mo`);
  if (now.stale) parts.push(`⚠ stale prices (${now.asOf})`);
  return parts;
}

/** The cheapest comparable offer and the saving, or why there is none to show. */
function comparison(e: CallEstimate): string {
  const best = e.cheapest;
  const priced = e.offers.filter((o) => !o.current && o.perCall !== null).length;
  if (!best?.perCall) return e.offers.some((o) => !o.current) ? 'no priced comparable offer' : e.call.model === null ? '' : 'no comparable offer in the catalog';
  const offer = `${offerLabel(best)} ${formatCost(best.perCall.typical, best.currency)}${best.stale ? ' (stale)' : ''}`;
  if (!e.current?.perCall) return `compare: ${offer}`;
  if (e.savingPercent !== null && e.savingPercent >= MIN_SAVING_PERCENT) return `${offer} ${formatSaving(e.savingPercent)}`;
  return `none cheaper among ${priced} comparable offer${priced === 1 ? '' : 's'}`;
}

/** The host part of a URL, e.g. `localhost:11434`. */
function shortUrl(url: string): string {
  const m = /^[a-z]+:\/\/([^/]+)/i.exec(url);
  return m ? m[1] : url;
}

function shorten(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

