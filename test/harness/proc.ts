// Small process helpers: free ports, waiting with deadlines, run folders, killing what we started.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** Whether a TCP port on host can be bound right now. */
export function portIsFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, host, () => srv.close(() => resolve(true)));
  });
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Rejects with `what` timed out after `ms`; clears its timer when `p` settles. */
export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

/** GETs url until it answers 2xx, the deadline passes, or `alive()` turns false. */
export async function waitForHttp(url: string, ms: number, alive: () => string | undefined): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    const dead = alive();
    if (dead) throw new Error(dead);
    const ok = await new Promise<boolean>((resolve) => {
      const req = http.get(url, { timeout: 2000 }, (res) => {
        res.resume();
        resolve((res.statusCode ?? 500) < 300);
      });
      req.on('error', () => resolve(false));
      req.on('timeout', () => {
        req.destroy();
        resolve(false);
      });
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${Math.round(ms / 1000)} s`);
    await sleep(200);
  }
}

/**
 * A fresh run folder with XDG_* and TMPDIR inside it. It lives in the system temp folder (short
 * paths: VS Code puts Unix sockets under XDG_RUNTIME_DIR, and socket paths are limited to ~107 bytes).
 */
export function makeRunDir(prefix: string): { dir: string; env: Record<string, string> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cc-${prefix}-`));
  const env: Record<string, string> = {};
  for (const [k, sub] of [
    ['XDG_CONFIG_HOME', 'xdg/config'],
    ['XDG_DATA_HOME', 'xdg/data'],
    ['XDG_CACHE_HOME', 'xdg/cache'],
    ['XDG_RUNTIME_DIR', 'xdg/run'],
    ['TMPDIR', 'tmp'],
  ] as const) {
    const p = path.join(dir, sub);
    fs.mkdirSync(p, { recursive: true, mode: 0o700 });
    env[k] = p;
  }
  return { dir, env };
}

export function removeDir(dir: string): void {
  try {
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  } catch {
    /* best effort */
  }
}

/** Whether the process is still running (has not exited and was not killed). */
export function running(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

/**
 * Stops a child started with `detached: true` (its own process group) and everything it spawned:
 * SIGTERM to the group, SIGKILL after `graceMs`. Only ever signals that group.
 */
export async function killGroup(child: ChildProcess, graceMs = 3000): Promise<void> {
  const pid = child.pid;
  if (!pid) return;
  const signalGroup = (sig: NodeJS.Signals) => {
    try {
      process.kill(-pid, sig);
      return true;
    } catch {
      return false; // the group is gone
    }
  };
  if (!signalGroup('SIGTERM')) return;
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    await sleep(100);
    try {
      process.kill(-pid, 0);
    } catch {
      return;
    }
  }
  signalGroup('SIGKILL');
}
