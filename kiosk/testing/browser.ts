// Launches Debian's Chromium for browser tests (playwright-core, no browser download).
// playwright-core gives each launch its own empty profile. Flags keep Chromium from reaching for the network, which this machine does not have.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Folder for screenshots kept as test artifacts (CI keeps test-results/). */
export function artifactPath(name: string): string {
  const folder = path.resolve('test-results', 'screenshots');
  mkdirSync(folder, { recursive: true });
  return path.join(folder, name);
}
