import * as z from 'zod';
import { PROVIDERS } from '../model';
import type { ProviderId } from '../model';
import { HTTP_URL_OR_EMPTY, defineSetting } from './settingSpec';
import type { SettingSpec } from './settingSpec';

/** One line per provider, for enum descriptions and quick picks. */
export const PROVIDER_LABELS: Readonly<Record<ProviderId, string>> = {
  deepseek: 'DeepSeek (own API)',
  'siliconflow-cn': 'SiliconFlow China (.cn, serves DeepSeek on Ascend)',
  'siliconflow-com': 'SiliconFlow international (.com)',
  'huawei-maas': 'Huawei Cloud ModelArts Studio MaaS (Ascend)',
  'azure-foundry': 'Azure AI Foundry',
  'aws-bedrock': 'AWS Bedrock',
  openai: 'OpenAI',
  anthropic: 'Anthropic',
  google: 'Google Gemini',
  custom: 'Custom OpenAI-compatible endpoint (local server, gateway)',
};

/** Providers reached through one base URL (everything but Azure, which has an endpoint + api-version). */
type BaseUrlProvider = Exclude<ProviderId, 'azure-foundry'>;
const BASE_URL_PROVIDERS = PROVIDERS.filter((p): p is BaseUrlProvider => p !== 'azure-foundry');

const baseUrlSchema = z.string().regex(HTTP_URL_OR_EMPTY, 'expected an absolute http(s) URL or ""').default('');
const modelsSchema = z.array(z.string().trim().min(1).max(200)).max(200).default([]);

function baseUrlSpec(provider: BaseUrlProvider): SettingSpec<typeof baseUrlSchema> {
  const meaning = provider === 'custom'
    ? 'Base URL of your own OpenAI-compatible server, e.g. `http://127.0.0.1:8000/v1`. Empty turns the custom provider off.'
    : provider === 'aws-bedrock'
      ? 'Endpoint override for Bedrock Runtime (a VPC endpoint or a test server). Empty uses the regional endpoint of `#llmCost.providers.aws-bedrock.region#`.'
      : `Base URL for ${PROVIDER_LABELS[provider]}. Empty uses the provider's public endpoint.`;
  return defineSetting({
    schema: baseUrlSchema,
    scope: 'machine',
    section: 'providers',
    routesRequests: true,
    markdownDescription: `${meaning} Only user (machine) settings are read: a workspace cannot redirect your requests or keys.`,
    patternErrorMessage: 'Use an absolute http:// or https:// URL, or leave empty.',
  });
}

function modelsSpec(provider: ProviderId): SettingSpec<typeof modelsSchema> {
  return defineSetting({
    schema: modelsSchema,
    scope: 'machine',
    section: 'providers',
    markdownDescription: `Model ids ${PROVIDER_LABELS[provider]} offers in the prompt runner and comparisons, as the host names them. ` +
      'Empty means every model the price catalog lists for this provider; ids the catalog does not know are shown as unpriced.',
  });
}

type BaseUrlKey = `providers.${BaseUrlProvider}.baseUrl`;
type ModelsKey = `providers.${ProviderId}.models`;

const baseUrlSpecs = Object.fromEntries(
  BASE_URL_PROVIDERS.map((p) => [`providers.${p}.baseUrl`, baseUrlSpec(p)]),
) as Record<BaseUrlKey, SettingSpec<typeof baseUrlSchema>>;

const modelsSpecs = Object.fromEntries(
  PROVIDERS.map((p) => [`providers.${p}.models`, modelsSpec(p)]),
) as Record<ModelsKey, SettingSpec<typeof modelsSchema>>;

/** Settings of single providers: where requests go (machine scope) and which models they offer. */
export const providerSettings = {
  ...baseUrlSpecs,
  /** AWS region for Bedrock; empty defers to the AWS SDK chain (AWS_REGION, profile). */
  'providers.aws-bedrock.region': defineSetting({
    schema: z.string().regex(/^(|[a-z]{2}(-gov)?-[a-z]+-\d{1,2})$/, 'expected an AWS region id such as "us-east-1" or ""').default(''),
    scope: 'machine',
    section: 'providers',
    routesRequests: true,
    markdownDescription: 'AWS region for Bedrock, e.g. `us-east-1`. Empty defers to the AWS SDK (`AWS_REGION`, your profile), then `us-east-1`. ' +
      'Credentials always come from the AWS SDK chain unless a Bedrock API key is set with **LLM Cost: Set API Key…**.',
    patternErrorMessage: 'Use an AWS region id such as us-east-1, or leave empty.',
  }),
  /** Azure AI Foundry resource endpoint. */
  'providers.azure-foundry.endpoint': defineSetting({
    schema: z.string().regex(HTTP_URL_OR_EMPTY, 'expected an absolute http(s) URL or ""').default(''),
    scope: 'machine',
    section: 'providers',
    routesRequests: true,
    markdownDescription: 'Endpoint of your Azure AI Foundry / Azure OpenAI resource, e.g. `https://my-resource.openai.azure.com`. ' +
      'Empty leaves Azure out of runs (its prices still show in comparisons).',
    patternErrorMessage: 'Use an absolute https:// URL, or leave empty.',
  }),
  /** Azure api-version; empty selects the version-less v1 API. */
  'providers.azure-foundry.apiVersion': defineSetting({
    schema: z.string().regex(/^(|v1|\d{4}-\d{2}-\d{2}(-preview)?)$/, 'expected an api-version such as "2024-10-21", "v1" or ""').default(''),
    scope: 'machine',
    section: 'providers',
    routesRequests: true,
    markdownDescription: 'Azure `api-version`, e.g. `2024-10-21`. Empty uses the v1 API (`/openai/v1/`, no api-version), which the plain OpenAI client speaks.',
    patternErrorMessage: 'Use a date such as 2024-10-21 (optionally -preview), v1, or leave empty.',
  }),
  /** Azure deployment name → model id it serves. */
  'providers.azure-foundry.deployments': defineSetting({
    schema: z.record(z.string().min(1).max(200), z.string().min(1).max(200)).default({}),
    scope: 'machine',
    section: 'providers',
    routesRequests: true,
    markdownDescription: 'Your Azure deployments: deployment name → the model it serves, e.g. `{ "my-r1": "DeepSeek-R1" }`. Runs address the deployment name.',
  }),
  ...modelsSpecs,
};
