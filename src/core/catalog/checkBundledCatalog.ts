/**
 * The build's check of the catalog the bundles carry (esbuild.js runs it before bundling; a unit
 * test runs it too). The bundles use catalog.json without parsing it (loadCatalog.ts), so it must
 * pass the schema and the whole-catalog rules, and parsing must not change it: every object of the
 * schema is strict, so a difference means the schema and this check disagree.
 */
import bundledCatalog from './catalog.json';
import { loadCatalog } from './loadCatalog';

/** Throws a CatalogError naming each bad path, or an Error naming where parsing would change it. */
export function checkBundledCatalog(catalog: unknown = bundledCatalog): void {
  const parsed = loadCatalog(catalog);
  const where = firstDifference(parsed, catalog, '');
  if (where !== null) throw new Error(`Parsing changes the bundled catalog at ${where || '(root)'}; the bundles use it unparsed.`);
}

/** The path of the first difference between two JSON values, or null when they are equal. */
function firstDifference(a: unknown, b: unknown, path: string): string | null {
  if (a === b) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return path;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const where = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], Array.isArray(a) ? `${path}[${key}]` : `${path}.${key}`);
    if (where !== null) return where;
  }
  return null;
}
