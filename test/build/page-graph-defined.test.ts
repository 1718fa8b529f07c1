import { expect } from '@open-wc/testing';
import { scriptsLoaded } from './rich-description.js';

// All three tags on the page, but one is already defined (a copy loaded by other means, or a page's
// own element of that name): the loader does not load them as a page graph (it would bring a
// second Lit and store beside that copy), only each missing element's own file.
describe('dist/evt-widgets.js with all three elements, one of them already defined', () => {
  it('loads the per-element files of the other two, no page graph', async () => {
    customElements.define('evt-list', class extends HTMLElement {});
    const els = ['evt-list', 'evt-detail', 'evt-register'].map((t) => document.body.appendChild(document.createElement(t)));
    const loader: string = '/dist/evt-widgets.js';
    await import(/* @vite-ignore */ loader);
    await Promise.all(['evt-detail', 'evt-register'].map((t) => customElements.whenDefined(t)));
    const loaded = scriptsLoaded().filter((p) => p.startsWith('/dist/'));
    expect(loaded.filter((p) => /\/evt-widgets\.[a-z]+-/.test(p))).to.deep.equal([]);
    expect(loaded).to.include.members(['/dist/evt-detail.js', '/dist/evt-register.js']);
    els.forEach((el) => el.remove());
  });
});
