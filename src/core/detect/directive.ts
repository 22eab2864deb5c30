/**
 * The per-call directive comment, e.g. `# llm-cost: calls/day=5000 input=1200 output=300 cache-hit=0.6`
 * on the line above a call. Keys: calls/day (or calls-per-day), input, output, cache-hit (0..1 or a
 * percentage), reasoning (share of output, 0..1 or a percentage). Unknown keys are kept and reported.
 */
import type { Directive } from '../model';

const MARKER = /llm-cost\s*:\s*(.*)$/i;

/** Parses the text of a comment; null when it is not an `llm-cost:` directive. */
export function parseDirective(comment: string): Directive | null {
  const body = comment.replace(/^\s*(#|\/\/|\/\*+|\*)\s?/, '').replace(/\*\/\s*$/, '');
  const m = MARKER.exec(body);
  if (!m) return null;
  const out: { -readonly [K in keyof Directive]: Directive[K] } = {};
  const unknown: string[] = [];
  for (const pair of m[1].trim().split(/[\s,;]+/).filter(Boolean)) {
    const eq = pair.indexOf('=');
    const key = (eq < 0 ? pair : pair.slice(0, eq)).toLowerCase();
    const value = eq < 0 ? NaN : parseAmount(pair.slice(eq + 1));
    switch (key) {
      case 'calls/day':
      case 'calls-per-day':
      case 'calls':
        if (value >= 0) out.callsPerDay = value;
        else unknown.push(pair);
        break;
      case 'input':
        if (value >= 0) out.inputTokens = Math.round(value);
        else unknown.push(pair);
        break;
      case 'output':
        if (value >= 0) out.outputTokens = Math.round(value);
        else unknown.push(pair);
        break;
      case 'cache-hit':
      case 'cache':
        if (isShare(pair, value)) out.cacheHit = share(pair, value);
        else unknown.push(pair);
        break;
      case 'reasoning':
        if (isShare(pair, value)) out.reasoningShare = share(pair, value);
        else unknown.push(pair);
        break;
      default:
        unknown.push(pair);
    }
  }
  if (unknown.length > 0) out.unknownKeys = unknown;
  return out;
}

/** `5000`, `5k`, `1.2M`, `1_000`, `60%` → number (percent stays as written; see share()). */
function parseAmount(raw: string): number {
  const m = /^([0-9][0-9_,]*(?:\.[0-9]+)?)([kKmM%]?)$/.exec(raw.trim());
  if (!m) return NaN;
  const n = Number(m[1].replace(/[_,]/g, ''));
  const unit = m[2].toLowerCase();
  return unit === 'k' ? n * 1e3 : unit === 'm' ? n * 1e6 : n;
}

function isShare(pair: string, value: number): boolean {
  return Number.isFinite(value) && value >= 0 && (pair.endsWith('%') ? value <= 100 : value <= 1);
}

function share(pair: string, value: number): number {
  return pair.endsWith('%') ? value / 100 : value;
}
