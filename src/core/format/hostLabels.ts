/** Short host names for lenses and tables ("on Huawei MaaS"); the catalog holds the long ones. */
import type { ProviderId } from '../model';

const SHORT: Readonly<Record<ProviderId, string>> = {
  deepseek: 'DeepSeek',
  'siliconflow-cn': 'SiliconFlow.cn',
  'siliconflow-com': 'SiliconFlow.com',
  'huawei-maas': 'Huawei MaaS',
  'azure-foundry': 'Azure AI Foundry',
  'aws-bedrock': 'Bedrock',
  openai: 'OpenAI',
  anthropic: 'Anthropic',
  google: 'Google',
  custom: 'custom endpoint',
};

/** The short name of a host, e.g. `Huawei MaaS`. */
export function hostShortLabel(provider: ProviderId): string {
  return SHORT[provider];
}
