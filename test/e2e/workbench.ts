// The UI tests' fixture: code-server with the packaged dist/crosscheck.vsix installed into a fresh
// extensions folder, a fresh copy of the sample folder, and headless Chromium showing the workbench.
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { closeQuietly, launchChromium } from '../harness/browser';
import { registerCleanup } from '../harness/cleanup';
import { installExtension, listExtensions, startCodeServer, writeUserSettings, type CodeServer } from '../harness/codeServer';
import { findCodeServer, projectRoot, SAMPLE_FOLDER } from '../harness/env';
import { makeRunDir, removeDir } from '../harness/proc';
import type { PageWindow } from './dom';

export interface Workbench {
  page: Page;
  server: CodeServer;
  workspace: string;
  /** `publisher.name@version` lines of the extensions folder after installing the .vsix. */
  installed: string[];
  vsix: string;
  close(): Promise<void>;
}

/** `settings`: user settings over the defaults below (`null` leaves a default out). */
export async function openWorkbench(options: { settings?: Record<string, unknown> } = {}): Promise<Workbench> {
  const root = projectRoot();
  if (!findCodeServer()) throw new Error('code-server is not installed in the cache; run scripts/setup-vscode.sh');
  const vsix = path.join(root, 'dist', 'crosscheck.vsix');
  if (!fs.existsSync(vsix)) throw new Error(`${vsix} is missing: run 'npm run package' first`);

  const run = makeRunDir('e2e');
  let server: CodeServer | undefined;
  let context: BrowserContext | undefined;
  const close = registerCleanup(async () => {
    await closeQuietly(context);
    await server?.stop();
    if (server) {
      const results = path.join(root, 'test-results', 'e2e');
      fs.mkdirSync(results, { recursive: true });
      try {
        fs.copyFileSync(server.logFile, path.join(results, 'code-server.log'));
      } catch {
        /* best effort */
      }
    }
    removeDir(run.dir);
  });
  try {
    const dirs = { runDir: run.dir, env: run.env, userDataDir: path.join(run.dir, 'user-data'), extensionsDir: path.join(run.dir, 'extensions') };
    // Word wrap makes whole paragraphs (and their quotes) visible in screenshots; no highlights but ours.
    const settings: Record<string, unknown> = {
      'editor.wordWrap': 'on',
      'editor.minimap.enabled': false,
      'editor.occurrencesHighlight': 'off',
      'editor.selectionHighlight': false,
      ...options.settings,
    };
    for (const [k, v] of Object.entries(settings)) if (v === null) delete settings[k];
    writeUserSettings(dirs.userDataDir, settings);
    installExtension(dirs, vsix);
    const installed = listExtensions(dirs);

    const workspace = path.join(run.dir, path.basename(SAMPLE_FOLDER));
    fs.cpSync(path.join(root, SAMPLE_FOLDER), workspace, { recursive: true });

    server = await startCodeServer({ ...dirs, folder: workspace });
    context = await launchChromium({ runDir: run.dir, env: run.env, viewport: { width: 1400, height: 900 } });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`, { waitUntil: 'domcontentloaded' });
    await page.locator('.monaco-workbench .part.activitybar').waitFor({ state: 'visible', timeout: 90_000 });
    await page.locator('.monaco-workbench .part.editor').waitFor({ state: 'visible', timeout: 30_000 });
    return { page, server, workspace, installed, vsix, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** "Quick Open" (Ctrl+P) a file by name and wait for its editor to be the active one. */
export async function quickOpen(page: Page, fileName: string): Promise<void> {
  await page.locator('.monaco-workbench .part.editor').click({ position: { x: 200, y: 200 } });
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(fileName);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor({ timeout: 15_000 });
  await page.locator('.part.editor .monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout: 15_000 });
}

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface DecorationBox extends Box {
  className: string;
  /** Computed background-color, e.g. "rgba(58, 123, 213, 0.133)". */
  background: string;
  where: 'overlay' | 'inline';
}

/** Every decoration element (class ced-…) in the active editor, with its box and computed colour. */
export function decorationBoxes(page: Page): Promise<DecorationBox[]> {
  return page.evaluate(() => {
    const w = globalThis as unknown as PageWindow;
    const editor = w.document.querySelector('.part.editor .editor-instance .monaco-editor');
    if (!editor) return [];
    const out: DecorationBox[] = [];
    const els = editor.querySelectorAll('.view-overlays [class*="ced-"], .view-lines [class*="ced-"]');
    for (const el of Array.from(els)) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      out.push({
        className: el.className,
        background: w.getComputedStyle(el).backgroundColor,
        where: el.closest('.view-overlays') ? 'overlay' : 'inline',
        left: r.left,
        right: r.right,
        top: r.top,
        bottom: r.bottom,
      });
    }
    return out;
  });
}

/**
 * The on-screen box of `needle` inside the first rendered editor line whose text contains
 * `context` (which contains `needle`), or undefined when no rendered line has it.
 */
export function textBox(page: Page, context: string, needle: string): Promise<Box | undefined> {
  return page.evaluate(
    ({ context, needle }) => {
      const w = globalThis as unknown as PageWindow;
      const norm = (s: string) => s.replace(/\u00a0/g, ' ');
      const lines = w.document.querySelectorAll('.part.editor .editor-instance .monaco-editor .view-lines .view-line');
      for (const line of Array.from(lines)) {
        const text = norm(line.textContent ?? '');
        const at = text.indexOf(context);
        if (at < 0) continue;
        const start = at + context.indexOf(needle);
        const end = start + needle.length;
        // Map character offsets in the line to (text node, offset).
        const walker = w.document.createTreeWalker(line, w.NodeFilter.SHOW_TEXT);
        const range = w.document.createRange();
        let seen = 0;
        let setStart = false;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const len = n.textContent?.length ?? 0;
          if (!setStart && start < seen + len) {
            range.setStart(n, start - seen);
            setStart = true;
          }
          if (setStart && end <= seen + len) {
            range.setEnd(n, end - seen);
            const r = range.getBoundingClientRect();
            return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
          }
          seen += len;
        }
      }
      return undefined;
    },
    { context, needle },
  );
}

/** Parses "rgb(…)", "rgba(…)" or "#rrggbb[aa]" into [r, g, b, a]. */
export function parseColor(c: string): [number, number, number, number] | undefined {
  const s = c.trim().toLowerCase();
  const hex = /^#([0-9a-f]{6})([0-9a-f]{2})?$/.exec(s);
  if (hex) {
    const n = parseInt(hex[1]!, 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255, hex[2] ? parseInt(hex[2], 16) / 255 : 1];
  }
  const fn = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+))?\s*\)$/.exec(s);
  if (fn) return [Number(fn[1]), Number(fn[2]), Number(fn[3]), fn[4] === undefined ? 1 : Number(fn[4])];
  return undefined;
}

export function sameColor(a: string, b: string): boolean {
  const x = parseColor(a);
  const y = parseColor(b);
  if (!x || !y) return false;
  return Math.abs(x[0] - y[0]) <= 1 && Math.abs(x[1] - y[1]) <= 1 && Math.abs(x[2] - y[2]) <= 1 && Math.abs(x[3] - y[3]) <= 0.01;
}

/** Whether the boxes of colour `color` cover `box` horizontally on its line (within 1 px). */
export function covered(box: Box, decorations: DecorationBox[], color: string): boolean {
  const height = box.bottom - box.top;
  const onLine = decorations
    .filter((d) => sameColor(d.background, color))
    .filter((d) => Math.min(d.bottom, box.bottom) - Math.max(d.top, box.top) >= height / 2)
    .sort((a, b) => a.left - b.left);
  let reach = box.left + 1;
  for (const d of onLine) {
    if (d.left > reach) break;
    reach = Math.max(reach, d.right);
  }
  return reach >= box.right - 1;
}

/** Whether any box of colour `color` overlaps `box` by more than 2 px. */
export function touched(box: Box, decorations: DecorationBox[], color: string): boolean {
  return decorations.some(
    (d) =>
      sameColor(d.background, color) &&
      Math.min(d.right, box.right) - Math.max(d.left, box.left) > 2 &&
      Math.min(d.bottom, box.bottom) - Math.max(d.top, box.top) > 2,
  );
}

/** Where the UI tests write their screenshots. */
export const RESULTS = path.join(projectRoot(), 'test-results', 'e2e');

/** A test title as a file name. */
export const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);

/**
 * One workbench for the suite it is called in (opened before its tests, closed after them), and a
 * screenshot after each test, `<prefix><title>-passed|failed.png` in RESULTS. Returns the workbench.
 */
export function workbenchForSuite(options: { settings?: Record<string, unknown>; prefix?: string; clearScreenshots?: boolean } = {}): () => Workbench {
  let wb: Workbench | undefined;
  before(async function () {
    this.timeout(240_000);
    fs.mkdirSync(RESULTS, { recursive: true });
    if (options.clearScreenshots) for (const f of fs.readdirSync(RESULTS)) if (f.endsWith('.png')) fs.rmSync(path.join(RESULTS, f));
    wb = await openWorkbench({ settings: options.settings });
  });
  after(async function () {
    this.timeout(30_000);
    await wb?.close();
  });
  afterEach(async function () {
    const t = this.currentTest;
    if (!wb || !t) return;
    const file = path.join(RESULTS, `${options.prefix ?? ''}${slug(t.title)}-${t.state === 'passed' ? 'passed' : 'failed'}.png`);
    try {
      await wb.page.screenshot({ path: file, timeout: 15_000 });
      console.log(`      screenshot: ${path.relative(projectRoot(), file)}`);
    } catch (e) {
      console.log(`      (no screenshot: ${e instanceof Error ? e.message : String(e)})`);
    }
  });
  return () => {
    if (!wb) throw new Error('the workbench is not open yet');
    return wb;
  };
}

/** Runs a command from the Command Palette by its title, as a user does (the walkthrough sees it run). */
export async function runCommand(wb: Workbench, title: string): Promise<void> {
  await wb.page.keyboard.press('F1');
  const input = wb.page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(`>${title}`);
  await wb.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().click({ timeout: 15_000 });
}
