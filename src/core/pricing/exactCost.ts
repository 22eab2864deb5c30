/**
 * Exact token × price arithmetic. Prices are decimals per 1M tokens; multiplying them as floats
 * gives noise such as 0.28 * 3 = 0.8400000000000001. Here amounts are BigInt multiples of 1e-18,
 * and the result is the double nearest to the exact decimal value.
 */

const PRICE_DECIMALS = 12;
/** Prices have 12 decimals; dividing by 1M tokens adds 6. */
const AMOUNT_DECIMALS = PRICE_DECIMALS + 6;

/** An exact amount of money, in units of 1e-18. */
export type ExactAmount = bigint;

/** `tokens` × `pricePerMillion` / 1,000,000, exactly. */
export function tokenCost(tokens: number, pricePerMillion: number): ExactAmount {
  if (!Number.isSafeInteger(tokens) || tokens < 0) throw new RangeError(`Token counts must be non-negative integers (got ${tokens}).`);
  return BigInt(tokens) * toScaled(pricePerMillion);
}

/** The double nearest to an exact amount. */
export function amountToNumber(amount: ExactAmount): number {
  const negative = amount < 0n;
  const digits = (negative ? -amount : amount).toString().padStart(AMOUNT_DECIMALS + 1, '0');
  const text = `${digits.slice(0, -AMOUNT_DECIMALS)}.${digits.slice(-AMOUNT_DECIMALS)}`;
  return Number(negative ? `-${text}` : text);
}

/** A price (at most 12 decimals; catalog prices have far fewer) as an integer number of 1e-12. */
function toScaled(price: number): bigint {
  if (!Number.isFinite(price) || price < 0) throw new RangeError(`Prices must be non-negative numbers (got ${price}).`);
  return BigInt(price.toFixed(PRICE_DECIMALS).replace('.', ''));
}
