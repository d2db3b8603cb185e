/**
 * Who published an article, when, and under what headline — read from the text itself, from the
 * furniture that scraped news pages keep around the body: a copyright line ("© 2024 The Daily
 * Example", "Copyright Example Media Limited 2023. All rights reserved."), a credit line
 * ("(EXAMPLE 24 with AP)"), a byline naming the outlet ("Jane Doe, The Example Press"), an agency
 * dateline ("RIVERTON, Ore. (AP) —"), a metadata line ("date 2021-05-04 • Example TV"), a site's
 * own teaser ("Also on ExampleSite:"), a "Published: …" line.
 *
 * Only these generic page patterns are read — never a list of known outlets — so an article
 * without any says nothing, and the caller shows its file name. Only the first and last lines of
 * the text are looked at (where page furniture is), so a body sentence that happens to look like a
 * credit line is not mistaken for one. Every value comes with the span it was read from.
 */
import { isBoilerplate } from '../text';
import { MONTH_NAMES } from '../common/calendar';

export interface SourceField {
  value: string;
  /** Offsets in the text of the line it was read from. */
  start: number;
  end: number;
  /** Which pattern gave it, for the tooltip ("copyright line", "byline", …). */
  how: string;
}

export interface DetectedSource {
  outlet?: SourceField;
  /** ISO date (YYYY-MM-DD) when the text gives a full one, else as written. */
  date?: SourceField;
  headline?: SourceField;
  /** The author(s) named by a byline. */
  byline?: SourceField;
}

/** How many non-blank lines at each end of the text are page furniture candidates. */
const EDGE_LINES = 12;
/** A furniture line is short; a body paragraph is not. */
const MAX_FURNITURE = 160;

interface Line {
  text: string;
  start: number;
  end: number;
  /** Position among the non-blank lines. */
  n: number;
}

/** How far into each end of the text the edge lines are looked for (a large article is not split whole). */
const EDGE_CHARS = 16_000;

/** The non-blank lines of text[from, to) (the first `limit` only, when given), with offsets in the text. */
function lines(text: string, limit = Infinity, from = 0, to = text.length): Line[] {
  const out: Line[] = [];
  const re = /[^\r\n]+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to && out.length < limit; m = re.exec(text)) {
    const raw = m[0].length > to - m.index ? m[0].slice(0, to - m.index) : m[0];
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (!t) continue;
    out.push({ text: t, start: m.index + lead, end: m.index + lead + t.length, n: out.length });
  }
  return out;
}

/** The first and last EDGE_LINES lines of the text, each line once. */
function edgeLines(text: string): { head: Line[]; tail: Line[] } {
  const head = lines(text, EDGE_LINES, 0, Math.min(text.length, EDGE_CHARS));
  const from = Math.max(head.length ? head[head.length - 1]!.end : 0, text.length - EDGE_CHARS);
  // A line cut by the window's start is not a whole line: start after the next line break.
  const lineStart = from > 0 && !/[\r\n]/.test(text[from - 1] ?? '') ? text.slice(from).search(/[\r\n]/) : 0;
  const all = lineStart < 0 ? [] : lines(text, Infinity, from + lineStart);
  return { head, tail: all.slice(-EDGE_LINES) };
}

// ---- names -------------------------------------------------------------------------------------------

/** A capitalised word of a name, or a connector inside one ("of", "and", "&", "the"). */
const NAME_WORD = String.raw`(?:[\p{Lu}\d][\p{L}\d'’.&!-]*|of|and|&|the|de|du|la|le)`;
/** One to six words, the first capitalised (or a digit: "24 Heures"). */
const NAME = String.raw`(?:The\s+)?[\p{Lu}\d][\p{L}\d'’.&!-]*(?:\s+${NAME_WORD}){0,5}`;
/** Legal suffixes of a publisher's company name, dropped from the outlet shown. */
const CORPORATE = /[\s,]+(?:limited|ltd\.?|inc\.?|incorporated|llc|l\.l\.c\.|plc|corp\.?|corporation|co\.|gmbh|s\.a\.|ag)$/i;

/** A name as an analyst would write it: corporate suffixes dropped, an all-capitals word of 5+ letters in title case. */
export function cleanOutletName(raw: string): string | undefined {
  let s = raw.replace(/\s+/g, ' ').trim().replace(/[.,;:|•·–—-]+$/, '').trim();
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(CORPORATE, '').trim();
  }
  s = s.replace(/^the\s+/i, (t) => (s.split(' ').length > 2 ? t : '')).trim();
  s = s.replace(/\b\p{Lu}{5,}\b/gu, (w) => w[0] + w.slice(1).toLowerCase());
  if (!s || s.length > 60 || !/\p{L}/u.test(s)) return undefined;
  if (!new RegExp(`^${NAME}$`, 'u').test(s)) return undefined;
  return s;
}

// ---- dates -------------------------------------------------------------------------------------------

const MONTH = `(?:${MONTH_NAMES.map((m) => (m.length > 4 ? `${m.slice(0, 3)}(?:${m.slice(3)}|\\.)?` : m)).join('|')})`;
const ISO_DATE = String.raw`\d{4}-\d{2}-\d{2}`;
const WRITTEN_DATE = String.raw`(?:${MONTH}\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH},?\s+\d{4})`;
const DATE = new RegExp(`(${ISO_DATE}|${WRITTEN_DATE})`, 'iu');

/** "2021-05-04", "May 4, 2021", "4 May 2021" → "2021-05-04" (undefined for anything else). */
export function isoDate(written: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(written);
  if (iso) return Number(iso[2]) >= 1 && Number(iso[2]) <= 12 && Number(iso[3]) >= 1 && Number(iso[3]) <= 31 ? iso[0] : undefined;
  const words = written.replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean);
  const month = words.map((w) => MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(w.toLowerCase()) && w.length >= 3)).find((i) => i >= 0);
  const day = words.find((w) => /^\d{1,2}$/.test(w));
  const year = words.find((w) => /^\d{4}$/.test(w));
  if (month === undefined || !day || !year || Number(day) < 1 || Number(day) > 31) return undefined;
  return `${year}-${String(month + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

// ---- the patterns ------------------------------------------------------------------------------------

const u = (s: string, flags = '') => new RegExp(s, `u${flags}`);

/** "© 2024 The Daily Example", "Copyright (c) 2019-2023 Example Media Ltd. All rights reserved." */
const COPYRIGHT = u(String.raw`^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(.+?)(?:,?\s*\d{4})?\.?(?:\s*all rights reserved\.?)?$`, 'i');
/** "(EXAMPLE 24 with AP)", "(Example Times, with files from Reuters)", "(Reuters)" on a line of its own. */
const CREDIT = u(String.raw`^\((${NAME}?)(?:\s*,?\s+(?:with|and)\s+(?:files\s+from\s+)?(?:${NAME}(?:\s*(?:,|and)\s*${NAME})*))?\)$`);
/** "RIVERTON, Ore. (AP) —", "PARIS, May 4 (Example News) -" at the start of a paragraph. */
const DATELINE = u(String.raw`^[\p{Lu}][\p{Lu}.'’ -]+(?:,\s*[\p{L}.' ]{2,20}?)?(?:,?\s*${MONTH}\.?\s+\d{1,2})?\s*\((${NAME})\)\s*[-–—]`);
/** "Jane Doe, The Example Press", "By Jane Doe and John Roe, Example News": a byline that names the outlet. */
const PERSON = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}`;
// (case-sensitive: under the i flag \p{Lu} would match any letter, and a headline would read as a byline)
const BYLINE = u(String.raw`^(?:[Bb]y\s+)?(${PERSON}(?:\s*(?:,|and|&)\s*${PERSON})*)\s*(?:,|\|)\s*(${NAME})$`);
const BY = u(String.raw`^(?:By|BY|by)\s+(${PERSON}(?:\s*(?:,|and|&)\s*${PERSON})*)$`);
/** The site naming itself: "Also on ExampleSite:", "More from Example News:". */
const SELF_TEASER = u(String.raw`^(?:also on|more from|read more on|more on)\s+(${NAME})\s*:?$`, 'i');
/** "Published: May 4, 2021", "Updated 2021-05-04 10:00", "Posted on 4 May 2021". */
const PUBLISHED = u(String.raw`^(?:published|updated|posted|first published|last updated|date)(?:\s+on)?\s*:?\s*(?:\p{L}+day,?\s*)?(${ISO_DATE}|${WRITTEN_DATE})`, 'i');
/** A metadata line: fields separated by bullets or bars ("date 2021-05-04 • Example TV"). */
const SEPARATORS = /\s+[•|·]\s+|\s{3,}/;

function field(line: Line, value: string | undefined, how: string): SourceField | undefined {
  return value ? { value, start: line.start, end: line.end, how } : undefined;
}

/**
 * The outlet, date, headline and byline an article's text gives. Each is left out when the text
 * does not give it; the first pattern found at the head of the text wins, then the tail's.
 */
export function detectSource(text: string): DetectedSource {
  const { head, tail } = edgeLines(text);
  const edge = [...head, ...tail];
  const out: DetectedSource = {};
  const outlet = (f: SourceField | undefined) => {
    if (f && !out.outlet) out.outlet = f;
  };
  const date = (line: Line, written: string | undefined, how: string) => {
    if (!written || out.date) return;
    out.date = field(line, isoDate(written) ?? written, how);
  };

  // Strongest first: the page's own claim of ownership, then credits, bylines, metadata, datelines.
  for (const l of edge) {
    if (l.text.length > MAX_FURNITURE) continue;
    const c = COPYRIGHT.exec(l.text);
    if (c && /^(copyright|©|\(c\))/i.test(l.text)) outlet(field(l, cleanOutletName(c[1]!), 'copyright line'));
  }
  for (const l of edge) {
    if (l.text.length > 80) continue;
    const c = CREDIT.exec(l.text);
    if (c?.[1]) outlet(field(l, cleanOutletName(c[1]), 'credit line'));
    const b = BYLINE.exec(l.text);
    if (b && !/[.!?]$/.test(l.text)) {
      const name = cleanOutletName(b[2]!);
      // "Jane Doe, Staff Writer" names a role, not an outlet; "Riverside Park, Lowmarsh" a place
      // (an outlet after a name is an acronym or more than one word: "AP", "The Orland Wire").
      const outletLike = !!name && (/\s/.test(name) || /^\p{Lu}{2,}\d*$/u.test(name));
      if (name && outletLike && !/\b(writer|reporter|correspondent|editor|columnist|contributor|staff)\b/i.test(name)) {
        outlet(field(l, name, 'byline'));
        out.byline ??= field(l, b[1]!.replace(/\s+/g, ' '), 'byline');
      }
    } else {
      const by = BY.exec(l.text);
      if (by) out.byline ??= field(l, by[1]!.replace(/\s+/g, ' '), 'byline');
    }
    const s = SELF_TEASER.exec(l.text);
    if (s) outlet(field(l, cleanOutletName(s[1]!), 'site teaser'));
  }
  for (const l of edge) {
    if (l.text.length > MAX_FURNITURE) continue;
    const p = PUBLISHED.exec(l.text);
    if (p) date(l, p[1], 'publication line');
    const parts = l.text.split(SEPARATORS).map((s) => s.trim()).filter(Boolean);
    if (parts.length >= 2 && parts.some((s) => DATE.test(s))) {
      for (const part of parts) {
        const d = DATE.exec(part);
        if (d) date(l, d[1], 'metadata line');
        else outlet(field(l, cleanOutletName(part.replace(/^(source|by|from)\s*:?\s*/i, '')), 'metadata line'));
      }
    } else if (new RegExp(`^(?:\\p{L}+day,?\\s*)?${DATE.source}\\.?$`, 'iu').test(l.text)) {
      date(l, DATE.exec(l.text)?.[1], 'date line');
    }
  }
  for (const l of head) {
    const d = DATELINE.exec(l.text);
    if (d) outlet(field(l, cleanOutletName(d[1]!), 'dateline'));
  }
  out.headline = headlineField(head, out);
  return out;
}

/**
 * The headline: the first line of the head that is not page debris or one of the lines read
 * above, is short, starts with a capital (or a quotation mark or digit) and is not a sentence of
 * the body (a body paragraph ends with a full stop; a headline rarely does).
 */
function headlineField(head: Line[], found: DetectedSource): SourceField | undefined {
  const used = new Set([found.outlet?.start, found.date?.start, found.byline?.start]);
  for (const l of head) {
    if (used.has(l.start) || isBoilerplate(l.text)) continue;
    const t = l.text;
    const words = t.split(/\s+/).length;
    if (t.length > 150 || words < 3 || words > 20) return undefined;
    // "CITY — The body begins": a dateline opens the body, and the body is not a headline.
    if (/^[\p{Lu}][\p{Lu}.,' ]{2,}(?:\([^)]*\))?\s*(?:[-–—]{1,2})\s/u.test(t)) return undefined;
    if (/[.:;,]$/.test(t) && !/\.\.\.$|…$/.test(t)) return undefined;
    if (!/^[\p{Lu}\d"'“‘«]/u.test(t)) return undefined;
    if (DATELINE.test(t) || BY.test(t) || PUBLISHED.test(t)) continue;
    return field(l, t, 'first line');
  }
  return undefined;
}

/** The first line that is a headline, or '' — what search shows as an article's title. */
export function headlineOf(text: string): string {
  return headlineField(lines(text, EDGE_LINES), {})?.value ?? '';
}
