/**
 * `time-zone="local"` across a daylight-saving change (issue 10): an event that starts before the
 * visitor's clocks change and ends after shows both offsets, as event mode does ("GMT+13 → GMT+12").
 * The browser's zone cannot be set per test, so the pure function takes the zone; the element check
 * runs in whatever zone the browser has (run with TZ=Pacific/Auckland to see the arrow on screen).
 */
import { expect } from '@open-wc/testing';
import '../../src/evt-detail.js';
import type { EvtDetail } from '../../src/elements/evt-detail/evt-detail.js';
import { formatRange, zonedRange } from '../../src/internal/format.js';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { mount, part, ready, resetStores, text, waitFor } from '../helpers/elements.js';

// New Zealand's clocks go back from NZDT (GMT+13) to NZST (GMT+12) at 03:00 on Sunday 4 April 2027
// (14:00 UTC on the 3rd). This evening-to-morning event runs across it.
const times = {
  wallStart: '2027-04-03T20:00:00',
  wallEnd: '2027-04-04T10:00:00',
  utcStart: '2027-04-03T07:00:00Z',
  utcEnd: '2027-04-03T22:00:00Z',
  timeZoneName: '(GMT+12:00) Auckland, Wellington',
};
const event = {
  readableEventId: 'Night_Market',
  eventName: 'Night market',
  startDate: times.wallStart,
  endDate: times.wallEnd,
  startDateUTC: times.utcStart,
  endDateUTC: times.utcEnd,
  timeZoneName: times.timeZoneName,
};

let emu: TestEmulator;
before(async () => {
  emu = await startTestEmulator({ data: { events: [event] } });
});
after(() => emu?.close());
beforeEach(resetStores);

describe('local time across a daylight-saving change', () => {
  it('zonedRange in local mode names both offsets of the visitor\'s zone', () => {
    const r = zonedRange(times, 'local', 'en', 'Pacific/Auckland')!;
    expect(r.label).to.equal('GMT+13 → GMT+12');
    expect(r.timeZone).to.equal('Pacific/Auckland');
    // Written in that zone: 8:00 PM on the 3rd to 10:00 AM on the 4th, with both offsets.
    const shown = formatRange('en', r, { withTime: true });
    expect(shown).to.match(/8:00\s?PM/);
    expect(shown).to.match(/10:00\s?AM/);
    expect(shown).to.match(/GMT\+13 → GMT\+12$/);
  });

  it('a zone without a change there keeps one offset', () => {
    expect(zonedRange(times, 'local', 'en', 'Asia/Tokyo')!.label).to.equal('GMT+9');
    expect(zonedRange(times, 'local', 'en', 'UTC')!.label).to.equal('UTC');
  });

  it('event mode says the same for the event\'s own zone', () => {
    expect(zonedRange(times, 'event', 'en')!.label).to.equal('GMT+13 → GMT+12');
  });

  it('<evt-detail time-zone="local"> uses the visitor\'s zone, with both offsets when it changes', async () => {
    const el = await mount<EvtDetail>('evt-detail', { endpoint: emu.rtmBase, token: 'demo-token', 'event-id': 'Night_Market', 'time-zone': 'local' });
    await ready(el);
    await waitFor(el, '[part~="date"]');
    const visitor = zonedRange(times, 'local', 'en')!;
    const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const withZone = zonedRange(times, 'local', 'en', own)!;
    expect(visitor.label).to.equal(withZone.label);
    expect(text(part(el, 'date'))).to.contain(visitor.label);
    const offsets = (d: string) => new Intl.DateTimeFormat('en', { timeZone: own, timeZoneName: 'short' }).format(new Date(d));
    if (offsets(times.utcStart).split(' ').pop() !== offsets(times.utcEnd).split(' ').pop()) {
      expect(text(part(el, 'date'))).to.contain('→');
    }
    await expect(el).to.be.accessible();
  });
});
