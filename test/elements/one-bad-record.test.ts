/**
 * One bad record never hides its neighbours (issue 11, item 3): the emulator answers one route
 * with a raw body (`/dev/override`) in which a single item has a wrong-typed field; the element
 * shows the others, and the console names the item and the field. A `null` count keeps the form.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/evt-list.js';
import '../../src/evt-detail.js';
import '../../src/evt-register.js';
import type { EvtList } from '../../src/elements/evt-list/evt-list.js';
import type { EvtDetail } from '../../src/elements/evt-detail/evt-detail.js';
import type { EvtRegister } from '../../src/elements/evt-register/evt-register.js';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { resetStores } from '../helpers/elements.js';

const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
let emu: TestEmulator;
let warnings: string[] = [];
const realWarn = console.warn;
before(async () => {
  emu = await startTestEmulator();
});
after(() => emu?.close());
beforeEach(async () => {
  resetStores();
  warnings = [];
  console.warn = (...a: unknown[]) => {
    warnings.push(a.map(String).join(' '));
  };
  await emu.dev('override', { clear: true });
});
afterEach(() => {
  console.warn = realWarn;
});

/** The route's real answer, with one item spoiled. */
async function spoil(path: string, index: number, patch: Record<string, unknown>) {
  const res = await fetch(`${emu.rtmBase}${path}?emApplicationtoken=demo-token`);
  const list = (await res.json()) as Record<string, unknown>[];
  list[index] = { ...list[index], ...patch };
  await emu.dev('override', { path, status: 200, body: JSON.stringify(list), flavour: 'rtm' });
  return list;
}

describe('one bad record', () => {
  it('in events/published: the list shows the other events and the console names the bad one', async () => {
    const list = await spoil('events/published', 1, { eventName: 12345 });
    const bad = list[1]!.readableEventId as string;
    const el = await fixture<EvtList>(html`<evt-list lang="en" endpoint=${emu.rtmBase} token="demo-token" show-past page-size="100"></evt-list>`);
    await el.loadComplete;
    const rids = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="item"]')].map((li) => li.dataset.rid);
    expect(rids).to.have.length(list.length - 1);
    expect(rids).not.to.include(bad);
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    expect(warnings.some((w) => w.includes(`"${bad}"`) && w.includes('eventName'))).to.equal(true, warnings.join('\n'));
  });

  it('in sessions: the agenda shows the other sessions', async () => {
    const list = await spoil('events/Harbour_Data_Summit/sessions', 0, { startTime: { not: 'a date' } });
    const el = await fixture<EvtDetail>(html`<evt-detail lang="en" endpoint=${emu.rtmBase} token="demo-token" event-id="Harbour_Data_Summit"></evt-detail>`);
    await el.loadComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="session"]').length).to.equal(list.length - 1);
    expect(warnings.some((w) => w.includes(`"${list[0]!.id}"`) && w.includes('startTime'))).to.equal(true, warnings.join('\n'));
  });

  it('in speakers and passes: the others are shown', async () => {
    const speakers = await spoil('events/Harbour_Data_Summit/speakers', 0, { name: ['not', 'a', 'name'] });
    const passes = await spoil('events/Harbour_Data_Summit/passes', 0, { price: 'free' });
    const el = await fixture<EvtDetail>(html`<evt-detail lang="en" endpoint=${emu.rtmBase} token="demo-token" event-id="Harbour_Data_Summit"></evt-detail>`);
    await el.loadComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="speaker"]').length).to.equal(speakers.length - 1);
    expect(el.shadowRoot!.querySelectorAll('[part~="pass"]').length).to.equal(passes.length - 1);
  });

  it('a null registration count keeps the form', async () => {
    await emu.dev('override', { path: 'events/Last_Seats_Seminar/registrations/count', status: 200, body: 'null', flavour: 'rtm' });
    const el = await fixture<EvtRegister>(html`<evt-register lang="en" endpoint=${emu.rtmBase} token="demo-token" event-id="Last_Seats_Seminar"></evt-register>`);
    await waitUntil(() => el.shadowRoot!.querySelector('form, [part~="message"]'), 'the form did not load', { timeout: 8000 });
    expect(el.shadowRoot!.querySelector('form'), text(el.shadowRoot!.querySelector('[part~="message"]'))).to.not.equal(null);
  });

  it('a registration field with a wrong type leaves the others in the form', async () => {
    const fields = await spoil('events/Journeys_Attribute_Day/custom-registration-fields', 1, { isRequired: 'yes' });
    const el = await fixture<EvtRegister>(html`<evt-register lang="en" endpoint=${emu.rtmBase} token="demo-token" event-id="Journeys_Attribute_Day"></evt-register>`);
    await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the form did not load', { timeout: 8000 });
    const labels = [...el.shadowRoot!.querySelectorAll('label, legend')].map(text).join(' | ');
    expect(labels).to.contain(String(fields[0]!.text));
    expect(labels).not.to.contain(String(fields[1]!.text));
  });
});
