/**
 * The multi-select of providers and models: one group per provider with a checkbox per model from
 * settings (or the catalog), plus a row to add any model id by hand (catalog ids suggested).
 */
import { MAX_TARGETS, runTargetSchema } from '../shared/panelModel';
import type { PanelConfig, RunTarget } from '../shared/panelModel';
import { clear, el, uniqueId } from './dom';

const keyOf = (t: RunTarget): string => `${t.provider}\u0000${t.model}`;

export class TargetPicker {
  readonly element: HTMLElement;
  readonly #groups = el('div', { className: 'target-groups' });
  readonly #error = el('div', { className: 'field-error', attrs: { role: 'alert', 'data-field': 'targets' } });
  readonly #addProvider = el('select', { attrs: { 'aria-label': 'Provider of the model to add' } });
  readonly #addModel = el('input', { attrs: { type: 'text', placeholder: 'model id', 'aria-label': 'Model id to add' } });
  readonly #datalist = el('datalist', { attrs: { id: uniqueId('models') } });
  #config: PanelConfig | null = null;
  #selected: RunTarget[];
  /** Targets added by hand that the options do not list. */
  #extra: RunTarget[] = [];
  #chosen: boolean;
  /** Provider groups the user unfolded. */
  readonly #open = new Set<string>();

  constructor(initial: readonly RunTarget[], chosen: boolean, private readonly onChange: () => void) {
    this.#selected = [...initial];
    this.#chosen = chosen;
    this.#error.hidden = true;
    this.#addModel.setAttribute('list', this.#datalist.id);
    this.#addProvider.addEventListener('change', () => this.#fillSuggestions());
    this.#addModel.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Enter') this.#add();
    });
    const addButton = el('button', { className: 'secondary', text: 'Add', attrs: { type: 'button' }, on: { click: () => this.#add() } });
    this.element = el('section', { className: 'targets', attrs: { 'aria-label': 'Providers and models' } }, [
      el('div', { className: 'field-label', text: 'Providers and models' }),
      this.#groups,
      el('div', { className: 'add-target' }, [this.#addProvider, this.#addModel, this.#datalist, addButton]),
      this.#error,
    ]);
  }

  /** Whether the user picked targets themselves (else the defaults follow settings). */
  get chosen(): boolean {
    return this.#chosen;
  }

  /** The ticked targets, in picker order. */
  selected(): RunTarget[] {
    return [...this.#selected];
  }

  /** New providers and models from settings; keeps the selection (defaults when none chosen). */
  setConfig(config: PanelConfig): void {
    this.#config = config;
    if (!this.#chosen || this.#selected.length === 0) this.#selected = [...config.defaultTargets];
    this.#render();
  }

  /** Replaces the selection (prefill, history). */
  select(targets: readonly RunTarget[]): void {
    if (targets.length === 0) return;
    this.#selected = targets.slice(0, MAX_TARGETS);
    this.#chosen = true;
    this.#render();
    this.onChange();
  }

  /** Shows a message under the picker; empty hides it. */
  showError(message: string): void {
    this.#error.textContent = message;
    this.#error.hidden = !message;
  }

  /** Text of each ticked target, for snapshots. */
  labels(): string[] {
    return this.#selected.map((t) => `${t.provider} · ${t.model}`);
  }

  #render(): void {
    const config = this.#config;
    if (!config) return;
    clear(this.#groups);
    const listed = new Set(config.options.map(keyOf));
    this.#extra = [...this.#extra, ...this.#selected].filter((t, i, all) => !listed.has(keyOf(t)) && all.findIndex((u) => keyOf(u) === keyOf(t)) === i);
    const providerIds = [...new Set([...config.providers.map((p) => p.id), ...this.#extra.map((t) => t.provider)])];
    for (const provider of providerIds) {
      const info = config.providers.find((p) => p.id === provider);
      const options = [
        ...config.options.filter((o) => o.provider === provider),
        ...this.#extra.filter((t) => t.provider === provider).map((t) => ({ ...t, label: t.model, priced: false })),
      ];
      // Groups fold away so a long catalog does not push the results off screen; the ones with
      // ticked models start open.
      const ticked = this.#selected.filter((t) => t.provider === provider).length;
      const group = el('details', { className: 'target-group', attrs: { 'data-provider': provider } }, [
        el('summary', {}, [el('span', { className: 'group-label', text: info?.label ?? provider }), el('span', { className: 'muted', text: ticked ? ` · ${ticked} ticked` : ` · ${options.length}` })]),
      ]);
      group.open = this.#open.has(provider) || ticked > 0;
      group.addEventListener('toggle', () => (group.open ? this.#open.add(provider) : this.#open.delete(provider)));
      if (info?.problem) group.append(el('div', { className: 'group-problem', text: info.problem }));
      if (options.length === 0) group.append(el('div', { className: 'muted', text: 'No models: add one below.' }));
      for (const option of options) group.append(this.#checkbox(option, option.label === option.model ? '' : option.label, option.priced));
      this.#groups.append(group);
    }
    clear(this.#addProvider);
    for (const p of config.providers) this.#addProvider.append(el('option', { text: p.label, attrs: { value: p.id } }));
    this.#fillSuggestions();
  }

  #checkbox(target: RunTarget, label: string, priced: boolean): HTMLElement {
    const id = uniqueId('t');
    const box = el('input', { attrs: { type: 'checkbox', id, 'data-provider': target.provider, 'data-model': target.model } });
    box.checked = this.#selected.some((t) => keyOf(t) === keyOf(target));
    box.addEventListener('change', () => {
      this.#chosen = true;
      this.#selected = box.checked
        ? [...this.#selected, { provider: target.provider, model: target.model }]
        : this.#selected.filter((t) => keyOf(t) !== keyOf(target));
      this.showError(this.#selected.length > MAX_TARGETS ? `Pick at most ${MAX_TARGETS} providers and models.` : '');
      const count = box.closest('details')?.querySelector('summary .muted');
      const ticked = this.#selected.filter((t) => t.provider === target.provider).length;
      if (count) count.textContent = ticked ? ` · ${ticked} ticked` : ' · none ticked';
      this.onChange();
    });
    return el('div', { className: 'target' }, [
      box,
      el('label', { attrs: { for: id } }, [
        el('span', { text: target.model }),
        label ? el('span', { className: 'muted', text: ` ${label}` }) : null,
        priced ? null : el('span', { className: 'badge', text: 'unpriced', attrs: { title: 'Not in the price catalog: the run shows tokens but no cost.' } }),
      ]),
    ]);
  }

  #fillSuggestions(): void {
    clear(this.#datalist);
    const provider = this.#config?.providers.find((p) => p.id === this.#addProvider.value);
    for (const model of provider?.suggestions ?? []) this.#datalist.append(el('option', { attrs: { value: model } }));
  }

  #add(): void {
    const parsed = runTargetSchema.safeParse({ provider: this.#addProvider.value, model: this.#addModel.value });
    if (!parsed.success) {
      this.showError(parsed.error.issues[0]?.message ?? 'Enter a model id.');
      this.#addModel.focus();
      return;
    }
    if (!this.#selected.some((t) => keyOf(t) === keyOf(parsed.data))) this.#selected.push(parsed.data);
    this.#chosen = true;
    this.#addModel.value = '';
    this.showError('');
    this.#render();
    this.onChange();
  }
}
