/** A span of an article shown in one short line with a little of its context. */

export interface Excerpt {
  /** One line: the span with words around it, "…" where the paragraph goes on. */
  text: string;
  /** Where the span is in `text`: [start, end). */
  highlight: [number, number];
}

const flat = (s: string) => s.replace(/\s+/g, ' ');

/**
 * The span [start, end) of `text` with whole context words of its paragraph on each side, about
 * `width` characters in all, at most `lead` of them before the span (a narrow view that cuts the
 * line still shows the span), on one line. A span of `width` characters or more is cut at a word
 * and ends with "…".
 */
export function excerpt(text: string, start: number, end: number, width = 80, lead = Math.floor(width / 2)): Excerpt {
  let span = flat(text.slice(start, end)).trim();
  if (span.length >= width) {
    const cut = span.lastIndexOf(' ', width - 1);
    span = `${span.slice(0, cut > width / 2 ? cut : width - 1)}…`;
    return { text: span, highlight: [0, span.length] };
  }
  const room = width - span.length;
  // Context from the same paragraph only (a blank line ends it).
  const beforeParts = text.slice(Math.max(0, start - room * 2), start).split(/\n[^\S\n]*\n/);
  const afterParts = text.slice(end, end + room * 2).split(/\n[^\S\n]*\n/);
  let before = flat(beforeParts[beforeParts.length - 1]!).trimStart();
  let after = flat(afterParts[0]!).trimEnd();
  // Half the room on each side (at most `lead` before), or more on one side when the other has less.
  const left = Math.min(before.length, lead, Math.max(Math.floor(room / 2), room - after.length));
  if (before.length > left) {
    const cut = before.slice(before.length - left);
    const sp = cut.indexOf(' ');
    const words = sp >= 0 ? cut.slice(sp + 1) : '';
    before = words ? `…${words}` : before.endsWith(' ') ? '… ' : '…';
  }
  // What the cut before left unused goes after.
  const right = Math.min(after.length, room - before.length);
  if (after.length > right) {
    const cut = after.slice(0, right);
    const sp = cut.lastIndexOf(' ');
    const words = sp >= 0 ? cut.slice(0, sp) : '';
    after = words ? `${words}…` : after.startsWith(' ') ? ' …' : '…';
  }
  return { text: `${before}${span}${after}`, highlight: [before.length, before.length + span.length] };
}
