/**
 * Splits `<think>…</think>` at the start of the answer into reasoning: DeepSeek-R1 on Azure (and
 * many local servers) put the chain of thought in `content` instead of `reasoning_content`. Tags may
 * arrive split across chunks. Only a leading `<think>` counts, so an answer that merely mentions
 * the tag later on is left alone.
 */

/** A piece of streamed text, labelled. */
export interface SplitPiece {
  readonly type: 'reasoning' | 'content';
  readonly text: string;
}

const OPEN = '<think>';
const CLOSE = '</think>';

export class ThinkTagSplitter {
  private state: 'start' | 'thinking' | 'answer' = 'start';
  private pending = '';
  private trimNextContent = false;

  /** Feeds one content delta; returns what can be emitted now. */
  push(text: string): SplitPiece[] {
    this.pending += text;
    const out: SplitPiece[] = [];
    if (this.state === 'start') {
      const lead = this.pending.trimStart();
      if (lead.length < OPEN.length && OPEN.startsWith(lead)) return out;
      if (lead.startsWith(OPEN)) {
        this.state = 'thinking';
        this.pending = lead.slice(OPEN.length).replace(/^\r?\n/, '');
      } else {
        this.state = 'answer';
      }
    }
    if (this.state === 'thinking') {
      const end = this.pending.indexOf(CLOSE);
      if (end < 0) {
        const keep = partialSuffix(this.pending, CLOSE);
        this.emit(out, 'reasoning', this.pending.slice(0, this.pending.length - keep));
        this.pending = this.pending.slice(this.pending.length - keep);
        return out;
      }
      this.emit(out, 'reasoning', this.pending.slice(0, end));
      this.pending = this.pending.slice(end + CLOSE.length);
      this.state = 'answer';
      this.trimNextContent = true;
    }
    if (this.trimNextContent) {
      this.pending = this.pending.trimStart();
      if (this.pending) this.trimNextContent = false;
    }
    this.emit(out, 'content', this.pending);
    this.pending = '';
    return out;
  }

  /** Emits whatever is held back when the stream ends (an unclosed `<think>` stays reasoning). */
  flush(): SplitPiece[] {
    const out: SplitPiece[] = [];
    this.emit(out, this.state === 'thinking' ? 'reasoning' : 'content', this.pending);
    this.pending = '';
    return out;
  }

  private emit(out: SplitPiece[], type: SplitPiece['type'], text: string): void {
    if (text) out.push({ type, text });
  }
}

/** Length of the longest suffix of `text` that is a proper prefix of `tag`. */
function partialSuffix(text: string, tag: string): number {
  for (let n = Math.min(tag.length - 1, text.length); n > 0; n--) {
    if (tag.startsWith(text.slice(text.length - n))) return n;
  }
  return 0;
}
