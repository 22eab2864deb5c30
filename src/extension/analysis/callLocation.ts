import * as vscode from 'vscode';
import type { DetectedCall } from '../../core/model';

/**
 * Where a call stands, as command arguments carry it (JSON-safe: hover links serialise their
 * arguments): the text document's URI (a notebook cell's own URI for notebooks) and the 1-based
 * line and column of the callee name, as in DetectedCall.
 */
export interface CallLocation {
  readonly uri: string;
  readonly line: number;
  readonly column: number;
}

/** The location of `call` in the document `uri`. */
export function callLocation(uri: vscode.Uri, call: DetectedCall): CallLocation {
  return { uri: uri.toString(), line: call.line, column: call.column };
}

/** True for a well-formed CallLocation (command arguments arrive untyped). */
export function isCallLocation(value: unknown): value is CallLocation {
  const v = value as Partial<CallLocation> | null;
  return typeof v === 'object' && v !== null && typeof v.uri === 'string' && Number.isInteger(v.line) && Number.isInteger(v.column);
}

/** The editor range of the callee name (DetectedCall positions are 1-based, end exclusive). */
export function calleeRange(call: DetectedCall): vscode.Range {
  return new vscode.Range(call.line - 1, call.column - 1, call.endLine - 1, Math.max(call.endColumn - 1, 0));
}
