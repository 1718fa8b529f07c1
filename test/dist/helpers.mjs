// Shared by the tests of what ships: the packed tarball, Chromium driven by puppeteer-core, and a
// watcher that records what a page did (errors, CSP violations, requests, warnings).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_FLAGS, freePort } from '../browsers.mjs';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

export function chromiumPath() {
  const found = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
  if (!found) throw new Error('Chromium not found: apt-get install chromium, or set CHROME_PATH.');
  return found;
}

/** Headless Chromium with a fresh profile; `close()` also removes the profile. */
export async function launchChromium() {
  const { default: puppeteer } = await import('puppeteer-core');
  const profile = mkdtempSync(join(tmpdir(), 'evt-dist-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`],
  });
  const close = browser.close.bind(browser);
  browser.close = async () => {
    await close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  };
  return browser;
}

export { freePort };

/**
 * Waits until `host >>> inner` exists, by polling the host's shadow root. Puppeteer's
 * waitForSelector re-checks on the document's mutations, and a shadow root's changes are not
 * among them: a widget that renders after the first look would be missed until the time-out.
 */
export function waitForShadow(page, selector, { timeout = 30_000 } = {}) {
  const [host, inner] = selector.split(' >>> ');
  return page.waitForFunction((h, i) => document.querySelector(h)?.shadowRoot?.querySelector(i), { polling: 100, timeout }, host, inner);
}

/**
 * The package as npm would publish it: `npm pack` of the current build (test/run.mjs packs once and
 * leaves test/.results/pack.json; a test run on its own packs here). Returns the tarball's path.
 */
export function tarball() {
  const record = join(root, 'test/.results/pack.json');
  if (existsSync(record)) {
    const { file, error } = JSON.parse(readFileSync(record, 'utf8'));
    if (error) throw new Error(`No package to test: ${error}.`);
    if (existsSync(file)) return file;
  }
  return packNow();
}

export function packNow() {
  if (!existsSync(join(root, 'dist/lib/index.js'))) throw new Error('dist/lib is missing: npm run build first.');
  // A folder per pack: other developers' runs in the same tree must not delete the tarball under
  // a running test. Folders older than an hour are left-overs.
  const results = join(root, 'test/.results');
  mkdirSync(results, { recursive: true });
  for (const old of readdirSync(results).filter((d) => d.startsWith('pack-'))) {
    if (Date.now() - statSync(join(results, old)).mtimeMs > 3_600_000) rmSync(join(results, old), { recursive: true, force: true });
  }
  const dest = mkdtempSync(join(results, 'pack-'));
  // The build is current (npm test builds first): skip prepack's second build.
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dest], { cwd: root, encoding: 'utf8' });
  const [info] = JSON.parse(out);
  const file = join(dest, info.filename);
  writeFileSync(join(root, 'test/.results/pack.json'), JSON.stringify({ file, files: info.files.map((f) => f.path) }, null, 2));
  return file;
}

/** The tarball unpacked into a fresh temp dir: returns the package folder (`…/package`). */
export function unpack(file = tarball()) {
  const dir = mkdtempSync(join(tmpdir(), 'evt-unpacked-'));
  execFileSync('tar', ['-xzf', file, '-C', dir]);
  return join(dir, 'package');
}

/** Files in the tarball (package-relative). */
export function tarballFiles(file = tarball()) {
  return execFileSync('tar', ['-tzf', file], { encoding: 'utf8' }).split('\n').filter(Boolean).map((p) => p.replace(/^package\//, ''));
}

/**
 * Records what happens in a page: uncaught errors, console errors and warnings, CSP violations
 * (the `securitypolicyviolation` event, installed before any page script), and every request.
 */
export async function watchPage(page) {
  const log = { pageErrors: [], consoleErrors: [], warnings: [], violations: [], requests: [] };
  page.on('pageerror', (err) => log.pageErrors.push(String(err?.message ?? err)));
  page.on('console', (msg) => {
    if (msg.type() === 'error') log.consoleErrors.push(msg.text());
    if (msg.type() === 'warn' || msg.type() === 'warning') log.warnings.push(msg.text());
  });
  page.on('request', (req) => log.requests.push({ url: req.url(), method: req.method(), type: req.resourceType() }));
  await page.exposeFunction('__evtViolation', (v) => log.violations.push(v));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      // @ts-ignore -- exposed by the test
      window.__evtViolation({ directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile, line: e.lineNumber, sample: e.sample });
    });
  });
  return log;
}

/** Every `part` token in every shadow root of the page, per element tag (nested roots too). */
export function collectParts(page) {
  return page.evaluate(() => {
    const out = {};
    const walk = (root, host) => {
      for (const el of root.querySelectorAll('*')) {
        if (host && el.hasAttribute('part')) for (const p of el.getAttribute('part').split(/\s+/)) if (p) (out[host] ??= []).push(p);
        if (el.shadowRoot) walk(el.shadowRoot, el.localName);
      }
    };
    walk(document, null);
    for (const k of Object.keys(out)) out[k] = [...new Set(out[k])].sort();
    return out;
  });
}

/** Runs a command, returning { status, output }; never throws. */
export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...opts });
  return { status: r.status ?? 1, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

/** Manifest of a package folder (the unpacked tarball's or the repo's). */
export function manifestOf(dir = root) {
  return JSON.parse(readFileSync(join(dir, 'dist/custom-elements.json'), 'utf8'));
}

export const listDir = (d) => (existsSync(d) ? readdirSync(d) : []);
