#!/usr/bin/env node
// `npm test`: every test, in every engine. Node tests (emulator, build), then the browser tests in
// Chromium, Firefox and WebKit. Ends with one line "N passed, N failed" and a non-zero exit code
// when anything failed, when a required engine is missing, or when no browser test ran at all.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureEngines } from './browsers.mjs';

const args = process.argv.slice(2);
const run = (cmd, argv, opts = {}) => spawnSync(cmd, argv, { stdio: 'inherit', ...opts }).status ?? 1;
const fail = (msg) => {
  console.error(`\n${msg}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
};

mkdirSync('test/.results', { recursive: true });

const { engines, skipped, note } = ensureEngines();
if (!engines.chromium) fail('Chromium is required and was not found. ' + note);
if (skipped.length && process.env.CI) fail(`CI runs every test in all three engines. ${note}`);

// 1. The production build first: the size budget (a node test) and the browser tests load it.
const buildStatus = run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']);
if (buildStatus !== 0) fail('npm run build failed: the bundle the tests load could not be built.');

// 2. Node: the emulator's own tests and the build checks.
const nodeTap = 'test/.results/node.tap';
rmSync(nodeTap, { force: true });
const nodeFiles = ['test/emulator', 'test/node'].filter((d) => existsSync(d));
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
const node = { passed: tapCount('pass'), failed: tapCount('fail') + (nodeStatus && !tapCount('fail') ? 1 : 0), skipped: tapCount('skipped') + tapCount('todo') };


// 3. Browsers. WebKit's MiniBrowser needs a display: give it one with xvfb-run when there is none.
const totalsFile = 'test/.results/browser-totals.json';
rmSync(totalsFile, { force: true });
const wtr = ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...args];
const env = { ...process.env, EVT_ENGINES: JSON.stringify(engines) };
const browserStatus =
  engines.webkit && !process.env.DISPLAY
    ? run('xvfb-run', ['-a', '--server-args=-screen 0 1280x1024x24', process.execPath, ...wtr], { env })
    : run(process.execPath, wtr, { env });
const browser = existsSync(totalsFile) ? JSON.parse(readFileSync(totalsFile, 'utf8')) : null;

console.log('');
console.log(`node: ${node.passed} passed, ${node.failed} failed, ${node.skipped} skipped`);
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
