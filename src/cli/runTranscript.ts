/**
 * The plain-text view of concurrent runs when standard output is not a terminal: one labelled
 * block per run, in the order of the --provider flags. The run at the head streams live; the
 * others are buffered and follow as soon as the ones before them have ended.
 */
import type { RunEvent } from '../providers/llmProvider';
import type { RunResult } from '../providers/runPrompt';
import { sanitizeForTerminal } from './terminalText';

/** What the run command feeds its views. */
export interface RunView {
  onEvent(index: number, event: RunEvent): void;
  /** Called once, after every run has ended. */
  finish(results: readonly RunResult[]): void;
}

interface BlockState {
  section: 'reasoning' | 'content' | null;
  atLineStart: boolean;
  pending: string[];
  ended: boolean;
}

export class RunTranscript implements RunView {
  private head = 0;
  private readonly blocks: BlockState[];

  constructor(private readonly labels: readonly string[], private readonly write: (text: string) => void) {
    this.blocks = labels.map(() => ({ section: null, atLineStart: true, pending: [], ended: false }));
    if (labels.length > 0) this.write(this.header(0));
  }

  onEvent(index: number, event: RunEvent): void {
    const block = this.blocks[index];
    if (!block || block.ended) return;
    const text = this.format(block, event);
    if (event.type === 'done' || event.type === 'error') block.ended = true;
    if (index === this.head) {
      if (text) this.write(text);
      this.advance();
    } else if (text) {
      block.pending.push(text);
    }
  }

  finish(): void {
    // Runs that never sent a terminal event still get their block.
    for (const block of this.blocks) block.ended = true;
    this.advance();
  }

  private advance(): void {
    while (this.blocks[this.head]?.ended) {
      this.head++;
      const next = this.blocks[this.head];
      if (!next) return;
      this.write('\n' + this.header(this.head) + next.pending.join(''));
      next.pending = [];
    }
  }

  private header(index: number): string {
    return `=== ${this.labels[index]} ===\n`;
  }

  private format(block: BlockState, event: RunEvent): string {
    switch (event.type) {
      case 'reasoning':
      case 'content': {
        let out = '';
        if (block.section !== event.type) {
          out += (block.atLineStart ? '' : '\n') + (event.type === 'reasoning' ? '[reasoning]\n' : '[answer]\n');
          block.section = event.type;
        }
        const clean = sanitizeForTerminal(event.text);
        out += clean;
        if (clean) block.atLineStart = clean.endsWith('\n');
        return out;
      }
      case 'done':
      case 'error': {
        const lead = block.atLineStart ? '' : '\n';
        block.atLineStart = true;
        const secs = event.timings ? ` · ${(event.timings.totalMs / 1000).toFixed(1)} s` : '';
        return event.type === 'done' ? `${lead}[done: ${event.finishReason}${secs}]\n` : `${lead}[stopped: ${event.error.kind}${secs}]\n`;
      }
      default:
        return '';
    }
  }
}

/** Writes finished results as transcript blocks (the live terminal view ends with this). */
export function replayResults(results: readonly RunResult[], labels: readonly string[], write: (text: string) => void): void {
  const transcript = new RunTranscript(labels, write);
  results.forEach((r, i) => {
    if (r.reasoning) transcript.onEvent(i, { type: 'reasoning', text: r.reasoning });
    if (r.output) transcript.onEvent(i, { type: 'content', text: r.output });
    transcript.onEvent(i, r.error ? { type: 'error', error: r.error, timings: r.timings } : { type: 'done', finishReason: r.finishReason ?? '', timings: r.timings });
  });
  transcript.finish();
}
