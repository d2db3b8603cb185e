import { HOST_MAX_CHARS } from '../../host/articleTexts';

/**
 * How long to wait after an edit before analysing the article again. On the host: at once when
 * the last analysis ended a while ago (a keystroke after a pause is drawn as soon as it can be),
 * else about one and a half analyses (a few milliseconds for a news article), so that a burst of
 * edits is analysed once. In the worker: longer the larger the article (a second at 20 MB).
 */
export function editDebounceMs(chars: number, lastCostMs: number | undefined, sinceLastMs = Infinity): number {
  if (chars > HOST_MAX_CHARS) return Math.round(Math.min(1500, Math.max(250, chars / 20_000)));
  const cost = lastCostMs ?? 10;
  // Analyses take less than half the time between edits (typing, even fast): each one at once.
  if (sinceLastMs > 2 * cost + 10) return 0;
  return Math.round(Math.min(150, Math.max(5, cost * 1.5)));
}
