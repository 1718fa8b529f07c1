// What <evt-register use-event-form> hands the event form's module (src/elements/evt-register/
// event-form-options.ts): that module imports nothing, so the rules, the Trusted Types URL, the
// `evt-registered` event and the redirect's URL check are these.
import { expect } from '@open-wc/testing';
import { eventFormOptions, type EventFormHost } from '../../src/elements/evt-register/event-form-options.js';
import type { Loaded } from '../../src/elements/evt-register/types.js';
import type { EvtRegisteredDetail } from '../../src/internal/events.js';
import { registrationAvailability } from '../../src/rules/availability.js';

function host() {
  const element = document.createElement('div');
  const seen = { navigated: [] as string[], invalidated: [] as string[], events: [] as EvtRegisteredDetail[] };
  element.addEventListener('evt-registered', (e) => seen.events.push((e as CustomEvent<EvtRegisteredDetail>).detail));
  const h: EventFormHost = {
    element,
    wanted: () => null,
    navigate: (url) => void seen.navigated.push(url),
    invalidate: (rid) => void seen.invalidated.push(rid),
    failed: () => {},
  };
  return { options: eventFormOptions(h), seen };
}
const detail = (rid: string): EvtRegisteredDetail => ({
  readableEventId: rid,
  result: { status: 'Success' },
  attendees: [{ firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', waitlisted: false }],
  sessionIds: [],
  recovered: false,
  alreadyRegistered: false,
  formId: 'f1',
});
const loaded = (event: Record<string, unknown>): Loaded =>
  ({ rid: 'E', flavour: 'rtm', base: 'https://x.example/', data: { event: { readableEventId: 'E', ...event }, registrationCount: null, passes: [], customFields: [], sessions: [] } }) as unknown as Loaded;

describe('eventFormOptions', () => {
  it('a registration through the form: evt-registered from the element, the redirect followed, the event’s data stale, in that order', () => {
    const { options, seen } = host();
    options.registered(detail('Ev_1'), 'https://contoso.example/thanks?x=1');
    expect(seen.events.map((d) => d.readableEventId)).to.deep.equal(['Ev_1']);
    expect(seen.navigated).to.deep.equal(['https://contoso.example/thanks?x=1']);
    expect(seen.invalidated).to.deep.equal(['Ev_1']);
  });

  it('follows only an http(s) redirect (relative ones against the page); none, no navigation', () => {
    const { options, seen } = host();
    options.registered(detail('A'), 'javascript:alert(1)');
    options.registered(detail('B'), null);
    options.registered(detail('C'), '/thanks');
    expect(seen.navigated).to.deep.equal([new URL('/thanks', location.href).href]);
    expect(seen.invalidated).to.deep.equal(['A', 'B', 'C']);
  });

  it('the event’s availability as the rules give it, a captcha counting as solvable (the form brings its own)', () => {
    const { options } = host();
    const future = new Date(Date.now() + 86_400_000 * 30).toISOString();
    const ev = { eventName: 'E', startDateUTC: future, endDateUTC: future, enableCaptcha: true, showWaitlist: false };
    const a = options.availability(loaded(ev));
    expect(a).to.deep.equal(registrationAvailability({ event: ev as never, registrationCount: null, passes: [], now: Date.now(), canSolveCaptcha: true }));
    expect(a.canRegister).to.equal(true);
    expect(registrationAvailability({ event: ev as never, registrationCount: null, passes: [], now: Date.now(), canSolveCaptcha: false }).state, 'our own form could not').to.equal('captcha');
  });
});
