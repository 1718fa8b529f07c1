/**
 * <evt-register> sending registrations to the emulator on a second origin, in both flavours: the
 * exact body of each flavour (as the element announces it and as the emulator recorded it), every
 * answer (Success, Initiated, Redirect, Failure with each errorCode), 429 with Retry-After, a lost
 * answer followed by a retry that meets AlreadyRegistered, double clicks, a cancelled submit, the
 * captcha hook, and the switch to the waitlist when someone else takes the last place.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/evt-register.js';
import type { EvtRegister } from '../../src/elements/evt-register/evt-register.js';
import { getStore } from '../../src/api/store.js';
import { messagesFor } from '../../src/internal/messages.js';
import { ErrorCode, type RegistrationRequest } from '../../src/api/schemas.js';
import type {
  EvtErrorEvent,
  EvtPaymentRequiredEvent,
  EvtRegisteredEvent,
  EvtRegisterSubmitEvent,
} from '../../src/internal/events.js';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { $, $$, active, byId, click, ready, resetStores, text, type } from '../helpers/elements.js';
import { clearDrafts, draftKeys } from '../helpers/register.js';

const TOKEN = 'demo-token';
const m = messagesFor('en');

const notice = (el: EvtRegister) => text($(el, '[part~="notice"]'));
const status = (el: EvtRegister) => text($(el, '[part~="status"]'));

async function person(el: EvtRegister, key: number, first: string, last: string, email: string) {
  await type(el, `a${key}-firstName`, first);
  await type(el, `a${key}-lastName`, last);
  await type(el, `a${key}-email`, email);
}
/** Every request the page made whose URL path ends with `/registrations` (the POSTs). */
const registrationPosts = () =>
  performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.endsWith('/registrations')).length;

interface ApiSession {
  id: string;
  name: string;
}
interface ApiField {
  customRegistrationFieldId: string;
  text: string;
}
interface ApiPass {
  passId: string;
  passName: string;
  price: number;
}
interface RecordOut {
  firstName: string;
  email: string;
  waitlisted: boolean;
  autoRegister: boolean;
  passId: string | null;
  responses: { id: string; value: string | null; values: string[] | null }[];
  sessions: { sessionId: string; waitlisted: boolean }[];
}

let emu: TestEmulator;
before(async () => {
  emu = await startTestEmulator({ processingDelay: 50 });
});
after(async () => {
  await emu?.close();
});

for (const flavour of ['om', 'rtm'] as const) {
  describe(`<evt-register> sending (${flavour === 'om' ? 'outbound marketing' : 'real-time journeys'})`, () => {
    let base: string;
    const api = async <T>(path: string): Promise<T> => {
      const res = await fetch(`${base}${path}?emApplicationtoken=${TOKEN}`);
      return (await res.json()) as T;
    };
    const records = async (rid: string) => {
      await emu.dev('process');
      const res = await fetch(`${emu.url}/dev/registrations?readableEventId=${rid}`);
      return ((await res.json()) as (RecordOut & { source: string })[]).filter((r) => r.source === 'api');
    };
    const mount = async (rid: string, attrs = '') => {
      const holder = document.createElement('div');
      holder.innerHTML = `<evt-register endpoint="${base}" token="${TOKEN}" lang="en" event-id="${rid}" ${attrs}></evt-register>`;
      const el = await fixture<EvtRegister>(holder.firstElementChild!);
      await ready(el);
      return el;
    };
    const capture = (el: EvtRegister) => {
      const bodies: RegistrationRequest[] = [];
      el.addEventListener('evt-register-submit', (e: EvtRegisterSubmitEvent) => bodies.push(structuredClone(e.detail.request)));
      return bodies;
    };
    /** Answers the next registration POSTs with `result` at the store's fetch; everything else goes to the emulator. */
    const stubRegistration = (results: () => unknown) => {
      resetStores();
      getStore({
        endpoint: base,
        token: TOKEN,
        client: {
          fetch: (input, init) => {
            const url = String(input instanceof Request ? input.url : input);
            if (init?.method === 'POST' && new URL(url).pathname.endsWith('/registrations')) {
              return Promise.resolve(new Response(JSON.stringify(results()), { status: 200, headers: { 'Content-Type': 'application/json' } }));
            }
            return fetch(input, init);
          },
        },
      });
    };
    const stopNavigation = (el: EvtRegister) => {
      const went: string[] = [];
      (el as unknown as { navigate(url: string): void }).navigate = (url) => went.push(url);
      return went;
    };

    beforeEach(async () => {
      base = flavour === 'om' ? emu.omBase : emu.rtmBase;
      await emu.reset();
      resetStores();
      clearDrafts(emu?.url);
      performance.clearResourceTimings();
    });

    it('sends every field type as the flavour expects, and shows who is registered or waitlisted for which sessions', async function (this: { timeout(ms: number): void }) {
      this.timeout(45_000);
      const rid = 'Open_Source_Day';
      const fields = await api<ApiField[]>(`events/${rid}/custom-registration-fields`);
      const sessions = await api<ApiSession[]>(`events/${rid}/sessions`);
      const fid = (t: string) => fields.find((f) => f.text === t)!.customRegistrationFieldId;
      const sid = (n: string) => sessions.find((s) => s.name === n)!.id;
      const el = await mount(rid);
      const bodies = capture(el);
      await person(el, 1, ' Lea ', 'Marsh', 'lea.marsh@example.com');
      await type(el, 'a1-custom-0', 'Contoso');
      await click(el, 'a1-custom-1-0'); // code of conduct: Yes
      await click(el, 'a1-custom-2-3'); // Security
      await click(el, 'a1-custom-2-0'); // Web
      await click(el, 'a1-custom-3-2'); // M
      await click(el, '[part~="add-attendee"]');
      await person(el, 2, 'Sam', 'Marsh', 'sam.marsh@example.com');
      await click(el, 'a2-custom-1-1'); // code of conduct: No
      await click(el, 'a2-custom-3-0'); // XS
      const sessionBox = (name: string) => $$<HTMLInputElement>(el, 'input[name="sessionIds"]').find((i) => i.value === sid(name))!;
      // Full: outbound marketing can ask for its waitlist; real-time journeys cannot say so.
      expect(sessionBox('Hands-on: your first pull request').disabled).to.equal(flavour === 'rtm');
      await click(el, sessionBox('Hands-on: your first pull request'));
      await click(el, sessionBox('Welcome and the state of open source'));
      const registered = oneEvent(el, 'evt-registered') as Promise<EvtRegisteredEvent>;
      await click(el, '[part~="submit"]');
      const done = await registered;

      const coc = fid('I agree to the code of conduct');
      const expected =
        flavour === 'om'
          ? {
              attendees: [
                {
                  firstName: 'Lea',
                  lastName: 'Marsh',
                  email: 'lea.marsh@example.com',
                  passId: '',
                  waitlisted: false,
                  autoRegister: false,
                  responses: [
                    { id: fid('Company or project'), value: 'Contoso', values: null },
                    { id: coc, value: 'Yes', values: null },
                    { id: fid('Topics you care about'), value: 'Web, Security', values: ['Web', 'Security'] },
                    { id: fid('T-shirt size'), value: 'M', values: null },
                  ],
                  attendeeSessions: [
                    { sessionId: sid('Welcome and the state of open source'), waitlisted: false },
                    { sessionId: sid('Hands-on: your first pull request'), waitlisted: true },
                  ],
                },
                {
                  firstName: 'Sam',
                  lastName: 'Marsh',
                  email: 'sam.marsh@example.com',
                  passId: '',
                  waitlisted: false,
                  autoRegister: false,
                  responses: [
                    { id: coc, value: 'No', values: null },
                    { id: fid('T-shirt size'), value: 'XS', values: null },
                  ],
                  attendeeSessions: [
                    { sessionId: sid('Welcome and the state of open source'), waitlisted: false },
                    { sessionId: sid('Hands-on: your first pull request'), waitlisted: true },
                  ],
                },
              ],
            }
          : {
              attendees: [
                {
                  firstName: 'Lea',
                  lastName: 'Marsh',
                  email: 'lea.marsh@example.com',
                  responses: [
                    { id: fid('Company or project'), value: 'Contoso' },
                    { id: coc, value: 'Yes' },
                    { id: fid('Topics you care about'), value: 'Web, Security' },
                    { id: fid('T-shirt size'), value: 'M' },
                  ],
                  attendeeSessions: [{ sessionId: sid('Welcome and the state of open source') }],
                },
                {
                  firstName: 'Sam',
                  lastName: 'Marsh',
                  email: 'sam.marsh@example.com',
                  responses: [
                    { id: coc, value: 'No' },
                    { id: fid('T-shirt size'), value: 'XS' },
                  ],
                  attendeeSessions: [{ sessionId: sid('Welcome and the state of open source') }],
                },
              ],
            };
      expect(bodies).to.deep.equal([expected]);

      // What the service recorded.
      const recs = await records(rid);
      expect(recs.map((r) => r.email).sort()).to.deep.equal(['lea.marsh@example.com', 'sam.marsh@example.com']);
      const lea = recs.find((r) => r.firstName === 'Lea')!;
      expect(lea.responses.find((r) => r.id === coc)?.value).to.equal('Yes');
      expect(lea.responses.find((r) => r.id === fid('Topics you care about'))?.value).to.equal('Web, Security');
      const chosen = flavour === 'om' ? ['Welcome and the state of open source', 'Hands-on: your first pull request'] : ['Welcome and the state of open source'];
      expect(lea.sessions.map((s) => s.sessionId).sort()).to.deep.equal(chosen.map(sid).sort());
      if (flavour === 'om') {
        expect(lea.responses.find((r) => r.id === fid('Topics you care about'))?.values).to.deep.equal(['Web', 'Security']);
        expect(lea.sessions.find((s) => s.sessionId === sid('Hands-on: your first pull request'))?.waitlisted).to.be.true;
      }

      // The event for the host page and the confirmation, with focus on it.
      expect(done.detail).to.include({ readableEventId: rid, recovered: false });
      expect(done.detail.result.status).to.equal('Success');
      expect(done.detail.attendees.map((a) => [a.firstName, a.waitlisted])).to.deep.equal([
        ['Lea', false],
        ['Sam', false],
      ]);
      expect(done.detail.sessionIds).to.deep.equal(chosen.map(sid));
      const success = $(el, '[part~="success"]')!;
      await waitUntil(() => active(el) === success, 'focus on the confirmation', { timeout: 5000 });
      expect(text(success.querySelector('[part~="heading"]'))).to.equal('You are registered');
      expect(text(success)).to.contain('Open Source Day');
      expect($$(el, '[part~="registrants"] li').map(text)).to.deep.equal([
        'Lea Marsh lea.marsh@example.com Registered',
        'Sam Marsh sam.marsh@example.com Registered',
      ]);
      const chosenItems = $$(el, '[part~="success"] .chosen li');
      expect(chosenItems.map((li) => text(li.querySelector('.session-name')))).to.deep.equal(chosen);
      expect(text(chosenItems[0]!.querySelector('[part~="badge"]'))).to.equal('');
      if (flavour === 'om') expect(text(chosenItems[1]!.querySelector('[part~="badge"]'))).to.equal('On the waitlist');
      expect($(el, '[part~="calendar"]')).to.exist;
      if (CSS.supports?.('selector(:state(success))')) expect(el.matches(':state(success)')).to.be.true;
      await expect(el).to.be.accessible();
      // Accepted: the draft is gone.
      expect(draftKeys(emu?.url)).to.deep.equal([]);
      // "Register someone else" starts an empty form.
      await click(el, '[part~="again"]');
      await waitUntil(() => byId(el, 'a1-firstName'), 'a new form', { timeout: 5000 });
      expect(byId(el, 'a1-firstName')!.value).to.equal('');
    });

    it('sends a full event’s attendees to the waitlist with the auto-register choice', async () => {
      const el = await mount('Waitlist_Workshop');
      const bodies = capture(el);
      await person(el, 1, 'Wes', 'Wait', 'wes.wait@example.com');
      await click(el, 'auto-register');
      const registered = oneEvent(el, 'evt-registered') as Promise<EvtRegisteredEvent>;
      await click(el, '[part~="submit"]');
      const done = await registered;
      expect(bodies[0]!.attendees[0]).to.include({ waitlisted: true, autoRegister: true });
      expect(done.detail.attendees[0]!.waitlisted).to.be.true;
      const [rec] = await records('Waitlist_Workshop');
      expect(rec).to.include({ waitlisted: true, autoRegister: true });
      expect(text($(el, '[part~="success"] [part~="heading"]'))).to.equal('You are on the waitlist');
      expect($(el, '[part~="calendar"]'), 'no calendar for the waitlist').to.be.null;
    });

    it('Initiated: tells the host page the purchase and total, then goes to payment-url', async () => {
      const rid = 'Harbour_Data_Summit';
      const passes = await api<ApiPass[]>(`events/${rid}/passes`);
      const el = await mount(rid, 'payment-url="/pay?purchase={purchaseId}&event={readableEventId}"');
      const went = stopNavigation(el);
      const bodies = capture(el);
      await person(el, 1, 'Pia', 'Paid', 'pia.paid@example.com');
      await type(el, 'a1-custom-0', 'Fabrikam');
      await click(el, 'a1-pass-1'); // Day pass
      await click(el, '[part~="add-attendee"]');
      await person(el, 2, 'Per', 'Paid', 'per.paid@example.com');
      await type(el, 'a2-custom-0', 'Fabrikam');
      await click(el, 'a2-pass-0'); // Full conference
      const payment = oneEvent(el, 'evt-payment-required') as Promise<EvtPaymentRequiredEvent>;
      await click(el, '[part~="submit"]');
      const e = await payment;
      const day = passes.find((p) => p.passName === 'Day pass')!;
      const full = passes.find((p) => p.passName === 'Full conference')!;
      expect(bodies[0]!.attendees.map((a) => (a as { passId?: string }).passId)).to.deep.equal([day.passId, full.passId]);
      expect(e.detail.purchaseId).to.match(/^[0-9a-f-]{36}$/);
      expect(e.detail.total).to.equal(day.price + full.price);
      expect(e.detail.currencySymbol).to.equal('€');
      expect(e.detail.url).to.equal(new URL(`/pay?purchase=${e.detail.purchaseId}&event=${rid}`, location.href).href);
      await el.updateComplete;
      expect(went).to.deep.equal([e.detail.url]);
      expect(text($(el, '[part~="payment"]'))).to.contain('Taking you to the payment page');
    });

    it('Initiated: a cancelled evt-payment-required keeps the page where it is', async () => {
      const el = await mount('Tokyo_Design_Week', 'payment-url="https://pay.example/{purchaseId}"');
      const went = stopNavigation(el);
      el.addEventListener('evt-payment-required', (e) => e.preventDefault());
      await person(el, 1, 'Yui', 'Sato', 'yui.sato@example.com');
      await click(el, 'a1-pass-0');
      const payment = oneEvent(el, 'evt-payment-required') as Promise<EvtPaymentRequiredEvent>;
      await click(el, '[part~="submit"]');
      expect((await payment).detail.total).to.equal(3000);
      await el.updateComplete;
      expect(went).to.deep.equal([]);
      expect(text($(el, '[part~="payment"]'))).to.contain('Your places are reserved');
      await expect(el).to.be.accessible();
    });

    it('Redirect: goes to the http(s) redirectUrl', async () => {
      const el = await mount('Gala_Dinner_Redirect');
      const went = stopNavigation(el);
      await person(el, 1, 'Gus', 'Gala', 'gus.gala@example.com');
      await click(el, 'a1-pass-0');
      const payment = oneEvent(el, 'evt-payment-required') as Promise<EvtPaymentRequiredEvent>;
      await click(el, '[part~="submit"]');
      const e = await payment;
      expect(e.detail.url).to.equal(`https://payments.example.com/checkout?purchase=${e.detail.purchaseId}`);
      expect(e.detail.total).to.equal(185);
      await el.updateComplete;
      expect(went).to.deep.equal([e.detail.url]);
    });

    it('Redirect: refuses a redirectUrl that is not http(s)', async () => {
      stubRegistration(() => ({ status: 'Redirect', redirectUrl: 'javascript:alert(1)', purchaseId: '0a1b2c3d-7777-4e8f-9a0b-000000000600' }));
      const el = await mount('Gala_Dinner_Redirect');
      const went = stopNavigation(el);
      let payments = 0;
      el.addEventListener('evt-payment-required', () => payments++);
      await person(el, 1, 'Gus', 'Gala', 'gus.gala@example.com');
      await click(el, 'a1-pass-0');
      const error = oneEvent(el, 'evt-error') as Promise<EvtErrorEvent>;
      await click(el, '[part~="submit"]');
      expect((await error).detail.kind).to.equal('contract');
      await el.updateComplete;
      expect(went).to.deep.equal([]);
      expect(payments).to.equal(0);
      expect(notice(el)).to.equal(m.registerRedirectInvalid);
      expect(byId(el, 'a1-firstName')!.value).to.equal('Gus');
    });

    it('has a human message for every errorCode, keeping the form and everything typed', async function (this: { timeout(ms: number): void }) {
      this.timeout(60_000);
      let code = '';
      stubRegistration(() => ({ status: 'Failure', errorCode: code, errorMessage: 'server text with lea@example.com', redirectUrl: null, purchaseId: null }));
      const el = await mount('Minimal_Meetup');
      await person(el, 1, 'Lea', 'Marsh', 'lea@example.com');
      // AlreadyRegistered has its own reading (already received, or who): tested below.
      const codes = Object.keys(ErrorCode).filter((c) => c !== 'AlreadyRegistered');
      expect(codes).to.have.length(21);
      const seen = new Set<string>();
      for (code of codes) {
        const error = oneEvent(el, 'evt-error') as Promise<EvtErrorEvent>;
        await click(el, '[part~="submit"]');
        const e = await error;
        expect(e.detail).to.include({ kind: 'registration', errorCode: code, readableEventId: 'Minimal_Meetup' });
        expect(e.detail.message).to.not.contain('lea@example.com');
        await waitUntil(() => notice(el) === m.registerErrors[code], `the message for ${code}`, { timeout: 5000 });
        expect(m.registerErrors[code], code).to.be.a('string').and.not.equal('');
        seen.add(m.registerErrors[code]!);
        expect(active(el), 'focus on the message').to.equal($(el, '[part~="notice"]'));
        expect(byId(el, 'a1-email')!.value).to.equal('lea@example.com');
        await waitUntil(() => $(el, '[part~="submit"]')!.getAttribute('aria-disabled') === 'false', 'ready again', { timeout: 5000 });
      }
      expect(seen.size, 'a distinct message per code').to.equal(21);
      // An unknown code reads as RegistrationFailed.
      code = 'SomethingNew';
      await click(el, '[part~="submit"]');
      await waitUntil(() => notice(el) === m.registerErrors.RegistrationFailed, 'the generic message', { timeout: 5000 });
      await expect(el).to.be.accessible();
    });

    it('AlreadyRegistered for the one attendee sent: the registration was already received', async () => {
      const first = await mount('Minimal_Meetup');
      await person(first, 1, 'Lea', 'Marsh', 'lea.twice@example.com');
      const ok = oneEvent(first, 'evt-registered');
      await click(first, '[part~="submit"]');
      await ok;
      first.remove();
      clearDrafts(emu.url);
      const el = await mount('Minimal_Meetup');
      await person(el, 1, 'Lea', 'Marsh', 'lea.twice@example.com');
      const registered = oneEvent(el, 'evt-registered') as Promise<EvtRegisteredEvent>;
      await click(el, '[part~="submit"]');
      const done = await registered;
      expect(done.detail.alreadyRegistered).to.be.true;
      expect(done.detail.recovered).to.be.false;
      expect(done.detail.result.errorCode).to.equal('AlreadyRegistered');
      await el.updateComplete;
      expect(text($(el, '[part~="success"] [part~="heading"]'))).to.equal(m.registerAlreadyReceivedHeading);
      expect(text($(el, '[part~="already"]'))).to.equal(m.registerAlreadyReceivedNote);
      expect(draftKeys(emu.url)).to.deep.equal([]);
      expect(await records('Minimal_Meetup')).to.have.length(1);
    });

    it('AlreadyRegistered for one of several attendees: names them, registers nobody, keeps the form', async () => {
      const first = await mount('Minimal_Meetup');
      await person(first, 1, 'Lea', 'Marsh', 'lea.before@example.com');
      const ok = oneEvent(first, 'evt-registered');
      await click(first, '[part~="submit"]');
      await ok;
      first.remove();
      clearDrafts(emu.url);
      const el = await mount('Minimal_Meetup');
      await person(el, 1, 'Lea', 'Marsh', 'lea.before@example.com');
      await click(el, '[part~="add-attendee"]');
      await person(el, 2, 'Sam', 'Marsh', 'sam.new@example.com');
      const error = oneEvent(el, 'evt-error') as Promise<EvtErrorEvent>;
      await click(el, '[part~="submit"]');
      expect((await error).detail.errorCode).to.equal('AlreadyRegistered');
      await el.updateComplete;
      expect(notice(el)).to.equal(m.registerAlreadyNamed('Lea Marsh', 1));
      expect($(el, 'form')).to.exist;
      expect(byId(el, 'a2-email')!.value).to.equal('sam.new@example.com');
      expect((await records('Minimal_Meetup')).map((r) => r.email)).to.deep.equal(['lea.before@example.com']);
    });

    it('Failure from the service: a pass sold out meanwhile, and a required answer a host listener removed', async () => {
      const el = await mount('Harbour_Data_Summit');
      const stolen = (await api<ApiPass[]>('events/Harbour_Data_Summit/passes')).find((p) => p.passName === 'Workshop add-on')!;
      await person(el, 1, 'Ola', 'Pass', 'ola.pass@example.com');
      await type(el, 'a1-custom-0', 'Contoso');
      await click(el, 'a1-pass-0');
      // The page amends the body (a documented hook): first to a sold-out pass, then without answers.
      let amend: (r: RegistrationRequest) => void = (r) => ((r.attendees[0] as { passId: string }).passId = stolen.passId);
      el.addEventListener('evt-register-submit', (e: EvtRegisterSubmitEvent) => amend(e.detail.request));
      let error = oneEvent(el, 'evt-error') as Promise<EvtErrorEvent>;
      await click(el, '[part~="submit"]');
      expect((await error).detail.errorCode).to.equal('InsufficentNumberOfPasses');
      await el.updateComplete;
      expect(notice(el)).to.equal(m.registerErrors.InsufficentNumberOfPasses);
      amend = (r) => (r.attendees[0]!.responses = []);
      await waitUntil(() => $(el, '[part~="submit"]')!.getAttribute('aria-disabled') === 'false', 'ready again', { timeout: 5000 });
      error = oneEvent(el, 'evt-error') as Promise<EvtErrorEvent>;
      await click(el, '[part~="submit"]');
      expect((await error).detail.errorCode).to.equal('RequiredRegistrationFieldMissing');
      await el.updateComplete;
      expect(notice(el)).to.equal(m.registerErrors.RequiredRegistrationFieldMissing);
    });

    it('a cancelled evt-register-submit sends nothing and keeps the form', async () => {
      const el = await mount('Minimal_Meetup');
      el.addEventListener('evt-register-submit', (e) => e.preventDefault());
      await person(el, 1, 'Lea', 'Marsh', 'lea.cancel@example.com');
      const cancelled = oneEvent(el, 'evt-register-submit');
      await click(el, '[part~="submit"]');
      await cancelled;
      await el.updateComplete;
      expect(registrationPosts()).to.equal(0);
      expect(await records('Minimal_Meetup')).to.deep.equal([]);
      expect(byId(el, 'a1-email')!.value).to.equal('lea.cancel@example.com');
      expect($(el, '[part~="submit"]')!.getAttribute('aria-disabled')).to.equal('false');
    });

    it('a double click sends one request; the button is aria-disabled (still focused) while it is in flight', async () => {
      const el = await mount('Minimal_Meetup');
      let submits = 0;
      el.addEventListener('evt-register-submit', () => submits++);
      await person(el, 1, 'Dora', 'Double', 'dora.double@example.com');
      const button = $<HTMLButtonElement>(el, '[part~="submit"]')!;
      const registered = oneEvent(el, 'evt-registered');
      button.focus();
      button.click();
      button.click();
      await el.updateComplete;
      // Not `disabled`: that would drop focus to <body> while sending.
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(active(el) === button, 'the button keeps focus').to.be.true;
      expect(status(el)).to.equal(m.registerSending);
      await registered;
      expect(submits).to.equal(1);
      expect(registrationPosts()).to.equal(1);
      expect(await records('Minimal_Meetup')).to.have.length(1);
    });

    it('429: says it is waiting, honours Retry-After and retries on its own; nothing is retyped', async () => {
      await emu.dev('faults', { failNext: 1, status: 429, retryAfter: 2, paths: 'registrations', method: 'POST' });
      const el = await mount('Minimal_Meetup');
      await person(el, 1, 'Rita', 'Retry', 'rita.retry@example.com');
      const registered = oneEvent(el, 'evt-registered') as Promise<EvtRegisteredEvent>;
      await click(el, '[part~="submit"]');
      await waitUntil(() => status(el) === m.registerWaiting(2), 'the waiting message, with the Retry-After seconds', { timeout: 3000 });
      expect($(el, '[part~="status"]')!.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
      const done = await registered;
      expect(done.detail.result.status).to.equal('Success');
      expect(registrationPosts()).to.equal(2);
      expect(await records('Minimal_Meetup')).to.have.length(1);
    });

    // The emulator processes the request, then drops the connection. Browsers resend a request
    // whose kept-alive connection closed before an answer by themselves, once per idle connection
    // (Chromium sent it three times here), so the fault covers every send until the browser gives
    // up, and is cleared once the element has told the visitor.
    const loseAnswers = () => emu.dev('faults', { dropNext: 10, paths: 'registrations', method: 'POST' });

    it('a lost answer: the outcome is unknown, "Try again" meets AlreadyRegistered and counts as success', async () => {
      const el = await mount('Minimal_Meetup');
      await loseAnswers();
      await person(el, 1, 'Una', 'Known', 'una.known@example.com');
      const error = oneEvent(el, 'evt-error') as Promise<EvtErrorEvent>;
      await click(el, '[part~="submit"]');
      expect((await error).detail.kind).to.equal('network');
      await emu.dev('faults', { clear: true });
      await el.updateComplete;
      expect(notice(el)).to.contain(m.registerOutcomeUnknown);
      expect(active(el)).to.equal($(el, '[part~="notice"]'));
      expect(byId(el, 'a1-email')!.value).to.equal('una.known@example.com');
      await expect(el).to.be.accessible();
      const registered = oneEvent(el, 'evt-registered') as Promise<EvtRegisteredEvent>;
      await click(el, '[part~="retry"]');
      const done = await registered;
      expect(done.detail.recovered).to.be.true;
      expect(done.detail.alreadyRegistered).to.be.true;
      expect(done.detail.result.errorCode).to.equal('AlreadyRegistered');
      await el.updateComplete;
      expect(text($(el, '[part~="success"] [part~="heading"]'))).to.equal(m.registerAlreadyReceivedHeading);
      expect(await records('Minimal_Meetup')).to.have.length(1);
    });

    it('a lost answer, then AlreadyRegistered for other people, is an error naming who', async () => {
      const el = await mount('Minimal_Meetup');
      await loseAnswers();
      await person(el, 1, 'Una', 'Known', 'una.other@example.com');
      await click(el, '[part~="add-attendee"]');
      await person(el, 2, 'Ben', 'Known', 'ben.other@example.com');
      await click(el, '[part~="submit"]');
      await waitUntil(() => notice(el).includes(m.registerOutcomeUnknown), 'unknown outcome', { timeout: 8000 });
      await emu.dev('faults', { clear: true });
      // The visitor changes the second attendee before trying again: not the same registration.
      await type(el, 'a2-email', 'olga.other@example.com');
      const error = oneEvent(el, 'evt-error') as Promise<EvtErrorEvent>;
      await click(el, '[part~="retry"]');
      expect((await error).detail.errorCode).to.equal('AlreadyRegistered');
      await el.updateComplete;
      expect(notice(el)).to.equal(m.registerAlreadyNamed('Una Known', 1));
    });

    it('solves the captcha through the page’s provider and sends hipObject', async () => {
      const el = await mount('Captcha_Launch');
      const asked: unknown[] = [];
      el.captcha = async ({ captcha }) => {
        asked.push(captcha);
        return { Solution: 'solved', Token: 'tok', Type: 'visual', FlowId: captcha.FlowId ?? '' };
      };
      await el.updateComplete;
      const posted: RegistrationRequest[] = [];
      const store = getStore({ endpoint: base, token: TOKEN });
      const real = store.register.bind(store);
      store.register = (rid, body, o) => (posted.push(structuredClone(body)), real(rid, body, o));
      try {
        await person(el, 1, 'Cap', 'Tcha', 'cap.tcha@example.com');
        const registered = oneEvent(el, 'evt-registered');
        await click(el, '[part~="submit"]');
        await registered;
      } finally {
        delete (store as { register?: unknown }).register;
      }
      expect(asked).to.have.length(1);
      expect((posted[0] as { hipObject?: { Solution: string } }).hipObject?.Solution).to.equal('solved');
    });

    it('switches from "places left" to the waitlist when someone else takes the last place', async () => {
      const rid = 'Last_Seats_Seminar';
      const el = await mount(rid);
      expect(text($(el, '[part~="places"]'))).to.equal('1 place left');
      await person(el, 1, 'Lena', 'Late', 'lena.late@example.com');
      // Someone else registers through the API; the service processes it in the background.
      const store = getStore({ endpoint: base, token: TOKEN });
      const other = await store.register(rid, { attendees: [{ firstName: 'Otto', lastName: 'Other', email: 'otto.other@example.com', waitlisted: false, responses: [] }] });
      expect(other.status).to.equal('Success');
      await emu.dev('process');
      // The store refreshes the count by itself after a registration; read until the record is counted.
      for (let i = 0; i < 50 && ((await store.registrationCount(rid, { fresh: true })) ?? 0) < 5; i++);
      await waitUntil(() => $(el, '[part~="waitlist"]'), 'the waitlist form', { timeout: 5000 });
      expect(text($(el, '[part~="heading"]'))).to.equal('Join the waitlist');
      expect(text($(el, '[part~="waitlist"]'))).to.contain('This event is full');
      expect(text($(el, '[role="status"].visually-hidden'))).to.equal(m.registerNowWaitlist);
      expect(byId(el, 'a1-firstName')!.value, 'nothing typed is lost').to.equal('Lena');
      const bodies = capture(el);
      const registered = oneEvent(el, 'evt-registered') as Promise<EvtRegisteredEvent>;
      await click(el, '[part~="submit"]');
      expect((await registered).detail.attendees[0]!.waitlisted).to.be.true;
      expect(bodies[0]!.attendees[0]!.waitlisted).to.be.true;
    });

    it('MaximumCapacityReached from a stale form: says so and the form turns to the waitlist', async () => {
      const rid = 'Last_Seats_Seminar';
      const el = await mount(rid);
      // Taken behind the store's back: the form still believes one place is left.
      await fetch(`${base}events/${rid}/registrations?emApplicationtoken=${TOKEN}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ attendees: [{ firstName: 'Otto', lastName: 'Other', email: 'otto.first@example.com' }] }),
      });
      await emu.dev('process');
      await person(el, 1, 'Lena', 'Late', 'lena.stale@example.com');
      const error = oneEvent(el, 'evt-error') as Promise<EvtErrorEvent>;
      await click(el, '[part~="submit"]');
      expect((await error).detail.errorCode).to.equal('MaximumCapacityReached');
      await el.updateComplete;
      expect(notice(el)).to.equal(m.registerErrors.MaximumCapacityReached);
      await waitUntil(() => $(el, '[part~="waitlist"]'), 'the form offers the waitlist', { timeout: 5000 });
      const registered = oneEvent(el, 'evt-registered') as Promise<EvtRegisteredEvent>;
      await click(el, '[part~="submit"]');
      expect((await registered).detail.attendees[0]!.waitlisted).to.be.true;
    });
  });
}

describe('<evt-register> under a rate limit', () => {
  let limited: TestEmulator;
  before(async () => {
    // The form's five reads (event, count, passes, fields, sessions) fill the window.
    limited = await startTestEmulator({ rateLimit: 5, rateWindow: 2, processingDelay: 10 });
  });
  after(async () => {
    await limited?.close();
    resetStores();
    clearDrafts(emu?.url);
  });

  it('waits out a 429 from the service’s limit and registers without retyping', async () => {
    resetStores();
    const el = await fixture<EvtRegister>(html`<evt-register endpoint=${limited.omBase} token=${TOKEN} lang="en" event-id="Minimal_Meetup"></evt-register>`);
    await ready(el);
    // The five reads used the window: the POST meets 429 and Retry-After.
    await person(el, 1, 'Lim', 'Ited', 'lim.ited@example.com');
    const registered = oneEvent(el, 'evt-registered') as Promise<EvtRegisteredEvent>;
    await click(el, '[part~="submit"]');
    await waitUntil(() => status(el).startsWith('Many people are registering right now.'), 'the waiting message', { timeout: 3000 });
    const done = await registered;
    expect(done.detail.result.status).to.equal('Success');
  });
});
