export { decodeArticle, detectEol, NotTextError } from './decode';
export type { DecodedText } from './decode';
export { parseArticle, parseParagraph, sentenceAt, splitParagraphs, splitSentences } from './segment';
export type { Article, Paragraph } from './segment';
export { isBoilerplate, namesItsHolder } from './boilerplate';
export { mapArray, splitOn } from './arrays';
export { isBlank, isBlankCode, isLetter, isUpper, isWordChar, trimSpan } from './chars';
