#!/usr/bin/env node
// `npm start`: build Crosscheck and open samples/tillerson-moscow-2017 in a real VS Code with it.
//  - desktop VS Code when `code` is on PATH: code --extensionDevelopmentPath=<project> <samples>;
//  - otherwise (or with --code-server): installs what is missing (scripts/setup-vscode.sh, cached),
//    packages the extension, installs it into code-server and serves VS Code in the browser at
//    http://127.0.0.1:PORT (default 8080). Ctrl+C stops the server.
//   npm start [-- --port 8081] [-- --code-server] [-- --folder some/folder]
// Editor state (settings, installed .vsix) is kept in $CROSSCHECK_CACHE/start (default .vscode-test/start).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return fallback;
  return argv[i].includes('=') ? argv[i].slice(argv[i].indexOf('=') + 1) : argv[i + 1];
};
if (flag('help') || flag('h')) {
  console.log('usage: npm start [-- --port N] [-- --code-server] [-- --folder DIR]');
  process.exit(0);
}
const port = Number(option('port', process.env.CROSSCHECK_PORT ?? '8080'));
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`invalid --port ${option('port')}`);
  process.exit(2);
}
const folder = path.resolve(root, option('folder', 'samples/tillerson-moscow-2017'));
if (!fs.existsSync(folder)) {
  console.error(`no such folder: ${folder}`);
  process.exit(2);
}
const say = (m) => console.log(`[start] ${m}`);

function run(cmd, args, what) {
  say(what);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`[start] failed: ${cmd} ${args.join(' ')} (${r.error?.message ?? `exit ${r.status}`})`);
    process.exit(1);
  }
}

const onPath = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).status === 0;

if (!flag('code-server') && onPath('code')) {
  run(process.execPath, ['esbuild.mjs'], 'building the extension');
  say(`opening ${path.relative(root, folder)} in VS Code with Crosscheck from ${root}`);
  const r = spawnSync('code', ['--new-window', `--extensionDevelopmentPath=${root}`, folder], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

// code-server in the browser.
run('bash', ['scripts/setup-vscode.sh'], 'checking Chromium/Node 24/code-server (scripts/setup-vscode.sh; minutes the first time, cached after)');
run(process.execPath, ['esbuild.mjs', '--tests'], 'building the extension and the harness');
run('npm', ['run', '--silent', 'package'], 'packaging dist/crosscheck.vsix');

const harness = (f) => import(pathToFileURL(path.join(root, 'out', 'test', 'harness', f)).href);
const { startCodeServer, installExtension, writeUserSettings } = await harness('codeServer.js');
const { cacheDir } = await harness('env.js');
const { portIsFree } = await harness('proc.js');

if (!(await portIsFree(port))) {
  console.error(`[start] port ${port} is in use; choose another with: npm start -- --port ${port + 1}`);
  process.exit(1);
}
const state = path.join(cacheDir(), 'start');
const env = {};
for (const [k, sub] of [['XDG_CONFIG_HOME', 'xdg/config'], ['XDG_DATA_HOME', 'xdg/data'], ['XDG_CACHE_HOME', 'xdg/cache'], ['XDG_RUNTIME_DIR', 'xdg/run'], ['TMPDIR', 'tmp']]) {
  env[k] = path.join(state, sub);
  fs.mkdirSync(env[k], { recursive: true, mode: 0o700 });
}
const dirs = { runDir: state, env, userDataDir: path.join(state, 'user-data'), extensionsDir: path.join(state, 'extensions') };
writeUserSettings(dirs.userDataDir);
say('installing dist/crosscheck.vsix into code-server');
installExtension(dirs, path.join(root, 'dist', 'crosscheck.vsix'));

const server = await startCodeServer({ ...dirs, port, folder });
const url = `${server.url}/?folder=${encodeURIComponent(folder)}`;
say(`VS Code (code-server) with Crosscheck is serving ${path.relative(root, folder) || folder}`);
console.log(`\n    ${url}\n`);
say(`open that URL in a browser; Ctrl+C stops the server (log: ${server.logFile})`);

let stopping = false;
const stop = async (code) => {
  if (stopping) return;
  stopping = true;
  say('stopping code-server');
  await server.stop();
  process.exit(code);
};
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
process.on('SIGHUP', () => void stop(0));
server.process.on('exit', (code, signal) => {
  if (stopping) return;
  console.error(`[start] code-server exited (${signal ?? code}); see ${server.logFile}`);
  void stop(1);
});
// Keep running until a signal arrives.
setInterval(() => {}, 1 << 30);
