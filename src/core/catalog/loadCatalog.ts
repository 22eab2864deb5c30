/**
 * Loads the price catalog: the bundled catalog.json (validated once and cached) or any object a
 * caller supplies (tests, user overrides). A bad catalog throws a CatalogError naming each bad path.
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

/**
 * Validates `raw` (default: the bundled catalog.json) with the zod schema and the whole-catalog
 * rules, and returns it typed. Throws a CatalogError whose message names every bad path.
 */
export function loadCatalog(raw?: unknown): Catalog {
  if (raw === undefined && bundled) return bundled;
  const input = raw ?? bundledCatalog;
  const parsed = catalogSchema.safeParse(input);
  if (!parsed.success) {
    throw new CatalogError(parsed.error.issues.map((i) => `${formatPath(i.path, input)}: ${i.message}`));
  }
  const problems = checkCatalogRules(parsed.data);
  if (problems.length > 0) throw new CatalogError(problems.map((p) => `${formatPath(p.path, input)}: ${p.message}`));
  if (raw === undefined) bundled = parsed.data;
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
