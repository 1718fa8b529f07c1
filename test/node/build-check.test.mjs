// The production build must fail, not ship a broken file, when syntax is left untransformed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

test('a build whose output keeps standard decorator syntax fails', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'evt-build-'));
  mkdirSync(join(dir, 'src'));
  // Outside the project's tsconfig, so nothing lowers the decorator: the output keeps `@dec`.
  const entry = join(dir, 'src', 'entry.js');
  writeFileSync(entry, 'const dec = () => {};\nexport class A { @dec accessor x = 1; }\n');
  await assert.rejects(
    build({
      configFile: new URL('../../vite.config.ts', import.meta.url).pathname,
      logLevel: 'silent',
      build: { lib: { entry: { 'evt-widgets': entry }, formats: ['es'] }, outDir: join(dir, 'dist'), emptyOutDir: true },
    }),
    // The second minification (scripts/lib/terser-pass.mjs) reads every chunk first and stops at
    // the `@`; the syntax check after it (vite.config.ts) would say the same of a file it let by.
    /evt-widgets\.js: the second minification \(terser\) failed: Unexpected character '@'|not valid JavaScript \(left untransformed syntax\?\)/,
  );
});
