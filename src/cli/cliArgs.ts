/** Parsing and checking of CLI option values; every bad value is a UsageError naming the option. */
import type { Currency } from '../core/model';
import { UsageError } from './cliIo';

/** One of the allowed values, or a UsageError listing them. */
export function parseChoice<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  const match = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (!match) throw new UsageError(`${option} must be one of ${allowed.join(', ')} (got "${value}").`);
  return match;
}

/** --currency: USD (default) or CNY. */
export function parseCurrency(value: string | undefined): Currency {
  return value === undefined ? 'USD' : parseChoice('--currency', value, ['USD', 'CNY'] as const);
}

/**
 * --at: an ISO-8601 time. A time without a zone is read as UTC (prices are published in UTC
 * windows); a bare date means 00:00 UTC that day. Default: now.
 */
export function parseInstant(value: string | undefined, now: Date = new Date()): Date {
  if (value === undefined) return now;
  const text = value.trim();
  const iso = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(text);
  if (!iso) throw new UsageError(`--at must be an ISO-8601 time such as 2026-08-18T02:30:00Z (got "${value}").`);
  const hasZone = iso[4] !== undefined;
  const date = new Date(iso[1] === undefined ? `${text}T00:00:00Z` : hasZone ? text : `${text}Z`);
  if (Number.isNaN(date.getTime())) throw new UsageError(`--at is not a valid time: "${value}".`);
  return date;
}

/** A whole number >= 0 (token counts). */
export function parseCount(option: string, value: string): number {
  const n = Number(value.replace(/_/g, ''));
  if (!/^\s*[0-9_]+\s*$/.test(value) || !Number.isSafeInteger(n)) throw new UsageError(`${option} must be a whole number of tokens >= 0 (got "${value}").`);
  return n;
}

/** A finite number >= 0 (rates, volumes). */
export function parseNonNegative(option: string, value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) throw new UsageError(`${option} must be a number >= 0 (got "${value}").`);
  return n;
}

/** A finite number > 0 (exchange rates). */
export function parsePositive(option: string, value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0) throw new UsageError(`${option} must be a number > 0 (got "${value}").`);
  return n;
}
