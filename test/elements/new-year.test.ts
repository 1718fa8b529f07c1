/**
 * An event from Dec 31 to Jan 2: the agenda of `<evt-detail>` and the session list of
 * `<evt-register>` show the days in calendar order in every engine (WebKit once sorted a display
 * format as text and put Jan 1 before Dec 31). The event is always the coming New Year after next,
 * so the test does not depend on today's date.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/evt-detail.js';
import '../../src/evt-register.js';
import type { EvtDetail } from '../../src/elements/evt-detail/evt-detail.js';
import type { EvtRegister } from '../../src/elements/evt-register/evt-register.js';
import { dayKey } from '../../src/internal/format.js';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { mount, parts, ready, resetStores, text, waitFor } from '../helpers/elements.js';

const Y = new Date().getUTCFullYear() + 1;
const session = (id: string, day: string, hour: number) => ({
  id,
  name: `Session ${id}`,
  startTime: `${day}T${String(hour).padStart(2, '0')}:00:00`,
  endTime: `${day}T${String(hour + 1).padStart(2, '0')}:00:00`,
  startTimeUTC: `${day}T${String(hour).padStart(2, '0')}:00:00Z`,
  endTimeUTC: `${day}T${String(hour + 1).padStart(2, '0')}:00:00Z`,
});
const event = {
  readableEventId: 'New_Year_Summit',
  eventName: 'New Year summit',
  startDate: `${Y}-12-31T09:00:00`,
  endDate: `${Y + 1}-01-02T17:00:00`,
  startDateUTC: `${Y}-12-31T09:00:00Z`,
  endDateUTC: `${Y + 1}-01-02T17:00:00Z`,
  timeZoneName: '(GMT) Coordinated Universal Time',
  allowCustomAgenda: true,
  // Listed out of order on purpose: the order on screen comes from the times.
  sessions: [session('c', `${Y + 1}-01-02`, 10), session('a', `${Y}-12-31`, 10), session('b', `${Y + 1}-01-01`, 10)],
};

let emu: TestEmulator;
before(async () => {
  emu = await startTestEmulator({ data: { events: [event] } });
});
after(() => emu?.close());
beforeEach(resetStores);

describe('days across New Year', () => {
  it('dayKey is numeric in every engine, so it sorts Dec 31 before Jan 1', () => {
    const dec31 = new Date(Date.UTC(2026, 11, 31, 12));
    const jan1 = new Date(Date.UTC(2027, 0, 1, 12));
    expect(dayKey(dec31, 'UTC')).to.equal('2026-12-31');
    expect(dayKey(jan1, 'UTC')).to.equal('2027-01-01');
    // 23:30 UTC on Dec 31 is already Jan 1 in Tokyo.
    expect(dayKey(new Date(Date.UTC(2026, 11, 31, 23, 30)), 'Asia/Tokyo')).to.equal('2027-01-01');
  });

  for (const flavour of ['om', 'rtm'] as const) {
    const base = () => (flavour === 'om' ? emu.omBase : emu.rtmBase);

    it(`<evt-detail>'s agenda lists Dec 31, Jan 1, Jan 2 in that order (${flavour})`, async () => {
      const el = await mount<EvtDetail>('evt-detail', { endpoint: base(), token: 'demo-token', 'event-id': 'New_Year_Summit' });
      await ready(el);
      await waitUntil(() => parts(el, 'day').length === 3, 'the agenda did not show three days');
      const days = parts(el, 'day').map(text);
      expect(days.map((d) => d.replace(/^\w+, /, ''))).to.deep.equal([`December 31, ${Y}`, `January 1, ${Y + 1}`, `January 2, ${Y + 1}`]);
    });

    it(`<evt-register>'s session list lists Dec 31, Jan 1, Jan 2 in that order (${flavour})`, async () => {
      const el = await mount<EvtRegister>('evt-register', { endpoint: base(), token: 'demo-token', 'event-id': 'New_Year_Summit' });
      const fieldset = await waitFor(el, 'fieldset[part~="sessions"]', 'the session list');
      const days = [...fieldset.querySelectorAll('[part~="day"]')].map(text);
      expect(days.map((d) => d.replace(/^\w+, /, ''))).to.deep.equal([`December 31, ${Y}`, `January 1, ${Y + 1}`, `January 2, ${Y + 1}`]);
      expect([...fieldset.querySelectorAll('[part~="session"] label')].map(text)).to.deep.equal(['Session a', 'Session b', 'Session c']);
    });
  }
});
