// The scenario the React and Vue examples share (test/dist/react.test.mjs, vue.test.mjs): the app,
// installed from the packed tarball and built for production, in headless Chromium against an
// emulator on a second origin. The app's own DOM (ids below) shows what its handlers received:
//   #page-size  a <select> bound to <evt-list>'s pageSize property
//   #about      the About route (no widget on it)
//   #registered "Registered: …" from the evt-registered handler
// Nav links are named "Events" and "About".
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator } from '../../demo/emulator/index.mjs';
import { buildExample, installedEvtWidgets, prepareExample, removeExample, serveSpa } from '../../scripts/examples.mjs';
import { freePort, launchChromium, pkg, tarball, watchPage } from './helpers.mjs';

export function spaExample(name, framework) {
  let emu, dir, site, browser, page, cdp, log;
  const api = () => log.requests.filter((r) => r.type === 'fetch' && r.url.startsWith(emu.url));
  const apiPaths = (list) => list.map((r) => new URL(r.url).pathname.replace(/^.*\/api\/v2\.0\//, ''));

  /** Live instances of an element class after a full garbage collection. */
  const count = async (tag) => {
    await cdp.send('HeapProfiler.collectGarbage');
    const proto = await page.evaluateHandle((t) => customElements.get(t).prototype, tag);
    const found = await page.queryObjects(proto);
    const n = await page.evaluate((a) => a.length, found);
    await Promise.all([found.dispose(), proto.dispose()]);
    return n;
  };
  /**
   * The same, once pending work has had its chance: a timer or a fetch in flight holds an element
   * for a moment after it is removed, which is not a leak. Retries for up to 3 s while the count is
   * above `expected`; what is still there then is held for good.
   */
  const instances = async (tag, expected) => {
    let n = await count(tag);
    for (let i = 0; i < 10 && n > expected; i++) {
      await new Promise((r) => setTimeout(r, 300));
      n = await count(tag);
    }
    return n;
  };

  /** Event listeners on window and document, by type (what a leaked subscription would add to). */
  const listeners = async () => {
    const out = {};
    for (const target of ['window', 'document']) {
      const { result } = await cdp.send('Runtime.evaluate', { expression: target });
      const { listeners: list } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
      for (const l of list) out[`${target} ${l.type}`] = (out[`${target} ${l.type}`] ?? 0) + 1;
      await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
    }
    return out;
  };

  // Element handles keep their nodes alive (a "DevTools console" GC root): every handle is
  // disposed at once, or the memory checks would count the test's own references.
  // For the same reason the test types and clicks through the keyboard and the mouse, not locators.
  const waitFor = async (selector) => (await page.waitForSelector(selector))?.dispose();
  const inShadow = (host, inner) => `document.querySelector(${JSON.stringify(host)}).shadowRoot.querySelector(${JSON.stringify(inner)})`;
  const typeInto = async (host, inner, text) => {
    await page.evaluate(`${inShadow(host, inner)}.focus()`);
    await page.keyboard.type(text);
  };
  const clickOn = async (host, inner) => {
    const box = await page.evaluate(`(() => { const el = ${inShadow(host, inner)}; el.scrollIntoView({ block: 'center' }); const r = el.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`);
    await page.mouse.click(box.x, box.y);
  };
  const clickNav = async (text) => {
    const [link] = await page.$$(`xpath/.//nav//a[normalize-space(.)="${text}"]`);
    assert.ok(link, `a nav link "${text}"`);
    await link.click();
    await link.dispose();
  };
  const waitForItems = (n) =>
    page.waitForFunction((count) => document.querySelector('evt-list')?.shadowRoot?.querySelectorAll('[part~=item]').length === count, { timeout: 15_000 }, n);

  describe(`${framework} example (examples/${name}) from the packed tarball, in Chromium`, () => {
    before(async () => {
      const port = await freePort();
      emu = await startEmulator({ port: 0, origins: [`http://127.0.0.1:${port}`], processingDelay: 20 });
      dir = prepareExample(name, tarball());
      site = await serveSpa(buildExample(dir, { endpoint: emu.omBase }), port);
      browser = await launchChromium();
      page = await browser.newPage();
      cdp = await page.createCDPSession();
      log = await watchPage(page);
    });

    after(async () => {
      await browser?.close();
      await site?.close();
      await emu?.close();
      removeExample(dir);
    });

    it('installs evt-widgets from the tarball, not from the source tree or the registry', () => {
      const { spec, version } = installedEvtWidgets(dir);
      assert.match(spec, /^file:.*evt-widgets-[\d.]+\.tgz$/);
      assert.equal(version, pkg.version);
    });

    it('the elements render live data from the API', async () => {
      await page.goto(site.url, { waitUntil: 'networkidle0' });
      await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
      await waitForItems(6);
      const titles = await page.$$eval('evt-list >>> [part~=title]', (els) => els.map((e) => e.textContent.trim()));
      const published = await (await fetch(`${emu.omBase}events/published?emApplicationtoken=demo-token`, { headers: { Origin: site.origin } })).json();
      const names = new Set(published.map((e) => e.eventName));
      assert.equal(titles.length, 6);
      for (const t of titles) assert.ok(names.has(t), `"${t}" is a published event`);
    });

    it(`a property set by ${framework} reaches the element (as a property, not an attribute)`, async () => {
      const before = await page.$eval('evt-list', (l) => ({ pageSize: l.pageSize, attrs: l.getAttributeNames() }));
      assert.equal(before.pageSize, 6);
      assert.ok(!before.attrs.some((a) => /^page-?size$/i.test(a)), `set as a property: attributes ${before.attrs}`);
      await page.select('#page-size', '3');
      await waitForItems(3);
      assert.equal(await page.$eval('evt-list', (l) => l.pageSize), 3);
    });

    it('unmounting and remounting on route changes leaks nothing and re-fetches nothing the store has', async () => {
      await page.waitForNetworkIdle({ idleTime: 300 });
      const baseline = await listeners();
      const requestsBefore = api().length;
      for (let i = 0; i < 3; i++) {
        await clickNav('About');
        await waitFor('#about');
        assert.equal(await page.$('evt-list'), null, 'the list is unmounted on About');
        await clickNav('Events');
        await waitForItems(6);
      }
      await page.waitForNetworkIdle({ idleTime: 300 });
      assert.deepEqual(apiPaths(api().slice(requestsBefore)), [], 'no API request on remount: the store has it all');
      assert.deepEqual(await listeners(), baseline, 'window/document listeners after 3 remounts = after the first mount');
      assert.equal(await instances('evt-list', 1), 1, 'one live <evt-list> (the mounted one) after 3 remounts');
      await clickNav('About');
      await waitFor('#about');
      assert.equal(await instances('evt-list', 0), 0, 'no <evt-list> left in memory once unmounted');
      await clickNav('Events');
      await waitForItems(6);
    });

    it(`evt-select reaches ${framework}'s handler, which routes in the app; eventId set by ${framework} reaches <evt-detail>`, async () => {
      await typeInto('evt-list', '[part~=search]', 'Mumbai');
      await waitForItems(1);
      await clickOn('evt-list', '[part~=link]');
      await page.waitForFunction(() => location.pathname === '/events/Mumbai_Product_Meetup');
      assert.equal(await page.evaluate(() => location.search), '', 'the handler cancelled the default (?event=) and routed itself');
      assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no page load: the app routed');
      assert.equal(await page.$eval('evt-detail', (d) => d.eventId), 'Mumbai_Product_Meetup');
      await waitFor('evt-detail >>> [part~=title]');
      assert.equal(await page.$eval('evt-detail >>> [part~=title]', (e) => e.textContent.trim()), 'Mumbai Product Meetup');
      await waitFor('evt-register >>> input[autocomplete=given-name]');
    });

    it('back to the list and forward to the event: nothing fetched again, nothing of the other route left in memory', async () => {
      await page.waitForNetworkIdle({ idleTime: 300 });
      const requestsBefore = api().length;
      await page.goBack();
      await waitForItems(6);
      assert.equal(await instances('evt-detail', 0), 0, 'no <evt-detail> left in memory on the list route');
      assert.equal(await instances('evt-register', 0), 0, 'no <evt-register> left in memory on the list route');
      await page.goForward();
      await waitFor('evt-detail >>> [part~=title]');
      await waitFor('evt-register >>> input[autocomplete=given-name]');
      await page.waitForNetworkIdle({ idleTime: 300 });
      assert.deepEqual(apiPaths(api().slice(requestsBefore)), [], 'no API request: the store has the list and the event');
      assert.equal(await instances('evt-list', 0), 0, 'no <evt-list> left in memory on the event route');
    });

    it(`evt-registered reaches ${framework}'s handler`, async () => {
      await typeInto('evt-register', 'input[autocomplete=given-name]', 'Asha');
      await typeInto('evt-register', 'input[autocomplete=family-name]', 'Rao');
      await typeInto('evt-register', 'input[autocomplete=email]', 'asha.rao@example.com');
      await clickOn('evt-register', '[part~=submit]');
      await page.waitForFunction(() => document.querySelector('#registered')?.textContent?.includes('Registered: Asha Rao'), { timeout: 15_000 });
    });

    it('nothing went wrong on the way: no uncaught error, no console error', () => {
      assert.deepEqual(log.pageErrors, []);
      assert.deepEqual(log.consoleErrors, []);
    });
  });
}
