/**
 * Estimates a token count without a tokenizer: the text is reduced to nine character-class counts
 * and each class has a per-family token rate (approxProfiles.ts says how the rates were fitted).
 * Word runs carry most of the signal for English and code; accented Latin letters get their own
 * class because they split words into extra tokens (Polish, Turkish, Czech); Han, kana and hangul
 * are counted one by one because tokenizers spend close to one token per CJK character.
 */

/**
 * Token rates per feature, in the order of {@link textFeatures}: word runs, ASCII letters/digits,
 * accented Latin letters, other letters/digits, symbols, whitespace runs, Han (with CJK punctuation
 * and full-width forms), kana, hangul.
 */
export type ApproxProfile = readonly [number, number, number, number, number, number, number, number, number];

const HAN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const HANGUL = /\p{Script=Hangul}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const LATIN_ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/u;

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** The nine character-class counts the profiles are fitted on. */
export function textFeatures(text: string): ApproxProfile {
  let runs = 0, ascii = 0, accented = 0, other = 0, symbols = 0, spaces = 0, han = 0, kana = 0, hangul = 0;
  let inWord = false, inSpace = false;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 128) {
      if (HAN.test(ch)) { han++; inWord = inSpace = false; continue; }
      if (HANGUL.test(ch)) { hangul++; inWord = inSpace = false; continue; }
      if (KANA.test(ch)) { kana++; inWord = inSpace = false; continue; }
    }
    const alnum = c < 128 ? isAsciiAlnum(c) : LETTER_OR_DIGIT.test(ch);
    if (alnum) {
      if (c < 128) ascii++;
      else if (LATIN_ACCENTED.test(ch)) accented++;
      else other++;
      if (!inWord) runs++;
      inWord = true;
      inSpace = false;
    } else if (c < 128 ? isAsciiSpace(c) : SPACE.test(ch)) {
      if (!inSpace) spaces++;
      inSpace = true;
      inWord = false;
    } else {
      symbols++;
      inWord = inSpace = false;
    }
  }
  return [runs, ascii, accented, other, symbols, spaces, han, kana, hangul];
}

/** Estimated tokens of `text` under `profile`: at least 1 for any non-empty text. */
export function approxTokens(text: string, profile: ApproxProfile): number {
  if (text.length === 0) return 0;
  const features = textFeatures(text);
  let sum = 0;
  for (let i = 0; i < features.length; i++) sum += features[i] * profile[i];
  return Math.max(1, Math.round(sum));
}
