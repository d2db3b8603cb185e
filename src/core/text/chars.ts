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

/** Shrinks [start, end) past blanks at both ends. */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && isBlankCode(text.charCodeAt(start))) start++;
  while (end > start && isBlankCode(text.charCodeAt(end - 1))) end--;
  return [start, end];
}
