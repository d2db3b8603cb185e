// Starting code-server (VS Code 1.139 server + web workbench, run by the cached Node 24) for the
// integration runner, the UI tests and `npm start`. Every folder it writes to is passed in.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { findCodeServer, type CodeServerInstall } from './env';
import { freePort, killGroup, running, waitForHttp } from './proc';

export interface CodeServerOptions {
  /** Holds config.yaml and the server log. */
  runDir: string;
  /** XDG_* / TMPDIR (see makeRunDir) merged over process.env. */
  env: Record<string, string>;
  userDataDir: string;
  extensionsDir: string;
  /** Folder to open when the URL names none. */
  folder?: string;
  /** Port on 127.0.0.1; a free one when omitted. */
  port?: number;
  /** Needed for the launch `payload` (extension development + tests) to be honoured. */
  smokeTestDriver?: boolean;
  /** Extra environment for the server and its extension host (e.g. extensionTestsEnv). */
  extraEnv?: Record<string, string | undefined>;
  /** Receives every line the server prints (default: into runDir/code-server.log only). */
  onLine?: (line: string) => void;
  bootTimeoutMs?: number;
}

export interface CodeServer {
  readonly url: string;
  readonly host: string;
  readonly port: number;
  readonly process: ChildProcess;
  readonly logFile: string;
  /** Why the server is not usable (it exited), or undefined while it runs. */
  dead(): string | undefined;
  stop(): Promise<void>;
}

function requireInstall(): CodeServerInstall {
  const cs = findCodeServer();
  if (!cs) throw new Error('code-server is not installed in the cache; run scripts/setup-vscode.sh first');
  return cs;
}

/** User settings for a quiet, deterministic workbench (no welcome page, no update checks). */
export function writeUserSettings(userDataDir: string, extra: Record<string, unknown> = {}): void {
  const file = path.join(userDataDir, 'User', 'settings.json');
  if (fs.existsSync(file)) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'chat.disableAIFeatures': true,
    'git.enabled': false,
    'github.gitAuthentication': false,
    ...extra,
  };
  fs.writeFileSync(file, JSON.stringify(settings, null, 2));
}

function serverArgs(cs: CodeServerInstall, o: CodeServerOptions, port: number): string[] {
  const config = path.join(o.runDir, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\ncert: false\n');
  return [
    cs.entry,
    '--config', config,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--extensions-dir', o.extensionsDir,
    '--user-data-dir', o.userDataDir,
    ...(o.smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    ...(o.folder ? [o.folder] : []),
  ];
}

function childEnv(o: CodeServerOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...o.env, ...o.extraEnv };
  // The server must not think it runs inside another VS Code / code-server.
  for (const k of Object.keys(env)) {
    if (/^(VSCODE_|ELECTRON_RUN_AS_NODE$|CODE_SERVER_|npm_)/.test(k) && !(o.extraEnv && k in o.extraEnv)) delete env[k];
  }
  delete env.PORT;
  delete env.PASSWORD;
  delete env.HASHED_PASSWORD;
  return env;
}

/** Starts code-server and resolves once /healthz answers. */
export async function startCodeServer(o: CodeServerOptions): Promise<CodeServer> {
  const cs = requireInstall();
  const port = o.port ?? (await freePort());
  fs.mkdirSync(o.userDataDir, { recursive: true });
  fs.mkdirSync(o.extensionsDir, { recursive: true });
  const logFile = path.join(o.runDir, 'code-server.log');
  const log = fs.createWriteStream(logFile, { flags: 'a' });
  const child = spawn(cs.node, serverArgs(cs, o, port), {
    env: childEnv(o),
    cwd: o.runDir,
    detached: true, // own process group: stop() kills the server and everything it spawned
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let exitReason: string | undefined;
  child.on('exit', (code, signal) => {
    exitReason = `code-server exited (${signal ?? code}); log: ${logFile}`;
  });
  child.on('error', (e) => {
    exitReason = `code-server failed to start: ${e.message}`;
  });
  let partial = '';
  const onData = (d: Buffer) => {
    log.write(d);
    if (!o.onLine) return;
    const lines = (partial + d.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const l of lines) o.onLine(l);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);

  const server: CodeServer = {
    url: `http://127.0.0.1:${port}`,
    host: '127.0.0.1',
    port,
    process: child,
    logFile,
    dead: () => exitReason,
    async stop() {
      if (running(child)) await killGroup(child);
      else await killGroup(child, 500); // children of an exited server may linger
      log.end();
    },
  };
  try {
    await waitForHttp(`${server.url}/healthz`, o.bootTimeoutMs ?? 60_000, () => exitReason);
  } catch (e) {
    await server.stop();
    throw e;
  }
  return server;
}

/** `code-server --install-extension <vsix>` into a given extensions folder (same dirs as the server). */
export function installExtension(
  o: Pick<CodeServerOptions, 'runDir' | 'env' | 'userDataDir' | 'extensionsDir'>,
  vsix: string,
  timeoutMs = 120_000,
): string {
  const cs = requireInstall();
  fs.mkdirSync(o.extensionsDir, { recursive: true });
  const config = path.join(o.runDir, 'config.yaml');
  if (!fs.existsSync(config)) fs.writeFileSync(config, 'auth: none\ncert: false\n');
  const r = spawnSync(
    cs.node,
    [cs.entry, '--config', config, '--extensions-dir', o.extensionsDir, '--user-data-dir', o.userDataDir, '--force', '--install-extension', vsix],
    { env: childEnv(o), cwd: o.runDir, encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL' },
  );
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.error || r.status !== 0) throw new Error(`installing ${vsix} failed (${r.error?.message ?? `exit ${r.status}`}):\n${out}`);
  return out;
}

/** `code-server --list-extensions --show-versions` for an extensions folder. */
export function listExtensions(o: Pick<CodeServerOptions, 'runDir' | 'env' | 'userDataDir' | 'extensionsDir'>): string[] {
  const cs = requireInstall();
  const config = path.join(o.runDir, 'config.yaml');
  const r = spawnSync(
    cs.node,
    [cs.entry, '--config', config, '--extensions-dir', o.extensionsDir, '--user-data-dir', o.userDataDir, '--list-extensions', '--show-versions'],
    { env: childEnv(o), cwd: o.runDir, encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL' },
  );
  if (r.error || r.status !== 0) throw new Error(`listing extensions failed: ${r.error?.message ?? r.stderr}`);
  return r.stdout.split('\n').map((l) => l.trim()).filter((l) => /^[\w-]+\.[\w-]+@/.test(l));
}
