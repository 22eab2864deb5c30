/**
 * The compact, lossless file format of test/fixtures/estimate-snapshot.json. Estimates repeat a lot
 * (the same ~64 offers, notes and sources for every call), so strings, token assumptions and whole
 * offer rows are stored once and referred to by index. `expandSnapshot(compactSnapshot(x))` gives
 * back `x` exactly: numbers go through JSON unrounded (JSON keeps every double exactly).
 */
import type { CallEstimate, OfferEstimate, TokenAssumption } from '../../../src/core/estimate/estimateTypes';
import type { Currency, Hardware, ProviderId } from '../../../src/core/model';

/** What a snapshot keeps of one CallEstimate: the call itself is reduced to a key. */
export interface CallSummary extends Omit<CallEstimate, 'call'> {
  readonly call: string;
}

/** One set of assumptions the estimates were made under, and its results. */
export interface ScenarioResult {
  readonly name: string;
  readonly currency: Currency;
  readonly estimates: readonly CallSummary[];
}

/**
 * An offer estimate: [offer, current, low, typical, high, monthly, window, source, asOf, stale, tokens, notes]
 * (offer indexes `offers`; source, asOf and notes index `strings`; tokens indexes `tokens`).
 */
type Row = [number, boolean, number | null, number | null, number | null, number | null, string | null, number, number, boolean, number, number[]];

/** An offer's fixed facts: [offerId, provider, model, label, hardware]. */
type OfferFacts = [string, string, string, string, string];

/** A call: [key, callsPerDay, savingPercent, index of current in offers or -1, index of cheapest or -1, problems, rows]. */
type CompactCall = [string, number, number | null, number, number, number[], number[]];

/** The file's shape. */
export interface CompactSnapshot {
  readonly about: string;
  readonly strings: string[];
  readonly offers: OfferFacts[];
  readonly tokens: TokenAssumption[];
  readonly rows: Row[];
  readonly scenarios: { name: string; currency: Currency; calls: CompactCall[] }[];
}

/** A call's key: `file[#cell]:line:column provider model`. */
export function callKey(c: CallEstimate['call']): string {
  return `${c.file}${c.cell === undefined ? '' : `#${c.cell}`}:${c.line}:${c.column} ${c.provider} ${c.model ?? '-'}`;
}

/** Numbers each distinct value (by its JSON) in order of first appearance. */
class Interner<T> {
  readonly values: T[] = [];
  private readonly index = new Map<string, number>();
  add(value: T): number {
    const key = JSON.stringify(value);
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value);
      this.index.set(key, i);
    }
    return i;
  }
}

/** Packs scenario results into the file's shape. */
export function compactSnapshot(about: string, scenarios: readonly ScenarioResult[]): CompactSnapshot {
  const strings = new Interner<string>();
  const tokens = new Interner<TokenAssumption>();
  const rows = new Interner<Row>();
  const offers = new Interner<OfferFacts>();
  const row = (o: OfferEstimate): number =>
    rows.add([
      offers.add([o.offerId, o.provider, o.model, o.label, o.hardware]), o.current, o.perCall?.low ?? null, o.perCall?.typical ?? null, o.perCall?.high ?? null, o.monthly, o.window,
      strings.add(o.source), strings.add(o.asOf), o.stale, tokens.add(o.tokens), o.notes.map((n) => strings.add(n)),
    ]);
  const compactCall = (e: CallSummary): CompactCall => [
    e.call,
    e.callsPerDay,
    e.savingPercent,
    e.current ? e.offers.indexOf(e.current) : -1,
    e.cheapest ? e.offers.indexOf(e.cheapest) : -1,
    e.problems.map((p) => strings.add(p)),
    e.offers.map(row),
  ];
  const packed = scenarios.map((s) => ({ name: s.name, currency: s.currency, calls: s.estimates.map(compactCall) }));
  return { about, strings: strings.values, offers: offers.values, tokens: tokens.values, rows: rows.values, scenarios: packed };
}

/** Unpacks the file into scenario results, to compare with fresh estimates. */
export function expandSnapshot(snapshot: CompactSnapshot): ScenarioResult[] {
  const { strings, offers, tokens, rows } = snapshot;
  const offerOf = (r: Row, currency: Currency): OfferEstimate => {
    const [offer, current, low, typical, high, monthly, window, source, asOf, stale, tokenIndex, notes] = r;
    const [offerId, provider, model, label, hardware] = offers[offer];
    return {
      offerId,
      provider: provider as ProviderId,
      model,
      label,
      hardware: hardware as Hardware,
      currency,
      current,
      perCall: low === null || typical === null || high === null ? null : { low, typical, high },
      monthly,
      window,
      source: strings[source],
      asOf: strings[asOf],
      stale,
      tokens: tokens[tokenIndex],
      notes: notes.map((n) => strings[n]),
    };
  };
  return snapshot.scenarios.map((s) => ({
    name: s.name,
    currency: s.currency,
    estimates: s.calls.map(([call, callsPerDay, savingPercent, current, cheapest, problems, offerRows]) => {
      const list = offerRows.map((r) => offerOf(rows[r], s.currency));
      return {
        call,
        callsPerDay,
        current: current < 0 ? null : list[current],
        cheapest: cheapest < 0 ? null : list[cheapest],
        savingPercent,
        offers: list,
        problems: problems.map((p) => strings[p]),
      };
    }),
  }));
}

/** The snapshot as JSON text with one string, offer, token assumption, row or call per line (readable diffs). */
export function snapshotText(snapshot: CompactSnapshot): string {
  const list = (items: readonly unknown[], indent: string): string =>
    `[\n${items.map((i) => indent + JSON.stringify(i)).join(',\n')}\n${indent.slice(2)}]`;
  const scenarios = snapshot.scenarios.map(
    (s) => `    {"name": ${JSON.stringify(s.name)}, "currency": ${JSON.stringify(s.currency)}, "calls": ${list(s.calls, '      ')}}`,
  );
  return [
    '{',
    `  "about": ${JSON.stringify(snapshot.about)},`,
    `  "strings": ${list(snapshot.strings, '    ')},`,
    `  "offers": ${list(snapshot.offers, '    ')},`,
    `  "tokens": ${list(snapshot.tokens, '    ')},`,
    `  "rows": ${list(snapshot.rows, '    ')},`,
    `  "scenarios": [\n${scenarios.join(',\n')}\n  ]`,
    '}',
    '',
  ].join('\n');
}
