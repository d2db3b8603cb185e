// What a user sees of crosscheck.discrepancies.showInEditor (issue 17 item 5): the discrepancies of
// the article being read in the Problems panel and under F8, or as inline hints after each member.
// Its own workbench (the setting is changed in the workspace's .vscode/settings.json, live, as a
// user editing it would); screenshots in test-results/e2e/.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { PageWindow } from './dom';
import { quickOpen, RESULTS, runCommand, sameColor, workbenchForSuite, type Workbench } from './workbench';

const SEED = '001_ccdd08a9bed3a08f.txt';
const FIGURE = '89 people — France 24 says 87 deaths';

describe('Discrepancies where the eye is, and Tag Claim (in code-server)', function () {
  this.timeout(90_000);
  let wb: Workbench;

  const setMode = (mode: string) => {
    const dir = path.join(wb.workspace, '.vscode');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ 'crosscheck.discrepancies.showInEditor': mode }, null, 2) + '\n');
  };

  const command = (title: string) => runCommand(wb, title);

  const workbench = workbenchForSuite();
  before(() => (wb = workbench()));

  it('"problems": the Problems panel lists the seed’s discrepancies naming the other outlet, and F8 shows one in the editor', async function () {
    setMode('problems');
    await quickOpen(wb.page, SEED);
    await command('Problems: Focus on Problems View');
    const panel = wb.page.locator('.part.panel .markers-panel');
    await panel.waitFor({ state: 'visible', timeout: 15_000 });
    // (the outlet's name, not its file; the figure's article listed by the Problems panel)
    // (the list is virtual: the analyst's filter brings the figure's row into view)
    const filter = wb.page.locator('.part.panel .viewpane-filter input, .part.panel input[placeholder^="Filter"]').first();
    await filter.fill('France 24 says 87');
    const row = panel.locator('.monaco-list-row', { hasText: FIGURE }).first();
    await row.waitFor({ state: 'visible', timeout: 30_000 });
    assert.match((await row.textContent()) ?? '', /figures differ/);
    await filter.fill('Sergey Lavrov — The Financial Times');
    await panel.locator('.monaco-list-row', { hasText: 'Sergey Lavrov — The Financial Times' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    await wb.page.screenshot({ path: path.join(RESULTS, 'discrepancies-problems-panel.png') });
    await filter.fill('');
    // F8 from the top of the article: the marker widget shows the first discrepancy under its line.
    await wb.page.locator('.part.editor .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
    await wb.page.keyboard.press('Control+Home');
    await wb.page.keyboard.press('F8');
    const widget = wb.page.locator('.part.editor .marker-widget').first();
    await widget.waitFor({ state: 'visible', timeout: 15_000 });
    assert.match((await widget.textContent()) ?? '', / — .* says? /);
    await wb.page.screenshot({ path: path.join(RESULTS, 'discrepancies-problems.png') });
    await wb.page.keyboard.press('Escape');
  });

  it('"inlineHints": a hint after the figure names the other outlet’s version, in the theme’s inlay hint colour; "off" removes it', async function () {
    setMode('inlineHints');
    await quickOpen(wb.page, SEED);
    const lines = wb.page.locator('.part.editor .monaco-editor .view-lines').first();
    const hint = '≠ 87 deaths (France 24)';
    // (the editor renders spaces as no-break spaces)
    const rendered = async () => ((await lines.textContent()) ?? '').replace(/\u00a0/g, ' ');
    const deadline = Date.now() + 30_000;
    let seen = false;
    while (!seen && Date.now() < deadline) {
      seen = /89\s*people\s*≠ 87 deaths \(France 24\)/.test(await rendered());
      if (!seen) await new Promise((r) => setTimeout(r, 250));
    }
    assert.ok(seen, 'the hint follows "89 people" in the rendered line');
    // Drawn in the inlay hint colours of the theme (no colour of our own).
    const color = await wb.page.evaluate((text) => {
      const w = globalThis as unknown as PageWindow;
      const spans = Array.from(w.document.querySelectorAll('.part.editor .view-lines span'));
      // (the hint's version part: injected text, styled by a dyn-rule class; it may wrap after it)
      const el = spans.find((s) => s.className.includes('dyn-rule') && (s.textContent ?? '').replace(/\u00a0/g, ' ').startsWith(text));
      const root = w.document.querySelector('.monaco-workbench')!;
      const line = Array.from(w.document.querySelectorAll('.part.editor .view-line')).find((l) => (l.textContent ?? '').includes('87'));
      if (!el) return { color: '', theme: '', html: (line as unknown as { outerHTML: string } | undefined)?.outerHTML ?? 'no line' };
      return el ? { color: w.getComputedStyle(el).getPropertyValue('color'), theme: w.getComputedStyle(root).getPropertyValue('--vscode-editorInlayHint-foreground').trim() } : undefined;
    }, '87 deaths');
    assert.ok(color && !('html' in color), `a span of the hint: ${JSON.stringify(color)}`);
    assert.ok(color.theme && sameColor(color.color, color.theme), `the hint is drawn in editorInlayHint.foreground (${color.theme}): ${color.color}`);
    await wb.page.screenshot({ path: path.join(RESULTS, 'discrepancies-inline-hints.png') });
    // The Problems panel no longer lists them.
    await wb.page.locator('.part.panel .markers-panel .monaco-list-row', { hasText: FIGURE }).first().waitFor({ state: 'detached', timeout: 15_000 });
    setMode('off');
    const gone = Date.now() + 15_000;
    while ((await rendered()).includes(hint) && Date.now() < gone) await new Promise((r) => setTimeout(r, 250));
    assert.ok(!(await rendered()).includes(hint), 'no hint when off');
  });

  it('Tag Claim: the verdict as one choice, then tags; a typed tag + Enter is saved with it', async function () {
    const claim = 'the current state of U.S.-Russia relations is at a low point';
    await quickOpen(wb.page, SEED);
    // Select the claim with the editor's Find (Enter selects the match; Escape leaves it selected).
    await wb.page.locator('.part.editor .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
    await wb.page.keyboard.press('Control+F');
    await wb.page.keyboard.type(claim);
    await wb.page.keyboard.press('Enter');
    await wb.page.keyboard.press('Escape');
    await command('Crosscheck: Tag Claim');
    const title = wb.page.locator('.quick-input-widget .quick-input-title');
    await wb.page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: 'Misattributed' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    assert.match((await title.textContent()) ?? '', /verdict.*1\/2|1\/2.*verdict/i);
    assert.equal(await wb.page.locator('.quick-input-widget .quick-input-list input[type=checkbox]').count(), 0, 'one choice: no check boxes');
    await wb.page.keyboard.type('Disputed');
    await wb.page.keyboard.press('Enter');
    await wb.page.locator('.quick-input-widget .quick-input-title', { hasText: /tags/i }).waitFor({ state: 'visible', timeout: 15_000 });
    assert.match((await title.textContent()) ?? '', /2\/2/);
    await wb.page.keyboard.type('sanctions');
    await wb.page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: 'new tag' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    await wb.page.screenshot({ path: path.join(RESULTS, 'tag-claim-typed-tag.png') });
    await wb.page.keyboard.press('Enter');
    const sidecar = path.join(wb.workspace, `${SEED}.annotations.json`);
    const deadline = Date.now() + 20_000;
    let saved = '';
    while (Date.now() < deadline && !(saved.includes('sanctions') && saved.includes('disputed'))) {
      saved = fs.existsSync(sidecar) ? fs.readFileSync(sidecar, 'utf8') : '';
      if (!saved.includes('sanctions')) await new Promise((r) => setTimeout(r, 250));
    }
    assert.ok(saved.includes('"sanctions"') && saved.includes('disputed'), `the sidecar has the typed tag and the verdict: ${saved.slice(0, 600)}`);
    assert.ok(saved.includes(claim));
  });

  it('Export Claims as CSV: the save dialog proposes a file next to the folder; the message offers to open it', async function () {
    // (after Tag Claim above: one claim, tagged "sanctions")
    await command('Crosscheck: Export Claims as CSV');
    const input = wb.page.locator('.quick-input-widget input');
    const expected = path.join(path.dirname(wb.workspace), `${path.basename(wb.workspace)}-claims.csv`);
    // code-server's save dialog is VS Code's simple file dialog: the proposed path in a quick input.
    const deadline = Date.now() + 15_000;
    let proposed = '';
    while (Date.now() < deadline && !proposed.endsWith('-claims.csv')) {
      proposed = await input.inputValue().catch(() => '');
      if (!proposed.endsWith('-claims.csv')) await new Promise((r) => setTimeout(r, 250));
    }
    assert.equal(proposed, expected);
    await wb.page.screenshot({ path: path.join(RESULTS, 'export-save-dialog.png') });
    await wb.page.keyboard.press('Enter');
    const toast = wb.page.locator('.notifications-toasts .notification-toast', { hasText: 'exported 1 annotated claim' }).first();
    await toast.waitFor({ state: 'visible', timeout: 20_000 });
    const csv = fs.readFileSync(expected, 'utf8');
    assert.ok(csv.startsWith('doc,id,status,start,end,verdict,tags,claim'), csv.slice(0, 100));
    assert.ok(csv.includes(',disputed,sanctions,'), csv);
    await toast.locator('.monaco-button', { hasText: 'Open' }).first().click();
    await wb.page.locator('.part.editor .tab.active', { hasText: path.basename(expected) }).first().waitFor({ state: 'visible', timeout: 15_000 });
  });
});
