/**
 * Environment-variable reads in JS/TS: `process.env.X`, `process.env['X']`, `import.meta.env.X`,
 * `Bun.env.X`, `env.X` (Workers), `Deno.env.get('X')`, `config.get('X')`, `getEnv('X')`, through
 * constants (`const KEY = process.env.DEEPSEEK_API_KEY!`).
 */
import type { Node } from 'web-tree-sitter';
import type { ProviderId } from '../../model';
import { providerFromEnvVar } from '../providerHints';
import type { FileIndex } from './fileIndex';
import { memberKey, resolveValue } from './resolve';
import { stringLiteral, unwrap } from './syntax';

const ENV_NAME = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/;

/** Framework prefixes that expose variables to browser bundles; they say nothing about the provider. */
const PUBLIC_PREFIX = /^(VITE_|NEXT_PUBLIC_|REACT_APP_|EXPO_PUBLIC_|NUXT_PUBLIC_|NUXT_|PUBLIC_|VUE_APP_|GATSBY_)/;

/** The name of the environment variable an expression reads, or null. */
export function envVarName(ix: FileIndex, node: Node, depth = 0): string | null {
  const expr = unwrap(node);
  if (depth > 6) return null;
  switch (expr.type) {
    case 'member_expression':
    case 'subscript_expression': {
      const object = expr.childForFieldName('object');
      const key = memberKey(expr);
      if (object && key && /(^|\.)env$/.test(unwrap(object).text)) return key;
      break;
    }
    case 'call_expression': {
      const arg = expr.childForFieldName('arguments')?.namedChild(0);
      const name = arg ? stringLiteral(arg) : null;
      if (name && ENV_NAME.test(name)) return name;
      return null;
    }
    case 'binary_expression': {
      const left = expr.childForFieldName('left');
      return left ? envVarName(ix, left, depth + 1) : null;
    }
    default:
      break;
  }
  if (expr.type === 'identifier' || expr.type === 'shorthand_property_identifier' || expr.type === 'member_expression') {
    const resolved = resolveValue(ix, expr);
    if (resolved.id !== expr.id) return envVarName(ix, resolved, depth + 1);
  }
  return null;
}

/** The provider an environment variable's name points at, ignoring framework prefixes. */
export function providerFromEnvName(name: string): ProviderId | null {
  return providerFromEnvVar(name) ?? providerFromEnvVar(name.replace(PUBLIC_PREFIX, ''));
}
