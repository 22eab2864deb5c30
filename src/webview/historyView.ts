/** The history list: past sessions, newest first; a click restores the prompt and its results. */
import type { HistoryItem } from '../shared/panelModel';
import type { WebviewMessage } from '../shared/protocol';
import { clear, el } from './dom';

export class HistoryView {
  readonly element: HTMLElement;
  readonly #list = el('ol', { className: 'history-list' });
  readonly #empty = el('div', { className: 'muted', text: 'No runs yet. Runs are kept here across reloads.' });
  readonly #export = el('button', { className: 'secondary', text: 'Export JSONL…', attrs: { type: 'button' } });
  readonly #clear = el('button', { className: 'secondary', text: 'Clear history…', attrs: { type: 'button' } });
  #items: readonly HistoryItem[] = [];

  constructor(private readonly post: (m: WebviewMessage) => void) {
    this.#export.addEventListener('click', () => this.post({ type: 'history/export' }));
    this.#clear.addEventListener('click', () => this.post({ type: 'history/clear' }));
    this.element = el('section', { className: 'history', attrs: { 'aria-label': 'History' } }, [
      el('div', { className: 'history-head' }, [el('h2', { text: 'History' }), this.#export, this.#clear]),
      this.#empty,
      this.#list,
    ]);
    this.render([], null);
  }

  /** Replaces the list; `shownId` is highlighted. */
  render(items: readonly HistoryItem[], shownId: string | null): void {
    this.#items = items;
    clear(this.#list);
    this.#empty.hidden = items.length > 0;
    this.#export.disabled = items.length === 0;
    this.#clear.disabled = items.length === 0;
    for (const item of items) {
      const button = el('button', {
        className: 'history-item', attrs: { type: 'button', 'data-session-id': item.id, 'aria-current': item.id === shownId ? 'true' : undefined },
        on: { click: () => this.post({ type: 'history/open', sessionId: item.id }) },
      }, [
        el('span', { className: 'history-title', text: item.title }),
        el('span', { className: `history-status status-${item.status}`, text: item.status }),
        el('span', { className: 'muted', text: `${new Date(item.startedAt).toLocaleString()} · ${item.targets} · ${item.costText}` }),
      ]);
      this.#list.append(el('li', {}, [button]));
    }
  }

  /** Marks the entry on show. */
  highlight(shownId: string | null): void {
    this.render(this.#items, shownId);
  }

  /** One line per entry, for snapshots. */
  texts(): string[] {
    return this.#items.map((i) => `${i.title} | ${i.status} | ${i.targets} | ${i.costText}`);
  }
}
