/**
 * `<evt-register use-event-form>` against the emulator's stand-in marketing form and FormLoader
 * (demo/emulator/forms.mjs): off by default; on, the event's form renders in the light DOM with the
 * page's language, a submit carries the portal's extra values from our rules and becomes the
 * emulator's registration, `evt-registered` fires; no form, a bad embed or a failing loader leave
 * our own form (with a console note). The embed reader (`parseFormEmbed`) on its own.
 * The strict-CSP page (script-src, connect-src, Trusted Types) is test/dist/event-form-csp.test.mjs.
 */
import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/evt-register.js';
import type { EvtRegister } from '../../src/elements/evt-register/evt-register.js';
import { parseFormEmbed } from '../../src/elements/evt-register/event-form.js';
import type { EvtRegisteredEvent } from '../../src/internal/events.js';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { $, mount as mountElement, ready, resetStores } from '../helpers/elements.js';
import { clearDrafts } from '../helpers/register.js';

const TOKEN = 'demo-token';
let emu: TestEmulator;
before(async () => {
  emu = await startTestEmulator();
});
after(async () => {
  await emu?.close();
});
beforeEach(async () => {
  await emu.reset();
  resetStores();
  clearDrafts(emu?.url);
});

const mount = async (rid: string, attrs = '') => {
  const el = await mountElement<EvtRegister>('evt-register', `endpoint="${emu.rtmBase}" token="${TOKEN}" event-id="${rid}" ${attrs}`);
  await el.loadComplete;
  return el;
};
/** The event's form (light DOM) once the loader rendered it. */
const eventForm = async (el: EvtRegister) => {
  await waitUntil(() => el.querySelector('.evt-event-form form'), 'the event form did not render', { timeout: 8000 });
  return el.querySelector<HTMLFormElement>('.evt-event-form form')!;
};
const fill = (form: HTMLFormElement, values: Record<string, string>) => {
  for (const [name, value] of Object.entries(values)) {
    const input = form.querySelector<HTMLInputElement>(`[name="${name}"]`);
    if (!input) throw new Error(`the form has no field ${name}`);
    input.value = value;
  }
};
const records = async (rid: string) => {
  await emu.dev('process');
  const res = await fetch(`${emu.url}/dev/registrations?readableEventId=${rid}`);
  return ((await res.json()) as { email: string; status: string; waitlisted: boolean; autoRegister: boolean; sessions: { sessionId: string }[] }[]).filter((r) => r.status === 'active');
};
/** Captures console.warn while `run` runs. */
async function warnings(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return seen;
}
/** Serves the event with its embed (and fields) changed: the override answers the API's GET of the event. */
async function withEmbed(rid: string, change: (embed: string) => string, patch: Record<string, unknown> = {}) {
  const event = (await (await fetch(`${emu.rtmBase}events/${rid}?emApplicationtoken=${TOKEN}`)).json()) as { registrationForm: string };
  Object.assign(event, patch);
  event.registrationForm = change(event.registrationForm);
  await emu.dev('override', { path: `events/${rid}`, status: 200, body: JSON.stringify(event), flavour: 'rtm' });
}

describe('<evt-register use-event-form>', () => {
  // First in the file: the page has not loaded the loader yet (it is loaded once per page).
  it('a loader that fails to load: our form, and the console says why', async () => {
    await withEmbed('Journeys_Attribute_Day', (e) => e.replace('FormLoader.bundle.js', 'NoSuchLoader.bundle.js'));
    let el!: EvtRegister;
    const seen = await warnings(async () => {
      el = await mount('Journeys_Attribute_Day', 'use-event-form');
      await waitUntil(() => $(el, 'form[part~="form"]'), 'our form did not come back', { timeout: 8000 });
    });
    expect(el.querySelector('.evt-event-form')).to.equal(null);
    expect($(el, '[part~="event-form"]')).to.equal(null);
    expect(seen.join('\n')).to.match(/NoSuchLoader\.bundle\.js could not be loaded.*own form instead/);
    expect((window as { d365mktforms?: unknown }).d365mktforms).to.equal(undefined);
  });

  it('off by default: our own form, nothing loaded, also for an event with a form', async () => {
    const el = await mount('Journeys_Attribute_Day');
    await ready(el);
    expect($(el, 'form[part~="form"]')).to.exist;
    expect(el.querySelector('.evt-event-form')).to.equal(null);
    expect(document.querySelector('script[src*="FormLoader"]')).to.equal(null);
  });

  it("on: the event's form renders in the light DOM, in the element's language; the loader once per page", async () => {
    const el = await mount('Journeys_Attribute_Day', 'use-event-form lang="de"');
    const two = await mount('Journeys_Waitlist_Lab', 'use-event-form lang="de"');
    const form = await eventForm(el);
    await eventForm(two);
    expect($(el, 'form[part~="form"]')).to.equal(null);
    expect($(el, '[part~="event-form"] slot[name="event-form"]')).to.exist;
    expect(form.closest('.evt-event-form')!.slot).to.equal('event-form');
    expect(form.getAttribute('lang')).to.equal('de');
    expect(form.querySelector('[name="jobtitle"]')).to.exist;
    expect(document.querySelectorAll(`script[src="${emu.url}/dev/forms/FormLoader.bundle.js"]`).length).to.equal(1);
    // The full event says it registers for the waitlist, as our form does.
    expect($(two, '[part~="waitlist"]')).to.exist;
  });

  it('submit on a full event: the waitlist through d365mktEvent_waitlisted, evt-registered, the record', async () => {
    const el = await mount('Journeys_Waitlist_Lab', 'use-event-form');
    const form = await eventForm(el);
    fill(form, { firstname: 'Wanda', lastname: 'Waiting', emailaddress1: 'wanda.waiting@example.com', jobtitle: 'Tester' });
    const registered = oneEvent(el, 'evt-registered') as Promise<EvtRegisteredEvent>;
    form.querySelector<HTMLButtonElement>('[type=submit]')!.click();
    const { detail } = await registered;
    expect(detail.readableEventId).to.equal('Journeys_Waitlist_Lab');
    expect(detail.formId).to.match(/^[0-9a-f-]{36}$/);
    expect(detail.attendees).to.deep.equal([{ firstName: 'Wanda', lastName: 'Waiting', email: 'wanda.waiting@example.com', waitlisted: true }]);
    const rec = (await records('Journeys_Waitlist_Lab')).find((r) => r.email === 'wanda.waiting@example.com');
    expect(rec?.waitlisted).to.equal(true);
    await waitUntil(() => el.querySelector('.marketingFormSuccess'), 'no thank-you');
  });

  it('submit on an event with a custom agenda: every session in d365mktEvent_attendeeSessions, no autoRegister', async () => {
    const el = await mount('Journeys_Attribute_Day', 'use-event-form');
    const form = await eventForm(el);
    fill(form, { firstname: 'Sam', lastname: 'Sessions', emailaddress1: 'sam.sessions@example.com', jobtitle: 'Planner' });
    let payload: Record<string, unknown> = {};
    el.addEventListener('d365mkt-afterformsubmit', (e) => (payload = (e as CustomEvent<{ payload: Record<string, unknown> }>).detail.payload));
    const registered = oneEvent(el, 'evt-registered') as Promise<EvtRegisteredEvent>;
    form.querySelector<HTMLButtonElement>('[type=submit]')!.click();
    const { detail } = await registered;
    expect(payload.d365mktEvent_waitlisted).to.equal(false);
    expect(payload.d365mktEvent_autoRegister).to.equal(false);
    const sessions = JSON.parse(payload.d365mktEvent_attendeeSessions as string) as { sessionId: string; waitlisted: boolean }[];
    expect(sessions.length).to.equal(2);
    expect(sessions.every((s) => s.waitlisted === false)).to.equal(true);
    expect(detail.sessionIds).to.deep.equal(sessions.map((s) => s.sessionId));
    const rec = (await records('Journeys_Attribute_Day')).find((r) => r.email === 'sam.sessions@example.com');
    expect(rec?.sessions.map((s) => s.sessionId)).to.deep.equal(sessions.map((s) => s.sessionId));
    expect(rec?.autoRegister).to.equal(false);
  });

  it("after a submit the page's data about the event is fetched again; the form's confirmation stays even if registration has closed since", async () => {
    const el = await mount('Journeys_Attribute_Day', 'use-event-form');
    const form = await eventForm(el);
    fill(form, { firstname: 'Lena', lastname: 'Last', emailaddress1: 'lena.last@example.com', jobtitle: 'Clerk' });
    // What the service says after this registration: closed.
    await withEmbed('Journeys_Attribute_Day', (e) => e, { setRegistrationEndDate: true, stopRegistrationDate: '2000-01-01T00:00:00Z' });
    const registered = oneEvent(el, 'evt-registered');
    const urls: string[] = [];
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      urls.push(input instanceof Request ? input.url : String(input));
      return original(input, init);
    };
    const eventReads = () => urls.filter((u) => /\/events\/Journeys_Attribute_Day\?/.test(u)).length;
    try {
      form.querySelector<HTMLButtonElement>('[type=submit]')!.click();
      await registered;
      await waitUntil(() => eventReads() > 0, 'the event was not fetched again', { timeout: 8000 });
      await el.loadComplete;
      // The new answer arrives after the read starts: wait for what it says (closed), not a fixed time.
      if (CSS.supports?.('selector(:state(closed))')) await waitUntil(() => el.matches(':state(closed)'), 'the element did not take the new answer (closed)', { timeout: 8000 });
      else await aTimeout(200);
      await el.updateComplete;
    } finally {
      window.fetch = original;
    }
    expect(el.querySelector('.evt-event-form .marketingFormSuccess')).to.exist;
    expect($(el, '[part~="message"]')).to.equal(null);
  });

  it('a refused submission fires no evt-registered', async () => {
    const el = await mount('Journeys_Attribute_Day', 'use-event-form');
    const form = await eventForm(el);
    // The stand-in checks required fields itself; without jobtitle's `required` the service refuses.
    form.querySelector('[name="jobtitle"]')!.removeAttribute('required');
    fill(form, { firstname: 'No', lastname: 'Job', emailaddress1: 'no.job@example.com' });
    let registered = 0;
    el.addEventListener('evt-registered', () => registered++);
    const after = oneEvent(el, 'd365mkt-afterformsubmit');
    form.querySelector<HTMLButtonElement>('[type=submit]')!.click();
    expect((await after).detail.successful).to.equal(false);
    expect(registered).to.equal(0);
  });

  it('an event without a form, and an embed that is not usable: our form (with a console note for the latter)', async () => {
    const plain = await mount('Harbour_Data_Summit', 'use-event-form');
    await ready(plain);
    expect($(plain, 'form[part~="form"]')).to.exist;
    expect(plain.querySelector('.evt-event-form')).to.equal(null);
    await withEmbed('Journeys_Attribute_Day', (e) => e.replace(/data-form-api-url="http:\/\/127\.0\.0\.1:\d+/, 'data-form-api-url="http://forms.example'));
    let el!: EvtRegister;
    const seen = await warnings(async () => {
      el = await mount('Journeys_Attribute_Day', 'use-event-form');
      await ready(el);
    });
    expect($(el, 'form[part~="form"]')).to.exist;
    expect(seen.join('\n')).to.contain('registrationForm of Journeys_Attribute_Day cannot be used: its data-form-api-url is missing or not an https URL');
  });
});

describe('parseFormEmbed', () => {
  const ok = 'data-form-api-url="https://public-eur.mkt.dynamics.com/api/v1.0/orgs/o/landingpageforms/forms/f1" data-cached-form-url="https://assets-eur.mkt.dynamics.com/o/digitalassets/forms/f1"';
  const loader = '<script src="https://cxppusa1formui01cdnsa01-endpoint.azureedge.net/eur/FormLoader/FormLoader.bundle.js"></script>';
  it("reads Microsoft's shape: attributes in any order and quoting, entities decoded, handlers never run", () => {
    expect(parseFormEmbed(`<div onclick="alert(1)" ${ok} data-form-id='f1'></div>${loader}`)).to.deep.equal({
      formId: 'f1',
      apiUrl: 'https://public-eur.mkt.dynamics.com/api/v1.0/orgs/o/landingpageforms/forms/f1',
      cachedFormUrl: 'https://assets-eur.mkt.dynamics.com/o/digitalassets/forms/f1',
      loaderUrl: 'https://cxppusa1formui01cdnsa01-endpoint.azureedge.net/eur/FormLoader/FormLoader.bundle.js',
    });
    const amp = parseFormEmbed(`<div data-form-id="f1" ${ok}></div><script src="https://cdn.example/l.js?a=1&amp;b=2"></script>`);
    expect(amp && 'loaderUrl' in amp && amp.loaderUrl).to.equal('https://cdn.example/l.js?a=1&b=2');
  });
  it('says what is wrong with an embed it cannot use', () => {
    expect(parseFormEmbed(null)).to.equal(null);
    expect(parseFormEmbed('  ')).to.equal(null);
    expect(parseFormEmbed(`<div ${ok}></div>${loader}`)).to.deep.equal({ problem: 'it has no element with data-form-id' });
    expect(parseFormEmbed(`<div data-form-id="f1" ${ok}></div>`)).to.deep.equal({ problem: 'its FormLoader <script src> is missing or not an https URL' });
    expect(parseFormEmbed(`<div data-form-id="f1" ${ok}></div><script src="javascript:alert(1)"></script>`)).to.deep.equal({ problem: 'its FormLoader <script src> is missing or not an https URL' });
    expect(parseFormEmbed(`<div data-form-id="f1" ${ok.replace('https://assets', 'http://assets')}></div>${loader}`)).to.deep.equal({ problem: 'its data-cached-form-url is missing or not an https URL' });
    expect(parseFormEmbed(`<div data-form-id="f1" ${ok.replace('/forms/f1"', '/f1"')}></div>${loader}`)).to.deep.equal({ problem: 'its data-form-api-url does not end in /forms/{formId}' });
  });
});
