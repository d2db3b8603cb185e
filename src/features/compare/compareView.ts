/**
 * What the Compare Outlets panel shows, as plain data, and its HTML. No `vscode` here: the panel
 * (comparePanel.ts) fills the model from the index and puts the HTML in a webview; the unit tests
 * read the HTML directly.
 *
 * The page (page.ts: one nonce'd style and script under a strict content security policy) has a
 * column per outlet with what it does with the item (reports, rewords, disputes), the outlets that
 * omit it under them; keyboard moves between the columns, Enter opens the article. Every character
 * of article text is escaped; the marks do not rely on colour alone (underlined and struck
 * through, outlined in high-contrast themes).
 */
import type { CoverageStatus, VersionSegment } from '../../core/corpus';
import { escapeHtml, pageHtml, statusHtml, statusLegendHtml } from './page';

export interface CompareColumn {
  /** The article's index key. */
  key: string;
  /** The outlet (or the file's path when the text names none). */
  outlet: string;
  /** The workspace-relative path, for the tooltip. */
  file: string;
  /** The span to select when the analyst opens it. */
  start: number;
  end: number;
  /** "this article", "same words", "3 differences", "worded too differently to compare word by word" */
  status: string;
  /** The version, with the words it added and dropped against the first column marked. */
  segments: VersionSegment[];
  /** What the outlet does with the item (core/corpus/coverage.ts), and a few words on it. */
  coverage?: { status: CoverageStatus; detail: string };
}

export interface CompareModel {
  /** What is compared: "Quote: “…”", "Numbers: 89 people vs 87 deaths — people killed". */
  title: string;
  /** One line under the title (who said it, how many outlets). */
  subtitle: string;
  columns: CompareColumn[];
  /** The outlets of the folder that omit it, at most a few; `absentMore` the rest's count. */
  absent: string[];
  absentMore: number;
  /** Explains the marks: against which column they are read. */
  legend: string;
  /** Offer a way back to the coverage matrix (the comparison was opened from it). */
  fromMatrix?: boolean;
}

function segmentsHtml(segments: readonly VersionSegment[]): string {
  // Spaces as segmentsToMarkdown (core/corpus/versions) places them: outside the marks, and one
  // either side of dropped words, which the diff gives without the space they had.
  let out = '';
  let plain = '';
  segments.forEach((s, i) => {
    if (s.kind === 'same' || s.kind === 'outside' || s.kind === 'elided') {
      const t = s.kind === 'elided' ? ' … ' : s.text;
      out += s.kind === 'same' ? escapeHtml(t) : `<span class="outside">${escapeHtml(t)}</span>`;
      plain += t;
      return;
    }
    const core = s.text.trim();
    if (!core) {
      out += escapeHtml(s.text);
      plain += s.text;
      return;
    }
    let pre = /^\s/.test(s.text) ? ' ' : '';
    let post = /\s$/.test(s.text) ? ' ' : '';
    if (s.kind === 'dropped') {
      if (plain && !/\s$/.test(plain)) pre = ' ';
      const next = segments[i + 1];
      if (next && !/^\s/.test(next.text) && !/^[,.;:!?’”)]/.test(next.text)) post = ' ';
    }
    out += s.kind === 'added' ? `${pre}<ins title="not in the first column’s version">${escapeHtml(core)}</ins>${post}` : `${pre}<del title="in the first column’s version, not in this one">${escapeHtml(core)}</del>${post}`;
    plain += `${pre}${core}${post}`;
  });
  return out;
}

/** The panel’s page. `nonce`: fresh for each page (the one script and style carry it). */
export function compareHtml(model: CompareModel, nonce: string): string {
  const columns = model.columns
    .map((c, i) => {
      const label = `${c.outlet}: ${c.coverage ? `${c.coverage.status} (${c.coverage.detail}), ` : ''}${c.status}`;
      return `
    <section class="column${i === 0 ? ' reference' : ''}" role="listitem" tabindex="${i === 0 ? 0 : -1}" data-index="${i}" aria-label="${escapeHtml(label)}">
      <h2 title="${escapeHtml(c.file)}">${escapeHtml(c.outlet)}</h2>
      ${c.coverage ? `<p class="coverage" title="${escapeHtml(c.coverage.detail)}">${statusHtml(c.coverage.status)}</p>` : ''}
      <p class="status">${escapeHtml(c.status)}</p>
      <blockquote class="version">${segmentsHtml(c.segments)}</blockquote>
      <button type="button" data-open="${i}" title="${escapeHtml(`Open ${c.file} with these words selected`)}">Open</button>
    </section>`;
    })
    .join('');
  const absent = model.absent.length
    ? `<footer class="omits"><strong>${statusHtml('omits')}:</strong> ${model.absent.map(escapeHtml).join(', ')}${model.absentMore ? ` and ${model.absentMore} more` : ''}</footer>`
    : '';
  const back = model.fromMatrix ? ' <button type="button" id="matrix" title="Back to the folder’s coverage matrix">Coverage matrix</button>' : '';
  const css = `
  .status { color: var(--vscode-descriptionForeground); margin: 2px 0; }
  .coverage { margin: 2px 0; }
  .columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(16em, 1fr)); gap: 12px; align-items: start; }
  .column { border: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); border-radius: 4px; padding: 8px 12px; background: var(--vscode-editorWidget-background); min-width: 0; }
  .column.reference { border-color: var(--vscode-focusBorder); }
  .column:focus { outline: 2px solid var(--vscode-focusBorder); outline-offset: 1px; }
  .column h2 { font-size: 1.05em; font-weight: 600; margin: 0; overflow-wrap: anywhere; }
  .version { margin: 8px 0; padding: 0 0 0 8px; border-left: 3px solid var(--vscode-textBlockQuote-border); white-space: pre-wrap; overflow-wrap: anywhere; font-size: 1.05em; }
  ins { text-decoration: underline; background: var(--vscode-diffEditor-insertedTextBackground); outline: 1px solid var(--vscode-diffEditor-insertedTextBorder, transparent); }
  del { text-decoration: line-through; background: var(--vscode-diffEditor-removedTextBackground); outline: 1px dashed var(--vscode-diffEditor-removedTextBorder, transparent); }
  body.vscode-high-contrast ins, body.vscode-high-contrast-light ins { outline: 1px solid var(--vscode-contrastActiveBorder); }
  body.vscode-high-contrast del, body.vscode-high-contrast-light del { outline: 1px dashed var(--vscode-contrastActiveBorder); }
  .outside { color: var(--vscode-descriptionForeground); }`;
  const bodyHtml = `<header>
  <h1>${escapeHtml(model.title)}</h1>
  <p class="sub">${escapeHtml(model.subtitle)}${back}</p>
  <p class="legend">${escapeHtml(model.legend)} <ins>Underlined</ins>: words only that outlet has. <del>Struck</del>: the first column’s words it lacks. ←/→ move between outlets, Enter opens one.</p>
  <p class="legend">${statusLegendHtml()}</p>
</header>
<main class="columns" role="list" aria-label="Versions by outlet">${columns}
</main>
${absent}`;
  const script = `  (function () {
    const vscode = acquireVsCodeApi();
    const cols = Array.from(document.querySelectorAll('.column'));
    const focus = (i) => {
      const n = cols.length;
      if (!n) return;
      const k = ((i % n) + n) % n;
      cols.forEach((c, j) => c.setAttribute('tabindex', j === k ? '0' : '-1'));
      cols[k].focus();
    };
    document.addEventListener('keydown', (e) => {
      const at = cols.indexOf(document.activeElement && document.activeElement.closest ? document.activeElement.closest('.column') : null);
      if (e.key === 'ArrowRight' || e.key === 'ArrowDown') { focus(at + 1); e.preventDefault(); }
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') { focus(at - 1); e.preventDefault(); }
      else if (e.key === 'Home') { focus(0); e.preventDefault(); }
      else if (e.key === 'End') { focus(cols.length - 1); e.preventDefault(); }
      else if (e.key === 'Enter' && at >= 0 && !(e.target instanceof HTMLButtonElement)) { vscode.postMessage({ type: 'open', index: at }); e.preventDefault(); }
    });
    document.addEventListener('click', (e) => {
      const b = e.target instanceof Element ? e.target.closest('button') : null;
      if (!b) return;
      if (b.id === 'matrix') vscode.postMessage({ type: 'matrix' });
      else if (b.hasAttribute('data-open')) vscode.postMessage({ type: 'open', index: Number(b.getAttribute('data-open')) });
    });
  })();`;
  return pageHtml({ title: model.title, nonce, css, body: bodyHtml, script });
}
