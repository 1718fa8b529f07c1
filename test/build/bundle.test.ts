import { expect } from '@open-wc/testing';

// The CDN file as a site loads it: built, minified, self-contained. This page imports nothing
// else from src/, so the elements exist only if the bundle defines them.
const BUNDLE = '/dist/evt-widgets.js';

describe('dist/evt-widgets.js', () => {
  it('loads from a script URL and registers every element', async () => {
    await import(/* @vite-ignore */ BUNDLE);
    for (const tag of ['evt-list', 'evt-detail', 'evt-register']) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
  });

  it('renders an element with a shadow root', async () => {
    await import(/* @vite-ignore */ BUNDLE);
    const el = document.createElement('evt-list');
    document.body.append(el);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot).to.not.equal(null);
    el.remove();
  });

  it('can be loaded twice (a second copy) without throwing, and warns', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      await import(/* @vite-ignore */ `${BUNDLE}?copy=2`);
    } finally {
      console.warn = original;
    }
    expect(warnings.some((w) => w.includes('already defined'))).to.equal(true);
  });

  it('is one minified file with no bare imports left', async () => {
    const text = await (await fetch(BUNDLE)).text();
    expect(text).to.not.match(/^import .* from ['"](?!\.|\/)/m);
    // Minified: no doc comments, and long lines. (The text of Lit's css`` and html`` templates keeps
    // its line breaks, so lines are counted by their average length, not their number.)
    expect(text).to.not.include('/**');
    const lines = text.split('\n');
    expect(text.length / lines.length, 'average line length').to.be.greaterThan(100);
  });
});
