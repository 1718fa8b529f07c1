// Finds the three engines the tests run in, and the other programs the tests drive (nginx, for
// the edge cache), and installs the missing ones with Debian's apt-get when that is possible (root
// on a Debian machine). Everything else runs in the engines found; a missing tool is skipped with
// a note locally, and fails the run in CI (test/run.mjs).
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

const ENGINES = {
  chromium: {
    env: 'CHROME_PATH',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
    apt: ['chromium'],
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    apt: ['firefox-esr'],
  },
  webkit: {
    env: 'WEBKIT_DRIVER_PATH',
    paths: ['/usr/bin/WebKitWebDriver'],
    apt: ['webkit2gtk-driver', 'xvfb'],
    // MiniBrowser is what WebKitWebDriver drives; xvfb-run gives it a display.
    extra: { env: 'WEBKIT_BROWSER_PATH', paths: ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser'] },
  },
};

/** Programs the Node tests drive, beside the browsers: found and installed the same way. */
const TOOLS = {
  nginx: { env: 'NGINX_PATH', paths: ['/usr/sbin/nginx', '/usr/bin/nginx'], apt: ['nginx'] },
};

const find = (spec) => {
  const fromEnv = process.env[spec.env];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return spec.paths.find((p) => existsSync(p)) ?? null;
};

/** Which engines the run asks for: EVT_BROWSERS=chromium,firefox narrows it (for quick local runs). */
export function wantedEngines() {
  const list = (process.env.EVT_BROWSERS ?? 'chromium,firefox,webkit').split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = list.filter((n) => !(n in ENGINES));
  if (unknown.length) throw new Error(`EVT_BROWSERS names unknown engine(s) ${unknown.join(', ')}; use chromium, firefox, webkit`);
  return list;
}

/** Paths of the engines present now: { chromium?: path, firefox?: path, webkit?: { driver, browser } }. */
export function detectEngines() {
  const found = {};
  const chromium = find(ENGINES.chromium);
  if (chromium) found.chromium = chromium;
  const firefox = find(ENGINES.firefox);
  if (firefox) found.firefox = firefox;
  const driver = find(ENGINES.webkit);
  const browser = find(ENGINES.webkit.extra);
  if (driver && browser) found.webkit = { driver, browser };
  return found;
}

const canApt = () =>
  process.platform === 'linux' && process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

const needsXvfb = () => spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status !== 0;

/**
 * Installs what is missing when root may use apt-get; returns the engines found afterwards and a
 * one-line note about the ones skipped and how to install them.
 */
export function ensureEngines({ log = console.log } = {}) {
  const wanted = wantedEngines();
  let found = detectEngines();
  const missing = () => wanted.filter((n) => !found[n] || (n === 'webkit' && needsXvfb()));
  const missingTools = () => Object.keys(TOOLS).filter((n) => !find(TOOLS[n]));
  if ((missing().length || missingTools().length) && canApt() && process.env.EVT_NO_INSTALL !== '1') {
    const pkgs = [...missing().flatMap((n) => ENGINES[n].apt), ...missingTools().flatMap((n) => TOOLS[n].apt)];
    log(`Installing ${pkgs.join(', ')} with apt-get (the test browsers and tools)...`);
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...pkgs], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch (err) {
      log(`apt-get could not install ${pkgs.join(', ')}: ${err.message}`);
    }
    found = detectEngines();
  }
  const skipped = missing();
  const toolsSkipped = missingTools();
  const notes = [];
  if (skipped.length) notes.push(`Skipped ${skipped.join(', ')}: not found. Install with \`apt-get install ${skipped.flatMap((n) => ENGINES[n].apt).join(' ')}\` or point ${skipped.map((n) => ENGINES[n].env).join('/')} at it.`);
  if (toolsSkipped.length) notes.push(`Skipped the tests that need ${toolsSkipped.join(', ')}: not found. Install with \`apt-get install ${toolsSkipped.flatMap((n) => TOOLS[n].apt).join(' ')}\` or point ${toolsSkipped.map((n) => TOOLS[n].env).join('/')} at it.`);
  const engines = Object.fromEntries(wanted.filter((n) => !skipped.includes(n)).map((n) => [n, found[n]]));
  const tools = Object.fromEntries(Object.keys(TOOLS).filter((n) => !toolsSkipped.includes(n)).map((n) => [n, find(TOOLS[n])]));
  return { engines, skipped, tools, toolsSkipped, note: notes.join(' ') };
}

/** Chromium's flags for every headless run here (tests, examples, the bench's own pages apart). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
  // Pages run side by side as tabs: the one in the background must not be throttled (no
  // requestAnimationFrame there, timers slowed to 1 s), or fixtures wait for ever.
  '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows',
];

/** A free TCP port on 127.0.0.1. */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
