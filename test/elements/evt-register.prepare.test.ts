/**
 * <evt-register> fetches its sending code (src/elements/evt-register/send-answer.ts) and the
 * store's writes (src/api/writes.ts) when the visitor starts on its form (focus or typing), not
 * with its first render: the submit then never waits for more than those imports
 * (src/elements/evt-register/send.ts). Seen through the page's resource timing.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/evt-register.js';
import type { EvtRegister } from '../../src/elements/evt-register/evt-register.js';
import { byId, mount, ready } from '../helpers/elements.js';
import { useEmulator } from '../helpers/emulator.js';

const fetched = (path: string) => () => performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.endsWith(path));
const writesLoaded = fetched('/src/api/writes.ts');
const sendingLoaded = fetched('/src/elements/evt-register/send-answer.ts');

describe('<evt-register> prepares its sending', () => {
  const emu = useEmulator();

  it('loads the write code on the first focus in the form, not before', async () => {
    const el = await mount<EvtRegister>('evt-register', { endpoint: emu.omBase, token: 'demo-token', 'event-id': 'Minimal_Meetup' });
    await ready(el);
    await new Promise((r) => setTimeout(r, 100));
    expect(writesLoaded(), 'after the form rendered').to.equal(false);
    expect(sendingLoaded(), 'the sending code, after the form rendered').to.equal(false);
    byId(el, 'a1-firstName')!.focus();
    await waitUntil(writesLoaded, 'the write code was not fetched on focus', { timeout: 5000 });
    await waitUntil(sendingLoaded, 'the sending code was not fetched on focus', { timeout: 5000 });
  });
});
