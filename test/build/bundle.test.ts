import { expect } from '@open-wc/testing';

// The CDN files as a site loads them: built and minified. This page imports nothing from src/, so
// the elements exist only if the files define them. dist/evt-widgets.js is the loader (an element's
// code loads when its tag is on the page); dist/evt-widgets.bundle.js is everything in one file.
const LOADER = '/dist/evt-widgets.js';
const BUNDLE = '/dist/evt-widgets.bundle.js';
const TAGS = ['evt-list', 'evt-detail', 'evt-register'];

/** Script URLs this page has requested so far (Resource Timing). */
const scriptsLoaded = () => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/dist/'));

async function captureWarnings(run: () => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('dist/evt-widgets.js (the loader)', () => {
  it('loads an element\'s code only when its tag appears, keeps properties set before, and reserves its space', async () => {
    await import(/* @vite-ignore */ LOADER);
    expect(TAGS.map((t) => customElements.get(t))).to.deep.equal([undefined, undefined, undefined]);
    expect(scriptsLoaded().filter((p) => /evt-(list|detail|register)\.js/.test(p))).to.deep.equal([]);
    expect(scriptsLoaded().filter((p) => /\/chunks\/(?!config-)/.test(p)), 'no chunk but its config before a tag appears').to.deep.equal([]);

    // A framework app creates the element, sets a property, then inserts it (deep in the tree).
    const list = document.createElement('evt-list') as HTMLElement & { pageSize?: number };
    list.pageSize = 7;
    const wrapper = document.createElement('div');
    wrapper.append(list);
    document.body.append(wrapper);
    expect(getComputedStyle(list).display, 'undefined element: a block').to.equal('block');
    expect(list.getBoundingClientRect().height, 'space reserved before the code arrives').to.be.greaterThan(100);
    const ctor = await customElements.whenDefined('evt-list');
    expect(list).to.be.instanceOf(ctor);
    await (list as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(list.pageSize, 'property set before the upgrade kept').to.equal(7);
    expect(scriptsLoaded().some((p) => p.endsWith('/evt-list.js'))).to.equal(true);
    expect(customElements.get('evt-register'), 'an element not on the page is not loaded').to.equal(undefined);
    wrapper.remove();
  });

  it('loadElements() loads elements inside a shadow root, which the page-wide watch cannot see', async () => {
    const { loadElements } = (await import(/* @vite-ignore */ LOADER)) as { loadElements(root: ParentNode): Promise<unknown> };
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.append(document.createElement('evt-detail'));
    document.body.append(host);
    await loadElements(root);
    expect(customElements.get('evt-detail')).to.be.a('function');
    host.remove();
  });

  it('a second copy from another URL warns and does nothing', async () => {
    const warnings = await captureWarnings(() => import(/* @vite-ignore */ `${LOADER}?copy=2`));
    expect(warnings.some((w) => w.includes('second copy of the loader'))).to.equal(true);
  });

  it('is a minified module with only relative imports (its weight: test/dist/size.test.mjs)', async () => {
    const text = await (await fetch(LOADER)).text();
    expect(text).to.not.match(/\bfrom\s*["'](?!\.)/);
    expect(text).to.not.include('/**');
  });
});

describe('dist/evt-widgets.bundle.js (self-contained)', () => {
  it('registers every element (a second copy of Lit next to the loader\'s: first definitions win, with a warning)', async () => {
    const warnings = await captureWarnings(() => import(/* @vite-ignore */ BUNDLE));
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
    expect(warnings.some((w) => w.includes('already defined'))).to.equal(true);
  });

  it("exports the loader's API and nothing else: one script tag swaps for the other", async () => {
    const loader = (await import(/* @vite-ignore */ LOADER)) as Record<string, unknown>;
    const bundle = (await import(/* @vite-ignore */ BUNDLE)) as Record<string, unknown> & { loadElements(root?: unknown): Promise<unknown[]> };
    expect(Object.keys(bundle).sort()).to.deep.equal(Object.keys(loader).sort());
    expect(Object.keys(bundle).sort()).to.deep.equal(['configure', 'loadElements']);
    const defined = await bundle.loadElements(document);
    expect(defined.map((c) => typeof c)).to.deep.equal(['function', 'function', 'function']);
    expect(await bundle.loadElements('evt-detail')).to.deep.equal([customElements.get('evt-detail')]);
  });

  it('renders an element with a shadow root', async () => {
    const el = document.createElement('evt-list');
    document.body.append(el);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot).to.not.equal(null);
    el.remove();
  });

  it('is one minified file with no imports left but its languages (i18n/<tag>.js), DOMPurify (purify.js) and the event form (event-form.js), on demand', async () => {
    const text = await (await fetch(BUNDLE)).text();
    expect(text).to.not.match(/^import\b|\bfrom\s*["']/m);
    const dynamic = [...text.matchAll(/\bimport\s*\(\s*([^)]*)\)/g)].map((m) => m[1]);
    expect(dynamic.length).to.be.greaterThan(0);
    for (const d of dynamic) expect(d).to.match(/^[`"']\.\/(i18n\/[\w-]+|purify|event-form)\.js[`"']$/);
    expect(dynamic.filter((d) => d.includes('purify')), 'DOMPurify beside it, not inside').to.have.length(1);
    expect(dynamic.filter((d) => d.includes('event-form')), 'the event form beside it, not inside').to.have.length(1);
    expect(text, 'the event form’s code is not inside').to.not.include('d365mkt-afterformsubmit');
    // Minified: no doc comments, and long lines. (The text of Lit's html`` templates keeps its line
    // breaks, so lines are counted by their average length, not their number.)
    expect(text).to.not.include('/**');
    const lines = text.split('\n');
    expect(text.length / lines.length, 'average line length').to.be.greaterThan(100);
    // ...and the markup of those templates is minified too (scripts/lib/minify-html.mjs).
    for (const file of [BUNDLE, '/dist/evt-list.js', '/dist/evt-detail.js', '/dist/evt-register.js', '/dist/evt-widgets.list-detail-register.js', '/dist/evt-widgets.detail-register.js']) {
      const indented = (file === BUNDLE ? text : await (await fetch(file)).text()).split('\n').filter((l) => /^\s+</.test(l));
      expect(indented, `${file}: template lines still indented`).to.deep.equal([]);
    }
  });
});
