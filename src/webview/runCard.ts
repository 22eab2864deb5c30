/**
 * One run's card: reasoning (apart, collapsible) and answer stream in as text; when the run ends
 * the card shows timings, tokens, actual cost with its price window, the estimate, notes and, for
 * a failed run, the provider layer's message with a button to fix the key or setting it names.
 */
import type { RunView } from '../shared/panelModel';
import type { WebviewMessage } from '../shared/protocol';
import { clear, el } from './dom';

const STATUS_TEXT: Readonly<Record<RunView['status'], string>> = {
  running: 'streaming…',
  done: 'done',
  failed: 'failed',
  cancelled: 'cancelled',
  interrupted: 'interrupted (window reloaded)',
};

export class RunCard {
  readonly element: HTMLElement;
  readonly #status = el('span', { className: 'status' });
  readonly #reasoningBox = el('details', { className: 'reasoning' });
  readonly #reasoning = el('pre', { className: 'reasoning-text', attrs: { 'data-part': 'reasoning' } });
  readonly #output = el('pre', { className: 'output', attrs: { 'data-part': 'output', 'aria-live': 'polite' } });
  readonly #metrics = el('dl', { className: 'metrics', attrs: { 'data-part': 'metrics' } });
  readonly #error = el('div', { className: 'run-error', attrs: { role: 'alert', 'data-part': 'error' } });
  readonly #notes = el('ul', { className: 'notes' });

  constructor(private run: RunView, private readonly post: (m: WebviewMessage) => void) {
    this.#reasoningBox.append(el('summary', { text: 'Reasoning' }), this.#reasoning);
    this.element = el('article', { className: 'run-card', attrs: { 'data-run-id': run.id } }, [
      el('header', {}, [el('span', { className: 'run-label', text: run.label }), this.#status]),
      this.#reasoningBox,
      this.#output,
      this.#error,
      this.#metrics,
      this.#notes,
    ]);
    this.update(run);
  }

  get status(): RunView['status'] {
    return this.run.status;
  }

  /** Appends streamed text. */
  append(reasoning: string, content: string): void {
    if (reasoning) {
      this.#reasoning.append(document.createTextNode(reasoning));
      this.#reasoningBox.hidden = false;
      if (!this.#output.textContent) this.#reasoningBox.open = true;
    }
    if (content) {
      this.#output.append(document.createTextNode(content));
      this.#output.classList.remove('empty');
    }
  }

  /** Shows the whole state of the run (start, end, or a restored run). */
  update(run: RunView): void {
    this.run = run;
    this.element.dataset.status = run.status;
    this.#status.textContent = STATUS_TEXT[run.status];
    this.#status.className = `status status-${run.status}`;
    this.#reasoning.textContent = run.reasoning;
    this.#reasoningBox.hidden = run.reasoning.length === 0;
    // Reasoning stays open while it is all there is; once the answer is in, it folds away.
    this.#reasoningBox.open = run.reasoning.length > 0 && run.output.length === 0;
    this.#output.textContent = run.output;
    this.#output.classList.toggle('empty', run.output.length === 0);
    this.#renderError(run);
    this.#renderMetrics(run);
    clear(this.#notes);
    for (const note of run.notes) this.#notes.append(el('li', { text: note }));
  }

  /** Text of the card's parts, for snapshots. */
  text(): { runId: string; label: string; status: string; output: string; reasoning: string; metrics: string; error: string } {
    return {
      runId: this.run.id,
      label: this.run.label,
      status: this.#status.textContent ?? '',
      output: this.#output.textContent ?? '',
      reasoning: this.#reasoning.textContent ?? '',
      metrics: this.#metrics.innerText || (this.#metrics.textContent ?? ''),
      error: this.#error.hidden ? '' : (this.#error.textContent ?? ''),
    };
  }

  #renderError(run: RunView): void {
    clear(this.#error);
    const message = run.error?.message ?? (run.status === 'interrupted' ? 'Interrupted (window reloaded): the output below is what had arrived.' : '');
    this.#error.hidden = !message;
    if (!message) return;
    this.#error.append(el('span', { text: message }));
    if (run.error && ['auth', 'config'].includes(run.error.kind) && /API Key/.test(message)) {
      this.#error.append(el('button', {
        className: 'secondary', text: 'Set API Key…', attrs: { type: 'button' },
        on: { click: () => this.post({ type: 'action', action: 'setApiKey', provider: run.provider, setting: null }) },
      }));
    }
    const setting = /llmCost\.[A-Za-z0-9.-]+[A-Za-z0-9]/.exec(message)?.[0];
    if (setting) {
      this.#error.append(el('button', {
        className: 'secondary', text: 'Open Setting', attrs: { type: 'button' },
        on: { click: () => this.post({ type: 'action', action: 'openSettings', provider: null, setting }) },
      }));
    }
  }

  #renderMetrics(run: RunView): void {
    clear(this.#metrics);
    if (run.status === 'running') return;
    const rows: Array<[string, string]> = [
      ['TTFT', seconds(run.ttftMs)],
      ['Total', seconds(run.totalMs)],
    ];
    const u = run.usage;
    if (u) {
      rows.push(['Input tokens', `${count(u.inputTokens)}${u.cachedInputTokens ? ` (${count(u.cachedInputTokens)} cached)` : ' (0 cached)'}`]);
      rows.push(['Output tokens', `${count(u.outputTokens)} (${count(u.reasoningTokens)} reasoning)`]);
    } else {
      rows.push(['Tokens', 'no usage returned']);
    }
    rows.push(['Actual cost', run.costText]);
    // DeepSeek bills by the hour: the window in force when the request started sets the price.
    if (run.window) rows.push(['Price window', `${run.window} (when the request started)`]);
    rows.push(['Estimate', run.estimateText]);
    if (run.finishReason) rows.push(['Finish', run.finishReason]);
    for (const [term, value] of rows) this.#metrics.append(el('dt', { text: term }), el('dd', { text: value }));
  }
}

function seconds(ms: number | null): string {
  return ms === null ? '—' : `${(ms / 1000).toFixed(2)} s`;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}
