// Issue 17's last items as a user meets them in code-server (VS Code 1.139) in Chromium: the Problems
// panel lists the discrepancies of the OPEN articles (crosscheck.discrepancies.problemsScope), following
// tabs as they open and close; the export commands' save dialog goes back to where this workspace last
// exported, also after the window is reloaded. Screenshots in test-results/e2e/.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createAnnotation, serializeSidecar, SIDECAR_VERSION } from '../../src/core/annotations';
import { quickOpen, RESULTS, runCommand, workbenchForSuite, type Workbench } from './workbench';

const SEED = '001_ccdd08a9bed3a08f.txt';
const OTHER = '002_25850ff43da0e0ff.txt';
/** The seed's figure, and the other article's side of it (the seed names no outlet: its file). */
const SEED_FIGURE = '89 people — France 24 says 87 deaths';
const OTHER_FIGURE = `87 deaths — ${SEED} says 89 people`;
const CLAIM = 'the current state of U.S.-Russia relations is at a low point';

describe('The first hour, finished (issue 17): open articles in Problems, exports where the last went', function () {
  this.timeout(120_000);
  let wb: Workbench;

  // (no preview tabs: each article opened stays open, as an analyst's pinned tabs do)
  const workbench = workbenchForSuite({ settings: { 'workbench.editor.enablePreview': false }, prefix: 'first-hour-' });
  before(() => (wb = workbench()));

  /** The value of the quick input once `ok` accepts it (code-server's save dialog is VS Code's simple file dialog: the path in a quick input). */
  async function proposed(ok: (v: string) => boolean): Promise<string> {
    const input = wb.page.locator('.quick-input-widget input');
    const deadline = Date.now() + 20_000;
    let value = '';
    while (Date.now() < deadline && !ok(value)) {
      value = await input.inputValue().catch(() => '');
      if (!ok(value)) await new Promise((r) => setTimeout(r, 250));
    }
    return value;
  }

  it('the Problems panel lists the discrepancies of the open articles: an article’s come with its tab and go with it', async function () {
    fs.mkdirSync(path.join(wb.workspace, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(wb.workspace, '.vscode', 'settings.json'), JSON.stringify({ 'crosscheck.discrepancies.showInEditor': 'problems' }, null, 2) + '\n');
    // (the folder indexed: its status bar item counts the articles; Quick Open's file search is slow before)
    await wb.page.locator('.part.statusbar .statusbar-item', { hasText: /\d+ articles/ }).first().waitFor({ state: 'visible', timeout: 60_000 });
    await quickOpen(wb.page, SEED);
    await runCommand(wb, 'Problems: Focus on Problems View');
    const panel = wb.page.locator('.part.panel .markers-panel');
    await panel.waitFor({ state: 'visible', timeout: 15_000 });
    const filter = wb.page.locator('.part.panel .viewpane-filter input, .part.panel input[placeholder^="Filter"]').first();
    const row = (text: string) => panel.locator('.monaco-list-row', { hasText: text }).first();
    // (the list is virtual: the filter brings the row looked for into view)
    await filter.fill('France 24 says 87');
    await row(SEED_FIGURE).waitFor({ state: 'visible', timeout: 30_000 });
    // The other article is not open: its side of the figure is not listed.
    await filter.fill('says 89 people');
    await new Promise((r) => setTimeout(r, 1_500));
    assert.equal(await panel.locator('.monaco-list-row', { hasText: OTHER_FIGURE }).count(), 0, 'a closed article has no problems listed');
    await quickOpen(wb.page, OTHER);
    await row(OTHER_FIGURE).waitFor({ state: 'visible', timeout: 30_000 });
    await filter.fill('');
    await wb.page.locator('.part.panel .viewpane-filter .viewpane-filter-badge', { hasText: 'Showing' }).first().waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 800)); // (the filter is applied after a pause)
    await wb.page.screenshot({ path: path.join(RESULTS, 'problems-open-articles.png') });
    // Closing the seed's tab takes its problems away; the other article's stay.
    await wb.page.locator('.part.editor .tab', { hasText: SEED }).first().click();
    await runCommand(wb, 'View: Close Editor');
    await wb.page.locator('.part.editor .tab', { hasText: SEED }).first().waitFor({ state: 'detached', timeout: 10_000 });
    await filter.fill('France 24 says 87');
    await row(SEED_FIGURE).waitFor({ state: 'detached', timeout: 20_000 });
    await filter.fill('says 89 people');
    await row(OTHER_FIGURE).waitFor({ state: 'visible', timeout: 10_000 });
    await filter.fill('');
  });

  it('walks issue 17 once more: Matches asks for a sentence on an empty line and never takes page debris for one; Link Claim finds a claim in other words by typing', async function () {
    // (from the Explorer: Quick Open, right after the seed's tab was closed above, left it unopened on a loaded machine)
    await runCommand(wb, 'View: Show Explorer');
    await wb.page.locator('.part.sidebar .explorer-folders-view .monaco-list-row', { hasText: SEED }).first().click();
    await wb.page.locator('.tabs-container .tab.active', { hasText: SEED }).waitFor({ timeout: 15_000 });
    // A disputed claim in the seed, in its sidecar as Tag Claim writes it (the tagging flow has its own test).
    const text = fs.readFileSync(path.join(wb.workspace, SEED), 'utf8');
    const at = text.indexOf(CLAIM);
    assert.ok(at >= 0);
    const a = createAnnotation({ source: SEED, text, span: { start: at, end: at + CLAIM.length }, id: 'urn:uuid:00000000-0000-4000-8000-000000000017', now: new Date('2026-01-01T00:00:00Z'), verdict: 'disputed' });
    fs.writeFileSync(path.join(wb.workspace, `${SEED}.annotations.json`), serializeSidecar({ version: SIDECAR_VERSION, source: SEED, annotations: [a] }));
    await wb.page.locator('.part.activitybar [aria-label^="Crosscheck"]').first().click();
    const matches = wb.page.locator('.part.sidebar .pane', { has: wb.page.locator('.pane-header', { hasText: 'Matches' }) }).first();
    // An empty line (line 2 of the seed): a sentence is asked for, not "an article".
    await wb.page.locator('.part.editor .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
    await wb.page.keyboard.press('Control+Home');
    await wb.page.keyboard.press('ArrowDown');
    await matches.locator('.monaco-list-row', { hasText: 'place the cursor in a sentence' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    await wb.page.screenshot({ path: path.join(RESULTS, 'matches-empty-line.png') });
    // The other article's first line, "Skip to main content", is page debris: not the passage at the cursor.
    await wb.page.locator('.part.editor .tab', { hasText: OTHER }).first().click(); // (still open from the first test)
    await wb.page.locator('.tabs-container .tab.active', { hasText: OTHER }).waitFor({ timeout: 15_000 });
    await wb.page.locator('.part.editor .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
    await wb.page.keyboard.press('Control+Home');
    await new Promise((r) => setTimeout(r, 1_500));
    assert.equal(await matches.locator('.monaco-list-row', { hasText: 'Skip to main content' }).count(), 0, 'page debris is not a sentence at the cursor');
    // Link Claim: the words typed search every article's sentences ("saw no proof" in another outlet).
    await wb.page.locator('.part.editor .tab', { hasText: SEED }).first().click();
    await runCommand(wb, 'Crosscheck: Link Claim to Other Articles');
    const qp = wb.page.locator('.quick-input-widget');
    const pick = qp.locator('.quick-input-list .monaco-list-row', { hasText: CLAIM.slice(0, 30) }).first();
    // (the cursor is not in the claim: which annotation is asked first)
    await pick.waitFor({ state: 'visible', timeout: 15_000 });
    await pick.click();
    await qp.locator('.quick-input-title', { hasText: 'Where else' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    await wb.page.keyboard.type('no proof');
    const hit = qp.locator('.quick-input-list .monaco-list-row', { hasText: 'saw no proof' }).first();
    await hit.waitFor({ state: 'visible', timeout: 15_000 });
    assert.ok(((await hit.textContent()) ?? '').length < 400, 'a sentence, not a paragraph');
    await wb.page.screenshot({ path: path.join(RESULTS, 'link-claim-search.png') });
    await wb.page.keyboard.press('Escape');
  });

  it('Export: the save dialog proposes the folder of this workspace’s last export, for every format, after a reload too', async function () {
    const parent = path.dirname(wb.workspace);
    const folder = path.basename(wb.workspace);
    const briefings = path.join(parent, 'briefings');
    fs.mkdirSync(briefings, { recursive: true });
    // The first export: next to the workspace folder; the analyst saves it elsewhere.
    await runCommand(wb, 'Crosscheck: Export Claims as CSV');
    assert.equal(await proposed((v) => v.endsWith('-claims.csv')), path.join(parent, `${folder}-claims.csv`));
    const input = wb.page.locator('.quick-input-widget input');
    const chosen = path.join(briefings, 'monday.csv');
    await input.fill(chosen);
    await new Promise((r) => setTimeout(r, 500)); // (the dialog looks the typed folder up)
    await wb.page.locator('.quick-input-widget .monaco-button', { hasText: 'OK' }).first().click();
    const deadline = Date.now() + 20_000;
    while (!fs.existsSync(chosen) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    assert.ok(fs.existsSync(chosen), `exported to ${chosen}`);
    // The next export, in another format: in that folder, named after the workspace folder.
    await runCommand(wb, 'Crosscheck: Export Claims Briefing');
    assert.equal(await proposed((v) => v.endsWith('-briefing.md')), path.join(briefings, `${folder}-briefing.md`));
    await wb.page.screenshot({ path: path.join(RESULTS, 'export-remembered-folder.png') });
    await wb.page.keyboard.press('Escape');
    // Remembered by the workspace: after the window is reloaded too.
    const reloaded = wb.page.waitForEvent('load', { timeout: 60_000 });
    await runCommand(wb, 'Developer: Reload Window');
    await reloaded;
    await wb.page.locator('.monaco-workbench .part.activitybar').waitFor({ state: 'visible', timeout: 90_000 });
    await wb.page.locator('.monaco-workbench .part.editor').waitFor({ state: 'visible', timeout: 30_000 });
    // (the extension is back: its status bar item counts the articles)
    await wb.page.locator('.part.statusbar .statusbar-item', { hasText: /\d+ articles/ }).first().waitFor({ state: 'visible', timeout: 60_000 });
    await runCommand(wb, 'Crosscheck: Export Claims as JSON-LD');
    assert.equal(await proposed((v) => v.endsWith('-annotations.jsonld')), path.join(briefings, `${folder}-annotations.jsonld`));
    await wb.page.keyboard.press('Escape');
  });
});
