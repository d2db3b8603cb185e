// A stand-in for the `code` executable that @vscode/test-electron's runTests() launches, for
// machines that cannot download desktop VS Code. It accepts VS Code's command-line arguments
// (--extensionDevelopmentPath, --extensionTestsPath, --user-data-dir, --extensions-dir, a folder…),
// runs the same VS Code (1.139, as code-server) with the smoke-test driver, opens the workbench in
// headless Chromium with the launch `payload` that starts the tests in the extension host, prints
// the test output and exits with the run's exit code. Everything has a deadline and is stopped at
// the end. Invoked through test/harness/code-server-shim.
//
// Environment: CROSSCHECK_TEST_TIMEOUT_MS (whole run, default 15 min), CROSSCHECK_BOOT_TIMEOUT_MS
// (until the suite prints its start marker, default 3 min), CROSSCHECK_RESULTS_DIR (server log and a
// screenshot on failure are copied there), CROSSCHECK_SHIM_VERBOSE=1 (also print workbench logs).
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import type { BrowserContext, Page } from 'playwright-core';
import { closeQuietly, launchChromium } from './browser';
import { startCodeServer, writeUserSettings, type CodeServer } from './codeServer';
import { CODE_SERVER_VERSION, envMs } from './env';
import { SUITE_STARTED_MARKER } from './markers';
import { makeRunDir, removeDir, withTimeout } from './proc';


interface ParsedArgs {
  extensionDevelopmentPath: string[];
  extensionTestsPath?: string;
  userDataDir?: string;
  extensionsDir?: string;
  paths: string[];
  ignored: string[];
  version: boolean;
}

const VALUE_FLAGS = new Set(['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir', 'locale', 'log', 'profile', 'folder-uri', 'file-uri', 'inspect-extensions', 'inspect-brk-extensions']);

export function parseArgs(argv: string[]): ParsedArgs {
  const out: ParsedArgs = { extensionDevelopmentPath: [], paths: [], ignored: [], version: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) {
      out.paths.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const key = eq > 0 ? a.slice(2, eq) : a.slice(2);
    let value: string | undefined = eq > 0 ? a.slice(eq + 1) : undefined;
    if (value === undefined && VALUE_FLAGS.has(key) && i + 1 < argv.length) value = argv[++i];
    switch (key) {
      case 'extensionDevelopmentPath':
        if (value) out.extensionDevelopmentPath.push(path.resolve(value));
        break;
      case 'extensionTestsPath':
        if (value) out.extensionTestsPath = path.resolve(value);
        break;
      case 'user-data-dir':
        if (value) out.userDataDir = path.resolve(value);
        break;
      case 'extensions-dir':
        if (value) out.extensionsDir = path.resolve(value);
        break;
      case 'version':
        out.version = true;
        break;
      default:
        out.ignored.push(a);
    }
  }
  return out;
}

const say = (msg: string) => process.stderr.write(`[code-server-shim] ${msg}\n`);

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.version) {
    process.stdout.write(`${CODE_SERVER_VERSION} (code-server; VS Code 1.139)\n`);
    return 0;
  }
  if (!args.extensionTestsPath || args.extensionDevelopmentPath.length === 0) {
    say('usage: code-server-shim --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [--user-data-dir=DIR] [--extensions-dir=DIR] [FOLDER]');
    return 2;
  }
  if (args.extensionDevelopmentPath.length > 1) say(`only the first --extensionDevelopmentPath is loaded: ${args.extensionDevelopmentPath[0]}`);
  const folder = args.paths.map((p) => path.resolve(p)).find((p) => fs.existsSync(p));
  if (folder && !fs.statSync(folder).isDirectory() && !folder.endsWith('.code-workspace')) say(`not a folder or workspace, opening none: ${folder}`);

  const totalMs = envMs('CROSSCHECK_TEST_TIMEOUT_MS', 15 * 60_000);
  const bootMs = envMs('CROSSCHECK_BOOT_TIMEOUT_MS', 3 * 60_000);
  const verbose = process.env.CROSSCHECK_SHIM_VERBOSE === '1';
  const resultsDir = process.env.CROSSCHECK_RESULTS_DIR;
  const started = Date.now();

  const run = makeRunDir('shim');
  const userDataDir = args.userDataDir ?? path.join(run.dir, 'user-data');
  const extensionsDir = args.extensionsDir ?? path.join(run.dir, 'extensions');
  writeUserSettings(userDataDir);

  let server: CodeServer | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let exitCode = 1;
  let stopping = false;
  const bootLog: string[] = [];
  const onSignal = (sig: NodeJS.Signals) => {
    say(`${sig}: stopping`);
    fail(`interrupted by ${sig}`);
  };
  let fail: (why: string) => void = () => {};
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    const outcome = new Promise<number>((resolve) => {
      fail = (why: string) => {
        if (stopping) return;
        say(`FAILED: ${why}`);
        resolve(1);
      };
      const total = setTimeout(() => fail(`the whole run took longer than ${Math.round(totalMs / 1000)} s (CROSSCHECK_TEST_TIMEOUT_MS)`), totalMs);
      let suiteStarted = false;
      let finished = false;
      const boot = setTimeout(() => {
        if (suiteStarted) return;
        if (bootLog.length) say(`workbench log until now:\n  ${bootLog.slice(-40).join('\n  ')}`);
        fail(`the workbench did not start the tests within ${Math.round(bootMs / 1000)} s (CROSSCHECK_BOOT_TIMEOUT_MS)`);
      }, bootMs);

      void (async () => {
        server = await startCodeServer({
          runDir: run.dir,
          env: run.env,
          userDataDir,
          extensionsDir,
          smokeTestDriver: true,
          onLine: verbose ? (l) => say(`server: ${l}`) : undefined,
        });
        const srv = server;
        const serverWatch = setInterval(() => {
          const dead = srv.dead();
          if (dead) fail(dead);
        }, 500);
        srv.process.once('exit', () => clearInterval(serverWatch));
        say(`code-server ${CODE_SERVER_VERSION} at ${srv.url} (${Date.now() - started} ms)`);

        context = await launchChromium({ runDir: run.dir, env: run.env });
        context.on('close', () => fail('Chromium closed'));
        page = context.pages()[0] ?? (await context.newPage());
        page.on('crash', () => fail('the workbench page crashed'));
        if (verbose) page.on('console', (m) => say(`page: ${m.text()}`));

        await page.exposeFunction('codeAutomationLog', (type: string, logArgs: unknown) => {
          const parts = Array.isArray(logArgs) ? logArgs : [logArgs];
          const text = util.format(...parts);
          if (!suiteStarted && text.includes(SUITE_STARTED_MARKER)) {
            suiteStarted = true;
            clearTimeout(boot);
            say(`tests started in the extension host (${Date.now() - started} ms after launch)`);
          }
          if (finished) return;
          if (suiteStarted) process.stdout.write(`${text}\n`);
          else if (verbose) say(`workbench [${type}]: ${text}`);
          else bootLog.push(`[${type}] ${text}`); // printed if the tests never start
        });
        await page.exposeFunction('codeAutomationExit', (code: number) => {
          clearTimeout(total);
          clearTimeout(boot);
          finished = true;
          say(`extension host finished with exit code ${code} (${Date.now() - started} ms)`);
          resolve(typeof code === 'number' ? code : 1);
        });

        const remote = (p: string) => `vscode-remote://${srv.host}:${srv.port}${p}`;
        const payload = JSON.stringify([
          ['extensionDevelopmentPath', remote(args.extensionDevelopmentPath[0]!)],
          ['extensionTestsPath', remote(args.extensionTestsPath!)],
        ]);
        let query = `payload=${encodeURIComponent(payload)}`;
        if (folder && folder.endsWith('.code-workspace')) query = `workspace=${encodeURIComponent(folder)}&${query}`;
        else if (folder && fs.statSync(folder).isDirectory()) query = `folder=${encodeURIComponent(folder)}&${query}`;
        else query = `ew=true&${query}`;
        await page.goto(`${srv.url}/?${query}`, { waitUntil: 'domcontentloaded' });
      })().catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
    });
    exitCode = await outcome;
  } finally {
    stopping = true;
    const noise = /ENOTFOUND open-vsx\.org|authentication provider 'github'|AccountPolicyGate/;
    const bootErrors = bootLog.filter((l) => l.startsWith('[error]') && !noise.test(l));
    if (exitCode !== 0 && bootErrors.length) say(`workbench errors before the tests started:\n  ${bootErrors.slice(-20).join('\n  ')}`);
    if (exitCode !== 0 && resultsDir && page) {
      try {
        fs.mkdirSync(resultsDir, { recursive: true });
        await withTimeout(page.screenshot({ path: path.join(resultsDir, 'workbench-on-failure.png') }), 10_000, 'screenshot');
        say(`screenshot: ${path.join(resultsDir, 'workbench-on-failure.png')}`);
      } catch {
        /* the page may be gone */
      }
    }
    await closeQuietly(context);
    if (server) await server.stop();
    if (resultsDir && server) {
      try {
        fs.mkdirSync(resultsDir, { recursive: true });
        fs.copyFileSync(server.logFile, path.join(resultsDir, 'code-server.log'));
      } catch {
        /* best effort */
      }
    }
    removeDir(run.dir);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  return exitCode;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      say(`crashed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      process.exit(1);
    },
  );
}
