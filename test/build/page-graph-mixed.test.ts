import { expect } from '@open-wc/testing';
import { scriptsLoaded } from './rich-description.js';

// A page that mixes the loader with a per-element file's script tag (README: any mix loads Lit
// once), whose element is not defined yet when the loader looks: the loader keeps to the
// per-element files, which share their chunks with that file, instead of a page graph (which would
// bring a second Lit and store, and a warning that the element is already defined).
describe('dist/evt-widgets.js beside a script tag for dist/evt-list.js', () => {
  it('loads the per-element files, no page graph, and defines each element once', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const els = ['evt-list', 'evt-detail', 'evt-register'].map((t) => document.body.appendChild(document.createElement(t)));
      const script = Object.assign(document.createElement('script'), { type: 'module', src: '/dist/evt-list.js' });
      document.head.append(script);
      const loader: string = '/dist/evt-widgets.js';
      await import(/* @vite-ignore */ loader);
      await Promise.all(['evt-list', 'evt-detail', 'evt-register'].map((t) => customElements.whenDefined(t)));
      const loaded = scriptsLoaded().filter((p) => p.startsWith('/dist/'));
      expect(loaded.filter((p) => /\/evt-widgets\.[a-z]+-/.test(p)), 'no page graph').to.deep.equal([]);
      expect(loaded).to.include.members(['/dist/evt-list.js', '/dist/evt-detail.js', '/dist/evt-register.js']);
      expect(warnings.filter((w) => w.includes('already defined')), warnings.join(' | ')).to.deep.equal([]);
      els.forEach((el) => el.remove());
    } finally {
      console.warn = original;
    }
  });
});
