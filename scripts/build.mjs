#!/usr/bin/env node
// `npm run build` (also before `npm pack` / `npm publish`):
//   1. the CDN files: the loader dist/evt-widgets.js, dist/evt-list.js & co., dist/chunks/, dist/evt-widgets.bundle.js (vite.config.ts);
//   2. the npm modules: dist/lib/**/*.js + .d.ts, unbundled (tsconfig.build.json);
//   3. dist/custom-elements.json and what is generated from it (scripts/manifest.mjs).
// dist/lib is compiled next to it and swapped in with one rename, so a test or a second build
// running at the same time never sees half of it.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const fresh = join(root, `dist/.lib-${process.pid}`);
const step = (what, args) => {
  const { status } = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (status !== 0) {
    rmSync(fresh, { recursive: true, force: true });
    console.error(`\nBuild failed at: ${what}.`);
    process.exit(1);
  }
};

// --skip-cdn: test/run.mjs builds the CDN files first on their own (the browser tests need only them).
if (!process.argv.includes('--skip-cdn')) step('CDN files', ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']);
step('npm modules and type declarations', ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json', '--outDir', fresh]);
const old = join(root, `dist/.lib-old-${process.pid}`);
if (existsSync(join(root, 'dist/lib'))) renameSync(join(root, 'dist/lib'), old);
renameSync(fresh, join(root, 'dist/lib'));
rmSync(old, { recursive: true, force: true });
step('custom elements manifest', ['scripts/manifest.mjs']);
