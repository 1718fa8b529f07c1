/**
 * `<evt-detail>`'s rules without the DOM: registration state, capacity, addresses, facilities,
 * calendar items, day grouping and the JSON-LD text.
 */
import { expect } from '@open-wc/testing';
import type { EvtEvent, EvtPass, EvtSession } from '../../src/api/schemas.js';
import { messagesFor } from '../../src/internal/messages.js';
import { buildIcs } from '../../src/internal/ics.js';
import {
  addressLines,
  eventCalendarItem,
  facilities,
  registrationState,
  sessionCalendarItem,
  sessionDays,
  sessionFull,
} from '../../src/elements/evt-detail/model.js';
import { eventJsonLd, isoWithOffset, jsonLdText } from '../../src/elements/evt-detail/json-ld.js';

const m = messagesFor('en');
const NOW = Date.parse('2026-06-01T12:00:00Z');

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
const pass = (left: number | null): EvtPass => ({ passId: `p${left}`, passName: 'P', price: 10, currencySymbol: '€', numberOfPassesLeft: left });

describe('evt-detail model', () => {
  describe('registrationState', () => {
    it('is open by default, and when capacity is not restricted', () => {
      expect(registrationState(ev(), null, null, NOW)).to.equal('open');
      expect(registrationState(ev({ maxCapacity: 0 }), 999, [], NOW)).to.equal('open');
    });

    it('is closed when setRegistrationEndDate and the stop date has passed (and only then)', () => {
      const past = '2026-05-30T00:00:00Z';
      expect(registrationState(ev({ setRegistrationEndDate: true, stopRegistrationDate: past }), null, null, NOW)).to.equal('closed');
      expect(registrationState(ev({ setRegistrationEndDate: false, stopRegistrationDate: past }), null, null, NOW)).to.equal('open');
      expect(registrationState(ev({ setRegistrationEndDate: true, stopRegistrationDate: '2026-06-02T00:00:00Z' }), null, null, NOW)).to.equal('open');
      // Exactly at the stop time: closed (now >= stopRegistrationDate).
      expect(registrationState(ev({ setRegistrationEndDate: true, stopRegistrationDate: '2026-06-01T12:00:00Z' }), null, null, NOW)).to.equal('closed');
    });

    it('is waitlist or sold-out when full, by count or by passes', () => {
      const full = ev({ isCapacityRestricted: true, maxCapacity: 10 });
      expect(registrationState({ ...full, showWaitlist: true }, 10, null, NOW)).to.equal('waitlist');
      expect(registrationState({ ...full, showWaitlist: false }, 12, null, NOW)).to.equal('sold-out');
      expect(registrationState(full, 9, null, NOW)).to.equal('open');
      expect(registrationState(ev(), null, [pass(0), pass(0)], NOW)).to.equal('sold-out');
      expect(registrationState(ev(), null, [pass(0), pass(3)], NOW)).to.equal('open');
      expect(registrationState(ev(), null, [pass(null)], NOW)).to.equal('open');
    });

    it('is ended after the event, before anything else', () => {
      const over = ev({ startDate: '2026-05-01T09:00:00', endDate: '2026-05-01T10:00:00', startDateUTC: '2026-05-01T07:00:00Z', endDateUTC: '2026-05-01T08:00:00Z', setRegistrationEndDate: true, stopRegistrationDate: '2026-04-01T00:00:00Z' });
      expect(registrationState(over, null, null, NOW)).to.equal('ended');
    });
  });

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

  describe('JSON-LD', () => {
    it('isoWithOffset writes the event offset, from the instant or the zone name', () => {
      expect(isoWithOffset('2026-07-01T09:00:00', '2026-07-01T07:00:00Z')).to.equal('2026-07-01T09:00:00+02:00');
      expect(isoWithOffset('2026-07-01T09:00:00', null, '(GMT+05:30) Chennai')).to.equal('2026-07-01T09:00:00+05:30');
      expect(isoWithOffset('2026-07-01T09:00:00', '2026-07-01T14:30:00Z')).to.equal('2026-07-01T09:00:00-05:30');
      expect(isoWithOffset('2026-07-01T09:00:00', null, null)).to.equal('2026-07-01T09:00:00');
      expect(isoWithOffset(null, '2026-07-01T07:00:00Z')).to.equal('2026-07-01T07:00:00Z');
    });

    it('describes place, offers, performers and attendance mode', () => {
      const data = eventJsonLd({
        event: ev({ eventFormat: 100000003, building: { name: 'Hall', addressLine1: 'Street 1', city: 'Town', country: 'NL' }, description: '<p>Hi <b>there</b></p><script>x</script>' }),
        imageUrl: 'data:image/png;base64,AAAA',
        speakers: [{ id: 'a', name: 'Ana', title: 'CTO', website: 'javascript:alert(1)' }],
        passes: [pass(5), pass(0)],
        state: 'open',
        pageUrl: 'https://example.org/e',
        registerUrl: 'https://example.org/r',
      }) as Record<string, any>;
      expect(data.eventAttendanceMode).to.equal('https://schema.org/MixedEventAttendanceMode');
      expect(data.location[0]['@type']).to.equal('VirtualLocation');
      expect(data.location[1].address).to.deep.include({ streetAddress: 'Street 1', addressLocality: 'Town', addressCountry: 'NL' });
      expect(data.description).to.equal('Hi there');
      expect(data.image).to.equal(undefined); // a data: URL means nothing to a crawler
      expect(data.offers.map((o: any) => [o.priceCurrency, o.availability.split('/').pop()])).to.deep.equal([
        ['EUR', 'InStock'],
        ['EUR', 'SoldOut'],
      ]);
      expect(data.performer).to.deep.equal([{ '@type': 'Person', name: 'Ana', jobTitle: 'CTO' }]);
    });

    it('free events say so; the text cannot close its script element', () => {
      const data = eventJsonLd({ event: ev({ eventName: 'A </script><script>alert(1)</script> <!-- b' }), imageUrl: null, speakers: [], passes: [], state: 'open', pageUrl: null, registerUrl: null });
      expect(data.isAccessibleForFree).to.equal(true);
      const text = jsonLdText(data);
      expect(text).not.to.contain('<');
      expect(JSON.parse(text).name).to.equal('A </script><script>alert(1)</script> <!-- b');
    });
  });
});
