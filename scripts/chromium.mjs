// Finds a Chromium for the browser tests: $CHROMIUM_PATH, Playwright's own download, or Debian's /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** The path of a usable Chromium, or undefined. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, safe(() => chromium.executablePath()), '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => p && existsSync(p));
}

function safe(f) {
  try {
    return f();
  } catch {
    return undefined;
  }
}

/** Flags for headless Chromium on a machine without outside network (see README). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
