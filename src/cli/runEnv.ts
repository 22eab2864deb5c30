/**
 * Where the CLI finds keys and endpoints: documented environment variables only (never files, never
 * flags, so keys stay out of shell history and process lists).
 */
import type { ProviderSpec } from '../providers/createProvider';
import { AWS_REGION_ENVS, AZURE_API_VERSION_ENV, AZURE_ENDPOINT_ENV, keyFromEnv, providerSetup } from '../providers/providerRegistry';
import type { RunPlan, RunTarget } from './runArgs';

type Env = Readonly<Record<string, string | undefined>>;

const AWS_CHAIN_HINT = 'AWS_BEARER_TOKEN_BEDROCK (a Bedrock API key) or AWS credentials (AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY, or AWS_PROFILE)';

/** The provider spec for one target, from the plan's flags and the environment. */
export function providerSpecFromEnv(target: RunTarget, plan: RunPlan, env: Env): ProviderSpec {
  const setup = providerSetup(target.provider);
  const found = setup ? keyFromEnv(setup, env) : null;
  const base = { id: target.provider, policy: plan.policy, ...(found ? { apiKey: found.key } : {}) };
  if (target.provider === 'aws-bedrock') {
    const accessKeyId = env.AWS_ACCESS_KEY_ID?.trim();
    const secretAccessKey = env.AWS_SECRET_ACCESS_KEY?.trim();
    const sessionToken = env.AWS_SESSION_TOKEN?.trim();
    const awsCredentials = !found && accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) } : undefined;
    const region = plan.region ?? AWS_REGION_ENVS.map((n) => env[n]?.trim()).find((r) => r);
    return {
      ...base,
      keyHint: found ? found.envVar : awsCredentials ? 'AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY' : AWS_CHAIN_HINT,
      ...(awsCredentials ? { awsCredentials } : {}),
      ...(region ? { region } : {}),
      ...(target.baseUrl ? { baseUrl: target.baseUrl } : {}),
    };
  }
  const keyHint = found ? found.envVar : (setup?.keyEnvVars.join(' or ') ?? 'an API key');
  if (target.provider === 'azure-foundry') {
    const baseUrl = target.baseUrl ?? env[AZURE_ENDPOINT_ENV]?.trim();
    const apiVersion = plan.apiVersion ?? env[AZURE_API_VERSION_ENV]?.trim();
    return { ...base, keyHint, ...(baseUrl ? { baseUrl } : {}), ...(apiVersion ? { apiVersion } : {}) };
  }
  return { ...base, keyHint, ...(target.baseUrl ? { baseUrl: target.baseUrl } : {}) };
}

/** Every secret value the CLI handles, to scrub from anything it prints. */
export function secretsInEnv(specs: readonly ProviderSpec[]): string[] {
  return specs.flatMap((s) => [s.apiKey, s.awsCredentials?.secretAccessKey, s.awsCredentials?.sessionToken]).filter((k): k is string => !!k && k.length >= 4);
}
