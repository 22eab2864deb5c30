/**
 * The one message protocol between the extension host and the prompt panel's webview, as zod
 * discriminated unions for both directions. Both sides `safeParse` every message they receive and
 * build every message they send through these types.
 *
 * Order of a conversation: the webview posts `ready` once its script runs (and again each time it
 * is re-created); only then does the host send `config`, `history` and the `session` on show. A
 * run streams `run/delta`s and ends with exactly one `run/end`.
 */
import * as z from 'zod';
import { PROVIDERS } from '../core/model';
import {
  MAX_TARGETS,
  historyItemSchema,
  panelConfigSchema,
  runParamsSchema,
  runTargetSchema,
  runViewSchema,
  sessionViewSchema,
} from './panelModel';

const id = z.string().min(1).max(100);

/** Form fields a host message can point at, so the webview shows the message beside the field. */
export const FORM_FIELDS = ['prompt', 'system', 'maxTokens', 'temperature', 'targets'] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** A form the host fills in (Run Selection, Run This Call's Prompt, history). */
export const prefillSchema = z.object({
  prompt: z.string(),
  system: z.string().optional(),
  maxTokens: z.number().int().positive().nullable().optional(),
  reasoningEffort: runParamsSchema.shape.reasoningEffort.optional(),
  /** Replaces the selection when given and non-empty. */
  targets: z.array(runTargetSchema).max(MAX_TARGETS).optional(),
});
export type Prefill = z.infer<typeof prefillSchema>;

/** Messages the extension host sends to the webview. */
export const hostMessageSchema = z.discriminatedUnion('type', [
  /** Providers, models and defaults (after `ready` and on settings changes). */
  z.object({ type: z.literal('config'), config: panelConfigSchema }),
  /** The history list; `activeSessionId` is the session still running, if any. */
  z.object({ type: z.literal('history'), items: z.array(historyItemSchema).max(1000), activeSessionId: id.nullable() }),
  /** Show a session: a run that just started, the live one on re-show, or one picked from history. */
  z.object({ type: z.literal('session'), session: sessionViewSchema, restoreForm: z.boolean() }),
  /** New text of one run (both fields may be empty strings). */
  z.object({ type: z.literal('run/delta'), sessionId: id, runId: id, reasoning: z.string(), content: z.string() }),
  /** The final state of one run: sent exactly once per run. */
  z.object({ type: z.literal('run/end'), sessionId: id, runId: id, run: runViewSchema }),
  /** Fill the form; `autoRun` then presses Run (Run Prompt…, Run Selection as Prompt). */
  z.object({ type: z.literal('prefill'), form: prefillSchema, autoRun: z.boolean(), source: z.string().max(500), note: z.string().max(2000).nullable() }),
  /** A message for the user, shown beside `field` when given, else beside the Run button. */
  z.object({ type: z.literal('notice'), level: z.enum(['error', 'info']), message: z.string().max(4000), field: z.enum(FORM_FIELDS).nullable() }),
  /** Asks the webview what it shows (tests, accessibility checks); answered by `snapshot`. */
  z.object({ type: z.literal('snapshot/request'), requestId: id }),
]);
export type HostMessage = z.infer<typeof hostMessageSchema>;

/** What the webview renders, as text read back from its DOM. */
export const panelSnapshotSchema = z.object({
  prompt: z.string(),
  system: z.string(),
  targets: z.array(z.string()),
  runs: z.array(z.object({ runId: z.string(), label: z.string(), status: z.string(), output: z.string(), reasoning: z.string(), metrics: z.string(), error: z.string() })),
  history: z.array(z.string()),
  notices: z.array(z.string()),
  busy: z.boolean(),
});
export type PanelSnapshot = z.infer<typeof panelSnapshotSchema>;

/** Messages the webview sends to the extension host. */
export const webviewMessageSchema = z.discriminatedUnion('type', [
  /** The script is running and listening: send the state (and the session it showed before). */
  z.object({ type: z.literal('ready'), shownSessionId: id.nullable() }),
  /** Run the prompt on the targets. */
  z.object({ type: z.literal('run'), params: runParamsSchema, targets: z.array(runTargetSchema).min(1, 'Pick at least one provider and model.').max(MAX_TARGETS, `Pick at most ${MAX_TARGETS} providers and models.`) }),
  /** Stop every run of a session that is still streaming. */
  z.object({ type: z.literal('cancel'), sessionId: id }),
  /** Show a session from the history list. */
  z.object({ type: z.literal('history/open'), sessionId: id }),
  z.object({ type: z.literal('history/export') }),
  /** Clear history (the host asks for confirmation). */
  z.object({ type: z.literal('history/clear') }),
  /** Buttons beside errors: store a key for a provider, or open a setting. */
  z.object({ type: z.literal('action'), action: z.enum(['setApiKey', 'openSettings']), provider: z.enum(PROVIDERS).nullable(), setting: z.string().max(200).nullable() }),
  z.object({ type: z.literal('snapshot'), requestId: id, snapshot: panelSnapshotSchema }),
]);
export type WebviewMessage = z.infer<typeof webviewMessageSchema>;

/** Outcome of parsing a received message. */
export type Parsed<T> = { readonly ok: true; readonly message: T } | { readonly ok: false; readonly error: string; readonly field: FormField | null };

/** Validates a message from the host (webview side). */
export function parseHostMessage(raw: unknown): Parsed<HostMessage> {
  return toParsed(hostMessageSchema.safeParse(raw));
}

/** Validates a message from the webview (host side). */
export function parseWebviewMessage(raw: unknown): Parsed<WebviewMessage> {
  return toParsed(webviewMessageSchema.safeParse(raw));
}

function toParsed<T>(result: z.ZodSafeParseResult<T>): Parsed<T> {
  if (result.success) return { ok: true, message: result.data };
  const issue = result.error.issues[0];
  const path = issue?.path ?? [];
  const field = path.map(String).find((p): p is FormField => (FORM_FIELDS as readonly string[]).includes(p)) ?? null;
  // A field's own message reads well on its own; elsewhere the path says what was wrong.
  const where = field === null && path.length ? ` (at ${path.map(String).join('.')})` : '';
  return { ok: false, error: `${issue?.message ?? 'invalid message'}${where}`, field };
}
