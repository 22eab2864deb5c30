/**
 * The live terminal view: one column per run, side by side, showing the latest lines of each
 * (reasoning dimmed) under a status line, redrawn in place at most every 80 ms. When all runs
 * have ended the panel is erased and the full outputs follow as a transcript.
 */
import type { RunEvent } from '../providers/llmProvider';
import type { RunResult } from '../providers/runPrompt';
import type { RunView } from './runTranscript';
import { replayResults } from './runTranscript';
import { fitColumns, sanitizeForTerminal, wrapColumns } from './terminalText';

const DIM = '\x1b[2m';
const RESET = '\x1b[0m';
const GAP = ' │ ';
const FRAME_MS = 80;

interface ColumnState {
  reasoning: string;
  content: string;
  status: string;
}

export class RunLiveView implements RunView {
  private readonly columns: ColumnState[];
  private readonly started = Date.now();
  private drawnLines = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly width: number;

  constructor(
    private readonly labels: readonly string[],
    private readonly write: (text: string) => void,
    terminalColumns: number,
    private readonly bodyLines = 12,
  ) {
    this.columns = labels.map(() => ({ reasoning: '', content: '', status: 'waiting…' }));
    this.width = Math.max(10, Math.floor((terminalColumns - 1 - GAP.length * (labels.length - 1)) / Math.max(1, labels.length)));
    this.draw();
  }

  /** Whether side-by-side columns fit in `terminalColumns` for `count` runs. */
  static fits(count: number, terminalColumns: number): boolean {
    return (terminalColumns - GAP.length * (count - 1)) / count >= 24;
  }

  onEvent(index: number, event: RunEvent): void {
    const col = this.columns[index];
    if (!col) return;
    if (event.type === 'reasoning') col.reasoning += sanitizeForTerminal(event.text);
    if (event.type === 'content') col.content += sanitizeForTerminal(event.text);
    if (event.type === 'reasoning' || event.type === 'content') col.status = `streaming… ${this.elapsed()}`;
    if (event.type === 'done') col.status = `done (${event.finishReason}) ${(event.timings.totalMs / 1000).toFixed(1)} s`;
    if (event.type === 'error') col.status = `stopped: ${event.error.kind}`;
    this.schedule();
  }

  finish(results: readonly RunResult[]): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    // Erase the panel: the transcript below keeps the full text in the scrollback.
    if (this.drawnLines > 0) this.write(`\x1b[${this.drawnLines}F\x1b[0J`);
    this.drawnLines = 0;
    replayResults(results, this.labels, this.write);
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.draw();
    }, FRAME_MS);
  }

  private draw(): void {
    const frame = this.frame();
    const up = this.drawnLines > 0 ? `\x1b[${this.drawnLines}F` : '';
    this.write(up + frame.map((line) => `\x1b[2K${line}\n`).join(''));
    this.drawnLines = frame.length;
  }

  private frame(): string[] {
    const cells = this.columns.map((col) => this.body(col));
    const rows: string[] = [];
    rows.push(this.labels.map((l) => fitColumns(l, this.width)).join(GAP));
    rows.push(this.columns.map(() => '─'.repeat(this.width)).join('─┼─'));
    for (let r = 0; r < this.bodyLines; r++) rows.push(cells.map((lines) => lines[r] ?? ' '.repeat(this.width)).join(GAP));
    rows.push(this.columns.map((c) => fitColumns(c.status, this.width)).join(GAP));
    return rows;
  }

  /** The last `bodyLines` display lines of a column, reasoning dimmed. */
  private body(col: ColumnState): string[] {
    // Only the tail can be visible: wrapping all of a long answer every frame would be wasted work.
    const keep = this.bodyLines * this.width * 2;
    const reasoning = tail(col.reasoning, keep);
    const content = tail(col.content, keep);
    const lines = [
      ...(reasoning ? wrapColumns(reasoning.trimEnd(), this.width).map((l) => DIM + fitColumns(l, this.width) + RESET) : []),
      ...(reasoning && content ? [fitColumns('', this.width)] : []),
      ...(content ? wrapColumns(content, this.width).map((l) => fitColumns(l, this.width)) : []),
    ];
    return lines.slice(-this.bodyLines);
  }

  private elapsed(): string {
    return `${((Date.now() - this.started) / 1000).toFixed(1)} s`;
  }
}

/** The last `n` UTF-16 units of `text`, not starting inside a surrogate pair. */
function tail(text: string, n: number): string {
  if (text.length <= n) return text;
  let start = text.length - n;
  const code = text.charCodeAt(start);
  if (code >= 0xdc00 && code <= 0xdfff) start++;
  return text.slice(start);
}
