// Launches Debian's Chromium through playwright-core with the flags that work on these machines.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CHROMIUM = process.env.MARGINALIA_CHROMIUM ?? '/usr/bin/chromium';

/** Opens a fresh headless browser context; call close() to end it and remove its profile. */
export async function launchBrowser({ width = 1400, height = 900 } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'marginalia-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width, height },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    env: {
      ...process.env,
      XDG_CONFIG_HOME: join(profile, 'xdg-config'),
      XDG_CACHE_HOME: join(profile, 'xdg-cache'),
      XDG_DATA_HOME: join(profile, 'xdg-data'),
    },
  });
  // Loading the workbench takes seconds, and far longer on a machine shared by several test runs.
  context.setDefaultNavigationTimeout(180_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const close = async () => {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  };
  return { context, page, close };
}
