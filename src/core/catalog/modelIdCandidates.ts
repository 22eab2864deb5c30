/**
 * The spellings under which code names a host's model: LiteLLM-style prefixes
 * (`deepseek/deepseek-chat`, `bedrock/us-east-1/deepseek.v3.2`, `azure_ai/...`), Bedrock inference
 * profiles (`us.`, `eu.`, `apac.`, `global.`), dated snapshots (`gpt-4o-2024-08-06`,
 * `claude-sonnet-4-5-20250929`) and SiliconFlow `Pro/` variants. Each candidate is tried in order.
 */

/** One spelling to try, most specific first; `region` is a cloud region named in the id. */
export interface ModelIdCandidate {
  readonly name: string;
  readonly region?: string;
}

/** Routing prefixes LiteLLM and similar gateways put before the host's own model id. */
const ROUTE_PREFIXES = [
  'deepseek', 'bedrock', 'converse', 'invoke', 'azure_ai', 'azure', 'openai', 'anthropic', 'gemini', 'google',
  'vertex_ai', 'siliconflow', 'huawei', 'huawei-maas', 'models',
];
const REGION_SEGMENT = /^([a-z]{2}(?:-gov)?-[a-z]+-\d+)\//;
const PROFILE_PREFIX = /^(?:us|eu|apac|global|jp|au|ca|us-gov)\./i;
/** `-2024-08-06`, `-20250929`, `-latest` at the end of an id. */
const SNAPSHOT_SUFFIX = /-(?:\d{4}-\d{2}-\d{2}|\d{8}|latest)$/i;

/** All candidate spellings of `model`, deduplicated, the id as written first. */
export function modelIdCandidates(model: string): ModelIdCandidate[] {
  const out: ModelIdCandidate[] = [];
  const seen = new Set<string>();
  const push = (name: string, region?: string): void => {
    if (name && !seen.has(name)) {
      seen.add(name);
      out.push(region ? { name, region } : { name });
    }
  };
  let name = model.trim();
  push(name);
  let region: string | undefined;
  for (;;) {
    const slash = name.indexOf('/');
    const head = slash > 0 ? name.slice(0, slash).toLowerCase() : '';
    const regionMatch = REGION_SEGMENT.exec(name);
    if (slash > 0 && ROUTE_PREFIXES.includes(head)) name = name.slice(slash + 1);
    else if (regionMatch) {
      region = regionMatch[1];
      name = name.slice(regionMatch[0].length);
    } else break;
  }
  push(name, region);
  const variants = [name];
  if (/^pro\//i.test(name)) variants.push(name.slice(4));
  if (PROFILE_PREFIX.test(name)) variants.push(name.replace(PROFILE_PREFIX, ''));
  for (const v of variants) {
    push(v, region);
    if (SNAPSHOT_SUFFIX.test(v)) push(v.replace(SNAPSHOT_SUFFIX, ''), region);
  }
  return out;
}
