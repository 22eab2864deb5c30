/**
 * The prompt panel's page: form, target picker, Run/Cancel, results and history. It reacts to host
 * messages (already validated) and saves the form as UI state on every change, so neither a
 * reload nor a bad entry loses what was typed.
 */
import type { HostMessage, PanelSnapshot, WebviewMessage } from '../shared/protocol';
import { WEBVIEW_STATE_VERSION } from '../shared/webviewState';
import type { WebviewState } from '../shared/webviewState';
import { el } from './dom';
import { FormView } from './formView';
import { HistoryView } from './historyView';
import { RunsView } from './runsView';
import { TargetPicker } from './targetPicker';

export class PanelApp {
  readonly #form: FormView;
  readonly #targets: TargetPicker;
  readonly #runs: RunsView;
  readonly #history: HistoryView;
  readonly #run = el('button', { text: 'Run', attrs: { type: 'button', title: 'Run the prompt on every ticked model (Ctrl+Enter)' } });
  readonly #cancel = el('button', { className: 'secondary', text: 'Cancel', attrs: { type: 'button' } });
  readonly #notice = el('div', { className: 'notice', attrs: { role: 'status' } });
  readonly #source = el('div', { className: 'source muted' });
  #activeSessionId: string | null = null;
  #starting = false;

  constructor(root: HTMLElement, state: WebviewState, private readonly post: (m: WebviewMessage) => void, private readonly save: (s: WebviewState) => void) {
    const changed = (): void => this.#saveState();
    this.#form = new FormView(state.form, changed);
    this.#targets = new TargetPicker(state.form.targets, state.form.targetsChosen, changed);
    this.#runs = new RunsView(post);
    this.#history = new HistoryView(post);
    this.#run.addEventListener('click', () => this.runNow());
    this.#cancel.addEventListener('click', () => {
      const id = this.#activeSessionId;
      if (id) this.post({ type: 'cancel', sessionId: id });
    });
    root.addEventListener('keydown', (e) => {
      const k = e as KeyboardEvent;
      if (k.key === 'Enter' && (k.ctrlKey || k.metaKey)) this.runNow();
    });
    this.#notice.hidden = true;
    root.append(
      this.#source,
      this.#form.element,
      this.#targets.element,
      el('div', { className: 'actions' }, [this.#run, this.#cancel, this.#notice]),
      this.#runs.element,
      this.#history.element,
    );
    this.#updateButtons();
  }

  /** Handles one validated host message. */
  receive(message: HostMessage): void {
    switch (message.type) {
      case 'config':
        this.#targets.setConfig(message.config);
        break;
      case 'history':
        this.#activeSessionId = message.activeSessionId;
        this.#history.render(message.items, this.#runs.sessionId);
        break;
      case 'session':
        this.#starting = false;
        this.#runs.show(message.session);
        if (message.restoreForm) {
          this.#form.applyParams(message.session.params);
          this.#targets.select(message.session.runs.map((r) => ({ provider: r.provider, model: r.model })));
        }
        this.#history.highlight(message.session.id);
        this.#saveState();
        break;
      case 'run/delta':
        this.#runs.delta(message.sessionId, message.runId, message.reasoning, message.content);
        break;
      case 'run/end':
        this.#runs.end(message.sessionId, message.runId, message.run);
        break;
      case 'prefill':
        this.#form.apply(message.form);
        if (message.form.targets?.length) this.#targets.select(message.form.targets);
        this.#source.textContent = message.source;
        this.showNotice(message.note ?? '', 'info');
        if (message.autoRun) this.runNow();
        break;
      case 'notice':
        this.#starting = false;
        if (message.field === 'targets') this.#targets.showError(message.message);
        else if (message.field) this.#form.showErrors({ [message.field]: message.message });
        else this.showNotice(message.message, message.level);
        break;
      case 'snapshot/request':
        this.post({ type: 'snapshot', requestId: message.requestId, snapshot: this.snapshot() });
        break;
    }
    this.#updateButtons();
  }

  /** Validates the form and asks the host to run it. */
  runNow(): void {
    if (this.#busy()) {
      this.showNotice('A run is in progress: cancel it or wait for it to finish. Your prompt is kept.', 'error');
      return;
    }
    const checked = this.#form.validate();
    const targets = this.#targets.selected();
    const targetError = targets.length === 0 ? 'Pick at least one provider and model.' : '';
    this.#targets.showError(targetError);
    if ('errors' in checked) {
      this.#form.showErrors(checked.errors);
      return;
    }
    this.#form.showErrors({});
    if (targetError) return;
    this.showNotice('', 'info');
    this.#starting = true;
    this.#updateButtons();
    this.post({ type: 'run', params: checked.params, targets });
  }

  /** A message beside the Run button; empty hides it. */
  showNotice(message: string, level: 'error' | 'info'): void {
    this.#notice.textContent = message;
    this.#notice.hidden = !message;
    this.#notice.className = `notice notice-${level}`;
  }

  /** What the page shows, read from the DOM. */
  snapshot(): PanelSnapshot {
    const form = this.#form.read();
    const notices = Array.from(document.querySelectorAll<HTMLElement>('.notice, .field-error')).filter((n) => !n.hidden && n.textContent).map((n) => n.textContent ?? '');
    return {
      prompt: form.prompt,
      system: form.system,
      targets: this.#targets.labels(),
      runs: this.#runs.texts(),
      history: this.#history.texts(),
      notices,
      busy: this.#busy(),
    };
  }

  #busy(): boolean {
    return this.#starting || this.#activeSessionId !== null || this.#runs.busy;
  }

  #updateButtons(): void {
    this.#run.disabled = this.#busy();
    this.#cancel.disabled = this.#activeSessionId === null;
  }

  #saveState(): void {
    this.save({
      version: WEBVIEW_STATE_VERSION,
      form: { ...this.#form.read(), targets: this.#targets.selected(), targetsChosen: this.#targets.chosen },
      shownSessionId: this.#runs.sessionId,
    });
  }
}
