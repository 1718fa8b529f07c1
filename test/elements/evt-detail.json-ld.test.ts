/** `<evt-detail>`'s schema.org JSON-LD: offsets, place, offers, performers, and text that cannot close its script. */
import { expect } from '@open-wc/testing';
import type { EvtEvent, EvtPass } from '../../src/api/schemas.js';
import { eventJsonLd, isoWithOffset, jsonLdText } from '../../src/elements/evt-detail/json-ld.js';

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

describe('<evt-detail> JSON-LD', () => {
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
