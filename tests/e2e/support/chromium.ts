// Finds the Chromium the end-to-end tests drive. In CI a missing Chromium is an
// error; on a developer machine the suite is skipped with a plain message.

import { existsSync } from 'node:fs';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export function findChromium(): string | null {
  const candidate = process.env.CHROME_PATH || DEFAULT_CHROMIUM;
  return existsSync(candidate) ? candidate : null;
}

/** The Chromium path, or null after printing why the suite is skipped. Throws in CI. */
export function chromiumOrSkip(): string | null {
  const chromium = findChromium();
  if (chromium) return chromium;
  const where = process.env.CHROME_PATH ? `CHROME_PATH (${process.env.CHROME_PATH})` : DEFAULT_CHROMIUM;
  if (process.env.CI === 'true') {
    throw new Error(`End-to-end tests need Chromium, which was not found at ${where}. Install it (apt-get install chromium) or set CHROME_PATH.`);
  }
  console.log(`End-to-end tests SKIPPED: no Chromium at ${where}. Install Debian's chromium or set CHROME_PATH to run them.`);
  return null;
}

/** Flags for headless Chromium on build machines that cannot reach the internet. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
