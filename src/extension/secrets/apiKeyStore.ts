import * as vscode from 'vscode';
import { PROVIDERS } from '../../core/model';
import type { ProviderId } from '../../core/model';
import { API_KEY_ENV_VARS } from '../../core/settings/apiKeyEnvVars';
import { Disposable } from '../util/dispose';

/** Where a provider's credentials come from, without the secret itself (safe to show and log). */
export type ApiKeySource =
  | { readonly kind: 'secretStorage' }
  | { readonly kind: 'environment'; readonly envVar: string }
  /** AWS Bedrock without a Bedrock API key: the AWS SDK's default credential chain decides. */
  | { readonly kind: 'awsCredentialChain' }
  | { readonly kind: 'none'; readonly envVars: readonly string[] };

/** A key ready to hand to a provider client with where it came from, or why there is none. */
export type ApiKeyLookup =
  | { readonly kind: 'secretStorage'; readonly key: string }
  | { readonly kind: 'environment'; readonly envVar: string; readonly key: string }
  | { readonly kind: 'awsCredentialChain' }
  | { readonly kind: 'none'; readonly envVars: readonly string[] };

const SECRET_PREFIX = 'llmCost.apiKey.';
const MAX_KEY_LENGTH = 8192;

/** Rejects what cannot be an API key; returns a message, or undefined when fine. */
export function validateApiKey(key: string): string | undefined {
  const trimmed = key.trim();
  if (!trimmed) return 'The key is empty.';
  if (/\s/.test(trimmed)) return 'An API key contains no spaces or line breaks.';
  if (trimmed.length > MAX_KEY_LENGTH) return 'That is too long for an API key.';
  return undefined;
}

/**
 * The one place API keys are read and written: VS Code SecretStorage first, then the provider's
 * environment variables. Provider clients receive the key as an argument and never read storage;
 * nothing here logs or returns a key except `get()`.
 */
export class ApiKeyStore extends Disposable {
  readonly #onDidChange = this._register(new vscode.EventEmitter<ProviderId>());
  /** Fires with the provider whose stored key changed (in this window or another). */
  readonly onDidChange = this.#onDidChange.event;

  constructor(
    private readonly secrets: vscode.SecretStorage,
    private readonly env: Readonly<Record<string, string | undefined>> = process.env,
  ) {
    super();
    this._register(secrets.onDidChange((e) => {
      const provider = providerOfSecret(e.key);
      if (provider) this.#onDidChange.fire(provider);
    }));
  }

  /** The key to use for `provider`, or where credentials will come from if there is none. */
  async get(provider: ProviderId): Promise<ApiKeyLookup> {
    const stored = await this.secrets.get(secretName(provider));
    if (stored) return { kind: 'secretStorage', key: stored };
    for (const envVar of API_KEY_ENV_VARS[provider]) {
      const value = this.env[envVar]?.trim();
      if (value) return { kind: 'environment', envVar, key: value };
    }
    if (provider === 'aws-bedrock') return { kind: 'awsCredentialChain' };
    return { kind: 'none', envVars: API_KEY_ENV_VARS[provider] };
  }

  /** Like `get` but without the key, for labels and tooltips. */
  async source(provider: ProviderId): Promise<ApiKeySource> {
    const lookup = await this.get(provider);
    if (lookup.kind === 'secretStorage') return { kind: lookup.kind };
    if (lookup.kind === 'environment') return { kind: lookup.kind, envVar: lookup.envVar };
    return lookup;
  }

  /** Saves a key in SecretStorage (trimmed). Throws on a value `validateApiKey` rejects. */
  async store(provider: ProviderId, key: string): Promise<void> {
    const problem = validateApiKey(key);
    if (problem) throw new Error(problem);
    await this.secrets.store(secretName(provider), key.trim());
  }

  /** Removes the stored key; true if there was one. Environment variables are left alone. */
  async delete(provider: ProviderId): Promise<boolean> {
    const had = (await this.secrets.get(secretName(provider))) !== undefined;
    if (had) await this.secrets.delete(secretName(provider));
    return had;
  }

  /** Providers with a key in SecretStorage. */
  async storedProviders(): Promise<ProviderId[]> {
    const stored = await Promise.all(PROVIDERS.map(async (p) => ((await this.secrets.get(secretName(p))) ? p : undefined)));
    return stored.filter((p): p is ProviderId => p !== undefined);
  }
}

function secretName(provider: ProviderId): string {
  return `${SECRET_PREFIX}${provider}`;
}

function providerOfSecret(name: string): ProviderId | undefined {
  if (!name.startsWith(SECRET_PREFIX)) return undefined;
  const id = name.slice(SECRET_PREFIX.length);
  return (PROVIDERS as readonly string[]).includes(id) ? (id as ProviderId) : undefined;
}
