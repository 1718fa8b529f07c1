/**
 * The four CDN files on pages that have changed the JavaScript built-ins before the widgets load,
 * as CMS pages with old libraries do (Prototype.js, old jQuery plugins, site scripts): enumerable
 * additions to `Object.prototype`, `Array.prototype` and `Function.prototype`, frozen built-ins,
 * and wrapped `fetch`, `JSON` and `customElements.define`. Each file is loaded into a fresh iframe
 * (its own realm, so a polluted prototype never reaches this test page or the next case), and must
 * define its elements, render the seed's events from the emulator, and send a registration.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { tabCacheKeys } from '../helpers/elements.js';

const TOKEN = 'demo-token';
const RID = 'Minimal_Meetup';

/** Each scenario is a classic script run in the frame before the CDN file is imported. */
const SCENARIOS: Record<string, string> = {
  // The issue's case: a plain assignment makes an enumerable method on every object.
  'Object.prototype gains an enumerable method and a value': `
    Object.prototype.extend = function () { return this; };
    Object.prototype.legacyFlag = 1;
  `,
  'Array.prototype gains enumerable methods (Prototype.js style)': `
    Array.prototype.remove = function (x) { return this.filter(function (y) { return y !== x; }); };
    Array.prototype.last = function () { return this[this.length - 1]; };
  `,
  'Function.prototype gains enumerable methods': `
    Function.prototype.bindAsEventListener = function () { return this; };
    Function.prototype.defer = function () { return this; };
  `,
  'the built-ins are frozen (a hardened page)': `
    [Object, Array, Function, String, Number, Boolean, Symbol, Error, TypeError, RangeError, RegExp, Date,
     Promise, Map, Set, WeakMap, WeakSet, JSON, Math, Reflect, Intl]
      .forEach(function (c) { Object.freeze(c); if (c.prototype) Object.freeze(c.prototype); });
  `,
  'fetch, JSON and customElements.define are wrapped by the page': `
    window.__wrapped = { fetch: 0, parse: 0, stringify: 0, define: [] };
    var realFetch = window.fetch;
    window.fetch = function (input, init) { window.__wrapped.fetch++; return realFetch.apply(this, arguments); };
    var realJSON = window.JSON;
    window.JSON = {
      parse: function (text, reviver) { window.__wrapped.parse++; return realJSON.parse(text, reviver); },
      stringify: function (value, replacer, space) { window.__wrapped.stringify++; return realJSON.stringify(value, replacer, space); },
    };
    var realDefine = customElements.define;
    customElements.define = function (name, ctor, options) { window.__wrapped.define.push(name); return realDefine.call(this, name, ctor, options); };
  `,
  'all of the above, except freezing': '',
};
SCENARIOS['all of the above, except freezing'] = Object.entries(SCENARIOS)
  .filter(([name]) => !name.includes('frozen'))
  .map(([, code]) => code)
  .join('\n');

const FILES: Record<string, readonly string[]> = {
  'evt-widgets.js': ['evt-list', 'evt-detail', 'evt-register'],
  // An event page: the three are in the page before the loader looks, so it loads them as one
  // page graph (evt-widgets.list-detail-register.js).
  'evt-widgets.js with all three first': ['evt-list', 'evt-detail', 'evt-register'],
  'evt-widgets.bundle.js': ['evt-list', 'evt-detail', 'evt-register'],
  'evt-list.js': ['evt-list'],
  'evt-detail.js': ['evt-detail'],
  'evt-register.js': ['evt-register'],
};

interface FrameWindow extends Window {
  __errors: string[];
  __loaded?: true | string;
  __wrapped?: { fetch: number; parse: number; stringify: number; define: string[] };
}

/** A same-origin iframe that runs `prelude`, then imports the CDN file; resolves once it is imported. */
async function hostileFrame(prelude: string, file: string, body = '') {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  // Same origin as this page (srcdoc inherits it), so the emulator's CORS allows it and this test
  // can reach into the frame (WebKit resolves a srcdoc's relative URLs against about:srcdoc, hence
  // the absolute URL). The error listeners come first: the prelude may break them otherwise.
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <script>
      window.__errors = [];
      addEventListener('error', function (e) { window.__errors.push(String(e.message || e.error)); });
      addEventListener('unhandledrejection', function (e) { window.__errors.push(String(e.reason && e.reason.stack || e.reason)); });
    </script>
    <script>${prelude}</script>
    <script type="module">
      import(${JSON.stringify(new URL(`/dist/${file}`, location.href).href)}).then(
        function () { window.__loaded = true; },
        function (e) { window.__loaded = String(e) + ' ' + (e && e.stack); });
    </script></head><body>${body}</body></html>`;
  const loaded = new Promise((ok) => frame.addEventListener('load', ok, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  await waitUntil(() => win.__loaded !== undefined, `${file} was never imported`, { timeout: 10_000 });
  return { frame, win, doc: frame.contentDocument! };
}

let emu: TestEmulator;
let published: Set<string>;
before(async () => {
  emu = await startTestEmulator();
  const res = await fetch(`${emu.omBase}events/published?emApplicationtoken=${TOKEN}`);
  published = new Set(((await res.json()) as { readableEventId: string }[]).map((e) => e.readableEventId));
});
after(async () => {
  await emu?.close();
});

const shadow = (doc: Document, tag: string) => doc.querySelector(tag)?.shadowRoot ?? null;
const textOf = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function fill(win: FrameWindow, root: ShadowRoot, id: string, value: string) {
  const input = root.getElementById(id) as HTMLInputElement | null;
  if (!input) throw new Error(`no field #${id}`);
  input.value = value;
  input.dispatchEvent(new (win as unknown as typeof globalThis).InputEvent('input', { bubbles: true, composed: true, data: value }));
  await (root.host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

let serial = 0;
// A confirmation is kept for the tab (sessionStorage) so a reload shows it again: each test's frame
// shares the tab's storage, so the earlier test's confirmation must go.
beforeEach(() => {
  const keys = Array.from({ length: sessionStorage.length }, (_, i) => sessionStorage.key(i)!).filter((k) => k.startsWith('evt-widgets.'));
  for (const k of keys) sessionStorage.removeItem(k);
});
for (const [scenario, prelude] of Object.entries(SCENARIOS)) {
  describe(`the CDN files on a page where ${scenario}`, () => {
    for (const [file, tags] of Object.entries(FILES)) {
      it(`dist/${file} loads, renders the seed's events${tags.includes('evt-register') ? ' and sends a registration' : ''}`, async function (this: Mocha.Context) {
        this.timeout(30_000);
        // Frames of this page share its sessionStorage: without this, the tab cache would answer
        // a later frame from an earlier one's reads, and nothing would go through its fetch.
        for (const k of tabCacheKeys()) sessionStorage.removeItem(k);
        const elements = tags.map((t) => `<${t} lang="en"${t === 'evt-list' ? '' : ` event-id="${RID}"`}></${t}>`).join('');
        const holder = `<div data-evt-endpoint="${emu.omBase}" data-evt-token="${TOKEN}">${elements}</div>`;
        const first = file.endsWith(' with all three first');
        const { frame, win, doc } = await hostileFrame(prelude, file.split(' ')[0], first ? holder : '');
        try {
          expect(win.__loaded, `importing ${file}`).to.equal(true);
          if (!first) doc.body.insertAdjacentHTML('beforeend', holder);
          // The loader (dist/evt-widgets.js) defines each tag once it is on the page and its chunk has come.
          for (const tag of tags) await waitUntil(() => win.customElements.get(tag), `${tag} is defined`, { timeout: 10_000 });
          for (const tag of tags) expect(win.customElements.get(tag), tag).to.be.a('function');
          // Resource Timing lists a file once it has come: after the definitions.
          const together = win.performance.getEntriesByType('resource').some((e) => e.name.endsWith('/evt-widgets.list-detail-register.js'));
          if (file.startsWith('evt-widgets.js')) expect(together, 'evt-widgets.list-detail-register.js loaded').to.equal(first);

          if (tags.includes('evt-list')) {
            await waitUntil(() => shadow(doc, 'evt-list')?.querySelector('[part~="item"]'), 'the list shows events', { timeout: 10_000 });
            const rids = [...shadow(doc, 'evt-list')!.querySelectorAll<HTMLElement>('[part~="item"]')].map((li) => li.dataset.rid!);
            expect(rids.length).to.be.greaterThan(0);
            for (const rid of rids) expect(published.has(rid), `${rid} is a published event`).to.equal(true);
          }
          if (tags.includes('evt-detail')) {
            await waitUntil(() => textOf(shadow(doc, 'evt-detail')?.querySelector('[part~="header"]')).includes('Minimal Meetup'), 'the detail shows the event', { timeout: 10_000 });
          }
          if (tags.includes('evt-register')) {
            await waitUntil(() => shadow(doc, 'evt-register')?.querySelector('form'), 'the form is shown', { timeout: 10_000 });
            const root = shadow(doc, 'evt-register')!;
            const email = `hostile.${Date.now()}.${serial++}@example.com`;
            await fill(win, root, 'a1-firstName', 'Ada');
            await fill(win, root, 'a1-lastName', 'Lovelace');
            await fill(win, root, 'a1-email', email);
            root.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
            await waitUntil(() => root.querySelector('[part~="success"]'), `the confirmation is shown (${textOf(root.querySelector('[part~="notice"], [part~="message"]'))})`, { timeout: 10_000 });
            await emu.dev('process');
            const records = (await (await fetch(`${emu.url}/dev/registrations?email=${encodeURIComponent(email)}`)).json()) as { readableEventId: string }[];
            expect(records.map((r) => r.readableEventId)).to.deep.equal([RID]);
          }
          if (win.__wrapped) {
            // The page's wrappers stayed in the path: the widgets used the page's fetch and define.
            expect(win.__wrapped.fetch, 'requests through the page fetch').to.be.greaterThan(0);
            expect(win.__wrapped.define).to.include.members([...tags]);
          }
          expect(win.__errors, 'errors in the page').to.deep.equal([]);
        } finally {
          frame.remove();
        }
      });
    }
  });
}
