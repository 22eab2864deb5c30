/**
 * Loads the price catalog: the bundled catalog.json or any object a caller supplies (tests, user
 * overrides), validated. A bad catalog throws a CatalogError naming each bad path. The bundles
 * carry a catalog the build validated (checkBundledCatalog.ts, run by esbuild.js), and take it as
 * it is: validating it again cost every CLI command and editor window ~25 ms.
 */
import bundledCatalog from './catalog.json';
import { catalogSchema } from './catalogSchema';
import type { Catalog } from './catalogSchema';
import { checkCatalogRules } from './catalogRules';

/** Thrown when a catalog does not validate; `problems` lists "path: message" lines. */
export class CatalogError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid price catalog:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CatalogError';
  }
}

let bundled: Catalog | undefined;

/** Defined (true) by esbuild.js in the bundles, after it validated the bundled catalog. */
declare const __LLM_COST_CATALOG_CHECKED__: boolean | undefined;
const CHECKED_AT_BUILD = typeof __LLM_COST_CATALOG_CHECKED__ === 'boolean' && __LLM_COST_CATALOG_CHECKED__;

/**
 * Validates `raw` (default: the bundled catalog.json) with the zod schema and the whole-catalog
 * rules, and returns it typed. Throws a CatalogError whose message names every bad path.
 */
export function loadCatalog(raw?: unknown): Catalog {
  if (raw === undefined) return (bundled ??= CHECKED_AT_BUILD ? (bundledCatalog as Catalog) : validCatalog(bundledCatalog));
  return validCatalog(raw);
}

function validCatalog(input: unknown): Catalog {
  const parsed = catalogSchema().safeParse(input);
  if (!parsed.success) {
    throw new CatalogError(parsed.error.issues.map((i) => `${formatPath(i.path, input)}: ${i.message}`));
  }
  const problems = checkCatalogRules(parsed.data);
  if (problems.length > 0) throw new CatalogError(problems.map((p) => `${formatPath(p.path, input)}: ${p.message}`));
  return parsed.data;
}

/** `offers[3].periods[0].prices.USD.input (offer deepseek/deepseek-chat)` */
function formatPath(path: readonly PropertyKey[], input: unknown): string {
  let text = '';
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : `${text ? '.' : ''}${String(key)}`;
  if (path[0] === 'offers' && typeof path[1] === 'number') {
    const offers = (input as { offers?: unknown }).offers;
    const id = Array.isArray(offers) ? (offers[path[1]] as { id?: unknown } | undefined)?.id : undefined;
    if (typeof id === 'string') text += ` (offer ${id})`;
  }
  return text || '(root)';
}
