/**
 * The first stage of a scan for one file: read its bytes, run the pre-filter on them, and decide
 * whether it is worth parsing. Only files that pass are decoded; huge, binary and minified files
 * that pass are noted instead of parsed. Runs on the main thread and in scan workers alike.
 */
import * as fs from 'node:fs';
import { mayHoldCalls } from '../core/detect/fileKinds';
import { MAX_SOURCE_BYTES, skipReasonFor } from '../core/detect/sourceChecks';

/** What screening one file found: its text when it should be parsed, else why not (or nothing). */
export interface Screened {
  readonly relative: string;
  /** Bytes read (0 for a file skipped before reading). */
  readonly bytes: number;
  /** The decoded source, when the file passed and should be parsed. */
  readonly text?: string;
  /** Why the file is passed over, for files the user should hear about. */
  readonly skipReason?: string;
}

/** A read buffer for one thread: a file's bytes live in it only until the next file is read. */
export function screenBuffer(): Buffer {
  return Buffer.allocUnsafe(MAX_SOURCE_BYTES + 1);
}

/** Screens one file (see the module comment). Never throws. */
export function screenFile(absolute: string, relative: string, scratch: Buffer): Screened {
  const read = readSource(absolute, relative, scratch);
  if (typeof read === 'string') return { relative, bytes: 0, skipReason: read };
  if (!mayHoldCalls(relative, read)) return { relative, bytes: read.length };
  const reason = skipReasonFor(relative, read.length, read.subarray(0, 8192).toString('latin1'));
  if (reason) return { relative, bytes: read.length, skipReason: reason };
  return { relative, bytes: read.length, text: read.toString('utf8') };
}

/**
 * Reads a file's bytes into `scratch` and returns them (a view), or the reason it cannot be read.
 * A file over the size limit is not read further: it is generated or vendored code, not
 * hand-written calls. (One read into a buffer one byte larger than the limit tells the size.)
 */
function readSource(absolute: string, relative: string, scratch: Buffer): Buffer | string {
  let fd: number | null = null;
  try {
    fd = fs.openSync(absolute, 'r');
    let read = 0;
    for (let n = -1; n !== 0 && read < scratch.length; read += n) n = fs.readSync(fd, scratch, read, scratch.length - read, read);
    if (read > MAX_SOURCE_BYTES) return skipReasonFor(relative, fs.fstatSync(fd).size, '')!;
    return scratch.subarray(0, read);
  } catch (err) {
    return `cannot be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`;
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}
