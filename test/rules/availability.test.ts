/**
 * src/rules/availability.ts as tables: synthetic payloads with fixed dates (every check and every
 * reading where the contract is silent), every seed event as the emulator serves it today, and
 * Microsoft's sample payloads.
 */
import { expect } from '@open-wc/testing';
import type { EvtEvent, EvtPass } from '../../src/api/schemas.js';
import { getStore } from '../../src/api/store.js';
import { registrationAvailability, registrationClosed, type AvailabilityInput, type RegistrationState } from '../../src/rules/availability.js';
import { capacity, isCapacityRestricted } from '../../src/rules/capacity.js';
import { canRetry, needsSiteOwner } from '../../src/rules/errors.js';
import { EvtApiError } from '../../src/api/errors.js';
import { hasEnded } from '../../src/rules/times.js';
import { sharedFixture, startTestEmulator, type TestEmulator } from '../helpers/emulator.js';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const ev = (o: Partial<EvtEvent> = {}): EvtEvent => ({
  readableEventId: 'E',
  eventName: 'Event',
  startDate: '2026-07-01T09:00:00',
  endDate: '2026-07-01T17:00:00',
  startDateUTC: '2026-07-01T07:00:00Z',
  endDateUTC: '2026-07-01T15:00:00Z',
  ...o,
});
const pass = (left: number | null | undefined): EvtPass => ({ passId: `p${left}`, passName: 'P', price: 10, currencySymbol: '€', numberOfPassesLeft: left });
const past = '2026-05-30T00:00:00Z';
const later = '2026-06-02T00:00:00Z';

type Row = [string, Partial<AvailabilityInput> & { event: EvtEvent }, RegistrationState, (number | null)?];

const ROWS: Row[] = [
  ['open by default', { event: ev() }, 'open', Infinity],
  ['unrestricted: any count', { event: ev({ isCapacityRestricted: false, maxCapacity: 10 }), registrationCount: 999 }, 'open', Infinity],
  ['maxCapacity 0 never restricts (old payloads)', { event: ev({ isCapacityRestricted: true, maxCapacity: 0 }), registrationCount: 3 }, 'open', Infinity],
  ['a missing flag with a capacity restricts', { event: ev({ maxCapacity: 3 }), registrationCount: 1 }, 'open', 2],
  ['places left', { event: ev({ isCapacityRestricted: true, maxCapacity: 10 }), registrationCount: 9 }, 'open', 1],
  ['count unknown: open, places unknown', { event: ev({ isCapacityRestricted: true, maxCapacity: 10 }) }, 'open', null],
  ['count null: open, places unknown', { event: ev({ isCapacityRestricted: true, maxCapacity: 10 }), registrationCount: null }, 'open', null],
  ['full with a waitlist', { event: ev({ isCapacityRestricted: true, maxCapacity: 10, showWaitlist: true }), registrationCount: 10 }, 'waitlist', 0],
  ['full without one', { event: ev({ isCapacityRestricted: true, maxCapacity: 10 }), registrationCount: 12 }, 'sold-out', 0],
  ['every pass sold', { event: ev(), passes: [pass(0), pass(0)] }, 'sold-out', 0],
  ['every pass sold, waitlist', { event: ev({ showWaitlist: true }), passes: [pass(0)] }, 'waitlist', 0],
  ['some passes left', { event: ev(), passes: [pass(0), pass(3)] }, 'open', 3],
  ['a pass without a count is unlimited', { event: ev(), passes: [pass(null)] }, 'open', Infinity],
  ['passes cap the capacity', { event: ev({ isCapacityRestricted: true, maxCapacity: 100 }), registrationCount: 10, passes: [pass(5)] }, 'open', 5],
  ['passes with the count unknown', { event: ev({ isCapacityRestricted: true, maxCapacity: 100 }), passes: [pass(5)] }, 'open', 5],
  ['closed: flag and a past stop date', { event: ev({ setRegistrationEndDate: true, stopRegistrationDate: past }) }, 'closed'],
  ['closed: exactly at the stop date', { event: ev({ setRegistrationEndDate: true, stopRegistrationDate: '2026-06-01T12:00:00Z' }) }, 'closed'],
  ['closed: the flag missing, the date past (older payloads)', { event: ev({ stopRegistrationDate: past }) }, 'closed'],
  ['closed: the flag null, the date past', { event: ev({ setRegistrationEndDate: null, stopRegistrationDate: past }) }, 'closed'],
  ['open: the flag false, the date past', { event: ev({ setRegistrationEndDate: false, stopRegistrationDate: past }) }, 'open'],
  ['open: the stop date to come', { event: ev({ setRegistrationEndDate: true, stopRegistrationDate: later }) }, 'open'],
  ['closed before full', { event: ev({ stopRegistrationDate: past, isCapacityRestricted: true, maxCapacity: 1 }), registrationCount: 1 }, 'closed'],
  [
    'ended before closed',
    { event: ev({ startDateUTC: '2026-05-01T07:00:00Z', endDateUTC: '2026-05-01T08:00:00Z', startDate: '2026-05-01T09:00:00', endDate: '2026-05-01T10:00:00', stopRegistrationDate: past }) },
    'ended',
  ],
  ['ended: no UTC, a zone offset in the name', { event: ev({ startDateUTC: null, endDateUTC: null, startDate: '2026-06-01T08:00:00', endDate: '2026-06-01T09:00:00', timeZoneName: '(GMT-08:00) Pacific Time' }) }, 'open'],
  ['ended: no UTC, no offset, within 14 h: not sure yet', { event: ev({ startDateUTC: null, endDateUTC: null, startDate: '2026-06-01T08:00:00', endDate: '2026-06-01T09:00:00' }) }, 'open'],
  ['ended: no UTC, no offset, a day ago', { event: ev({ startDateUTC: null, endDateUTC: null, startDate: '2026-05-30T08:00:00', endDate: '2026-05-31T09:00:00' }) }, 'ended'],
  ['no dates at all: never ended', { event: ev({ startDateUTC: null, endDateUTC: null, startDate: null, endDate: null }) }, 'open'],
  ['sign-in: anonymous registration off', { event: ev({ allowAnonymousRegistrations: false }) }, 'sign-in'],
  ['signed in: open', { event: ev({ allowAnonymousRegistrations: false }), signedIn: true }, 'open'],
  ['anonymous flag missing: open', { event: ev({ allowAnonymousRegistrations: null }) }, 'open'],
  ['captcha the page cannot solve', { event: ev({ enableCaptcha: true }), canSolveCaptcha: false }, 'captcha'],
  ['captcha the page can solve', { event: ev({ enableCaptcha: true }), canSolveCaptcha: true }, 'open'],
  ['captcha: not the list\'s or the detail\'s concern', { event: ev({ enableCaptcha: true }) }, 'open'],
  ['full before captcha', { event: ev({ enableCaptcha: true, isCapacityRestricted: true, maxCapacity: 1 }), registrationCount: 1, canSolveCaptcha: false }, 'sold-out'],
];

describe('event rules: availability', () => {
  for (const [name, input, state, left] of ROWS) {
    it(`${name} → ${state}`, () => {
      const a = registrationAvailability({ now: NOW, ...input });
      expect(a.state).to.equal(state);
      expect(a.canRegister).to.equal(state === 'open' || state === 'waitlist');
      if (left !== undefined) expect(a.placesLeft).to.equal(left);
    });
  }

  it('passes the organiser’s websiteMessage with a closed registration', () => {
    const a = registrationAvailability({ event: ev({ stopRegistrationDate: past, websiteMessage: '  Write to us.  ' }), now: NOW });
    expect(a.message).to.equal('Write to us.');
    expect(registrationClosed(ev({ stopRegistrationDate: past }), NOW)).to.equal(true);
  });

  it('caps attendees at 50, at 1 without multi-attendee registration, at the places left without a waitlist', () => {
    expect(capacity(ev(), 0).maxAttendees).to.equal(50);
    expect(capacity(ev({ enableMultiAttendeeRegistration: false }), 0).maxAttendees).to.equal(1);
    expect(capacity(ev({ isCapacityRestricted: true, maxCapacity: 10 }), 7).maxAttendees).to.equal(3);
    expect(capacity(ev({ isCapacityRestricted: true, maxCapacity: 10, showWaitlist: true }), 10).maxAttendees).to.equal(50);
    expect(capacity(ev({ isCapacityRestricted: true, maxCapacity: 10 }), null).maxAttendees).to.equal(50);
  });

  it('offers "Try again" for what may pass, never for what only the site owner can fix', () => {
    const e = (kind: ConstructorParameters<typeof EvtApiError>[0]) => new EvtApiError(kind, 'x');
    expect(['network', 'server', 'timeout', 'rate-limited'].map((k) => canRetry(e(k as never)))).to.deep.equal([true, true, true, true]);
    expect(['config', 'unauthorized', 'contract', 'not-found', 'aborted'].map((k) => canRetry(e(k as never)))).to.deep.equal([false, false, false, false, false]);
    expect(canRetry(new TypeError('Failed to fetch'))).to.equal(true);
    expect(needsSiteOwner(e('contract'))).to.equal(true);
    expect(needsSiteOwner(e('server'))).to.equal(false);
  });
});

/** What each seed event is today, for the list and the detail page (no captcha provider asked) and the form (none given). */
const SEED: Record<string, { state: RegistrationState; form?: RegistrationState }> = {
  Harbour_Data_Summit: { state: 'open' },
  Open_Source_Day: { state: 'open' },
  Waitlist_Workshop: { state: 'waitlist' },
  Sold_Out_Masterclass: { state: 'sold-out' },
  Closed_Registration_Forum: { state: 'closed' },
  Mumbai_Product_Meetup: { state: 'open' },
  Sydney_Spring_Series: { state: 'open' },
  Tokyo_Design_Week: { state: 'open' },
  Dubai_Digital_Forum: { state: 'open' },
  Executive_Briefing_Members: { state: 'sign-in' },
  Captcha_Launch: { state: 'open', form: 'captcha' },
  Minimal_Meetup: { state: 'open' },
  Gala_Dinner_Redirect: { state: 'open' },
  Last_Seats_Seminar: { state: 'open' },
  Spring_Retrospective_Past: { state: 'ended' },
  Long_Name_Conference: { state: 'open' },
};

describe('event rules: every seed event, as the emulator serves it', () => {
  let emu: TestEmulator;
  before(async () => {
    emu = await startTestEmulator();
  });
  after(() => emu?.close());

  for (const flavour of ['rtm', 'om'] as const) {
    it(`has the expected availability (${flavour})`, async () => {
      const store = getStore({ endpoint: flavour === 'om' ? emu.omBase : emu.rtmBase, token: 'demo-token' });
      const events = await store.publishedEvents();
      const seen: Record<string, RegistrationState> = {};
      const form: Record<string, RegistrationState> = {};
      for (const e of events) {
        const event = await store.event(e.readableEventId);
        const [registrationCount, passes] = await Promise.all([store.registrationCount(e.readableEventId), store.passes(e.readableEventId)]);
        const now = Date.now();
        seen[e.readableEventId] = registrationAvailability({ event, registrationCount, passes, now }).state;
        form[e.readableEventId] = registrationAvailability({ event, registrationCount, passes, now, canSolveCaptcha: false }).state;
      }
      const known = Object.fromEntries(Object.keys(seen).filter((k) => k in SEED).map((k) => [k, seen[k]]));
      expect(known).to.deep.equal(Object.fromEntries(Object.entries(SEED).filter(([k]) => k in seen).map(([k, v]) => [k, v.state])));
      for (const [rid, v] of Object.entries(SEED)) if (rid in form) expect(form[rid], rid).to.equal(v.form ?? v.state);
      // Every seed event is in the table: a new one must say what it is.
      expect(Object.keys(SEED).filter((k) => !(k in seen)), 'seed events missing from the emulator').to.deep.equal([]);
    });
  }
});

describe('event rules: Microsoft’s sample payloads', () => {
  it('are over (2017), unrestricted, and never closed by a missing flag', async function (this: { skip(): never }) {
    const list = (await sharedFixture('ms-sample-portal/events-published.json')) as EvtEvent[] | null;
    const one = (await sharedFixture('ms-sample-portal/event-Contoso_Ltd_Conference.json')) as EvtEvent | null;
    if (!list || !one) this.skip();
    for (const event of [...list!, one!]) {
      expect(isCapacityRestricted(event), event.readableEventId).to.equal(false);
      expect(registrationClosed(event, Date.now()), event.readableEventId).to.equal(false);
      expect(hasEnded(event, Date.now()), event.readableEventId).to.equal(true);
      expect(registrationAvailability({ event, now: Date.now() }).state).to.equal('ended');
      // Before they ended, they were open.
      expect(registrationAvailability({ event, now: Date.parse('2017-01-01T00:00:00Z') }).state).to.equal('open');
    }
  });
});
