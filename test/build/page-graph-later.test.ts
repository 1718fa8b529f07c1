import { expect } from '@open-wc/testing';
import { useEmulator } from '../helpers/emulator.js';
import { TOKEN, scriptsLoaded, until } from './rich-description.js';

// An event's own page: detail and register are there when the loader looks, so it loads them as
// their page graph (dist/evt-widgets.detail-register.js). A list added later (a framework route, a
// CMS script) comes from the same graph, its lazy chunk: no per-element file, no second Lit.
describe('dist/evt-widgets.js on a page with detail and register, and a list added later', () => {
  const emu = useEmulator();
  const dist = () => scriptsLoaded().filter((p) => p.startsWith('/dist/'));
  const add = (tag: string, attrs: Record<string, string>) => {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries({ endpoint: emu.omBase, token: TOKEN, ...attrs })) el.setAttribute(k, v);
    return document.body.appendChild(el);
  };

  it('loads the detail-register graph, then the list from its lazy chunk', async () => {
    const detail = add('evt-detail', { 'event-id': 'Minimal_Meetup' });
    const register = add('evt-register', { 'event-id': 'Minimal_Meetup' });
    const loader: string = '/dist/evt-widgets.js';
    await import(/* @vite-ignore */ loader);
    expect(await until(() => !!detail.shadowRoot?.querySelector('[part~="title"]'))).to.equal(true);
    expect(await until(() => !!register.shadowRoot?.getElementById('a1-firstName'))).to.equal(true);
    expect(dist().filter((p) => p.endsWith('/evt-widgets.detail-register.js'))).to.have.length(1);
    expect(customElements.get('evt-list'), 'the list is not loaded before its tag').to.equal(undefined);

    const list = add('evt-list', { 'page-size': '2' });
    await customElements.whenDefined('evt-list');
    expect(await until(() => !!list.shadowRoot?.querySelector('[part~="item"]')), 'the list shows events').to.equal(true);
    expect(dist().filter((p) => /\/chunks\/page-detail-register\.evt-list-[\w-]+\.js$/.test(p)), 'the graph\'s list chunk').to.have.length(1);
    expect(dist().filter((p) => /\/evt-(list|detail|register)\.js$|\/chunks\/[\w-]+\.js$/.test(p) && !p.includes('/config-')), 'no per-element file or chunk').to.deep.equal([]);
    for (const el of [detail, register, list]) el.remove();
  });
});
