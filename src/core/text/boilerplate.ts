/**
 * Page debris that scrapers leave around an article body: navigation, copyright lines, comment
 * widgets, browser notices, cookie banners, share and subscribe prompts, error pages. Such paragraphs
 * never yield quotes, nor entities: the browsers a notice recommends and the networks a share line
 * lists are the page's, not the story's. (A copyright line's holder is the exception, see
 * `namesItsHolder`: it names the outlet, a real organisation.)
 *
 * Decided by the paragraph's shape (how it opens, what it asks of the reader), never by the names in
 * it. The patterns that look anywhere in a paragraph are phrases no article sentence uses.
 */
/** A copyright line: "Copyright The Daily Example Ltd 2024", "© 2024 Example Media". */
const COPYRIGHT = /^(copyright\b|©|\(c\) ?\d{4})/i;

const BOILERPLATE: RegExp[] = [
  /^skip (to|navigation)\b/i,
  COPYRIGHT,
  /\ball rights reserved\b/i,
  /\bmay not be (re)?(published|produced|broadcast|written|distributed|copied)(, | or | and )/i,
  /^comments?$/i,
  /^comments (have|are) (not been enabled|closed|disabled)/i,
  /\bjump to comments\b/i,
  /^reuse this content\b/i,
  /^follow the topics in this article$/i,
  // Browser notices: "You are using an outdated browser", "Your browser is no longer supported".
  /^notice: you are using an outdated browser/i,
  /\b(please )?upgrade your browser\b/i,
  /\b(you are|you're) using an? (outdated|old|older|unsupported|out[- ]of[- ]date|legacy)( web| internet)? browser\b/i,
  /\byour (web |internet )?browser (is|may be|appears to be|seems to be) (outdated|out[- ]of[- ]date|not supported|no longer supported|unsupported|too old)\b/i,
  /^(please )?(update|upgrade|switch|change) (your|to a|to another|to the latest) .{0,40}\bbrowser\b/i,
  /^this is an archived article\b/i,
  /^page not found$/i,
  /^the (content|page) you requested (does not|doesn't) exist/i,
  /^(sign up|subscribe)\b.{0,80}\b(newsletter|updates|alerts)\b/i,
  /^advertisement$/i,
  // Share lines: "Share", "Share this article", "Share on Facebook Share on Twitter".
  /^(share|share this( article| story)?|share on \w+)$/i,
  /^share (this|on|via|to|the (article|story|page))\b.{0,100}$/i,
  /^(read more|related (topics|stories|articles|content)|more on this story|most read)$/i,
  /^(image|media) (copyright|caption)\b/i,
  // Cookie banners: "We use cookies ...", "By continuing to use this site, you agree ...", "Accept all cookies".
  /^(we use cookies|this (site|website) uses cookies)\b/i,
  /^(we|we and our partners|our (site|website)) uses? cookies\b/i,
  /^by (continuing to (use|browse)|using) (this|our) (site|website)\b/i,
  /^(accept|reject|allow|manage|customi[sz]e) (all )?cookies\b.{0,60}$/i,
  /^(click|tap) here to\b/i,
  /^(log ?in|sign ?in|register) (to|or)\b.{0,60}(comment|continue|read)/i,
  /^you (have|'ve) reached your (free )?article limit/i,
  /^(javascript is (disabled|required)|please enable javascript)\b/i,
  // Subscribe prompts: "Subscribe to our channel", "Sign up now for breaking news alerts".
  /^(sign up|subscribe) (to|for) (our|the)\b/i,
  /^(sign up|subscribe|register)( now| today| here| free| for free)?( to| for)\b.{0,120}$/i,
  /\bdelivered (straight |directly )?to your inbox\b/i,
  /^(follow|like|join) us on\b/i,
  /^(listen to|watch) this (article|story|video|podcast)\b/i,
  /^this (article|story) (was|has been) (amended|updated|corrected)\b/i,
  /^(terms of (use|service)|privacy policy|cookie (policy|settings)|contact us|about us)$/i,
  /^(sponsored( content)?|paid content|promoted)$/i,
];

// The patterns that may match anywhere scan the whole paragraph: as one alternation they scan it
// once (every article paragraph is asked), the anchored ones fail at its first words.
const ANCHORED = BOILERPLATE.filter((re) => re.source.startsWith('^'));
const ANYWHERE = new RegExp(
  BOILERPLATE.filter((re) => !re.source.startsWith('^')).map((re) => `(?:${re.source})`).join('|'),
  'i',
);

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
  return ANCHORED.some((re) => re.test(p)) || ANYWHERE.test(p);
}


/**
 * Is this debris paragraph (trimmed) a copyright line? Its holder ("The Daily Example Limited") is
 * the publisher — a real organisation, named as one — unlike the names in a browser notice or a
 * share line; the entity pass reads its names.
 */
export function namesItsHolder(paragraph: string): boolean {
  return COPYRIGHT.test(paragraph.trim());
}
