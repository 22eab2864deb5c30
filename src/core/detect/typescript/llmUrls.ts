/**
 * Whether a request URL (as far as the file states it) is an LLM inference endpoint, and what its
 * path says about the model (Gemini `/models/<m>:generateContent`, Azure `/deployments/<d>/`,
 * Bedrock `/model/<id>/converse`) and streaming.
 */
import type { ProviderId } from '../../model';
import { hostOf, isLlmRoute, providerFromUrl } from '../providerHints';

/** Routes of known hosts that are not inference calls (listing models, files, billing…). */
const NOT_INFERENCE = /\/(models|files|fine_tuning|fine-tunes|batches|vector_stores|assistants|threads|uploads|organization|usage|images|audio|moderations|realtime|user|dashboard|balance)(\/[^:]*)?([?#]|$)/i;

/** Gemini embedding routes (isLlmRoute covers generateContent only). */
const EMBED_ROUTE = /:(batchEmbedContents|embedContent)\b/i;
/** Token-counting routes cost nothing. */
const COUNT_ROUTE = /:countTokens\b|\/count_tokens\b/i;

/** Inference routes specific enough to trust on an unknown host. */
const STRICT_ROUTE = /\/chat\/completions\b|\/v\d[a-z0-9]*\/(completions|embeddings|responses|messages)\b|:(stream)?generateContent\b|\/model\/[^/]+\/(converse(-stream)?|invoke(-with-response-stream)?)\b|:11434\/api\/(chat|generate|embed)\b/i;

/** What a URL says, when it is an LLM endpoint. */
export interface LlmUrl {
  /** Provider of the host; null when the host is not stated (then other evidence decides). */
  readonly provider: ProviderId | null;
  readonly model: string | null;
  readonly stream: boolean;
}

/**
 * Classifies a URL shape (unknown parts as `${…}`). `bodyLooksLikeLlm` lets a known host without
 * a recognisable route count when the request body carries a model or messages.
 */
export function llmUrl(shape: string, bodyLooksLikeLlm: boolean): LlmUrl | null {
  const url = shape.trim();
  const meta = { model: modelInPath(url), stream: /streamGenerateContent|converse-stream|with-response-stream/i.test(url) };
  // The app's own backend: only a proxy of an LLM API (`/openai/v1/chat/completions` with a model in the body).
  if (url.startsWith('/') && !url.startsWith('//')) return STRICT_ROUTE.test(url) && bodyLooksLikeLlm ? { provider: null, ...meta } : null;
  const host = hostOf(url);
  if (host) {
    const provider = providerFromUrl(url);
    if (provider && provider !== 'custom') {
      if ((isLlmRoute(url) || EMBED_ROUTE.test(url)) && !COUNT_ROUTE.test(url)) return { provider, ...meta };
      return !NOT_INFERENCE.test(pathOf(url)) && bodyLooksLikeLlm ? { provider, ...meta } : null;
    }
    return STRICT_ROUTE.test(url) ? { provider: 'custom', ...meta } : null;
  }
  // `${baseUrl}/chat/completions`: the host is not stated, the route is unmistakable.
  return /^\$\{/.test(url) && STRICT_ROUTE.test(url) ? { provider: null, ...meta } : null;
}

function pathOf(url: string): string {
  const m = /^\s*(?:https?:)?\/\/[^/?#]+(.*)$/i.exec(url);
  return m ? m[1] : url;
}

/** The model a URL path names, when it is a literal segment. */
function modelInPath(url: string): string | null {
  const m =
    /\/models\/([^/:?#$]+):(?:stream)?generateContent/i.exec(url) ??
    /\/deployments\/([^/?#$]+)\//i.exec(url) ??
    /\/model\/([^/?#$]+)\/(?:converse|invoke)/i.exec(url);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return m[1];
  }
}
