/**
 * What the Compare Outlets panel's two pages (a comparison: compareView.ts; the coverage matrix:
 * matrixView.ts) share: escaping, the content security policy, the theme's look for the coverage
 * statuses. No `vscode` here (the unit tests read the HTML directly).
 *
 * Each page is static HTML with one nonce'd style and one nonce'd script, under a policy that
 * allows nothing else: no remote content, no inline handlers, no other script or style. Colours
 * are the theme's (var(--vscode-…)); a status is never told by colour alone (a glyph and a word).
 */
import type { CoverageStatus } from '../../core/corpus';

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A fresh nonce for each page. */
export function nonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64').replace(/[+/=]/g, '');
}

/** How a status shows: a glyph (never alone: the word goes with it) and what it means. */
export const STATUS_LOOK: Record<CoverageStatus, { glyph: string; means: string }> = {
  reports: { glyph: '✓', means: 'carries the version most outlets give' },
  rewords: { glyph: '≈', means: 'carries it in other words' },
  disputes: { glyph: '✗', means: 'denies it, or gives a version that conflicts with it' },
  omits: { glyph: '–', means: 'does not carry it' },
};

/** Styles of the status marks (a glyph and a word, in the theme's chart colours). */
export const STATUS_CSS = `
  .st { white-space: nowrap; }
  .st .glyph { display: inline-block; width: 1.1em; text-align: center; font-weight: 700; }
  .st.reports .glyph { color: var(--vscode-charts-green, var(--vscode-foreground)); }
  .st.rewords .glyph { color: var(--vscode-charts-orange, var(--vscode-charts-yellow, var(--vscode-foreground))); }
  .st.disputes .glyph { color: var(--vscode-charts-red, var(--vscode-errorForeground)); }
  .st.omits { color: var(--vscode-descriptionForeground); }
  body.vscode-high-contrast .st .glyph, body.vscode-high-contrast-light .st .glyph { color: inherit; }
`;

/** A status as a glyph and its word. */
export function statusHtml(status: CoverageStatus): string {
  return `<span class="st ${status}"><span class="glyph" aria-hidden="true">${STATUS_LOOK[status].glyph}</span> ${status}</span>`;
}

/** The legend of the statuses. */
export function statusLegendHtml(): string {
  return (['reports', 'rewords', 'disputes', 'omits'] as const).map((s) => `${statusHtml(s)}: ${escapeHtml(STATUS_LOOK[s].means)}`).join(' · ');
}

/** A whole page: the policy, one style and one script, each with the page's nonce. */
export function pageHtml(p: { title: string; nonce: string; css: string; body: string; script: string }): string {
  const csp = `default-src 'none'; style-src 'nonce-${p.nonce}'; script-src 'nonce-${p.nonce}';`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(p.title)}</title>
<style nonce="${p.nonce}">
  body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 16px 16px; line-height: 1.5; }
  header h1 { font-size: 1.25em; font-weight: 600; margin: 12px 0 2px; overflow-wrap: anywhere; }
  .sub, .legend, footer { color: var(--vscode-descriptionForeground); margin: 2px 0; }
  .legend { margin-bottom: 12px; }
  button { color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); border: 1px solid var(--vscode-button-border, transparent); border-radius: 2px; padding: 2px 10px; cursor: pointer; font: inherit; }
  button:hover { background: var(--vscode-button-secondaryHoverBackground); }
  button:focus { outline: 1px solid var(--vscode-focusBorder); }
  footer { margin-top: 12px; }
${STATUS_CSS}${p.css}
</style>
</head>
<body>
${p.body}
<script nonce="${p.nonce}">
${p.script}
</script>
</body>
</html>`;
}
