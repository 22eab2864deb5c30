/**
 * What the webview keeps through `vscode.setState` (and what the panel serializer receives after a
 * reload): the form as the user left it, typed text included, and which session was on show. UI
 * state only: results and history belong to the host. Versioned and validated on restore; a field
 * that does not validate falls back alone, so one bad value never wipes the prompt.
 */
import * as z from 'zod';
import { MAX_PROMPT_CHARS, MAX_TARGETS, REASONING_EFFORTS, THINKING_MODES, runTargetSchema } from './panelModel';

/** Bump when the shape changes; older states are salvaged field by field. */
export const WEBVIEW_STATE_VERSION = 1;

const fieldSchemas = {
  prompt: z.string().max(MAX_PROMPT_CHARS).catch(''),
  system: z.string().max(MAX_PROMPT_CHARS).catch(''),
  /** Raw text of the number inputs, so an invalid entry is kept for the user to fix. */
  maxTokens: z.string().max(40).catch(''),
  temperature: z.string().max(40).catch(''),
  thinking: z.enum(THINKING_MODES).catch('default'),
  reasoningEffort: z.enum(REASONING_EFFORTS).catch('default'),
  /** Targets ticked in the picker; invalid entries are dropped one by one. */
  targets: z.array(z.unknown()).max(200).catch([])
    .transform((items) => items.flatMap((t) => {
      const parsed = runTargetSchema.safeParse(t);
      return parsed.success ? [parsed.data] : [];
    }).slice(0, MAX_TARGETS)),
  /** Whether the user has touched the target picker (else the defaults from settings apply). */
  targetsChosen: z.boolean().catch(false),
  systemOpen: z.boolean().catch(false),
};

export const formStateSchema = z.object(fieldSchemas);
/** The form as typed. */
export type FormState = z.infer<typeof formStateSchema>;

export const webviewStateSchema = z.object({
  version: z.literal(WEBVIEW_STATE_VERSION),
  form: formStateSchema,
  /** The session on show, re-requested from the host after a reload. */
  shownSessionId: z.string().min(1).max(100).nullable().catch(null),
});
export type WebviewState = z.infer<typeof webviewStateSchema>;

/** A fresh state: empty form, nothing on show. */
export function emptyWebviewState(): WebviewState {
  return { version: WEBVIEW_STATE_VERSION, form: formStateSchema.parse({}), shownSessionId: null };
}

/**
 * Restores a saved state. Anything that is not an object gives the empty state; a wrong version or
 * a bad field keeps every field that still validates.
 */
export function restoreWebviewState(raw: unknown): WebviewState {
  if (typeof raw !== 'object' || raw === null) return emptyWebviewState();
  const record = raw as { form?: unknown; shownSessionId?: unknown };
  const form = typeof record.form === 'object' && record.form !== null ? record.form : {};
  return webviewStateSchema.parse({ version: WEBVIEW_STATE_VERSION, form, shownSessionId: record.shownSessionId ?? null });
}
