/**
 * The prompt form: prompt, system prompt and parameters. It keeps what the user typed exactly (the
 * number fields as text, so a wrong entry stays there to be fixed) and validates with the shared
 * schema, showing each problem beside its field.
 */
import { REASONING_EFFORTS, THINKING_MODES, runParamsSchema } from '../shared/panelModel';
import type { RunParams } from '../shared/panelModel';
import type { FormField, Prefill } from '../shared/protocol';
import type { FormState } from '../shared/webviewState';
import { el, uniqueId } from './dom';

type FormFields = Omit<FormState, 'targets' | 'targetsChosen'>;
/** Problems by field, from the form's own check or from the host. */
export type FieldErrors = Partial<Record<FormField, string>>;

export class FormView {
  readonly element: HTMLElement;
  readonly #prompt = el('textarea', { className: 'prompt-input', attrs: { rows: '6', placeholder: 'Ask something…', 'aria-label': 'Prompt' } });
  readonly #system = el('textarea', { attrs: { rows: '3', placeholder: 'Optional system prompt', 'aria-label': 'System prompt' } });
  readonly #systemBox = el('details', { className: 'system-box' });
  readonly #maxTokens = el('input', { attrs: { type: 'text', inputmode: 'numeric', placeholder: 'host default', 'aria-label': 'Max tokens' } });
  readonly #temperature = el('input', { attrs: { type: 'text', inputmode: 'decimal', placeholder: 'host default', 'aria-label': 'Temperature' } });
  readonly #thinking = select(THINKING_MODES, 'Thinking');
  readonly #effort = select(REASONING_EFFORTS, 'Reasoning effort');
  readonly #errors = new Map<FormField, HTMLElement>();

  constructor(initial: FormFields, private readonly onChange: () => void) {
    this.#systemBox.append(el('summary', { text: 'System prompt' }), this.#system, this.#errorFor('system'));
    const params = el('div', { className: 'params' }, [
      labelled('Max tokens', this.#maxTokens, this.#errorFor('maxTokens')),
      labelled('Temperature', this.#temperature, this.#errorFor('temperature')),
      labelled('Thinking', this.#thinking),
      labelled('Reasoning effort', this.#effort),
    ]);
    this.element = el('section', { className: 'form', attrs: { 'aria-label': 'Prompt' } }, [
      el('label', { className: 'field-label', text: 'Prompt' }),
      this.#prompt,
      this.#errorFor('prompt'),
      this.#systemBox,
      params,
    ]);
    this.#write(initial);
    for (const input of [this.#prompt, this.#system, this.#maxTokens, this.#temperature, this.#thinking, this.#effort]) {
      input.addEventListener('input', () => this.onChange());
      input.addEventListener('change', () => this.onChange());
    }
    this.#systemBox.addEventListener('toggle', () => this.onChange());
  }

  /** The fields as typed, for the saved UI state. */
  read(): FormFields {
    return {
      prompt: this.#prompt.value,
      system: this.#system.value,
      maxTokens: this.#maxTokens.value,
      temperature: this.#temperature.value,
      thinking: this.#thinking.value as FormFields['thinking'],
      reasoningEffort: this.#effort.value as FormFields['reasoningEffort'],
      systemOpen: this.#systemBox.open,
    };
  }

  /** The parameters to run with, or a message per bad field. */
  validate(): { params: RunParams } | { errors: FieldErrors } {
    const errors: FieldErrors = {};
    const maxTokens = parseNumber(this.#maxTokens.value, /^\d+$/, 'Max tokens must be a whole number, or empty for the host\'s default.');
    const temperature = parseNumber(this.#temperature.value, /^\d*\.?\d+$/, 'Temperature must be a number between 0 and 2, or empty for the host\'s default.');
    if (typeof maxTokens === 'string') errors.maxTokens = maxTokens;
    if (typeof temperature === 'string') errors.temperature = temperature;
    const candidate = {
      prompt: this.#prompt.value,
      system: this.#system.value,
      maxTokens: typeof maxTokens === 'string' ? null : maxTokens,
      temperature: typeof temperature === 'string' ? null : temperature,
      thinking: this.#thinking.value,
      reasoningEffort: this.#effort.value,
    };
    const parsed = runParamsSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'prompt') as FormField;
        errors[field] ??= issue.message;
      }
    }
    if (Object.keys(errors).length > 0 || !parsed.success) return { errors };
    return { params: parsed.data };
  }

  /** Fills the form from a command (selection, a call's prompt). Fields not given are kept. */
  apply(prefill: Prefill): void {
    this.#prompt.value = prefill.prompt;
    if (prefill.system !== undefined) this.#system.value = prefill.system;
    if (prefill.maxTokens !== undefined) this.#maxTokens.value = prefill.maxTokens === null ? '' : String(prefill.maxTokens);
    if (prefill.reasoningEffort !== undefined) this.#effort.value = prefill.reasoningEffort;
    this.#systemBox.open = this.#system.value.length > 0;
    this.onChange();
  }

  /** Restores the parameters of a session from history. */
  applyParams(params: RunParams): void {
    this.#write({
      prompt: params.prompt,
      system: params.system,
      maxTokens: params.maxTokens === null ? '' : String(params.maxTokens),
      temperature: params.temperature === null ? '' : String(params.temperature),
      thinking: params.thinking,
      reasoningEffort: params.reasoningEffort,
      systemOpen: params.system.length > 0,
    });
    this.onChange();
  }

  /** Shows `errors` beside their fields (clearing the others) and focuses the first. */
  showErrors(errors: FieldErrors): void {
    for (const [field, node] of this.#errors) {
      node.textContent = errors[field] ?? '';
      node.hidden = !errors[field];
    }
    if (errors.system) this.#systemBox.open = true;
    const first = (['prompt', 'system', 'maxTokens', 'temperature'] as const).find((f) => errors[f]);
    if (first) this.#inputOf(first).focus();
  }

  #write(fields: FormFields): void {
    this.#prompt.value = fields.prompt;
    this.#system.value = fields.system;
    this.#maxTokens.value = fields.maxTokens;
    this.#temperature.value = fields.temperature;
    this.#thinking.value = fields.thinking;
    this.#effort.value = fields.reasoningEffort;
    this.#systemBox.open = fields.systemOpen || fields.system.length > 0;
  }

  #inputOf(field: Exclude<FormField, 'targets'>): HTMLElement {
    return { prompt: this.#prompt, system: this.#system, maxTokens: this.#maxTokens, temperature: this.#temperature }[field];
  }

  #errorFor(field: FormField): HTMLElement {
    const node = el('div', { className: 'field-error', attrs: { role: 'alert', 'data-field': field } });
    node.hidden = true;
    this.#errors.set(field, node);
    return node;
  }
}

/** Empty → null; a match → the number; otherwise the message. */
function parseNumber(text: string, pattern: RegExp, message: string): number | null | string {
  const trimmed = text.trim();
  if (!trimmed) return null;
  return pattern.test(trimmed) ? Number(trimmed) : message;
}

function select(values: readonly string[], label: string): HTMLSelectElement {
  return el('select', { attrs: { 'aria-label': label } }, values.map((v) => el('option', { text: v, attrs: { value: v } })));
}

function labelled(text: string, input: HTMLElement, error?: HTMLElement): HTMLElement {
  const id = uniqueId('f');
  input.id = id;
  return el('div', { className: 'param' }, [el('label', { text, attrs: { for: id } }), input, error]);
}
