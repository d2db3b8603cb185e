/** Character classes shared by the text passes. Offsets are UTF-16 code units. */

/** Whitespace as news text has it: ASCII blanks, no-break spaces, zero-width spaces and BOMs. */
export function isBlankCode(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff ||
    c === 0x200c || c === 0x200d || c === 0x2060
  );
}

export function isBlank(ch: string | undefined): boolean {
  return ch !== undefined && ch.length > 0 && isBlankCode(ch.charCodeAt(0));
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}
export function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && UPPER.test(ch);
}
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && LETTER_OR_DIGIT.test(ch);
}

// Word characters for the tokenizers (corpus/tokens.ts, entities/tokens.ts, quotes/tokens.ts): ONE
// definition of what a word is made of — letters, digits and combining marks (\p{L}\p{N}\p{M}) —
// with ASCII read from a table and only the rest from the Unicode properties.
const WORD_NON_ASCII = /[\p{L}\p{N}\p{M}]/u;
const UPPER_NON_ASCII = /\p{Lu}/u;
/** ASCII: 1 a letter, 2 a digit, 0 anything else. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = 2;
for (let c = 65; c <= 90; c++) ASCII_WORD[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = 1;

/**
 * The word character at text[i], read as a code point (a surrogate pair is one character): 0 none,
 * 2 an ASCII digit, 1 any other letter, digit or mark. `code` is text.charCodeAt(i).
 */
export function wordKindAt(code: number, text: string, i: number): number {
  if (code < 128) return ASCII_WORD[code]!;
  if (code >= 0xd800 && code <= 0xdbff) {
    // A surrogate pair is one character; a lone surrogate is none.
    return (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 && WORD_NON_ASCII.test(text.slice(i, i + 2)) ? 1 : 0;
  }
  return WORD_NON_ASCII.test(text[i]!) ? 1 : 0;
}

/** Is the UTF-16 code unit a letter, digit or mark by itself (a surrogate never is)? */
export function isWordCode(c: number): boolean {
  if (c < 128) return ASCII_WORD[c] !== 0;
  return WORD_NON_ASCII.test(String.fromCharCode(c));
}

/** Is the UTF-16 code unit an upper-case letter by itself? */
export function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_NON_ASCII.test(String.fromCharCode(c));
}

/** Shrinks [start, end) past blanks at both ends. */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && isBlankCode(text.charCodeAt(start))) start++;
  while (end > start && isBlankCode(text.charCodeAt(end - 1))) end--;
  return [start, end];
}
