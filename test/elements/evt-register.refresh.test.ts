/**
 * After a registration the page's store refreshes what it changed (the event, its count, passes,
 * sessions), at once and later again, but only for what somebody on the page still shows: a page
 * with only `<evt-register>`, now showing its confirmation, costs the service nothing more
 * (issue 13: on launch day every request counts against the limit for everybody). The form, when
 * it comes back ("Register someone else"), reads what changed.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/evt-register.js';
import type { EvtRegister } from '../../src/elements/evt-register/evt-register.js';
import { useEmulator } from '../helpers/emulator.js';
import { logFetches } from '../helpers/fetch-log.js';
import { $, click, mount, ready } from '../helpers/elements.js';
import { fillAttendee } from '../helpers/register.js';

const emu = useEmulator();

const gets = (log: string[]) => log.filter((l) => l.startsWith('start ') && !l.endsWith('/registrations'));
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('<evt-register> alone on its page: no refreshes for a confirmation', () => {
  it('fetches nothing after its registration succeeded; the form again reads what changed', async () => {
    const el = await mount<EvtRegister>('evt-register', `endpoint="${emu.omBase}" token="demo-token" lang="en" event-id="Last_Seats_Seminar"`);
    await ready(el);
    await fillAttendee(el, 1, 'Rea', 'Fresh', `rea.fresh.${Date.now()}@example.com`);
    const log = await logFetches(async () => {
      const registered = oneEvent(el, 'evt-registered');
      await click(el, '[part~="submit"]');
      await registered;
      await waitUntil(() => $(el, '[part~="success"]'), 'the confirmation', { timeout: 5000 });
      // The store's first later refresh is 1 s after the answer.
      await wait(1300);
    });
    expect(log.filter((l) => l === 'start events/Last_Seats_Seminar/registrations')).to.have.length(1);
    expect(gets(log), log.join('\n')).to.deep.equal([]);
    const again = await logFetches(async () => {
      await click(el, '[part~="again"]');
      await waitUntil(() => !$(el, '[part~="success"]'), 'the form');
      await el.loadComplete;
      await wait(300);
    });
    expect(gets(again)).to.include('start events/Last_Seats_Seminar/registrations/count');
    // The seminar had one place left: the form now offers the waitlist.
    await waitUntil(() => el.matches(':state(waitlist)') || el.shadowRoot!.textContent!.includes('waitlist'), 'the form follows the new count', { timeout: 5000 });
  });
});
