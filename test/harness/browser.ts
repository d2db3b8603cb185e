// Headless Debian Chromium driven by playwright-core (no browser download), with a fresh profile.
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumPath } from './env';
import { withTimeout } from './proc';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface BrowserOptions {
  runDir: string;
  env: Record<string, string>;
  viewport?: { width: number; height: number };
  timeoutMs?: number;
}

/** Launches Chromium with a profile inside the run folder; close the returned context to stop it. */
export async function launchChromium(o: BrowserOptions): Promise<BrowserContext> {
  const context = await withTimeout(
    chromium.launchPersistentContext(path.join(o.runDir, 'chromium-profile'), {
      executablePath: chromiumPath(),
      headless: true,
      args: CHROMIUM_ARGS,
      env: { ...process.env, ...o.env } as Record<string, string>,
      viewport: o.viewport ?? { width: 1400, height: 900 },
      timeout: o.timeoutMs ?? 60_000,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    }),
    (o.timeoutMs ?? 60_000) + 5_000,
    'launching Chromium',
  );
  context.setDefaultTimeout(30_000);
  context.setDefaultNavigationTimeout(60_000);
  return context;
}

/** Closes the browser, giving up (the process is killed with the run) after a few seconds. */
export async function closeQuietly(context: BrowserContext | undefined): Promise<void> {
  if (!context) return;
  try {
    await withTimeout(context.close(), 10_000, 'closing Chromium');
  } catch {
    // playwright-core kills the browsers it launched when this process exits
  }
}
