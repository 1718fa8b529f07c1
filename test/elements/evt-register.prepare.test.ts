/**
 * <evt-register> fetches its sending code (src/elements/evt-register/send-answer.ts) and the
 * store's writes (src/api/writes.ts) when the visitor starts on its form (focus or typing), not
 * with its first render: the submit then never waits for more than those imports
 * (src/elements/evt-register/send.ts). Seen through the page's resource timing.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/evt-register.js';
import type { EvtRegister } from '../../src/elements/evt-register/evt-register.js';
import { byId, ready, resetStores } from '../helpers/elements.js';
import { clearDrafts } from '../helpers/register.js';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator.js';

const fetched = (path: string) => () => performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.endsWith(path));
const writesLoaded = fetched('/src/api/writes.ts');
const sendingLoaded = fetched('/src/elements/evt-register/send-answer.ts');

let emu: TestEmulator;
before(async () => {
  emu = await startTestEmulator();
});
after(async () => {
  await emu?.close();
});

describe('<evt-register> prepares its sending', () => {
  it('loads the write code on the first focus in the form, not before', async () => {
    resetStores();
    clearDrafts(emu.url);
    const holder = document.createElement('div');
    holder.innerHTML = `<evt-register endpoint="${emu.omBase}" token="demo-token" lang="en" event-id="Minimal_Meetup"></evt-register>`;
    const el = await fixture<EvtRegister>(holder.firstElementChild!);
    await ready(el);
    await new Promise((r) => setTimeout(r, 100));
    expect(writesLoaded(), 'after the form rendered').to.equal(false);
    expect(sendingLoaded(), 'the sending code, after the form rendered').to.equal(false);
    byId(el, 'a1-firstName')!.focus();
    await waitUntil(writesLoaded, 'the write code was not fetched on focus', { timeout: 5000 });
    await waitUntil(sendingLoaded, 'the sending code was not fetched on focus', { timeout: 5000 });
  });
});
