// Issue 17's last items as a user meets them in code-server (VS Code 1.139) in Chromium: the Problems
// panel lists the discrepancies of the OPEN articles (crosscheck.discrepancies.problemsScope), following
// tabs as they open and close; the export commands' save dialog goes back to where this workspace last
// exported, also after the window is reloaded. Screenshots in test-results/e2e/.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { quickOpen, RESULTS, runCommand, workbenchForSuite, type Workbench } from './workbench';

const SEED = '001_ccdd08a9bed3a08f.txt';
const OTHER = '002_25850ff43da0e0ff.txt';
/** The seed's figure, and the other article's side of it (the seed names no outlet: its file). */
const SEED_FIGURE = '89 people — France 24 says 87 deaths';
const OTHER_FIGURE = `87 deaths — ${SEED} says 89 people`;

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
