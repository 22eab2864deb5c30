/**
 * "Run This Call's Prompt": which detected call the cursor is on, and the panel form its visible
 * prompt fills — system messages into the system prompt, the rest into the prompt, and a marked
 * placeholder wherever the source builds text at run time.
 */
import type { DetectedCall } from '../../core/model';
import { providerSetup } from '../../providers/providerRegistry';
import { REASONING_EFFORTS } from '../../shared/panelModel';
import type { Prefill } from '../../shared/protocol';

/** Stands for a prompt part that is not a literal in the source. */
export const PLACEHOLDER = '‹not in the source›';
/** How far above the cursor a call may start and still be "under" it (cursor in its arguments). */
const MAX_LINES_ABOVE = 30;

/**
 * The call at a 1-based position: one whose callee is on that line (the nearest by column), else
 * the nearest call starting at most 30 lines above (the cursor is inside its arguments).
 */
export function callAt(calls: readonly DetectedCall[], line: number, column: number): DetectedCall | undefined {
  const onLine = calls.filter((c) => c.line === line);
  if (onLine.length) {
    return [...onLine].sort((a, b) => distance(a, column) - distance(b, column))[0];
  }
  return calls
    .filter((c) => c.line < line && line - c.line <= MAX_LINES_ABOVE)
    .sort((a, b) => b.line - a.line || b.column - a.column)[0];
}

function distance(call: DetectedCall, column: number): number {
  if (column >= call.column && column <= call.endColumn) return 0;
  return Math.min(Math.abs(column - call.column), Math.abs(column - call.endColumn));
}

/** The form for a call, and a note when the source does not show all of its prompt. */
export function prefillFromCall(call: DetectedCall): { prefill: Prefill; note: string | null } {
  const system: string[] = [];
  const rest: string[] = [];
  const messages = call.prompt.messages;
  const multiTurn = messages.filter((m) => !isSystem(m.role)).length > 1;
  for (const m of messages) {
    const text = m.text ?? PLACEHOLDER;
    if (isSystem(m.role)) system.push(text);
    else rest.push(multiTurn ? `[${m.role}]\n${text}` : text);
  }
  const prompt = rest.length ? rest.join('\n\n') : messages.length === 0 ? call.prompt.text : '';
  const effort = (REASONING_EFFORTS as readonly string[]).includes(call.reasoningEffort ?? '') ? call.reasoningEffort as Prefill['reasoningEffort'] : undefined;
  const runnable = providerSetup(call.provider)?.family != null;
  const prefill: Prefill = {
    prompt,
    system: system.join('\n\n'),
    maxTokens: call.maxTokens,
    ...(effort ? { reasoningEffort: effort } : {}),
    ...(call.model && runnable ? { targets: [{ provider: call.provider, model: call.model }] } : {}),
  };
  const notes: string[] = [];
  if (call.prompt.knowledge === 'unknown' || (!prompt && !prefill.system)) {
    notes.push('The source does not show this call\'s prompt (it is built at run time): type the prompt to try.');
  } else if (messages.some((m) => m.text === null)) {
    notes.push(`Parts of this call's prompt are built at run time: replace each ${PLACEHOLDER} before running.`);
  } else if (call.prompt.knowledge === 'partial') {
    notes.push('Parts of this call\'s prompt are built at run time; only its literal text is filled in: complete it before running.');
  }
  if (multiTurn) notes.push('The call sends several messages; they are joined into one prompt here.');
  if (!call.model) notes.push('The source does not name the model: pick one below.');
  else if (!runnable) notes.push(`This call uses ${call.provider}, which the runner cannot reach yet: pick a comparable model below.`);
  return { prefill, note: notes.length ? notes.join(' ') : null };
}

function isSystem(role: string): boolean {
  return role === 'system' || role === 'developer';
}
