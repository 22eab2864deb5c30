/**
 * Decides which tokenizer counts a model's tokens, from the model id as any host spells it
 * (`gpt-4o`, `openai/gpt-4o`, `ft:gpt-4o-mini:org::id`, `deepseek-ai/DeepSeek-V3`,
 * `us.deepseek.r1-v1:0`, `us.anthropic.claude-sonnet-4-5-20250929-v1:0`, `models/gemini-2.5-pro`),
 * falling back to the host's usual family when the model is unknown or not written in the code.
 */
import type { ProviderId } from '../model';
import type { TokenizerId } from './tokenCounter';

// A family name must start at the beginning or after a separator, so `o3` does not match `proto3`.
const B = '(?:^|[/:._@ -])';
const O200K = new RegExp(`${B}(?:gpt-4o|gpt-4\\.1|gpt-4\\.5|gpt-5|gpt-oss|gpt-realtime|gpt-audio|gpt-image|chatgpt|codex|computer-use|omni-moderation|o[1-9](?:$|[-_.:]))`);
const CL100K = new RegExp(`${B}(?:gpt-4|gpt-3\\.5|gpt-35|text-embedding-3|text-embedding-ada|davinci-002|babbage-002)`);

/** The tokenizer a host most likely uses when the model is unknown. */
const PROVIDER_DEFAULT: Readonly<Record<ProviderId, TokenizerId>> = {
  'deepseek': 'deepseek-v3',
  'openai': 'o200k',
  // The current Claude models (Opus 4.7+, Sonnet 5) use the newer, less compact tokenizer.
  'anthropic': 'approx-claude-4.7',
  'google': 'approx-gemini',
  // Hosts serving many families (DeepSeek, Qwen, GLM, Kimi, Llama, GPT deployments with custom names).
  'siliconflow-cn': 'approx-generic',
  'siliconflow-com': 'approx-generic',
  'huawei-maas': 'approx-generic',
  'azure-foundry': 'approx-generic',
  'aws-bedrock': 'approx-generic',
  'custom': 'approx-generic',
};

/**
 * Claude 3 to 4.6 share one tokenizer; Opus 4.7 brought a new one that later models keep. Version
 * numbers are the 1-2 digit parts after `claude` (`3-5`, `4-7`, `2.1`); a date (`20250514`) ends them.
 * Unversioned names (`claude-latest`) count as current.
 */
function claudeTokenizer(id: string): TokenizerId {
  const tail = id.slice(id.indexOf('claude') + 'claude'.length);
  const parts: number[] = [];
  for (const match of tail.matchAll(/[-._@](\d+)/g)) {
    if (match[1].length > 2 || parts.length === 2) break;
    parts.push(Number(match[1]));
  }
  if (parts.length === 0) return 'approx-claude-4.7';
  const [major, minor = 0] = parts;
  return major > 4 || (major === 4 && minor >= 7) ? 'approx-claude-4.7' : 'approx-claude';
}

/** The tokenizer for `model` served by `provider`; `model` null means the code does not say. */
export function tokenizerForModel(model: string | null, provider?: ProviderId): TokenizerId {
  const id = (model ?? '').trim().toLowerCase();
  if (id.includes('deepseek')) {
    // The R1 distills are Qwen and Llama models fine-tuned on R1 output: they keep their base tokenizer.
    if (id.includes('distill-qwen')) return 'approx-qwen';
    if (id.includes('distill-llama')) return 'approx-generic';
    return 'deepseek-v3';
  }
  if (id.includes('claude')) return claudeTokenizer(id);
  if (/gemini|gemma/.test(id)) return 'approx-gemini';
  if (/qwen|qwq|qvq/.test(id)) return 'approx-qwen';
  if (O200K.test(id)) return 'o200k';
  if (CL100K.test(id)) return 'cl100k';
  return provider ? PROVIDER_DEFAULT[provider] : 'approx-generic';
}
