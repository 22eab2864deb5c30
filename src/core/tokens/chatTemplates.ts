/**
 * Tokens a chat request adds around the message texts (role markers, separators, the generation
 * prompt), per tokenizer family. Exact where the template is public and was checked with the real
 * tokenizer; from published counts elsewhere.
 */
import type { TokenizerId } from './tokenCounter';

interface ChatTemplate {
  /** Once per request (BOS, the primed assistant turn). */
  readonly perRequest: number;
  /** Per message, unless its role has its own entry in `byRole`. */
  readonly perMessage: number;
  readonly byRole?: Readonly<Record<string, number>>;
}

// OpenAI: <|im_start|>{role}<|im_sep|>{text}<|im_end|> per message, <|im_start|>assistant<|im_sep|> once;
// gpt-tokenizer's encodeChat gives 19 tokens for a system + user pair whose texts are 8 tokens.
const OPENAI: ChatTemplate = { perRequest: 3, perMessage: 4 };

const TEMPLATES: Readonly<Record<TokenizerId, ChatTemplate>> = {
  'o200k': OPENAI,
  'cl100k': OPENAI,
  // DeepSeek V3 chat_template: BOS, system text bare, <｜User｜>text, <｜Assistant｜>text<｜end▁of▁sentence｜>,
  // then <｜Assistant｜>. Checked with the real tokenizer: 18 tokens for 4 messages whose texts are 12.
  'deepseek-v3': { perRequest: 2, perMessage: 1, byRole: { system: 0, assistant: 2 } },
  // Qwen ChatML: <|im_start|>{role}\n{text}<|im_end|>\n, then <|im_start|>assistant\n (checked with the
  // Qwen3 tokenizer: 21 tokens for a system + user pair whose texts are 8).
  'approx-qwen': { perRequest: 3, perMessage: 5 },
  // Gemini: Google's docs show countTokens = 10 and prompt_token_count = 11 for a one-sentence prompt;
  // role markers are not billed as separate tokens.
  'approx-gemini': { perRequest: 1, perMessage: 0 },
  // Claude: the one published count_tokens example (system "You are a scientist" + user "Hello, Claude"
  // = 14 tokens) leaves ~6 tokens of framing for two messages.
  'approx-claude': { perRequest: 2, perMessage: 2 },
  'approx-claude-4.7': { perRequest: 2, perMessage: 2 },
  // Open models mostly use ChatML or Llama-3 style headers: ~5 tokens per message, ~3 per request.
  'approx-generic': { perRequest: 3, perMessage: 5 },
};

/** Template tokens of a request with messages of the given roles (0 for no messages). */
export function chatTemplateOverhead(tokenizer: TokenizerId, roles: readonly string[]): number {
  if (roles.length === 0) return 0;
  const template = TEMPLATES[tokenizer];
  let total = template.perRequest;
  const byRole = template.byRole ?? {};
  // hasOwn: a role such as "constructor" must not pick up Object.prototype members.
  for (const role of roles) total += Object.hasOwn(byRole, role) ? byRole[role] : template.perMessage;
  return total;
}
