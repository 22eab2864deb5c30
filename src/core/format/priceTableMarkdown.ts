/**
 * The price table of the catalog as Markdown (`LLM Cost: Show Price Table`): per host, every
 * current offer with its prices per 1M tokens in the chosen currency, hardware (Ascend marked),
 * the price window in force now, and the source and as-of date of each price.
 */
import type { Catalog } from '../catalog/catalogSchema';
import { fxRate } from '../catalog/fx';
import type { Currency, ProviderId, TokenUsage } from '../model';
import { priceUsage } from '../pricing/priceUsage';
import { sourceMarkdown, text, windowNowText } from './hoverMarkdown';
import { formatCost } from './money';

/** What the table is built for. */
export interface PriceTableOptions {
  readonly now: Date;
  readonly currency: Currency;
  /** CNY per USD; the catalog's dated default when absent. */
  readonly fxRate?: number;
  /** Hosts to list; all when absent. */
  readonly providers?: readonly ProviderId[];
  readonly staleAfterDays: number;
}

/** A small usage below every long-context tier: only the rates of the quote are read. */
const PROBE: TokenUsage = { inputTokens: 1000, cachedInputTokens: 0, cacheWriteTokens: 0, outputTokens: 1000, reasoningTokens: 0 };
const DAY_MS = 86_400_000;

/** The whole table. */
export function priceTableMarkdown(catalog: Catalog, opts: PriceTableOptions): string {
  const fx = fxRate(catalog, opts.fxRate);
  const lines = [
    '# LLM Cost — price table',
    '',
    `Prices per 1M tokens in ${opts.currency} at ${opts.now.toISOString().slice(0, 16).replace('T', ' ')} UTC. ` +
      `Where a host publishes no ${opts.currency} list, its prices are converted at ${fx.rate} CNY per USD (${fx.date ? `${text(fx.source)}, ${fx.date}` : 'your setting'}). ` +
      `Prices older than ${opts.staleAfterDays} days are marked stale. Catalog as of ${catalog.catalogAsOf}.`,
  ];
  for (const provider of catalog.providers) {
    if (opts.providers && !opts.providers.includes(provider.id)) continue;
    const offers = catalog.offers.filter((o) => o.provider === provider.id && !o.retired);
    if (offers.length === 0) continue;
    lines.push('', `## ${text(provider.label)}`, '', '| Model | Hardware | Input | Cached input | Output | Price now | Source · as of |', '|---|---|--:|--:|--:|---|---|');
    for (const offer of offers) {
      const q = priceUsage(catalog, offer, PROBE, opts.now, opts.currency, opts.fxRate !== undefined ? { fxRate: opts.fxRate } : undefined);
      const money = (n: number | undefined): string => (n === undefined ? '—' : formatCost(n, opts.currency));
      const prices = q.rates ? [money(q.rates.input), money(q.rates.cachedInput), money(q.rates.output)] : [`not priced: ${text(q.unpricedReason ?? 'unknown')}`, '', ''];
      const stale = q.asOf !== '' && (opts.now.getTime() - Date.parse(`${q.asOf}T00:00:00Z`)) / DAY_MS > opts.staleAfterDays;
      const cells = [
        `\`${offer.model.replace(/`/g, "'").replace(/\|/g, '\\|')}\``,
        offer.hardware === 'ascend' ? '**Ascend**' : offer.hardware === 'nvidia' ? 'NVIDIA' : '—',
        ...prices,
        text(windowNowText(catalog, offer.id, opts.now)),
        `${sourceMarkdown(q.source)} · ${q.asOf}${stale ? ' ⚠ stale' : ''}${q.converted ? ' (converted)' : ''}`,
      ];
      lines.push(`| ${cells.join(' | ')} |`);
    }
  }
  return lines.join('\n') + '\n';
}
