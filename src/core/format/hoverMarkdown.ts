/**
 * The hover of a call (and the comparison document the lens opens): the assumptions behind the
 * estimate, anything that could not be priced, and a table of every enabled offer — host, model,
 * hardware (Ascend marked), cost per call with its range, per month, the price window in force now
 * and until when, price source and as-of date — followed by command links.
 */
import type { Catalog } from '../catalog/catalogSchema';
import type { CallEstimate, OfferEstimate, Range } from '../estimate/estimateTypes';
import type { Hardware } from '../model';
import { priceWindowAt } from '../pricing/priceWindowAt';
import { hostShortLabel } from './hostLabels';
import { formatCost, formatMonthly, formatSaving, formatTokens } from './money';

/** A `command:` link: the command id and the arguments it is called with. */
export interface CommandLink {
  readonly id: string;
  readonly args: readonly unknown[];
}

/** What to build the hover with. */
export interface HoverOptions {
  /** "Now" for the price window in force. */
  readonly now: Date;
  /** `Run this call's prompt`; left out when absent. */
  readonly runPrompt?: CommandLink;
  /** `Show price table`; left out when absent. */
  readonly priceTable?: CommandLink;
}

/** The Markdown and the exact command ids it links, for `isTrusted: { enabledCommands }`. */
export interface HoverContent {
  readonly markdown: string;
  readonly enabledCommands: readonly string[];
}

const HARDWARE: Readonly<Record<Hardware, string>> = { ascend: '**Ascend**', nvidia: 'NVIDIA', unknown: '—' };
const WEEKDAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MIN_SAVING_PERCENT = 0.5;
/** Hovers are narrow: a source's title is cut to this many characters (the link keeps it whole). */
const SOURCE_TITLE_CHARS = 28;

/** Builds the hover of one call. */
export function hoverMarkdown(e: CallEstimate, catalog: Catalog, opts: HoverOptions): HoverContent {
  const call = e.call;
  const ascend = e.current?.hardware === 'ascend' ? ' (Ascend)' : '';
  const host = call.provider === 'custom' ? `custom endpoint${call.baseUrl ? ` ${call.baseUrl}` : ''}` : `${hostShortLabel(call.provider)}${ascend}`;
  const volume = call.directive?.callsPerDay !== undefined ? 'from the llm-cost comment' : 'setting llmCost.volume.callsPerDay';
  const lines = [
    `**${text(call.model ?? 'model not stated')}** on ${text(host)} · \`${call.family}\` · ${formatTokens(e.callsPerDay)} calls/day (${volume})`,
    '',
  ];
  for (const p of e.problems) lines.push(`⚠ ${text(p)}`, '');
  if (call.directive?.unknownKeys?.length) lines.push(`⚠ llm-cost comment: unknown key(s) ${call.directive.unknownKeys.map((k) => `\`${code(k)}\``).join(', ')}`, '');
  if (e.offers.length === 0) {
    lines.push('No comparable offer in the price catalog.', '');
  } else {
    lines.push('| | Host | Model | Hardware | Per call (low–high) | Per month | vs. now | Price now | Source, as of |', '|---|---|---|---|--:|--:|--:|---|---|');
    for (const o of e.offers) lines.push(offerRow(o, e, catalog, opts.now));
    lines.push('');
  }
  // After the table: hovers are short, the offers matter most.
  const tokens = e.current?.tokens ?? e.offers[0]?.tokens;
  if (tokens) lines.push(tokenLine(tokens, call.prompt.knowledge), '');
  const links: string[] = [];
  const enabledCommands: string[] = [];
  for (const [label, link] of [["Run this call's prompt", opts.runPrompt], ['Show price table', opts.priceTable]] as const) {
    if (!link) continue;
    links.push(`[${label}](command:${link.id}?${encodeURIComponent(JSON.stringify(link.args))})`);
    enabledCommands.push(link.id);
  }
  if (links.length) lines.push(links.join(' · '), '');
  const currency = e.offers[0]?.currency;
  lines.push(`_Prices${currency ? ` in ${currency}` : ''} at ${utc(opts.now)}. Per month = typical cost per call × calls/day × 30, price windows averaged over a week._`);
  return { markdown: lines.join('\n') + '\n', enabledCommands: [...new Set(enabledCommands)] };
}

function tokenLine(t: OfferEstimate['tokens'], knowledge: CallEstimate['call']['prompt']['knowledge']): string {
  const parts = [`input ${range(t.input)}`];
  if (t.cachedInput.typical > 0) parts.push(`${formatTokens(t.cachedInput.typical)} cached`);
  parts.push(`output ${range(t.output)}`);
  if (t.reasoning.typical > 0) parts.push(`incl. ${formatTokens(t.reasoning.typical)} reasoning`);
  const counted = t.approximate ? `approximated (${t.tokenizer})` : `counted with ${t.tokenizer}`;
  const prompt = knowledge === 'known' ? 'prompt fully visible' : knowledge === 'partial' ? 'prompt partly visible, defaults for the rest' : 'prompt not visible, defaults used';
  return `Tokens per call: ${parts.join(', ')} · ${counted} · ${prompt}`;
}

function offerRow(o: OfferEstimate, e: CallEstimate, catalog: Catalog, now: Date): string {
  const cur = o.currency;
  const perCall = o.perCall
    ? `${formatCost(o.perCall.typical, cur)}${o.perCall.low !== o.perCall.high ? ` (${bare(o.perCall.low, cur)}–${bare(o.perCall.high, cur)})` : ''}`
    : `not priced${o.notes[0] ? `: ${o.notes[0]}` : ''}`;
  const monthly = o.monthly !== null ? formatMonthly(o.monthly, cur) : '—';
  const base = e.current?.perCall?.typical;
  const vsNow = o.current ? 'current' : base && o.perCall ? versus(base, o.perCall.typical) : '';
  const source = `${sourceMarkdown(o.source, SOURCE_TITLE_CHARS)} ${o.asOf}${o.stale ? ' ⚠ stale' : ''}`;
  const cells = [
    o.current ? '▶' : '',
    text(hostShortLabel(o.provider)),
    `\`${code(o.model)}\``,
    HARDWARE[o.hardware],
    text(perCall),
    monthly,
    vsNow,
    text(windowNowText(catalog, o.offerId, now)),
    source,
  ];
  return `| ${cells.join(' | ')} |`;
}

function versus(base: number, cost: number): string {
  const saving = ((base - cost) / base) * 100;
  return Math.abs(saving) < MIN_SAVING_PERCENT ? 'same' : formatSaving(saving);
}

/** The price window of an offer in force at `now`: `off-peak until Mon 01:00 UTC`, `flat`, `retired`. */
export function windowNowText(catalog: Catalog, offerId: string, now: Date): string {
  const offer = catalog.offers.find((x) => x.id === offerId);
  if (!offer) return '—';
  const w = priceWindowAt(offer, now);
  if (w.status !== 'period') return w.status;
  if (w.window === null) return 'flat';
  return w.until ? `${w.window} until ${until(new Date(w.until), now)}` : w.window;
}

function until(at: Date, now: Date): string {
  const hhmm = at.toISOString().slice(11, 16);
  const sameDay = at.toISOString().slice(0, 10) === now.toISOString().slice(0, 10);
  return sameDay ? `${hhmm} UTC` : `${WEEKDAY[at.getUTCDay()]} ${hhmm} UTC`;
}

/**
 * A price source `Title <https://…>` (see pricing/priceUsage sourceText) as a Markdown link; with
 * `maxTitle` the shown title is cut and the whole title becomes the link's tooltip.
 */
export function sourceMarkdown(source: string, maxTitle = Infinity): string {
  const m = /^(.*?)\s*<(https?:\/\/[^>\s]+)>$/.exec(source);
  const title = (m ? m[1] || m[2] : source).replace(/\s+/g, ' ');
  const shown = title.length > maxTitle ? `${title.slice(0, maxTitle - 1).trimEnd()}…` : title;
  if (!m) return text(shown);
  const tooltip = shown !== title ? ` "${title.replace(/["\\]/g, "'")}"` : '';
  return `[${text(shown)}](${m[2].replace(/[()]/g, (c) => encodeURIComponent(c))}${tooltip})`;
}

/** An amount without its currency symbol (the range beside a cost that shows it). */
function bare(amount: number, currency: OfferEstimate['currency']): string {
  return formatCost(amount, currency).replace(/[$¥]/, '');
}

function range(r: Range): string {
  if (r.low === r.high) return formatTokens(r.typical);
  return `${formatTokens(r.typical)} (${formatTokens(r.low)}–${formatTokens(r.high)})`;
}

function utc(d: Date): string {
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Inline Markdown text: control characters escaped, on one line. */
export function text(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}

/** Text inside a code span: no backticks, `|` escaped for tables. */
function code(s: string): string {
  return s.replace(/`/g, "'").replace(/\|/g, '\\|');
}
