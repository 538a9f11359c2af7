// A real `astro build` on broken content stops before writing anything and prints one line per problem.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('astro build fails on a bad entry with one line naming file and field, and writes no output', () => {
  const root = mkdtempSync(join(tmpdir(), 'bad-content-'));
  const out = join(root, 'dist');
  cpSync('tests/fixtures/content-good', join(root, 'content'), { recursive: true });
  const file = join(root, 'content/codes/425.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('status: standard', 'status: sometimes'));
  try {
    const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
      env: { ...process.env, CONTENT_ROOT: join(root, 'content'), ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).not.toBe(0);
    const lines = run.stderr.trim().split('\n').filter((l) => l.includes('425.yaml'));
    expect(lines).toEqual([expect.stringMatching(/content\/codes\/425\.yaml: status: must be standard, extension or non-standard$/)]);
    expect(existsSync(out)).toBe(false);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}, 90_000);
