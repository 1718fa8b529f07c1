/**
 * The event rules of src/rules/ without the DOM: sessions' capacity, addresses, facilities,
 * calendar items and day grouping. Availability has its own table (availability.test.ts).
 */
import { expect } from '@open-wc/testing';
import type { EvtEvent, EvtSession } from '../../src/api/schemas.js';
import { messagesFor } from '../../src/internal/messages.js';
import { buildIcs } from '../../src/internal/ics.js';
import { eventCalendarItem, sessionCalendarItem } from '../../src/rules/calendar.js';
import { sessionFull } from '../../src/rules/capacity.js';
import { addressLines, facilities } from '../../src/rules/place.js';
import { sessionDays } from '../../src/rules/times.js';

const m = messagesFor('en');

const ev = (o: Partial<EvtEvent> = {}): EvtEvent => ({
  readableEventId: 'E',
  eventName: 'Event',
  startDate: '2026-07-01T09:00:00',
  endDate: '2026-07-01T17:00:00',
  startDateUTC: '2026-07-01T07:00:00Z',
  endDateUTC: '2026-07-01T15:00:00Z',
  timeZoneName: '(GMT+01:00) Amsterdam, Berlin',
  ...o,
});

describe('event rules: places, calendar, times', () => {
  it('sessionFull follows contract §8', () => {
    const s = (o: Partial<EvtSession>): EvtSession => ({ id: 's', ...o });
    expect(sessionFull(s({ isCapacityRestricted: true, maxCapacity: 20, registrationCount: 20 }))).to.equal(true);
    expect(sessionFull(s({ isCapacityRestricted: true, maxCapacity: 20, registrationCount: 19 }))).to.equal(false);
    expect(sessionFull(s({ isCapacityRestricted: false, maxCapacity: 20, registrationCount: 50 }))).to.equal(false);
  });

  it('addressLines uses addressComposite, and the lines when it is whitespace only', () => {
    expect(addressLines({ addressComposite: 'Kaistraße 5\n40221 Düsseldorf' })).to.deep.equal(['Kaistraße 5', '40221 Düsseldorf']);
    expect(
      addressLines({ addressComposite: '      ', addressLine1: '1 Pier Road', addressLine2: null, postalCode: '02110', city: 'Boston', stateProvince: 'MA', country: 'United States' }),
    ).to.deep.equal(['1 Pier Road', '02110 Boston', 'MA', 'United States']);
    expect(addressLines({ addressComposite: '   ' })).to.deep.equal([]);
    expect(addressLines(null)).to.deep.equal([]);
  });

  it('facilities are sentences, room step-free access counts', () => {
    const e = ev({ building: { disabledAccess: false, accessibleToilets: true, disabledParking: true, wifiAvailable: true, wifiSSID: 'Guest' }, room: { disabledAccess: true } });
    expect(facilities(e, m)).to.deep.equal(['Step-free access', 'Accessible toilets', 'Disabled parking', 'Wi-Fi (network “Guest”)']);
    expect(facilities(ev({ building: { disabledAccess: false } }), m)).to.deep.equal([]);
  });

  describe('calendar items', () => {
    it('use the UTC instants when the API gives them', () => {
      const ics = buildIcs([eventCalendarItem(ev(), m)!]);
      expect(ics).to.contain('DTSTART:20260701T070000Z');
      expect(ics).to.contain('DTEND:20260701T150000Z');
    });

    it('fall back to floating wall-clock time without them', () => {
      const ics = buildIcs([eventCalendarItem(ev({ startDateUTC: undefined, endDateUTC: null }), m)!]);
      expect(ics).to.match(/DTSTART:20260701T090000\r\n/);
      expect(ics).to.match(/DTEND:20260701T170000\r\n/);
    });

    it('a session gets its own times and a title naming the event', () => {
      const item = sessionCalendarItem(
        { id: 's1', name: 'Keynote', startTime: '2026-07-01T10:00:00', endTime: '2026-07-01T11:00:00', startTimeUTC: '2026-07-01T08:00:00Z', endTimeUTC: '2026-07-01T09:00:00Z' },
        ev(),
        m,
      )!;
      expect(item.title).to.equal('Keynote · Event');
      expect(buildIcs([item])).to.contain('DTSTART:20260701T080000Z');
      expect(sessionCalendarItem({ id: 's2', name: 'No time' }, ev(), m)).to.equal(null);
    });
  });

  it('sessionDays groups by the day in the chosen zone, in time order, untimed last', () => {
    const s = (id: string, wall: string, utc: string): EvtSession => ({ id, name: id, startTime: wall, endTime: wall, startTimeUTC: utc, endTimeUTC: utc });
    // 23:30 in Amsterdam (UTC+1 in winter) is the next day in Tokyo.
    const sessions = [s('late', '2026-12-03T23:30:00', '2026-12-03T22:30:00Z'), s('early', '2026-12-03T09:00:00', '2026-12-03T08:00:00Z'), { id: 'tba', name: 'tba' }];
    const days = sessionDays(sessions, ev(), 'event', 'en');
    expect(days.map((d) => d.items.map((i) => i.session.id))).to.deep.equal([['early', 'late'], ['tba']]);
    expect(days[0]!.label).to.equal('Thursday, December 3, 2026');
    expect(days[1]!.key).to.equal('');
  });
});
