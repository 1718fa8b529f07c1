import { expect } from '@open-wc/testing';
import { useEmulator } from '../helpers/emulator.js';
import { TOKEN, scriptsLoaded, until } from './rich-description.js';

// A copy of dist/ without the page graphs (served from /__nographs/: an older or
// half-uploaded self-hosted copy, or a failed request): the loader says so once and loads each
// element's own file; the page works.
describe('dist/evt-widgets.js with all three elements, without its page graph (evt-widgets.list-detail-register.js)', () => {
  const emu = useEmulator();
  const errors: string[] = [];
  const original = console.error;
  before(() => {
    console.error = (...args: unknown[]) => void errors.push(args.join(' '));
  });
  after(() => {
    console.error = original;
  });

  it('falls back to the per-element files, with one console note naming the file', async () => {
    const els = [['evt-list', { 'page-size': '2' }], ['evt-detail', { 'event-id': 'Minimal_Meetup' }], ['evt-register', { 'event-id': 'Minimal_Meetup' }]].map(([tag, attrs]) => {
      const el = document.createElement(tag as string);
      for (const [k, v] of Object.entries({ endpoint: emu.omBase, token: TOKEN, ...(attrs as object) })) el.setAttribute(k, v);
      return document.body.appendChild(el);
    });
    const loader: string = '/__nographs/evt-widgets.js';
    await import(/* @vite-ignore */ loader);
    for (const el of els) await customElements.whenDefined(el.localName);
    const [list, detail, register] = els;
    expect(await until(() => !!list.shadowRoot?.querySelector('[part~="item"]'))).to.equal(true);
    expect(await until(() => !!detail.shadowRoot?.querySelector('[part~="title"]'))).to.equal(true);
    expect(await until(() => !!register.shadowRoot?.getElementById('a1-firstName'))).to.equal(true);
    const loaded = scriptsLoaded().filter((p) => p.startsWith('/__nographs/'));
    for (const f of ['evt-list.js', 'evt-detail.js', 'evt-register.js']) expect(loaded, f).to.include(`/__nographs/${f}`);
    expect(errors.filter((e) => e.includes('evt-widgets.list-detail-register.js')), errors.join(' | ')).to.have.length(1);
    els.forEach((el) => el.remove());
  });
});
