/** The results area: one card per run of the session on show, side by side. */
import type { SessionView } from '../shared/panelModel';
import type { WebviewMessage } from '../shared/protocol';
import { clear, el } from './dom';
import { RunCard } from './runCard';

export class RunsView {
  readonly element = el('section', { className: 'runs', attrs: { 'aria-label': 'Results' } });
  readonly #heading = el('div', { className: 'runs-heading muted' });
  readonly #grid = el('div', { className: 'run-grid' });
  readonly #cards = new Map<string, RunCard>();
  #sessionId: string | null = null;

  constructor(private readonly post: (m: WebviewMessage) => void) {
    this.element.append(this.#heading, this.#grid);
    this.element.hidden = true;
  }

  /** Id of the session on show. */
  get sessionId(): string | null {
    return this.#sessionId;
  }

  /** True while a run of the session on show is still streaming. */
  get busy(): boolean {
    return [...this.#cards.values()].some((c) => c.status === 'running');
  }

  /** Shows a session (replacing the one on show). */
  show(session: SessionView): void {
    this.#sessionId = session.id;
    this.#cards.clear();
    clear(this.#grid);
    this.#heading.textContent = `Run of ${new Date(session.startedAt).toLocaleString()}`;
    for (const run of session.runs) {
      const card = new RunCard(run, this.post);
      this.#cards.set(run.id, card);
      this.#grid.append(card.element);
    }
    this.element.hidden = false;
  }

  /** Streams text into a run of the session on show (others are ignored). */
  delta(sessionId: string, runId: string, reasoning: string, content: string): void {
    if (sessionId === this.#sessionId) this.#cards.get(runId)?.append(reasoning, content);
  }

  /** Final state of a run of the session on show. */
  end(sessionId: string, runId: string, run: Parameters<RunCard['update']>[0]): void {
    if (sessionId === this.#sessionId) this.#cards.get(runId)?.update(run);
  }

  /** Text of every card, for snapshots. */
  texts(): ReturnType<RunCard['text']>[] {
    return [...this.#cards.values()].map((c) => c.text());
  }
}
