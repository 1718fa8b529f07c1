/**
 * `<evt-detail>`'s call to action with the real `<evt-register>` on the same page: the register
 * element takes the request over and focuses itself; no register-url is needed.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/evt-detail.js';
import '../../src/evt-register.js';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { $, part } from '../helpers/elements.js';
import type { EvtDetail } from '../../src/elements/evt-detail/evt-detail.js';

let emu: TestEmulator;
before(async () => {
  emu = await startTestEmulator();
});
after(() => emu.close());

for (const flavour of ['om', 'rtm'] as const) {
  it(`"Register" hands over to <evt-register> on the same page, which takes focus (${flavour})`, async function (this: { timeout(ms: number): void }) {
    // The register element loads its own data (fields, passes) before it takes focus: slow on a busy machine.
    this.timeout(40_000);
    const base = flavour === 'om' ? emu.omBase : emu.rtmBase;
    const wrap = await fixture(html`<div data-evt-endpoint=${base} data-evt-token="demo-token" lang="en">
      <evt-detail event-id="Open_Source_Day"></evt-detail>
      <evt-register event-id="Open_Source_Day"></evt-register>
    </div>`);
    const detail = wrap.querySelector<EvtDetail>('evt-detail')!;
    await detail.loadComplete;
    const button = $<HTMLButtonElement>(detail, 'button[part~=register]')!;
    expect(button.textContent!.trim()).to.equal('Register');
    const requests: boolean[] = [];
    const spy = (e: Event) => queueMicrotask(() => requests.push(e.defaultPrevented));
    document.addEventListener('evt-register-request', spy);
    try {
      button.click();
    } finally {
      document.removeEventListener('evt-register-request', spy);
    }
    await waitUntil(() => requests.length === 1, 'the request was dispatched');
    expect(requests).to.deep.equal([true]);
    await waitUntil(() => document.activeElement?.localName === 'evt-register', 'focus moves to the registration form', { timeout: 30_000 });
    // Taken over: the button stays.
    expect(part(detail, 'register')).to.exist;
  });
}
