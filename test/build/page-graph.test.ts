import { expect } from '@open-wc/testing';
import { useEmulator } from '../helpers/emulator.js';
import { TOKEN, fill, scriptsLoaded, until } from './rich-description.js';

// An event page: list, detail and register are on the page before the loader looks. It loads the
// three elements as one page graph (dist/evt-widgets.list-detail-register.js, vite.config.ts
// PAGE_GRAPHS) and none of the per-element files; the graph's own lazy chunks (the writes, the
// sending code, JSON-LD) work.
const EVENT = 'Minimal_Meetup';
const dist = () => scriptsLoaded().filter((p) => p.startsWith('/dist/'));
type Lit = HTMLElement & { updateComplete: Promise<unknown> };

describe('dist/evt-widgets.js on a page with all three elements', () => {
  const emu = useEmulator();
  const els: Lit[] = [];
  const add = (tag: string, attrs: Record<string, string>) => {
    const el = document.createElement(tag) as Lit;
    for (const [k, v] of Object.entries({ endpoint: emu.omBase, token: TOKEN, ...attrs })) el.setAttribute(k, v);
    document.body.append(el);
    els.push(el);
    return el;
  };
  after(() => els.forEach((el) => el.remove()));

  it('loads evt-widgets.list-detail-register.js, no per-element file, and all three show their content', async () => {
    const list = add('evt-list', { 'page-size': '3' });
    const detail = add('evt-detail', { 'event-id': EVENT });
    const register = add('evt-register', { 'event-id': EVENT });
    const loader: string = '/dist/evt-widgets.js';
    await import(/* @vite-ignore */ loader);
    for (const el of [list, detail, register]) await customElements.whenDefined(el.localName);
    expect(await until(() => !!list.shadowRoot?.querySelector('[part~="item"]')), 'the list shows events').to.equal(true);
    expect(await until(() => !!detail.shadowRoot?.querySelector('[part~="title"]')), 'the detail shows its event').to.equal(true);
    expect(await until(() => !!register.shadowRoot?.getElementById('a1-firstName')), 'the register shows its form').to.equal(true);
    expect(dist().filter((p) => /\/evt-(list|detail|register)\.js$|\/chunks\/(shared|list-register|detail-register)-/.test(p)), 'no per-element file, no chunk of theirs').to.deep.equal([]);
    expect(dist().filter((p) => p.endsWith('/evt-widgets.list-detail-register.js'))).to.have.length(1);
    expect(await until(() => !!detail.querySelector('script[type="application/ld+json"]')), 'JSON-LD written (the graph\'s lazy chunk)').to.equal(true);
  });

  it('an element added later is the same class, with nothing more to load', async () => {
    const before = dist().length;
    const second = add('evt-list', { 'page-size': '1' });
    expect(second).to.be.instanceOf(customElements.get('evt-list')!);
    await second.updateComplete;
    expect(await until(() => !!second.shadowRoot?.querySelector('[part~="item"]'))).to.equal(true);
    expect(dist().slice(before).filter((p) => !p.includes('/chunks/page-list-detail-register.')), 'no file outside the graph').to.deep.equal([]);
  });

  it('registers through the graph\'s lazy sending chunks', async () => {
    const register = els.find((el) => el.localName === 'evt-register')!;
    const root = register.shadowRoot!;
    await fill(register, 'a1-firstName', 'Tomas');
    await fill(register, 'a1-lastName', 'Together');
    await fill(register, 'a1-email', 'tomas.together@example.com');
    (root.querySelector('[part~="submit"]') as HTMLButtonElement).click();
    expect(await until(() => !!root.querySelector('[part~="success"]')), `a success message: ${root.textContent?.slice(0, 300)}`).to.equal(true);
    await emu.dev('process');
    const records = (await (await fetch(`${emu.url}/dev/registrations?readableEventId=${EVENT}&email=tomas.together%40example.com`)).json()) as unknown[];
    expect(records).to.have.length(1);
    expect(dist().filter((p) => /\/chunks\/page-list-detail-register\.(writes|send-answer)-/.test(p)).length, 'its writes and sending code').to.equal(2);
    expect(dist().filter((p) => /\/chunks\/(writes|send-answer)-/.test(p)), 'not the per-element graph\'s').to.deep.equal([]);
  });
});
