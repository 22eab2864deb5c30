import type { ApiKeySource } from '../secrets/apiKeyStore';

/** Where a provider's key comes from, in words for tooltips and pickers (never the key). */
export function describeKeySource(source: ApiKeySource): string {
  switch (source.kind) {
    case 'secretStorage':
      return 'key in SecretStorage';
    case 'environment':
      return `key from $${source.envVar}`;
    case 'awsCredentialChain':
      return 'AWS SDK credential chain';
    case 'none':
      return source.envVars.length ? `no key (set one, or $${source.envVars.join(' / $')})` : 'no key';
  }
}
