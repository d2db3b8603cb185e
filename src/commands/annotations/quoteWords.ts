// The analyst's words inside a message or a title ("removed the annotation on “…”"): no vscode
// here, so that it is unit-tested; used by the annotation commands.
import { oneLine } from '../../core/common/strings';

/**
 * `words` between curly double quotation marks, on one line, at most about `n` characters (cut at
 * a word when one ends in the last half, with an ellipsis). Quotation marks inside become single
 * ones (“he called it ‘a low point’”, “‘We are ready,’ she said.”) and marks around the whole are
 * dropped, so that the message's own marks pair up — never “the removal of “…”” nor ““We…”.
 */
export function quoteWords(words: string, n: number): string {
  let t = oneLine(words);
  // Marks around the whole (and none inside) are dropped; a sentence that opens or ends with a
  // quotation ("“We are ready,” she said.") keeps them, as single marks.
  const inner = t.replace(/^["“”„]+|["“”]+$/g, '');
  if (inner !== t && !/["“”„]/.test(inner)) t = inner;
  t = t
    .replace(/[“„]/g, '‘')
    .replace(/”/g, '’')
    .replace(/"(?=[\p{L}\p{N}])/gu, '‘')
    .replace(/"/g, '’');
  if (t.length > n) {
    const cut = t.lastIndexOf(' ', n - 1);
    t = `${(cut > n / 2 ? t.slice(0, cut) : t.slice(0, n - 1)).replace(/[\s,;:‘’-]+$/, '')}…`;
  }
  return `“${t}”`;
}
