/**
 * Page debris that scrapers leave around an article body: navigation, copyright lines, comment
 * widgets, browser notices, error pages. Such paragraphs never yield quotes (they may still name an
 * organisation, such as a copyright holder).
 */
const BOILERPLATE: RegExp[] = [
  /^skip to (the )?(main )?(content|navigation)\b/i,
  /^(copyright\b|©|\(c\) ?\d{4})/i,
  /\ball rights reserved\b/i,
  /^comments?$/i,
  /^comments (have|are) (not been enabled|closed|disabled)/i,
  /\bjump to comments\b/i,
  /^reuse this content\b/i,
  /^follow the topics in this article$/i,
  /^notice: you are using an outdated browser/i,
  /\b(please )?upgrade your browser\b/i,
  /^this is an archived article\b/i,
  /^page not found$/i,
  /^the (content|page) you requested (does not|doesn't) exist/i,
  /^(sign up|subscribe)\b.{0,80}\b(newsletter|updates|alerts)\b/i,
  /^advertisement$/i,
  /^(share|share this( article| story)?|share on \w+)$/i,
  /^(read more|related (topics|stories|articles|content)|more on this story|most read)$/i,
  /^(image|media) (copyright|caption)\b/i,
  /^(we use cookies|this (site|website) uses cookies)\b/i,
  /^(click|tap) here to\b/i,
  /^(log ?in|sign ?in|register) (to|or)\b.{0,60}(comment|continue|read)/i,
  /^you (have|'ve) reached your (free )?article limit/i,
  /^(javascript is (disabled|required)|please enable javascript)\b/i,
  /^(sign up|subscribe) (to|for) (our|the)\b/i,
  /^(follow|like|join) us on\b/i,
  /^(listen to|watch) this (article|story|video|podcast)\b/i,
  /^this (article|story) (was|has been) (amended|updated|corrected)\b/i,
  /^(terms of (use|service)|privacy policy|cookie (policy|settings)|contact us|about us)$/i,
  /^(sponsored( content)?|paid content|promoted)$/i,
];

/** A link to another story (READ MORE: <its headline>), or page furniture that names a section. */
const RELATED_LINK = /^(read more|more on this|related|see also|recommended|most popular|trending|watch|listen|explore more)\s*[:|]/i;
/** A quotation mark that opens a quotation: at the start or after a blank, before a letter or digit. */
const QUOTATION = /(?:^|[\s(])["'“‘«„][\p{L}\p{N}]/u;

/**
 * True when a paragraph (trimmed) is page debris rather than article text. A link to a related
 * story is debris unless its headline quotes someone (READ MORE: Mayor says plan is ‘a disgrace’):
 * the headline's words are then reported speech like any other headline's.
 */
export function isBoilerplate(paragraph: string): boolean {
  const p = paragraph.trim();
  if (!p) return false;
  if (RELATED_LINK.test(p)) return !QUOTATION.test(p);
  return BOILERPLATE.some((re) => re.test(p));
}
