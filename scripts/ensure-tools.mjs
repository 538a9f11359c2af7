// Makes sure the browser and server tests have what they run: Chromium (Playwright cannot download its own browser
// on our machines), nginx (the deployment test serves the built site with it) and a Hangul font (without one, Korean
// pages render as empty boxes and their layout is measured wrong). Finds them, or installs Debian's packages where
// that is allowed, or stops with one line saying how (a missing font only warns: the tests still run).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';
import { findNginx } from './nginx.mjs';

/** True when fontconfig knows fonts matching `pattern` (e.g. ':lang=ko', or a family name). */
function hasFont(pattern) {
  try {
    return execSync(`fc-list '${pattern}' family`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
  } catch {
    return false;
  }
}
// The visual tests pin their text to these two families (tests/e2e/visual-fonts.css), so screenshots match anywhere.
const hasHangulFont = () => hasFont('Noto Sans CJK KR');
const hasLatinFont = () => hasFont('DejaVu Sans');

const missing = [];
if (!findChromium()) missing.push('chromium');
if (!findNginx()) missing.push('nginx');
if (!hasHangulFont()) missing.push('fonts-noto-cjk');
if (!hasLatinFont()) missing.push('fonts-dejavu-core');
if (missing.length && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log(`ensure-tools: installing Debian's ${missing.join(' and ')}`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit' });
}
if (!findChromium()) {
  console.error('ensure-tools: no Chromium found. Install one (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH=/path/to/chromium.');
  process.exit(1);
}
if (!findNginx()) {
  console.error('ensure-tools: no nginx found. Install it (Debian: sudo apt-get install nginx) or set NGINX_PATH=/path/to/nginx.');
  process.exit(1);
}
if (!hasHangulFont() || !hasLatinFont())
  console.warn('ensure-tools: Noto Sans CJK KR or DejaVu Sans is missing; Korean pages will not render as readers see them and the visual tests will fail. Install them (Debian: sudo apt-get install fonts-noto-cjk fonts-dejavu-core).');
console.log(`ensure-tools: using ${findChromium()} and ${findNginx()}`);
