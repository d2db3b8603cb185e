// The editor benchmark's payload (bench/editor.ts): loaded by the real VS Code extension host as its
// "extension tests" (through --extensionTestsPath, as the integration suite is), it times what the
// analyst sees, in the extension host itself, and writes the numbers to $CROSSCHECK_BENCH_OUT:
//   - open a 10,000-word article → its decorations set;
//   - a keystroke (editor.edit inserting one character) → the decorations of the new text set;
//   - the editor's own share, measured the same way on a copy of the article that is not an article
//     (a .log file: no analysis, no decorations): opening it, and an edit's round trip; and
//     setDecorations with the article's ranges precomputed;
//   - a 20 MB article: from the file appearing in the workspace to its analysis, the longest the
//     extension host's event loop was held meanwhile, and the same while typing in it.
// Environment: CROSSCHECK_BENCH_OUT (JSON results), CROSSCHECK_BENCH_ARTICLE (the 10k-word article's
// name in the workspace), CROSSCHECK_BENCH_PLAIN (its copy that is not an article),
// CROSSCHECK_BENCH_HUGE (a 20 MB file to copy into the workspace), CROSSCHECK_BENCH_REPS (default 30).
import fs from 'node:fs';
import inspector from 'node:inspector';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { CrosscheckApi, DecorationLayer } from '../../../src/api';
import { SUITE_STARTED_MARKER } from '../../harness/markers';

export interface EditorBenchResults {
  words: number;
  chars: number;
  reps: number;
  /** Milliseconds per repetition. */
  /** showTextDocument called → decorations set. */
  open: number[];
  /** showTextDocument of the same text as a non-article (resolved). */
  openBaseline: number[];
  /** The extension host told of the visible editor (onDidChangeVisibleTextEditors) → decorations set. */
  openShare: number[];
  /** editor.edit called → decorations of the new text set. */
  keystroke: number[];
  /** editor.edit of one character in the non-article copy (resolved). */
  keystrokeBaseline: number[];
  /** The extension host told of the edit (onDidChangeTextDocument) → decorations set. */
  keystrokeShare: number[];
  setDecorationsBaseline: number[];
  decorationCount: number;
  huge?: {
    chars: number;
    /** From the file appearing in the workspace to its analysis in the index. */
    analysisMs: number;
    quotes: number;
    entities: number;
    /** Longest event-loop delay of the extension host meanwhile. */
    indexingMaxDelayMs: number;
    /** Opening it in an editor (showTextDocument), and the longest delay in the 2 s after. */
    openMs: number;
    openMaxDelayMs: number;
    /** Typing `keystrokes` characters: longest delay, and a command's round trip after each. */
    keystrokes: number;
    typingMaxDelayMs: number;
    roundTripMaxMs: number;
    roundTripP50Ms: number;
    /** From the last keystroke to the analysis of the text with it, and the longest delay meanwhile (and 3 s after). */
    lastKeystrokeToAnalysisMs: number;
    afterTypingMaxDelayMs: number;
    /** The same with the file as a non-article: VS Code's own share. */
    baseline: { openMs: number; openMaxDelayMs: number; typingMaxDelayMs: number; roundTripP50Ms: number; roundTripMaxMs: number };
  };
  /** Typing in the same article once the folder also holds the BBC corpus, with the sidebar open. */
  folder?: {
    articles: number;
    indexingMs: number;
    /** Longest event-loop delay from the copy of the folder until it was indexed and 2 s after (the views, the derivations). */
    indexingMaxDelayMs: number;
    keystroke: number[];
    keystrokeShare: number[];
    /** Longest event-loop delay over the whole typing session (bursts of keystrokes and pauses between). */
    typingMaxDelayMs: number;
    /** The same, over the second after each pause in typing, when the views catch up. */
    afterPauseMaxDelayMs: number;
    /** An entity correction (.crosscheck/entities.json written): until every article has its new analysis. */
    correctionMs?: number;
    /** Longest event-loop delay from the correction until a second after it applied. */
    correctionMaxDelayMs?: number;
  };
  error?: string;
}

const LAYERS: DecorationLayer[] = ['quote', 'partialQuote', 'person', 'place', 'organization'];
const say = (msg: string) => console.log(`[bench] ${msg}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Polls until `probe` holds; the time it held, or throws after `ms`. Polls once per turn of the
 * event loop (setImmediate): a 0 ms timeout would itself wait behind the renderer's messages after
 * an edit (20-40 ms in code-server) and blur what is measured.
 */
async function until(what: string, probe: () => boolean, ms = 10_000): Promise<number> {
  const deadline = performance.now() + ms;
  for (;;) {
    if (probe()) return performance.now();
    if (performance.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setImmediate(r));
  }
}

async function closeAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

async function extensionApi(): Promise<CrosscheckApi> {
  const ext = vscode.extensions.getExtension<CrosscheckApi>('crosscheck.crosscheck');
  if (!ext) throw new Error('the Crosscheck extension is not loaded');
  const deadline = Date.now() + 60_000;
  while (!ext.isActive) {
    if (Date.now() > deadline) throw new Error('the extension did not activate');
    await sleep(100);
  }
  await ext.exports.whenIndexed();
  return ext.exports;
}

/** A position inside a lower-case word near `fraction` of the text: where an analyst would type. */
function typingOffset(text: string, fraction: number): number {
  const at = text.indexOf(' the ', Math.floor(text.length * fraction));
  return at === -1 ? Math.floor(text.length * fraction) : at + 3;
}

export async function run(): Promise<void> {
  console.log(`${SUITE_STARTED_MARKER} (editor benchmark) in ${process.execPath} (node ${process.version})`);
  const outFile = process.env.CROSSCHECK_BENCH_OUT;
  const reps = Math.max(3, Number(process.env.CROSSCHECK_BENCH_REPS) || 30);
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder');
  const results: EditorBenchResults = { words: 0, chars: 0, reps, open: [], openBaseline: [], openShare: [], keystroke: [], keystrokeBaseline: [], keystrokeShare: [], setDecorationsBaseline: [], decorationCount: 0 };
  try {
    const api = await extensionApi();
    const uri = vscode.Uri.joinPath(folder.uri, process.env.CROSSCHECK_BENCH_ARTICLE ?? 'article-10k.txt');
    const text = (await vscode.workspace.openTextDocument(uri)).getText();
    results.chars = text.length;
    results.words = text.split(/\s+/).filter(Boolean).length;
    say(`${results.words} words, ${results.chars} characters; ${reps} repetitions`);
    if (!api.analysisOf(uri)) throw new Error(`${uri.toString()} is not indexed`);

    const plain = vscode.Uri.joinPath(folder.uri, process.env.CROSSCHECK_BENCH_PLAIN ?? 'article-10k.log');
    if (api.analysisOf(plain)) throw new Error(`${plain.toString()} should not be an article`);

    // Open → decorations; the same text as a non-article, for the editor's own share.
    for (let i = 0; i < reps; i++) {
      await closeAll();
      await sleep(150);
      const before = api.decoratedRanges(uri, 'person');
      let visible = 0;
      const sub = vscode.window.onDidChangeVisibleTextEditors((eds) => {
        if (!visible && eds.some((e) => e.document.uri.toString() === uri.toString())) visible = performance.now();
      });
      const t0 = performance.now();
      const decorated = until('the decorations of the opened article', () => {
        const now = api.decoratedRanges(uri, 'person');
        return now.length > 0 && now !== before;
      });
      await vscode.window.showTextDocument(uri, { preview: false });
      const t1 = await decorated;
      sub.dispose();
      results.open.push(t1 - t0);
      results.openShare.push(t1 - (visible || t0));
      await closeAll();
      await sleep(150);
      const b0 = performance.now();
      await vscode.window.showTextDocument(plain, { preview: false });
      results.openBaseline.push(performance.now() - b0);
    }

    // Keystrokes → decorations: typing words one character at a time in a paragraph; the same
    // keystrokes in the non-article copy, for the editor's own share.
    const typed = 'and then the minister said that ';
    const type = async (target: vscode.Uri, each: (editor: vscode.TextEditor, i: number, at: number) => Promise<void>) => {
      await closeAll();
      const editor = await vscode.window.showTextDocument(target, { preview: false });
      await sleep(500); // the warm-up of the incremental analysis, as an analyst reads before typing
      let at = typingOffset(editor.document.getText(), 0.5);
      for (let i = 0; i < reps; i++) {
        if (i === Math.floor(reps / 2)) at = typingOffset(editor.document.getText(), 0.2); // another paragraph
        await each(editor, i, at);
        at += 1;
        await sleep(60 + (i % 4) * 30); // an analyst types a few characters a second
      }
      return editor;
    };
    await type(plain, async (editor, i, at) => {
      const t0 = performance.now();
      if (!(await editor.edit((b) => b.insert(editor.document.positionAt(at), typed[i % typed.length]!)))) throw new Error('the edit was not applied');
      results.keystrokeBaseline.push(performance.now() - t0);
    });
    const editor = await type(uri, async (ed, i, at) => {
      const k = await timedKeystroke(api, ed, at, typed[i % typed.length]!);
      results.keystroke.push(k.total);
      results.keystrokeShare.push(k.share);
    });

    // Baseline: setDecorations with the same ranges, precomputed.
    const types = LAYERS.map(() => vscode.window.createTextEditorDecorationType({ borderStyle: 'none none solid none', borderWidth: '0 0 1px 0' }));
    const ranges = LAYERS.map((l) => api.decoratedRanges(uri, l));
    results.decorationCount = ranges.reduce((n, r) => n + r.length, 0);
    for (let i = 0; i < reps; i++) {
      const t0 = performance.now();
      types.forEach((t, k) => editor.setDecorations(t, ranges[k]!));
      results.setDecorationsBaseline.push(performance.now() - t0);
      types.forEach((t) => editor.setDecorations(t, []));
      await sleep(20);
    }
    types.forEach((t) => t.dispose());
    await closeAll();
    say(`keystroke → decorations (ms): ${results.keystroke.map((x) => x.toFixed(0)).join(' ')}`);
    say(`  after the host hears of it (ms): ${results.keystrokeShare.map((x) => x.toFixed(0)).join(' ')}`);

    // The same article in a folder of some 2,000 others, with the sidebar open.
    const corpus = process.env.CROSSCHECK_BENCH_FOLDER;
    if (corpus && fs.existsSync(corpus)) results.folder = await largeFolder(api, folder, uri, corpus, reps);

    // A 20 MB article.
    const hugeSource = process.env.CROSSCHECK_BENCH_HUGE;
    if (hugeSource && fs.existsSync(hugeSource)) results.huge = await hugeArticle(api, folder, hugeSource);
  } catch (e) {
    results.error = e instanceof Error ? (e.stack ?? e.message) : String(e);
    say(`FAILED: ${results.error}`);
  }
  if (outFile) fs.writeFileSync(outFile, JSON.stringify(results, null, 2));
  say('done');
  if (results.error) throw new Error(results.error);
}

/**
 * One character typed at `at`: from the edit to the decorations of the new text (`total`), and from
 * the moment the extension host heard of the edit (`share`).
 */
async function timedKeystroke(api: CrosscheckApi, editor: vscode.TextEditor, at: number, ch: string): Promise<{ total: number; share: number }> {
  const uri = editor.document.uri.toString();
  const before = api.decoratedRanges(editor.document.uri, 'person');
  let changed = 0;
  const sub = vscode.workspace.onDidChangeTextDocument((e) => {
    if (!changed && e.document.uri.toString() === uri) changed = performance.now();
  });
  const t0 = performance.now();
  // watched from before the edit: its promise may resolve after the decorations are set
  const decorated = until('the decorations of the edited article', () => api.decoratedRanges(editor.document.uri, 'person') !== before);
  if (!(await editor.edit((b) => b.insert(editor.document.positionAt(at), ch)))) throw new Error('the edit was not applied');
  const t1 = await decorated;
  sub.dispose();
  return { total: t1 - t0, share: t1 - (changed || t0) };
}

/**
 * Typing in the article once the workspace holds a folder of other articles (the BBC corpus) and
 * the Crosscheck sidebar is open: bursts of keystrokes with reading pauses between, as an analyst
 * types; each keystroke timed to its decorations, and the longest the host was held meanwhile.
 */
async function largeFolder(api: CrosscheckApi, folder: vscode.WorkspaceFolder, uri: vscode.Uri, corpus: string, reps: number): Promise<NonNullable<EditorBenchResults['folder']>> {
  const indexProfile = await startProfile(process.env.CROSSCHECK_BENCH_PROFILE_INDEXING);
  const indexing = loopMonitor();
  const t0 = performance.now();
  fs.cpSync(corpus, path.join(folder.uri.fsPath, 'bbc'), { recursive: true });
  const names = (fs.readdirSync(corpus, { recursive: true }) as string[]).filter((f) => f.endsWith('.txt')).map((f) => f.split(path.sep).join('/'));
  const expected = names.length;
  let lastSaid = performance.now();
  await until(
    'the folder to be indexed',
    () => {
      const n = api.indexedPaths().filter((p) => p.startsWith('bbc/')).length;
      if (performance.now() - lastSaid > 15_000) {
        lastSaid = performance.now();
        const have = new Set(api.indexedPaths());
        const missing = names.filter((f) => !have.has(`bbc/${f}`));
        say(`folder: ${n} of ${expected} indexed${missing.length <= 5 ? `; waiting for ${missing.join(', ')}` : ''}`);
      }
      return n >= expected;
    },
    10 * 60_000,
  );
  await api.whenIndexed();
  const indexingMs = performance.now() - t0;
  await sleep(2000); // what the new articles set off once indexed (clusters, discrepancies, views)
  const indexingMaxDelayMs = indexing.stop();
  await indexProfile?.stop();
  const articles = api.indexedPaths().length;
  say(`folder: ${articles} articles indexed in ${(indexingMs / 1000).toFixed(1)} s; longest delay ${indexingMaxDelayMs.toFixed(0)} ms`);
  await closeAll();
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  await vscode.commands.executeCommand('workbench.view.extension.crosscheck');
  await vscode.commands.executeCommand('crosscheck.entities.focus');
  await vscode.window.showTextDocument(editor.document, { preview: false }); // the editor keeps the focus
  await sleep(3000); // the views fill
  const out = { articles, indexingMs, indexingMaxDelayMs, keystroke: [] as number[], keystrokeShare: [] as number[], typingMaxDelayMs: 0, afterPauseMaxDelayMs: 0 };
  const typed = 'and the ministers agreed that ';
  let at = typingOffset(editor.document.getText(), 0.4);
  const profile = await startProfile(process.env.CROSSCHECK_BENCH_PROFILE);
  const session = loopMonitor();
  for (let i = 0; i < reps; i++) {
    const k = await timedKeystroke(api, editor, at, typed[i % typed.length]!);
    out.keystroke.push(k.total);
    out.keystrokeShare.push(k.share);
    at += 1;
    if (i % 6 === 5) {
      // A reading pause: long enough for the views to catch up with the edits.
      const pause = loopMonitor();
      await sleep(1500);
      out.afterPauseMaxDelayMs = Math.max(out.afterPauseMaxDelayMs, pause.stop());
    } else await sleep(90 + (i % 3) * 40);
  }
  out.typingMaxDelayMs = session.stop();
  await profile?.stop();
  say(`folder: keystroke → decorations (ms): ${out.keystroke.map((x) => x.toFixed(0)).join(' ')}; longest delay ${out.typingMaxDelayMs.toFixed(0)} ms, after a pause ${out.afterPauseMaxDelayMs.toFixed(0)} ms`);
  await entityCorrection(api, folder, out);
  await closeAll();
  return out;
}

/**
 * The analyst corrects an entity (a person the recogniser found, typed an organisation in
 * .crosscheck/entities.json): every article is analysed again. How long until all have their new
 * analysis, and the longest the event loop was held from the write until a second after.
 */
async function entityCorrection(api: CrosscheckApi, folder: vscode.WorkspaceFolder, out: NonNullable<EditorBenchResults['folder']>): Promise<void> {
  const probe = api.indexedPaths().filter((p) => p.startsWith('bbc/')).map((p) => vscode.Uri.joinPath(folder.uri, p))
    .find((uri) => api.analysisOf(uri)?.entities.some((e) => e.type === 'person'));
  const name = probe && api.analysisOf(probe)!.entities.find((e) => e.type === 'person')!.text;
  if (!probe || !name) return say('folder: no person to correct; entity correction not measured');
  const file = vscode.Uri.joinPath(folder.uri, '.crosscheck', 'entities.json');
  const corrected = () => api.analysisOf(probe)?.entities.some((e) => e.text === name && e.type === 'organization') ?? false;
  const profile = await startProfile(process.env.CROSSCHECK_BENCH_PROFILE_CORRECTION);
  const watch = loopMonitor();
  const started = performance.now();
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify({ version: 1, entities: [{ name, type: 'organization' }] }) + '\n'));
  // (Articles over HOST_MAX_CHARS are analysed again in the worker, one after another: minutes for
  // a folder of 2 MB articles on a busy machine.)
  await until(`the correction of ${name} to apply`, corrected, 10 * 60_000);
  await api.whenIndexed();
  out.correctionMs = performance.now() - started;
  await sleep(1000);
  out.correctionMaxDelayMs = watch.stop();
  await profile?.stop();
  say(`folder: entity correction applied to every article in ${out.correctionMs.toFixed(0)} ms; longest delay ${out.correctionMaxDelayMs.toFixed(0)} ms`);
  await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder.uri, '.crosscheck'), { recursive: true, useTrash: false });
  await until('the automatic results to return', () => !corrected(), 10 * 60_000);
  await api.whenIndexed();
}

/**
 * A CPU profile of the extension host (this thread) written to `file` when stopped — to see where
 * a long delay comes from: CROSSCHECK_BENCH_PROFILE=/tmp/host.cpuprofile node out/bench/editor.js.
 */
async function startProfile(file: string | undefined): Promise<{ stop(): Promise<void> } | undefined> {
  if (!file) return undefined;
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) => session.post(method, params ?? {}, (e, r) => (e ? reject(e) : resolve(r))));
  await post('Profiler.enable');
  await post('Profiler.start');
  const gaps = gapRecorder();
  return {
    stop: async () => {
      const r = (await post('Profiler.stop')) as { profile: object };
      fs.writeFileSync(file, JSON.stringify(r.profile));
      fs.writeFileSync(`${file}.gaps.json`, JSON.stringify(gaps.stop()));
      session.disconnect();
      say(`CPU profile of the extension host: ${file}`);
    },
  };
}

/**
 * When the event loop was held for more than 100 ms (a timer every 5 ms that came late), on the clock
 * of the CPU profile's timestamps (monotonic, µs): written beside the profile, to see what ran in
 * each long task (back-to-back slices of sliced work leave no idle sample between them).
 */
function gapRecorder(): { stop(): { endUs: number; ms: number }[] } {
  const gaps: { endUs: number; ms: number }[] = [];
  let last = process.hrtime.bigint();
  let timer: ReturnType<typeof setTimeout>;
  const tick = () => {
    const now = process.hrtime.bigint();
    const ms = Number(now - last) / 1e6;
    if (ms > 100) gaps.push({ endUs: Number(now / 1000n), ms });
    last = now;
    timer = setTimeout(tick, 5);
  };
  timer = setTimeout(tick, 5);
  return {
    stop: () => {
      clearTimeout(timer);
      return gaps;
    },
  };
}

/** The longest the event loop was held, over a stretch of time (monitorEventLoopDelay). */
function loopMonitor(): { stop(): number } {
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  return {
    stop: () => {
      h.disable();
      return h.max / 1e6;
    },
  };
}

/** Opens a document and types `marker` at its start, one character at a time, timing the host's answers. */
async function openAndType(uri: vscode.Uri, marker: string): Promise<{ openMs: number; openMaxDelayMs: number; typingMaxDelayMs: number; roundTrips: number[]; lastKeystroke: number }> {
  let loop = loopMonitor();
  const t0 = performance.now();
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  const openMs = performance.now() - t0;
  await sleep(2000); // what opening it sets off (decorations)
  const openMaxDelayMs = loop.stop();
  loop = loopMonitor();
  const roundTrips: number[] = [];
  let lastKeystroke = 0;
  for (let i = 0; i < marker.length; i++) {
    const ok = await editor.edit((b) => b.insert(editor.document.positionAt(i), marker[i]!));
    if (!ok) throw new Error('the edit was not applied');
    lastKeystroke = performance.now();
    const r0 = performance.now();
    await vscode.commands.executeCommand('setContext', 'crosscheck.benchProbe', i);
    roundTrips.push(performance.now() - r0);
    await sleep(80);
  }
  return { openMs, openMaxDelayMs, typingMaxDelayMs: loop.stop(), roundTrips, lastKeystroke };
}

async function hugeArticle(api: CrosscheckApi, folder: vscode.WorkspaceFolder, source: string): Promise<NonNullable<EditorBenchResults['huge']>> {
  const name = 'huge-20mb.txt';
  const uri = vscode.Uri.joinPath(folder.uri, name);
  const chars = fs.statSync(source).size;
  say(`${name}: ${(chars / 1048576).toFixed(1)} MB`);
  const marker = '“We typed this in a very large file,” said Rex Tillerson. ';

  // The same file as a non-article first: what VS Code itself costs with 20 MB open and typed in.
  const plain = vscode.Uri.joinPath(folder.uri, 'huge-20mb.log');
  fs.copyFileSync(source, plain.fsPath);
  const base = await openAndType(plain, marker);
  await sleep(3000);
  await closeAll();
  base.roundTrips.sort((a, b) => a - b);
  say(`baseline (not an article): open ${base.openMs.toFixed(0)} ms, longest delay ${base.openMaxDelayMs.toFixed(0)} ms; typing: longest delay ${base.typingMaxDelayMs.toFixed(0)} ms, round trip p50 ${base.roundTrips[base.roundTrips.length >> 1]!.toFixed(0)} ms`);

  // Indexing: the file appears in the workspace.
  let loop = loopMonitor();
  const t0 = performance.now();
  fs.copyFileSync(source, path.join(folder.uri.fsPath, name));
  await until('the analysis of the 20 MB article', () => !!api.analysisOf(uri), 15 * 60_000);
  const analysisMs = performance.now() - t0;
  const indexingMaxDelayMs = loop.stop();
  const analysis = api.analysisOf(uri)!;
  say(`analysed in ${(analysisMs / 1000).toFixed(1)} s: ${analysis.quotes.length} quotes, ${analysis.entities.length} entities; longest event-loop delay ${indexingMaxDelayMs.toFixed(0)} ms`);

  // Open it and type: the extension host must keep answering. (CROSSCHECK_BENCH_PROFILE_HUGE: a CPU
  // profile of the host from the opening to 3 s after the typed text's analysis.)
  const profile = await startProfile(process.env.CROSSCHECK_BENCH_PROFILE_HUGE);
  const typed = await openAndType(uri, marker);
  loop = loopMonitor();
  const t2 = await until('the analysis of the typed text', () => api.analysisOf(uri)?.quotes.some((q) => q.text.startsWith('We typed this in a very large file')) ?? false, 15 * 60_000);
  await sleep(3000); // its decorations, the views
  const afterMaxDelayMs = loop.stop();
  await profile?.stop();
  typed.roundTrips.sort((a, b) => a - b);
  const out = {
    chars,
    analysisMs,
    quotes: analysis.quotes.length,
    entities: analysis.entities.length,
    indexingMaxDelayMs,
    openMs: typed.openMs,
    openMaxDelayMs: typed.openMaxDelayMs,
    keystrokes: marker.length,
    typingMaxDelayMs: typed.typingMaxDelayMs,
    roundTripMaxMs: typed.roundTrips[typed.roundTrips.length - 1]!,
    roundTripP50Ms: typed.roundTrips[typed.roundTrips.length >> 1]!,
    lastKeystrokeToAnalysisMs: t2 - typed.lastKeystroke,
    afterTypingMaxDelayMs: afterMaxDelayMs,
    baseline: {
      openMs: base.openMs,
      openMaxDelayMs: base.openMaxDelayMs,
      typingMaxDelayMs: base.typingMaxDelayMs,
      roundTripP50Ms: base.roundTrips[base.roundTrips.length >> 1]!,
      roundTripMaxMs: base.roundTrips[base.roundTrips.length - 1]!,
    },
  };
  say(`open ${out.openMs.toFixed(0)} ms, longest delay ${out.openMaxDelayMs.toFixed(0)} ms; typing: longest delay ${out.typingMaxDelayMs.toFixed(0)} ms, round trip p50 ${out.roundTripP50Ms.toFixed(0)} ms max ${out.roundTripMaxMs.toFixed(0)} ms; last keystroke → analysis ${(out.lastKeystrokeToAnalysisMs / 1000).toFixed(1)} s, longest delay meanwhile ${afterMaxDelayMs.toFixed(0)} ms`);
  await closeAll();
  return out;
}
