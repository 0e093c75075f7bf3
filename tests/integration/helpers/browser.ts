// A real browser for the dashboard tests: Debian's Chromium (installed by .ci/run with
// apt-get when missing), driven by playwright-core, which downloads no browser of its own.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'];

/** The Chromium executable: $KG_CHROMIUM, else Debian's; throws saying how to install it. */
export function findChromium(): string {
  const configured = process.env.KG_CHROMIUM;
  if (configured) return configured;
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found)
    throw new Error(
      `No Chromium found (looked at ${CANDIDATES.join(', ')}): install it with "apt-get install -y chromium" (as .ci/run does), or set KG_CHROMIUM to its path`,
    );
  return found;
}

/** Launches headless Chromium. --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
}
