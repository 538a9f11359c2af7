// Prints one closing line for the whole test run ("N passed, N failed") from the Vitest and Playwright reports.
import { existsSync, readFileSync } from 'node:fs';

const read = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : undefined);
const unit = read('reports/unit.json');
const e2e = read('reports/e2e.json');
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats.expected ?? 0) + (e2e?.stats.flaky ?? 0);
const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats.unexpected ?? 0);
const skipped = (unit?.numPendingTests ?? 0) + (e2e?.stats.skipped ?? 0);
console.log(`unit ${unit?.numPassedTests ?? 0}, browser ${e2e?.stats.expected ?? 0}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
