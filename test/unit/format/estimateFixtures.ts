// Hand-built estimates for the lens and hover formatters: every figure is chosen here, so the
// expected texts below change only when the formatting does. Offer ids are real catalog ids (the
// hover looks up their price windows).
import type { CallEstimate, OfferEstimate, TokenAssumption } from '../../../src/core/estimate/estimateTypes';
import type { DetectedCall } from '../../../src/core/model';

export const TOKENS: TokenAssumption = {
  input: { low: 1200, typical: 1200, high: 1200 },
  cachedInput: { low: 720, typical: 720, high: 720 },
  output: { low: 75, typical: 300, high: 1200 },
  reasoning: { low: 0, typical: 0, high: 0 },
  approximate: false,
  tokenizer: 'o200k',
};

export function call(overrides: Partial<DetectedCall> = {}): DetectedCall {
  return {
    file: 'src/support.ts', line: 27, column: 59, endLine: 27, endColumn: 65, language: 'typescript', family: 'openai-chat',
    callee: 'openai.chat.completions.create', model: 'gpt-4o', provider: 'openai', providerEvidence: 'new OpenAI()', baseUrl: null,
    stream: false, maxTokens: null, reasoningEffort: null, prompt: { text: 'Hi', knowledge: 'partial', messages: [{ role: 'user', text: null }] },
    directive: { callsPerDay: 5000 },
    ...overrides,
  };
}

export function offer(overrides: Partial<OfferEstimate> = {}): OfferEstimate {
  return {
    offerId: 'openai/gpt-4o', provider: 'openai', model: 'gpt-4o', label: 'GPT-4o on OpenAI', hardware: 'unknown', currency: 'USD',
    current: false, perCall: { low: 0.0021, typical: 0.0051, high: 0.0153 }, monthly: 765, window: null,
    source: 'OpenAI pricing <https://openai.com/api/pricing>', asOf: '2026-11-01', stale: false, tokens: TOKENS, notes: [],
    ...overrides,
  };
}

export const GPT4O_NOW = offer({ current: true });
export const MAAS_FLASH = offer({
  offerId: 'huawei-maas/deepseek-v4-flash', provider: 'huawei-maas', model: 'deepseek-v4-flash', label: 'DeepSeek V4 Flash on Huawei MaaS',
  hardware: 'ascend', perCall: { low: 0.0003, typical: 0.00072, high: 0.0019 }, monthly: 108, source: 'Huawei MaaS price list', asOf: '2026-11-10',
});
export const DEEPSEEK_FLASH = offer({
  offerId: 'deepseek/deepseek-v4-flash', provider: 'deepseek', model: 'deepseek-v4-flash', label: 'DeepSeek V4 Flash on DeepSeek',
  perCall: { low: 0.0004, typical: 0.0009, high: 0.002 }, monthly: 120, window: 'peak',
  source: 'DeepSeek pricing <https://api-docs.deepseek.com/quick_start/pricing>', asOf: '2026-11-15',
});

export function estimate(overrides: Partial<CallEstimate> = {}): CallEstimate {
  return {
    call: call(), callsPerDay: 5000, current: GPT4O_NOW, cheapest: MAAS_FLASH, savingPercent: 85.88,
    offers: [GPT4O_NOW, MAAS_FLASH, DEEPSEEK_FLASH], problems: [],
    ...overrides,
  };
}
