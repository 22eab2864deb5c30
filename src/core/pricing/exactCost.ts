/**
 * Exact token × price arithmetic. Prices are decimals per 1M tokens; multiplying them as floats
 * gives noise such as 0.28 * 3 = 0.8400000000000001. Here amounts are BigInt multiples of 1e-18,
 * and the result is the double nearest to the exact decimal value.
 */

const PRICE_DECIMALS = 12;
/** Prices have 12 decimals; dividing by 1M tokens adds 6. */
const AMOUNT_DECIMALS = PRICE_DECIMALS + 6;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
/** 1e0 … 1e18, each exactly representable as a double. */
const POWERS_OF_TEN = Array.from({ length: AMOUNT_DECIMALS + 1 }, (_, i) => Number(`1e${i}`));

/** An exact amount of money, in units of 1e-18. */
export type ExactAmount = bigint;

/** `tokens` × `pricePerMillion` / 1,000,000, exactly. */
export function tokenCost(tokens: number, pricePerMillion: number): ExactAmount {
  if (!Number.isSafeInteger(tokens) || tokens < 0) throw new RangeError(`Token counts must be non-negative integers (got ${tokens}).`);
  const price = toScaled(pricePerMillion);
  return tokens === 0 ? 0n : BigInt(tokens) * price;
}

/**
 * The double nearest to an exact amount. Written as m × 10^k with m a safe integer, the amount is
 * m / 10^(18−k): both operands are exact doubles and one IEEE division rounds correctly, so this
 * is the same double as parsing the amount's decimal text, which is the fallback for larger m.
 */
export function amountToNumber(amount: ExactAmount): number {
  let m = amount;
  let k = 0;
  while ((m > MAX_SAFE || m < -MAX_SAFE) && k < AMOUNT_DECIMALS && m % 10n === 0n) {
    m /= 10n;
    k++;
  }
  if (m <= MAX_SAFE && m >= -MAX_SAFE) return Number(m) / POWERS_OF_TEN[AMOUNT_DECIMALS - k];
  return decimalTextToNumber(amount);
}

/** The double nearest to an amount, by parsing its exact decimal text. */
export function decimalTextToNumber(amount: ExactAmount): number {
  const negative = amount < 0n;
  const digits = (negative ? -amount : amount).toString().padStart(AMOUNT_DECIMALS + 1, '0');
  const text = `${digits.slice(0, -AMOUNT_DECIMALS)}.${digits.slice(-AMOUNT_DECIMALS)}`;
  return Number(negative ? `-${text}` : text);
}

/** Scaled prices already converted (a catalog has a few hundred distinct prices). */
const scaledPrices = new Map<number, bigint>();
const MAX_SCALED_PRICES = 10_000;

/** A price (at most 12 decimals; catalog prices have far fewer) as an integer number of 1e-12. */
function toScaled(price: number): bigint {
  const known = scaledPrices.get(price);
  if (known !== undefined) return known;
  if (!Number.isFinite(price) || price < 0) throw new RangeError(`Prices must be non-negative numbers (got ${price}).`);
  const scaled = BigInt(price.toFixed(PRICE_DECIMALS).replace('.', ''));
  if (scaledPrices.size >= MAX_SCALED_PRICES) scaledPrices.clear();
  scaledPrices.set(price, scaled);
  return scaled;
}
