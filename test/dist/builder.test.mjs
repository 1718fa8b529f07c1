// The snippet builder (demo/builder.html) on the demo's Vite dev server, in Chromium against an
// emulator: the preview shows live data, and what it writes — snippet, script tag, CSP lines —
// works when pasted into a page that sends exactly those CSP lines.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer as createHttpServer } from 'node:http';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { startEmulator } from '../../demo/emulator/index.mjs';
import { freePort, launchChromium, pkg, root, unpack, watchPage } from './helpers.mjs';

let emu, vite, browser, page, log, origin, pkgDir, pasted, pastedOrigin;

before(async () => {
  const { createServer } = await import('vite');
  const [port, pastedPort] = [await freePort(), await freePort()];
  origin = `http://127.0.0.1:${port}`;
  pastedOrigin = `http://127.0.0.1:${pastedPort}`;
  emu = await startEmulator({ port: 0, origins: [origin, pastedOrigin], processingDelay: 20 });
  vite = await createServer({
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'silent',
    server: { host: '127.0.0.1', port, strictPort: true },
    // No dependency pre-bundling: its discovery reloads the page mid-test (the dependencies are ES modules).
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  await vite.listen();
  pkgDir = unpack();
  // A site that serves a page holding what the builder wrote, with the builder's CSP lines as its header.
  pasted = { html: '', csp: '' };
  const server = createHttpServer((req, res) => {
    if (req.url.startsWith('/widgets/')) {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      return res.end(readFileSync(join(pkgDir, 'dist', req.url.slice('/widgets/'.length))));
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': pasted.csp });
    res.end(pasted.html);
  });
  await new Promise((ok) => server.listen(pastedPort, '127.0.0.1', ok));
  pasted.close = () => new Promise((ok) => { server.closeAllConnections(); server.close(ok); });
  browser = await launchChromium();
  await browser.defaultBrowserContext().overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  page = await browser.newPage();
  log = await watchPage(page);
});

after(async () => {
  await browser?.close();
  await pasted?.close?.();
  await vite?.close();
  await emu?.close();
  if (pkgDir) rmSync(dirname(pkgDir), { recursive: true, force: true });
});

const text = (sel) => page.$eval(sel, (e) => e.textContent);
const setField = async (name, value) => {
  await page.$eval(`[name="${name}"]`, (el, v) => {
    el.value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
};
const waitForPreviewItems = () =>
  page.waitForFunction(() => (document.querySelector('#preview evt-list')?.shadowRoot?.querySelectorAll('[part~=item]').length ?? 0) > 0, { timeout: 30_000 });

describe('snippet builder (demo/builder.html)', () => {
  it('the demo links to it', async () => {
    // Read as HTML, not run: the demo page's own script talks to the emulator on port 4100.
    const demo = await (await fetch(`${origin}/`)).text();
    assert.match(demo, /<a [^>]*href="\.\/builder\.html"/);
  });

  it('previews the elements live against the endpoint entered', async () => {
    // The endpoint comes in the link, so the page never asks port 4100 (an `npm start` may run there).
    await page.goto(`${origin}/builder.html?endpoint=${encodeURIComponent(emu.omBase)}&token=demo-token`, { waitUntil: 'networkidle0' });
    assert.equal(await page.$eval('[name="endpoint"]', (el) => el.value), emu.omBase);
    await setField('endpoint', emu.omBase);
    await setField('token', 'demo-token');
    await waitForPreviewItems();
    assert.match(await text('#endpoint-status'), /Outbound marketing/);
  });

  it('writes the snippet, the script tag pinned to this version, and the CSP lines for that API', async () => {
    const snippet = await text('#snippet');
    assert.ok(snippet.includes(`data-evt-endpoint="${emu.omBase}"`), snippet);
    assert.ok(snippet.includes('data-evt-token="demo-token"'));
    assert.match(snippet, /<evt-list page-size="6"><\/evt-list>/);
    assert.match(snippet, /<evt-detail><\/evt-detail>/);
    assert.match(snippet, /<evt-register heading-level="3"><\/evt-register>/);
    assert.equal(await text('#script'), `<script type="module" src="https://cdn.jsdelivr.net/npm/evt-widgets@${pkg.version}/dist/evt-widgets.js"></script>`);
    const csp = await text('#csp');
    const api = new URL(emu.url).origin;
    for (const line of [`script-src https://cdn.jsdelivr.net`, `connect-src ${api}`, `img-src ${api}`, "require-trusted-types-for 'script'", 'trusted-types lit-html evt-widgets']) {
      assert.ok(csp.includes(line), `${line} in\n${csp}`);
    }
    assert.ok(!csp.includes('data:'), 'no data: unless asked for');
  });

  it('lists every built-in language in its Language menu; a choice writes lang= and the preview speaks it', async () => {
    const options = await page.$$eval('[name="lang"] option', (os) => os.map((o) => o.value));
    assert.deepEqual(options, ['', 'en', 'de', 'fr', 'es', 'it', 'nl', 'pt-BR', 'pl', 'sv', 'ja', 'zh-CN', 'ar']);
    await setField('lang', 'ja');
    assert.match(await text('#snippet'), /<evt-list lang="ja"/);
    await page.waitForFunction(() => /イベントを検索/.test(document.querySelector('#preview evt-list')?.shadowRoot?.innerHTML ?? ''), { timeout: 30_000 });
    await setField('lang', '');
    assert.doesNotMatch(await text('#snippet'), /lang=/);
  });

  it('copies the snippet', async () => {
    await page.click('button[data-copy="snippet"]');
    await page.waitForFunction(() => document.querySelector('#copied').textContent !== '');
    const status = await text('#copied');
    if (status === 'Copied.') assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await text('#snippet'));
    else assert.equal(await page.evaluate(() => getSelection().toString()), await text('#snippet'));
  });

  it('follows the options: one element uses its own file, options become attributes, bad input is explained', async () => {
    await page.$eval('[name="detail"]', (el) => el.click());
    await page.$eval('[name="register"]', (el) => el.click());
    await page.$eval('[name="noSearch"]', (el) => el.click());
    await setField('detailUrl', '/events/event?event={readableEventId}');
    await page.waitForFunction(() => document.querySelector('#snippet').textContent.includes('detail-url'));
    const snippet = await text('#snippet');
    assert.match(snippet, /<evt-list page-size="6" detail-url="\/events\/event\?event=\{readableEventId\}" no-search><\/evt-list>/);
    assert.ok(!snippet.includes('evt-detail'));
    assert.match(await text('#script'), /\/dist\/evt-list\.js"/);
    await setField('endpoint', 'https://contoso.svc.dynamics.com/EvtMgmt/api/v1.0/');
    await page.waitForFunction(() => document.querySelector('#endpoint-status').classList.contains('error'));
    assert.match(await text('#endpoint-status'), /wrong API version/);
    assert.match(await text('#snippet'), /^<!-- /);
  });

  it('what it writes works when pasted into a page that sends its CSP lines (self-hosted script, Trusted Types)', async () => {
    await setField('endpoint', emu.omBase);
    await page.$eval('[name="detail"]', (el) => el.click());
    await page.$eval('[name="register"]', (el) => el.click());
    await setField('detailUrl', '');
    await page.$eval('[name="host"][value="self"]', (el) => el.click());
    await setField('selfUrl', '/widgets/evt-widgets.js');
    await setField('fallbackUrl', 'https://contoso.example/events');
    await page.waitForFunction(() => document.querySelector('#snippet').textContent.includes('<noscript>') && document.querySelector('#csp').textContent.includes("script-src 'self'"));
    const [snippet, script, csp] = [await text('#snippet'), await text('#script'), await text('#csp')];
    pasted.html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title>${script}</head><body><h1>Events</h1>${snippet}</body></html>`;
    pasted.csp = csp.replace(/^Content-Security-Policy:\s*/, '').replace(/\s*\n\s*/g, ' ');
    const other = await browser.newPage();
    const otherLog = await watchPage(other);
    await other.goto(`${pastedOrigin}/?event=Open_Source_Day`, { waitUntil: 'networkidle0' });
    await other.waitForFunction(() => (document.querySelector('evt-list')?.shadowRoot?.querySelectorAll('[part~=item]').length ?? 0) > 0);
    await other.waitForFunction(() => document.querySelector('evt-detail')?.shadowRoot?.querySelector('[part~=title]'));
    assert.deepEqual([...new Set(otherLog.violations.map((v) => `${v.directive}: ${v.sample}`))], [], 'no CSP violation');
    assert.deepEqual(otherLog.pageErrors, []);
    await other.close();
  });

  it("use-event-form: reads the form's hosts from the event, writes the attribute and their CSP lines, and the pasted page renders the event's form without a violation", async () => {
    await setField('endpoint', emu.rtmBase);
    // Detail before list: a detail without an event and without a list beside it would say so.
    for (const name of ['detail', 'list']) if (await page.$eval(`[name="${name}"]`, (el) => el.checked)) await page.$eval(`[name="${name}"]`, (el) => el.click());
    await page.$eval('[name="useEventForm"]', (el) => el.click());
    await page.waitForFunction(() => document.querySelector('#csp').textContent.includes('use-event-form: enter the FormLoader host'));
    // Without an event to read: said so.
    await setField('eventId', '');
    await page.click('#read-form-origins');
    await page.waitForFunction(() => /Enter the event/.test(document.querySelector('#form-origins-status').textContent));
    // An event without a form: said so, nothing filled in.
    await setField('eventId', 'Harbour_Data_Summit');
    await page.click('#read-form-origins');
    await page.waitForFunction(() => /has no marketing form|could not be read/.test(document.querySelector('#form-origins-status').textContent), { timeout: 15_000 });
    assert.match(await text('#form-origins-status'), /Harbour_Data_Summit has no marketing form/);
    assert.equal(await page.$eval('[name="formLoaderOrigin"]', (el) => el.value), '');
    // The event with a form: its three hosts (the emulator's stand-in serves all three).
    await setField('eventId', 'Journeys_Attribute_Day');
    await page.click('#read-form-origins');
    await page.waitForFunction(() => /^Read from/.test(document.querySelector('#form-origins-status').textContent), { timeout: 15_000 });
    const api = new URL(emu.url).origin;
    for (const name of ['formLoaderOrigin', 'formApiOrigin', 'formCachedOrigin']) assert.equal(await page.$eval(`[name="${name}"]`, (el) => el.value), api, name);
    await page.waitForFunction(() => document.querySelector('#snippet').textContent.includes('use-event-form'));
    const [snippet, script, csp] = [await text('#snippet'), await text('#script'), await text('#csp')];
    assert.match(snippet, /<evt-register event-id="Journeys_Attribute_Day" use-event-form><\/evt-register>/);
    assert.ok(!csp.includes('<!--'), csp);
    assert.match(csp, new RegExp(`script-src 'self' ${api.replace(/[.]/g, '\\.')}`));
    assert.match(csp, /trusted-types lit-html evt-widgets d365mkt-forms/);
    pasted.html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title>${script}</head><body><h1>Register</h1>${snippet}</body></html>`;
    pasted.csp = csp.replace(/^Content-Security-Policy:\s*/, '').replace(/\s*\n\s*/g, ' ');
    const other = await browser.newPage();
    const otherLog = await watchPage(other);
    await other.goto(`${pastedOrigin}/`, { waitUntil: 'networkidle0' });
    await other.waitForSelector('evt-register .evt-event-form form', { timeout: 15_000 });
    assert.deepEqual([...new Set(otherLog.violations.map((v) => `${v.directive}: ${v.sample}`))], [], 'no CSP violation');
    assert.deepEqual(otherLog.pageErrors, []);
    assert.ok(otherLog.requests.some((r) => r.url.endsWith('/widgets/event-form.js')), 'the event form came from beside the script');
    await other.close();
    // A host that is not an origin: the CSP box says what is wrong.
    await setField('formApiOrigin', 'not a host');
    await page.waitForFunction(() => document.querySelector('#csp').textContent.includes('must be an origin'));
  });

  it('the builder page itself logs no error', () => {
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.consoleErrors.filter((e) => !/Failed to load resource/.test(e)), []);
  });
});
