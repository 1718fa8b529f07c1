// `<evt-register use-event-form>` from the build (dist/evt-register.js) in headless Chromium, on a
// page whose strict CSP with Trusted Types is `strictPolicy()` with the `eventForm` option (the
// README's lines): the emulator's stand-in FormLoader loads, the form renders, a submit becomes a
// waitlist registration and `evt-registered` fires, with no CSP violation, uncaught error or
// console error. Without the `eventForm` lines the loader is blocked and our own form shows. And
// what evtDirectives writes for `eventForm`, and refuses.
// Needs the build: `npx vite build && npm run build:lib` (test/run.mjs builds first).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { startEmulator } from '../../demo/emulator/index.mjs';
import { freePort, launchChromium, root, watchPage } from './helpers.mjs';

const dist = join(root, 'dist');
if (!existsSync(join(dist, 'evt-register.js')) || !existsSync(join(dist, 'lib/csp.js'))) {
  throw new Error('test/dist/event-form-csp.test.mjs needs the build: run `npx vite build && npm run build:lib` first.');
}
const { evtDirectives, strictPolicy } = await import('../../dist/lib/csp.js');

let emu, site, siteOrigin, browser;
const reports = [];
const policies = {};

const PAGE_JS = `
  window.__registered = [];
  document.addEventListener('evt-registered', (e) => window.__registered.push(e.detail));
`;

before(async () => {
  const port = await freePort();
  siteOrigin = `http://127.0.0.1:${port}`;
  emu = await startEmulator({ port: 0, origins: [siteOrigin], processingDelay: 0 });
  const api = new URL(emu.url).origin;
  // The emulator serves the API and the stand-in loader, form and form API from one origin; on
  // Microsoft's service they are three (README, "Content Security Policy").
  policies.form = strictPolicy({ apiOrigin: api, eventForm: { loaderOrigin: api, apiOrigin: api }, reportUri: '/csp-report' });
  policies.plain = strictPolicy({ apiOrigin: api, reportUri: '/csp-report' });
  site = createServer((req, res) => {
    const url = new URL(req.url, siteOrigin);
    if (url.pathname === '/csp-report') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        reports.push(JSON.parse(body || '{}')['csp-report'] ?? {});
        res.writeHead(204).end();
      });
      return;
    }
    if (url.pathname === '/page.js') return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(PAGE_JS);
    if (url.pathname.endsWith('.js')) {
      const file = normalize(join(dist, url.pathname));
      if (!file.startsWith(dist + sep) || !existsSync(file)) return void res.writeHead(404).end();
      return void res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(readFileSync(file));
    }
    const csp = policies[url.searchParams.get('policy') ?? 'form'];
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp });
    res.end(`<!doctype html><html lang="en"><head><title>Event form</title><script src="/page.js"></script>
      <script type="module" src="/evt-register.js"></script></head><body>
      <evt-register endpoint="${emu.rtmBase}" token="demo-token" event-id="${url.searchParams.get('event') ?? 'Journeys_Waitlist_Lab'}" use-event-form></evt-register></body></html>`);
  });
  await new Promise((r) => site.listen(port, '127.0.0.1', r));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await new Promise((r) => (site ? site.close(r) : r()));
  await emu?.close();
});

describe('use-event-form under a strict CSP with Trusted Types (Chromium)', () => {
  it("with the README's eventForm lines: the form renders, submits, registers; no violation, no error", async () => {
    const csp = policies.form;
    const api = new URL(emu.url).origin;
    assert.match(csp, new RegExp(`script-src 'self' ${api}(;|$)`));
    assert.match(csp, new RegExp(`connect-src 'self' ${api}(;|$)`));
    assert.match(csp, /trusted-types lit-html evt-widgets d365mkt-forms(;|$)/);
    assert.match(csp, /require-trusted-types-for 'script'/);
    const page = await browser.newPage();
    const log = await watchPage(page);
    const before = reports.length;
    await page.goto(`${siteOrigin}/`);
    for (const [name, value] of [['firstname', 'Cora'], ['lastname', 'Csp'], ['emailaddress1', 'cora.csp@example.com'], ['jobtitle', 'Auditor']]) {
      const input = await page.waitForSelector(`evt-register .evt-event-form [name="${name}"]`, { timeout: 10_000 });
      await input.type(value);
    }
    await page.click('evt-register .evt-event-form [type=submit]');
    await page.waitForFunction(() => window.__registered.length > 0, { timeout: 10_000 });
    const [detail] = await page.evaluate(() => window.__registered);
    assert.equal(detail.readableEventId, 'Journeys_Waitlist_Lab');
    assert.equal(detail.attendees[0].waitlisted, true);
    await fetch(`${emu.url}/dev/process`, { method: 'POST' });
    const records = await (await fetch(`${emu.url}/dev/registrations?readableEventId=Journeys_Waitlist_Lab`)).json();
    assert.equal(records.find((r) => r.email === 'cora.csp@example.com')?.waitlisted, true);
    await new Promise((r) => setTimeout(r, 100)); // let report-uri POSTs arrive
    assert.deepEqual(log.violations, [], 'CSP violations');
    assert.deepEqual(reports.slice(before), [], 'CSP reports');
    assert.deepEqual(log.pageErrors, [], 'uncaught errors');
    assert.deepEqual(log.consoleErrors, [], 'console errors');
    await page.close();
  });

  it('without them: the loader is blocked (script-src), our own form shows, the console says why', async () => {
    const page = await browser.newPage();
    const log = await watchPage(page);
    await page.goto(`${siteOrigin}/?policy=plain&event=Journeys_Attribute_Day`);
    await page.waitForFunction(() => document.querySelector('evt-register')?.shadowRoot?.querySelector('form[part~="form"]'), { timeout: 10_000 });
    assert.equal(await page.$('evt-register .evt-event-form'), null);
    assert.deepEqual([...new Set(log.violations.map((v) => `${v.directive} ${v.blocked}`))], [`script-src-elem ${emu.url}/dev/forms/FormLoader.bundle.js`]);
    assert.match(log.warnings.join('\n'), /FormLoader\.bundle\.js could not be loaded.*own form instead/);
    assert.deepEqual(log.pageErrors, []);
    await page.close();
  });
});

describe('evtDirectives({ eventForm })', () => {
  it("adds the loader, the form's API and cached-form origins and the loader's policy names, each once", () => {
    const d = Object.fromEntries(evtDirectives({ apiOrigin: 'https://public-eur.mkt.dynamics.com', eventForm: { loaderOrigin: 'https://loader.example', apiOrigin: 'https://public-eur.mkt.dynamics.com', cachedFormOrigin: 'https://assets.example', trustedTypes: ['ms-forms'] } }).map(([n, ...s]) => [n, s]));
    assert.deepEqual(d['script-src'], ["'self'", 'https://loader.example']);
    assert.deepEqual(d['connect-src'], ['https://public-eur.mkt.dynamics.com', 'https://assets.example']);
    assert.deepEqual(d['trusted-types'], ['lit-html', 'evt-widgets', 'ms-forms']);
    assert.deepEqual(Object.fromEntries(evtDirectives({ apiOrigin: 'https://api.example' }).map(([n, ...s]) => [n, s]))['trusted-types'], ['lit-html', 'evt-widgets']);
  });
  it('refuses what is not an origin, saying what to write', () => {
    assert.throws(() => evtDirectives({ apiOrigin: 'https://api.example', eventForm: { loaderOrigin: 'https://loader.example/eur/FormLoader/FormLoader.bundle.js', apiOrigin: 'https://api.example' } }), /eventForm\.loaderOrigin must be an origin such as https:\/\/public-eur\.mkt\.dynamics\.com \(scheme and host, no path\)/);
    assert.throws(() => evtDirectives({ apiOrigin: 'https://api.example', eventForm: { loaderOrigin: 'https://loader.example', apiOrigin: 'javascript:alert(1)' } }), /eventForm\.apiOrigin must be an origin/);
  });
});
