/**
 * The coverage matrix as the Compare Outlets panel shows it: the folder's claims, figures and
 * quotes (rows) × the outlets (columns), each cell what that outlet does with the item — reports,
 * rewords, disputes, omits (core/corpus/coverage.ts). Plain data and its HTML; no `vscode` here.
 *
 * Keyboard: the table is an ARIA grid with one tab stop (roving tabindex, as the WAI-ARIA grid
 * pattern and VS Code's own lists do): the arrow keys move between cells, Home/End to the ends of
 * the row, Ctrl+Home/End to the corners, Page Up/Down by ten rows; Enter (or Space) on a cell opens
 * that outlet's version, on an item compares its outlets side by side. Clicking does the same. The
 * header row and the items' column stay in view while the matrix scrolls.
 */
import type { CoverageKind, CoverageStatus } from '../../core/corpus';
import { escapeHtml, pageHtml, statusHtml, statusLegendHtml } from './page';

export interface MatrixCell {
  status: CoverageStatus;
  detail: string;
  /** Has a version to open (every status but 'omits'). */
  canOpen: boolean;
}

export interface MatrixRow {
  kind: CoverageKind;
  /** One line: the claim, the figures set against each other, the quote's words. */
  label: string;
  /** Who said it (a quote), when known. */
  speaker?: string;
  cells: MatrixCell[];
}

export interface MatrixModel {
  outlets: { label: string; file: string }[];
  rows: MatrixRow[];
  /** Items and outlets left out past the limits. */
  rowsLeftOut: number;
  outletsLeftOut: number;
  /** Shown instead of the grid when it has no rows (why, and what to do). */
  empty?: string;
}

const KIND_NAME: Record<CoverageKind, string> = { claim: 'Claim', figure: 'Figure', quote: 'Quote' };

function cellTitle(outlet: string, c: MatrixCell): string {
  return `${outlet} ${c.status} it${c.detail ? `: ${c.detail}` : ''}${c.canOpen ? ' (Enter opens it)' : ''}`;
}

/** The page. `nonce`: fresh for each page. */
export function matrixHtml(model: MatrixModel, nonce: string): string {
  const count = (k: CoverageKind) => model.rows.filter((r) => r.kind === k).length;
  const parts = [
    [count('claim'), 'claim'],
    [count('figure'), 'figure'],
    [count('quote'), 'quote'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, w]) => `${n} ${w}${n === 1 ? '' : 's'}`);
  const subtitle = model.rows.length
    ? `${parts.join(', ')}${model.rowsLeftOut ? ` (and ${model.rowsLeftOut} more not shown)` : ''} × ${model.outlets.length} outlet${model.outlets.length === 1 ? '' : 's'}${model.outletsLeftOut ? ` (and ${model.outletsLeftOut} more not shown)` : ''}`
    : '';
  const head = `<tr role="row"><th role="columnheader" scope="col" class="item">Item</th>${model.outlets
    .map((o) => `<th role="columnheader" scope="col" title="${escapeHtml(o.file)}">${escapeHtml(o.label)}</th>`)
    .join('')}</tr>`;
  const rows = model.rows
    .map((r, i) => {
      const who = r.speaker ? ` <span class="speaker">— ${escapeHtml(r.speaker)}</span>` : '';
      const header = `<th role="rowheader" scope="row" class="item" data-r="${i}" data-c="0" tabindex="${i === 0 ? 0 : -1}" title="${escapeHtml(`${r.label} (Enter compares its outlets side by side)`)}"><span class="kind ${r.kind}">${KIND_NAME[r.kind]}</span> ${escapeHtml(r.label)}${who}</th>`;
      const cells = r.cells
        .map((c, j) => {
          const title = cellTitle(model.outlets[j]?.label ?? '', c);
          return `<td role="gridcell" class="cell ${c.status}${c.canOpen ? ' open' : ''}" data-r="${i}" data-c="${j + 1}" tabindex="-1" title="${escapeHtml(title)}" aria-label="${escapeHtml(title)}">${statusHtml(c.status)}</td>`;
        })
        .join('');
      return `<tr role="row">${header}${cells}</tr>`;
    })
    .join('\n');
  const grid = model.rows.length
    ? `<div class="scroll"><table role="grid" aria-label="Coverage: items by outlet" aria-rowcount="${model.rows.length + 1}" aria-colcount="${model.outlets.length + 1}">
<thead>${head}</thead>
<tbody>
${rows}
</tbody>
</table></div>`
    : `<p class="empty">${escapeHtml(model.empty ?? 'Nothing to show.')}</p>`;
  const body = `<header>
  <h1>Coverage: claims, figures and quotes by outlet</h1>
  ${subtitle ? `<p class="sub">${escapeHtml(subtitle)}</p>` : ''}
  <p class="legend">${statusLegendHtml()}</p>
  ${model.rows.length ? '<p class="legend">Arrow keys move between cells; Enter opens that outlet’s version, or on an item compares its outlets side by side.</p>' : ''}
</header>
${grid}`;
  const css = `
  .scroll { overflow: auto; max-height: calc(100vh - 150px); border: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); }
  table { border-collapse: separate; border-spacing: 0; }
  th, td { padding: 3px 8px; border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); text-align: left; vertical-align: top; }
  thead th { position: sticky; top: 0; z-index: 2; background: var(--vscode-editorWidget-background, var(--vscode-editor-background)); font-weight: 600; vertical-align: bottom; min-width: 5.5em; max-width: 9em; overflow-wrap: anywhere; }
  thead th.item { left: 0; z-index: 3; }
  tbody th.item { position: sticky; left: 0; z-index: 1; background: var(--vscode-editor-background); font-weight: normal; min-width: 12em; max-width: 26em; overflow-wrap: anywhere; cursor: pointer; }
  .kind { font-size: 0.85em; text-transform: uppercase; letter-spacing: 0.04em; color: var(--vscode-descriptionForeground); margin-right: 4px; }
  .speaker { color: var(--vscode-descriptionForeground); }
  td.cell.open { cursor: pointer; }
  td.cell.open:hover, tbody th.item:hover { background: var(--vscode-list-hoverBackground); }
  [data-r]:focus { outline: 2px solid var(--vscode-focusBorder); outline-offset: -2px; }
  .empty { color: var(--vscode-descriptionForeground); }`;
  const script = `  (function () {
    const vscode = acquireVsCodeApi();
    const grid = [];
    for (const el of Array.from(document.querySelectorAll('[data-r]'))) {
      const r = Number(el.getAttribute('data-r')), c = Number(el.getAttribute('data-c'));
      (grid[r] = grid[r] || [])[c] = el;
    }
    if (!grid.length) return;
    const state = vscode.getState() || {};
    let at = { r: Math.min(state.r || 0, grid.length - 1), c: 0 };
    at.c = Math.min(state.c || 0, grid[at.r].length - 1);
    const move = (r, c, focus) => {
      r = Math.max(0, Math.min(grid.length - 1, r));
      c = Math.max(0, Math.min(grid[r].length - 1, c));
      grid[at.r][at.c].setAttribute('tabindex', '-1');
      at = { r, c };
      const el = grid[r][c];
      el.setAttribute('tabindex', '0');
      vscode.setState(at);
      if (focus) { el.focus(); el.scrollIntoView({ block: 'nearest', inline: 'nearest' }); }
    };
    move(at.r, at.c, false);
    const act = (el) => {
      const r = Number(el.getAttribute('data-r')), c = Number(el.getAttribute('data-c'));
      if (c === 0) vscode.postMessage({ type: 'compareRow', row: r });
      else if (el.classList.contains('open')) vscode.postMessage({ type: 'openCell', row: r, col: c - 1 });
    };
    document.addEventListener('keydown', (e) => {
      const el = document.activeElement && document.activeElement.closest ? document.activeElement.closest('[data-r]') : null;
      if (!el) return;
      const r = at.r, c = at.c;
      const k = e.key;
      if (k === 'ArrowRight') move(r, c + 1, true);
      else if (k === 'ArrowLeft') move(r, c - 1, true);
      else if (k === 'ArrowDown') move(r + 1, c, true);
      else if (k === 'ArrowUp') move(r - 1, c, true);
      else if (k === 'PageDown') move(r + 10, c, true);
      else if (k === 'PageUp') move(r - 10, c, true);
      else if (k === 'Home') move(e.ctrlKey ? 0 : r, 0, true);
      else if (k === 'End') move(e.ctrlKey ? grid.length - 1 : r, grid[e.ctrlKey ? grid.length - 1 : r].length - 1, true);
      else if (k === 'Enter' || k === ' ') act(el);
      else return;
      e.preventDefault();
    });
    // (focus that lands on a cell otherwise, by the mouse or a screen reader, moves the tab stop there)
    document.addEventListener('focusin', (e) => {
      const el = e.target instanceof Element ? e.target.closest('[data-r]') : null;
      if (el) move(Number(el.getAttribute('data-r')), Number(el.getAttribute('data-c')), false);
    });
    document.addEventListener('click', (e) => {
      const el = e.target instanceof Element ? e.target.closest('[data-r]') : null;
      if (!el) return;
      move(Number(el.getAttribute('data-r')), Number(el.getAttribute('data-c')), true);
      act(el);
    });
  })();`;
  return pageHtml({ title: 'Coverage matrix', nonce, css, body, script });
}

