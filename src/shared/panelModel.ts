/**
 * The data the prompt panel shows, as zod schemas shared by the extension host and the webview:
 * what a run asks for (targets, parameters) and what it produced (run and session views, history
 * items). The host owns every result; the webview only renders these shapes.
 */
import * as z from 'zod';
import { PROVIDERS } from '../core/model';

/** Most providers/models one Run may fan out to. */
export const MAX_TARGETS = 12;
/** Longest prompt or system prompt, in characters (a generous bound against runaway pastes). */
export const MAX_PROMPT_CHARS = 200_000;

/** Thinking switch: leave the host's default, or turn it on or off (DeepSeek, SiliconFlow). */
export const THINKING_MODES = ['default', 'on', 'off'] as const;
/** `reasoning_effort` values offered; `default` sends none. DeepSeek takes `high` and `max`. */
export const REASONING_EFFORTS = ['default', 'minimal', 'low', 'medium', 'high', 'max'] as const;
/** Where a run stands. `interrupted`: the window reloaded or closed while it streamed. */
export const RUN_STATUSES = ['running', 'done', 'failed', 'cancelled', 'interrupted'] as const;

/** One provider and model to run the prompt on (model as the host names it; Azure: deployment). */
export const runTargetSchema = z.object({
  provider: z.enum(PROVIDERS),
  model: z.string().trim().min(1, 'Enter a model id.').max(200, 'A model id has at most 200 characters.'),
});
export type RunTarget = z.infer<typeof runTargetSchema>;

/** What the user asks: the prompt and its parameters. `null` leaves a parameter to the host. */
export const runParamsSchema = z.object({
  prompt: z.string().max(MAX_PROMPT_CHARS, `The prompt is longer than ${MAX_PROMPT_CHARS} characters.`)
    .refine((s) => s.trim().length > 0, 'Enter a prompt.'),
  system: z.string().max(MAX_PROMPT_CHARS, `The system prompt is longer than ${MAX_PROMPT_CHARS} characters.`),
  maxTokens: z.number().int('Max tokens must be a whole number.').min(1, 'Max tokens must be at least 1.')
    .max(1_000_000, 'Max tokens must be at most 1,000,000.').nullable(),
  temperature: z.number().min(0, 'Temperature must be between 0 and 2.').max(2, 'Temperature must be between 0 and 2.').nullable(),
  thinking: z.enum(THINKING_MODES),
  reasoningEffort: z.enum(REASONING_EFFORTS),
});
export type RunParams = z.infer<typeof runParamsSchema>;

/** Normalised token usage as the host returned it. */
export const usageSchema = z.object({
  inputTokens: z.number().int().nonnegative(),
  cachedInputTokens: z.number().int().nonnegative(),
  cacheWriteTokens: z.number().int().nonnegative(),
  outputTokens: z.number().int().nonnegative(),
  reasoningTokens: z.number().int().nonnegative(),
});

/** One run on one target, while streaming and after. Texts are pre-formatted by the host. */
export const runViewSchema = z.object({
  id: z.string().min(1).max(100),
  provider: z.enum(PROVIDERS),
  model: z.string().min(1).max(200),
  /** e.g. `DeepSeek · deepseek-v4-flash`. */
  label: z.string().max(300),
  status: z.enum(RUN_STATUSES),
  output: z.string(),
  reasoning: z.string(),
  usage: usageSchema.nullable(),
  /** Time to first token (reasoning or answer) and total time, in ms. */
  ttftMs: z.number().nonnegative().nullable(),
  totalMs: z.number().nonnegative().nullable(),
  finishReason: z.string().max(200).nullable(),
  /** What went wrong, from the provider layer (never a key). */
  error: z.object({ kind: z.string().max(40), message: z.string().max(4000) }).nullable(),
  /** Actual cost of the returned usage, priced at the start of the request. */
  cost: z.number().nonnegative().nullable(),
  currency: z.enum(['USD', 'CNY']).nullable(),
  /** e.g. `$0.00042`, or `unpriced` / `—`. */
  costText: z.string().max(200),
  /** The engine's typical estimate for the same prompt on the same offer. */
  estimate: z.number().nonnegative().nullable(),
  estimateText: z.string().max(200),
  /** Price window in force when the request started: peak, off-peak, discount, standard. */
  window: z.string().max(40).nullable(),
  notes: z.array(z.string().max(2000)).max(50),
});
export type RunView = z.infer<typeof runViewSchema>;

/** One press of Run: the prompt, its parameters and a run per target. */
export const sessionViewSchema = z.object({
  id: z.string().min(1).max(100),
  /** ISO instant the session started. */
  startedAt: z.string().max(40),
  params: runParamsSchema,
  runs: z.array(runViewSchema).min(1).max(MAX_TARGETS),
});
export type SessionView = z.infer<typeof sessionViewSchema>;

/** A line of the history list. */
export const historyItemSchema = z.object({
  id: z.string().min(1).max(100),
  startedAt: z.string().max(40),
  /** The prompt's first line, shortened. */
  title: z.string().max(200),
  /** `deepseek · deepseek-v4-flash, openai · gpt-4o`. */
  targets: z.string().max(2000),
  status: z.enum([...RUN_STATUSES, 'mixed']),
  /** Total actual cost, e.g. `$0.0012` or `$0.001 + ¥0.02`; `—` when nothing was priced. */
  costText: z.string().max(200),
});
export type HistoryItem = z.infer<typeof historyItemSchema>;

/** A provider/model the target picker offers. */
export const targetOptionSchema = runTargetSchema.extend({
  /** Human label of the model (catalog label, or the id). */
  label: z.string().max(300),
  /** Whether the catalog prices it (so the run gets an actual cost). */
  priced: z.boolean(),
});
export type TargetOption = z.infer<typeof targetOptionSchema>;

/** A provider of the picker, with why it cannot run when it cannot. */
export const providerOptionSchema = z.object({
  id: z.enum(PROVIDERS),
  label: z.string().max(200),
  /** Why a run would fail before sending anything (missing endpoint), or null. */
  problem: z.string().max(1000).nullable(),
  /** Catalog model ids, offered as suggestions when adding a model by hand. */
  suggestions: z.array(z.string().max(200)).max(200),
});

/** What the panel needs from settings and the catalog. */
export const panelConfigSchema = z.object({
  providers: z.array(providerOptionSchema).max(20),
  options: z.array(targetOptionSchema).max(500),
  /** Targets selected when the user has chosen none: the default provider and model. */
  defaultTargets: z.array(runTargetSchema).max(MAX_TARGETS),
  currency: z.enum(['USD', 'CNY']),
});
export type PanelConfig = z.infer<typeof panelConfigSchema>;
