#!/usr/bin/env node
// `npm test`: every test, in every engine. The build and `npm pack`; the typecheck (`tsc
// --noEmit`); Node tests (emulator, build, and test/dist: size budget, manifest, the packed
// package, the CMS/React/Vue examples and the snippet builder in headless Chromium; the React and
// Vue examples and the Preact typings install their dependencies from the npm registry); then the
// browser tests in Chromium, Firefox and WebKit. Ends with one line "N passed, N failed" and a
// non-zero exit code when anything failed, when a required engine is missing (in CI: any engine,
// and nginx for the edge cache's tests), or when no browser test ran at all.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { ensureEngines } from './browsers.mjs';

const args = process.argv.slice(2);
const run = (cmd, argv, opts = {}) => spawnSync(cmd, argv, { stdio: 'inherit', ...opts }).status ?? 1;
const fail = (msg) => {
  console.error(`\n${msg}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
};

mkdirSync('test/.results', { recursive: true });

const { engines, skipped, toolsSkipped, note } = ensureEngines();
if (!engines.chromium) fail('Chromium is required and was not found. ' + note);
if (skipped.length && process.env.CI) fail(`CI runs every test in all three engines. ${note}`);
// nginx: the edge cache's tests (test/node/edge.test.mjs) skip without it locally, never in CI.
if (toolsSkipped.length && process.env.CI) fail(`CI runs every test, the edge cache's included. ${note}`);

// 1. The production build first: the CDN files (which the browser tests load) stop the run when
//    they cannot be built; the npm build (dist/lib, the manifest, typings) and `npm pack` count as
//    one failure and the run goes on, since the tests of the package (test/dist) then report what
//    is wrong. Undocumented API only warns here: test/dist/api-docs reports it as a failing test.
const buildStatus = run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']);
if (buildStatus !== 0) fail('npm run build failed: the bundle the tests load could not be built.');
let buildFailures = 0;
rmSync('test/.results/pack.json', { force: true });
const libStatus = run(process.execPath, ['scripts/build.mjs', '--skip-cdn'], { env: { ...process.env, EVT_API_DOCS: 'warn' } });
if (libStatus !== 0) {
  console.error('\nThe npm build (dist/lib, custom-elements.json, typings) failed: see above.');
  buildFailures++;
  // The package tests must not pack a stale dist/lib: they fail, naming this.
  writeFileSync('test/.results/pack.json', JSON.stringify({ error: 'the npm build failed (see the start of the run)' }));
} else {
  // The package as npm publishes it; test/dist and the example apps install this tarball.
  const pack = run(process.execPath, ['-e', "import('./test/dist/helpers.mjs').then((h) => console.log('packed ' + h.packNow()))"]);
  if (pack !== 0) {
    console.error('\nnpm pack failed.');
    buildFailures++;
  }
}

// 2. Types: `npm run typecheck` (tsc --noEmit over src/, test/ and demo/, see tsconfig.json), the
//    only place the `@ts-expect-error` checks in test/api/types.test.ts can fail. A failure counts
//    as one node-side failure, named at the end, and the run goes on.
const typecheckStatus = run(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json']);
const typecheckFailed = typecheckStatus !== 0;
if (typecheckFailed) console.error('\nnpm run typecheck (tsc --noEmit) failed: see the type errors above.');

// 3. Node: the emulator's own tests and the build checks.
const nodeTap = 'test/.results/node.tap';
rmSync(nodeTap, { force: true });
// test/dist: the size budget, the manifest, the packed package, the CMS, React and Vue examples.
const nodeFiles = ['test/emulator', 'test/node', 'test/dist'].filter((d) => existsSync(d));
const nodeStatus = nodeFiles.length
  ? run(process.execPath, [
      '--test', '--test-concurrency=2',
      '--test-reporter=spec', '--test-reporter-destination=stdout',
      '--test-reporter=tap', `--test-reporter-destination=${nodeTap}`,
      ...nodeFiles.map((d) => `${d}/`),
    ])
  : 0;
const tap = existsSync(nodeTap) ? readFileSync(nodeTap, 'utf8') : '';
const tapCount = (k) => Number(tap.match(new RegExp(`^# ${k} (\\d+)`, 'm'))?.[1] ?? 0);
const node = {
  passed: tapCount('pass'),
  failed: tapCount('fail') + (nodeStatus && !tapCount('fail') ? 1 : 0) + buildFailures + (typecheckFailed ? 1 : 0),
  skipped: tapCount('skipped') + tapCount('todo'),
};


// 4. Browsers. WebKit's MiniBrowser needs a display: give it one with xvfb-run when there is none.
const totalsFile = 'test/.results/browser-totals.json';
rmSync(totalsFile, { force: true });
const wtr = ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...args];
const env = { ...process.env, EVT_ENGINES: JSON.stringify(engines) };
const runBrowsers = () => {
  const r =
    engines.webkit && !process.env.DISPLAY
      ? spawnSync('xvfb-run', ['-a', '--server-args=-screen 0 1280x1024x24', process.execPath, ...wtr], { stdio: 'inherit', env })
      : spawnSync(process.execPath, wtr, { stdio: 'inherit', env });
  return { status: r.status, signal: r.signal, totals: existsSync(totalsFile) ? JSON.parse(readFileSync(totalsFile, 'utf8')) : null };
};
let browserRun = runBrowsers();
// The runner itself has twice gone away mid-run on this machine without a word (no totals, no
// error, no OOM): that says nothing of the tests, so say what it exited with and run them once
// more. A run that ends with totals (any failure included) is never repeated.
if (!browserRun.totals) {
  console.error(
    `\nThe browser test runner exited (status ${browserRun.status}, signal ${browserRun.signal ?? 'none'}) without writing its totals: ` +
      'running the browser tests once more.',
  );
  browserRun = runBrowsers();
}
const browserStatus = browserRun.status ?? 1;
const browser = browserRun.totals;

console.log('');
console.log(`node: ${node.passed} passed, ${node.failed} failed, ${node.skipped} skipped`);
if (typecheckFailed) console.log('typecheck: failed (npm run typecheck), counted in node');
if (browser) {
  for (const [name, t] of Object.entries(browser.browsers)) {
    console.log(`${name}: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
  }
}
if (note) console.log(note);
const passed = node.passed + (browser?.passed ?? 0);
let failed = node.failed + (browser?.failed ?? 0);
if (!browser || browser.passed === 0) {
  console.error('No browser test ran: that is a failure, not a pass.');
  failed++;
}
if (browserStatus !== 0 && failed === 0) failed++; // a runner error (file failed to load, timeout) counts too
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || nodeStatus !== 0 || browserStatus !== 0 ? 1 : 0);
