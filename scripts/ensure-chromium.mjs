// Makes sure the browser tests have a Chromium: finds one, or installs Debian's package where that is allowed,
// or stops with one line saying how. (Playwright cannot download its own browser on our machines.)
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

let found = findChromium();
if (!found && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('ensure-chromium: no Chromium found; installing Debian\'s chromium package');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  found = findChromium();
}
if (!found) {
  console.error('ensure-chromium: no Chromium found. Install one (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH=/path/to/chromium.');
  process.exit(1);
}
console.log(`ensure-chromium: using ${found}`);
