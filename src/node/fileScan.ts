/**
 * A scan of one file: screen it (screenFile.ts: read, pre-filter, source checks) and, when it
 * passes, parse it and run the detector.
 */
import { detectCalls, UnreadableSourceError } from '../core/detect/detect';
import type { TreeSitterParsers } from '../core/detect/treeSitter';
import type { DetectedCall } from '../core/model';
import { screenFile } from './screenFile';
import type { Screened } from './screenFile';

/** What one file gave. */
export interface FileScan {
  readonly relative: string;
  /** Bytes read (0 for a file skipped before reading), and of those parsed (0 when not parsed). */
  readonly bytesRead: number;
  readonly bytesParsed: number;
  readonly calls: readonly DetectedCall[];
  /** Why the file was passed over or could not be analysed, for files the user should hear about. */
  readonly skipReason?: string;
}

/** Scans one file (see the module comment); `scratch` is the thread's read buffer. Never throws. */
export function scanFile(parsers: TreeSitterParsers, absolute: string, relative: string, scratch: Buffer): Promise<FileScan> {
  return detectScreened(parsers, screenFile(absolute, relative, scratch));
}

/** The second half of scanFile: parses and detects a screened file that passed. Never throws. */
export async function detectScreened(parsers: TreeSitterParsers, screened: Screened): Promise<FileScan> {
  const { relative, bytes } = screened;
  if (screened.text === undefined) return { relative, bytesRead: bytes, bytesParsed: 0, calls: [], skipReason: screened.skipReason };
  try {
    const calls = await detectCalls(parsers, relative, screened.text);
    return { relative, bytesRead: bytes, bytesParsed: bytes, calls };
  } catch (err) {
    const reason = err instanceof UnreadableSourceError ? err.message : `could not be analysed: ${(err as Error).message}`;
    return { relative, bytesRead: bytes, bytesParsed: bytes, calls: [], skipReason: reason };
  }
}
