import type { ProviderId } from '../model';

/**
 * Environment variables read as a fallback when SecretStorage holds no key for a provider, first
 * match wins. AWS Bedrock's variable is the Bedrock API key the AWS SDK itself reads; without it,
 * Bedrock credentials come from the AWS SDK's default chain (env keys, profile, SSO, instance role).
 * `custom` has none: local servers usually need no key, and a gateway's key belongs in SecretStorage.
 */
export const API_KEY_ENV_VARS: Readonly<Record<ProviderId, readonly string[]>> = {
  deepseek: ['DEEPSEEK_API_KEY'],
  'siliconflow-cn': ['SILICONFLOW_API_KEY'],
  'siliconflow-com': ['SILICONFLOW_API_KEY'],
  'huawei-maas': ['HUAWEI_MAAS_API_KEY'],
  'azure-foundry': ['AZURE_AI_API_KEY'],
  'aws-bedrock': ['AWS_BEARER_TOKEN_BEDROCK'],
  openai: ['OPENAI_API_KEY'],
  anthropic: ['ANTHROPIC_API_KEY'],
  google: ['GEMINI_API_KEY'],
  custom: [],
};
