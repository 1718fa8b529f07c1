/**
 * Focus order (WCAG 2.4.3, issue 10): focus never falls to <body> while content is replaced under
 * the visitor: after "Try again" in <evt-list> and <evt-detail> (through the loading skeleton to
 * what replaces it), after the browser's Back from an event to the list, and while <evt-register>
 * sends until its confirmation. The emulator answers slowly (latency) so the in-between states last.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/evt-list.js';
import '../../src/evt-detail.js';
import '../../src/evt-register.js';
import type { EvtDetail } from '../../src/elements/evt-detail/evt-detail.js';
import type { EvtList } from '../../src/elements/evt-list/evt-list.js';
import type { EvtRegister } from '../../src/elements/evt-register/evt-register.js';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { $, active, click, mount, part, ready, resetStores, root, text, waitFor } from '../helpers/elements.js';
import { clearDrafts, fillAttendee } from '../helpers/register.js';

let emu: TestEmulator;
before(async () => {
  emu = await startTestEmulator({ latency: 150 });
});
after(() => emu?.close());
beforeEach(async () => {
  resetStores();
  clearDrafts(emu.url);
  await emu.dev('override', { clear: true });
  const url = new URL(location.href);
  url.searchParams.delete('event');
  history.replaceState(history.state, '', url);
});

/**
 * Samples where focus is, every frame, until `done()` (bounded by `timeout`); gives the samples
 * that were on <body> (or nowhere).
 */
async function focusOnBodyWhile(done: () => boolean, timeout = 8000): Promise<string[]> {
  const lost: string[] = [];
  const start = performance.now();
  let frames = 0;
  while (!done()) {
    if (performance.now() - start > timeout || frames++ > 2000) throw new Error('did not finish in time');
    const a = document.activeElement;
    if (!a || a === document.body) lost.push(`frame ${frames}`);
    await new Promise((r) => requestAnimationFrame(r));
  }
  return lost;
}

describe('focus after "Try again"', () => {
  it('<evt-list>: stays on the list while it loads again, then lands on its first control', async () => {
    await emu.dev('override', { path: 'events/published', status: 503, body: { message: 'down' }, flavour: 'rtm' });
    const el = await mount<EvtList>('evt-list', { endpoint: emu.rtmBase, token: 'demo-token' });
    await ready(el);
    const retry = await waitFor<HTMLButtonElement>(el, '[part~="retry"]');
    await emu.dev('override', { clear: true });
    retry.focus();
    retry.click();
    const lost = await focusOnBodyWhile(() => !!$(el, 'a.link') && !el.shadowRoot!.querySelector('[part~="loading"]'));
    expect(lost, 'focus fell to <body>').to.deep.equal([]);
    await el.loadComplete;
    await waitUntil(() => active(el)?.matches('input[type=search], a.link'), `focus on the search or a card, not ${active(el)?.outerHTML.slice(0, 60)}`, { timeout: 3000 });
    await expect(el).to.be.accessible();
  });

  it('<evt-detail>: stays on the element while it loads again, then lands on the event\'s title', async () => {
    await emu.dev('override', { path: 'events/Harbour_Data_Summit', status: 503, body: { message: 'down' }, flavour: 'rtm' });
    const el = await mount<EvtDetail>('evt-detail', { endpoint: emu.rtmBase, token: 'demo-token', 'event-id': 'Harbour_Data_Summit' });
    const retry = await waitFor<HTMLButtonElement>(el, '[part~="retry"]', 'Try again', 10000);
    await emu.dev('override', { clear: true });
    retry.focus();
    retry.click();
    const lost = await focusOnBodyWhile(() => !!part(el, 'title'));
    expect(lost, 'focus fell to <body>').to.deep.equal([]);
    await el.loadComplete;
    await waitUntil(() => active(el) === root(el).querySelector('.title-wrap'), `focus on the title, not ${active(el)?.outerHTML.slice(0, 60)}`, { timeout: 3000 });
    await expect(el).to.be.accessible();
  });
});

describe('focus after Back from an event to the list', () => {
  it('lands on the card link of the event the visitor came from', async () => {
    const wrap = await fixture(html`<div data-evt-endpoint=${emu.rtmBase} data-evt-token="demo-token" lang="en">
      <evt-list page-size="50"></evt-list>
      <evt-detail></evt-detail>
    </div>`);
    const list = wrap.querySelector('evt-list')!;
    const detail = wrap.querySelector('evt-detail')!;
    const link = (rid: string) => list.shadowRoot!.querySelector<HTMLAnchorElement>(`a.link[data-rid="${rid}"]`);
    await waitUntil(() => link('Open_Source_Day'), 'the list shows its events', { timeout: 8000 });
    link('Open_Source_Day')!.focus();
    link('Open_Source_Day')!.click();
    await detail.loadComplete;
    await waitUntil(() => text(part(detail, 'title')) === 'Open Source Day', 'the detail shows the event');
    const popped = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    history.back();
    await popped;
    expect(new URL(location.href).searchParams.get('event')).to.equal(null);
    await waitUntil(() => active(list) === link('Open_Source_Day'), `focus on the card, not ${document.activeElement?.localName}`, { timeout: 3000 });
    await expect(list).to.be.accessible();
  });

  it('does not take focus the visitor has put elsewhere', async () => {
    const wrap = await fixture(html`<div data-evt-endpoint=${emu.rtmBase} data-evt-token="demo-token" lang="en">
      <input id="elsewhere" aria-label="elsewhere" />
      <evt-list page-size="50"></evt-list>
      <evt-detail></evt-detail>
    </div>`);
    const list = wrap.querySelector('evt-list')!;
    const link = (rid: string) => list.shadowRoot!.querySelector<HTMLAnchorElement>(`a.link[data-rid="${rid}"]`);
    await waitUntil(() => link('Open_Source_Day'), 'the list shows its events', { timeout: 8000 });
    link('Open_Source_Day')!.click();
    await wrap.querySelector('evt-detail')!.loadComplete;
    const input = wrap.querySelector<HTMLInputElement>('#elsewhere')!;
    input.focus();
    const popped = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    history.back();
    await popped;
    await new Promise((r) => setTimeout(r, 100));
    expect(document.activeElement === input, 'focus stayed where the visitor put it').to.be.true;
  });
});

describe('focus while <evt-register> sends', () => {
  it('is never on <body> from the click to the confirmation, which then has it', async () => {
    const el = await mount<EvtRegister>('evt-register', { endpoint: emu.rtmBase, token: 'demo-token', 'event-id': 'Minimal_Meetup' });
    await ready(el);
    await fillAttendee(el, 1, 'Fay', 'Focus', `fay.focus.${Date.now()}@example.com`);
    const submit = $<HTMLButtonElement>(el, '[part~="submit"]')!;
    submit.focus();
    await click(el, submit);
    const lost = await focusOnBodyWhile(() => !!part(el, 'success'), 10000);
    expect(lost, 'focus fell to <body>').to.deep.equal([]);
    await waitUntil(() => active(el) === part(el, 'success'), 'focus on the confirmation', { timeout: 3000 });
    await expect(el).to.be.accessible();
  });
});
