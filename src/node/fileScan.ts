/**
 * The second stage of a scan for one file: a screened file (screenFile.ts: read, pre-filter, source
 * checks) that passed is parsed and handed to the detector; one that did not is reported as it is.
 */
import { detectCalls, UnreadableSourceError } from '../core/detect/detect';
import type { TreeSitterParsers } from '../core/detect/treeSitter';
import type { DetectedCall } from '../core/model';
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

/** A screened file that is not parsed (it did not pass, or is noted), as a scan reports it. */
export function notParsed(screened: Screened): FileScan {
  return { relative: screened.relative, bytesRead: screened.bytes, bytesParsed: 0, calls: [], skipReason: screened.skipReason };
}

/** Parses and detects a screened file that passed (see the module comment). Never throws. */
export async function detectScreened(parsers: TreeSitterParsers, screened: Screened): Promise<FileScan> {
  const { relative, bytes } = screened;
  if (screened.text === undefined) return notParsed(screened);
  try {
    const calls = await detectCalls(parsers, relative, screened.text);
    return { relative, bytesRead: bytes, bytesParsed: bytes, calls };
  } catch (err) {
    const reason = err instanceof UnreadableSourceError ? err.message : `could not be analysed: ${(err as Error).message}`;
    return { relative, bytesRead: bytes, bytesParsed: bytes, calls: [], skipReason: reason };
  }
}
