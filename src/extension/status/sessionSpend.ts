import * as vscode from 'vscode';
import type { Currency, ProviderId } from '../../core/model';
import { Disposable } from '../util/dispose';

/** The actual cost of one finished run, computed from the usage the provider returned. */
export interface SpendEntry {
  readonly provider: ProviderId;
  readonly model: string;
  /** Cost in `currency`; never negative. */
  readonly amount: number;
  readonly currency: Currency;
}

/** Money spent by this window's runs, per currency (no conversion: both are shown as quoted). */
export interface SpendTotals {
  readonly runs: number;
  readonly byCurrency: Readonly<Record<Currency, number>>;
}

/**
 * What this session's prompt runs cost. The runner records each finished run; the status bar
 * listens. It lives as long as the window: a reload starts a new session.
 */
export class SessionSpend extends Disposable {
  readonly #onDidChange = this._register(new vscode.EventEmitter<SpendTotals>());
  /** Fires after every record and reset. */
  readonly onDidChange = this.#onDidChange.event;
  #runs = 0;
  #byCurrency: Record<Currency, number> = { USD: 0, CNY: 0 };

  /** Totals so far. */
  get totals(): SpendTotals {
    return { runs: this.#runs, byCurrency: { ...this.#byCurrency } };
  }

  /** Adds a finished run. Throws on a negative or non-finite amount, which would be a pricing bug. */
  record(entry: SpendEntry): void {
    if (!Number.isFinite(entry.amount) || entry.amount < 0) {
      throw new RangeError(`Spend of ${entry.provider}/${entry.model} must be a finite amount >= 0, got ${entry.amount}`);
    }
    this.#runs += 1;
    this.#byCurrency[entry.currency] += entry.amount;
    this.#onDidChange.fire(this.totals);
  }

  /** Starts counting from zero. */
  reset(): void {
    this.#runs = 0;
    this.#byCurrency = { USD: 0, CNY: 0 };
    this.#onDidChange.fire(this.totals);
  }
}
