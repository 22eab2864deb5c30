/** An in-memory CLI io that keeps everything written to standard output and standard error. */
import type { RunCommandIo } from '../../src/cli/runCommand';

export interface CapturedIo extends RunCommandIo {
  readonly stdout: string[];
  readonly stderr: string[];
  /** Everything written, both streams, for scanning (e.g. for a key that must never appear). */
  all(): string;
}

export function captureIo(isTTY = false, columns?: number): CapturedIo {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    isTTY,
    ...(columns !== undefined ? { columns } : {}),
    stdout,
    stderr,
    out: (text) => void stdout.push(text),
    err: (text) => void stderr.push(text),
    all: () => stdout.join('') + stderr.join(''),
  };
}
