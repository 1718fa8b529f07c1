/**
 * A refusal from the service names the field and the attendee (issue 11, item 4): what the
 * service's message names is shown as the form labels it; a message that names nothing gets the
 * code's general sentence.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/evt-register.js';
import type { EvtRegister } from '../../src/elements/evt-register/evt-register.js';
import { refusedField } from '../../src/elements/evt-register/answer.js';
import { contactLabels } from '../../src/elements/evt-register/errors.js';
import type { RegistrationData } from '../../src/elements/evt-register/request.js';
import type { RegistrationRequest } from '../../src/api/schemas.js';
import { messagesFor } from '../../src/internal/messages.js';
import { click, resetStores, text, type } from '../helpers/elements.js';
import { clearDrafts } from '../helpers/register.js';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator.js';

const m = messagesFor('en');
const person = (first: string, last: string, email: string) => ({ firstName: first, lastName: last, email });
const data = { event: { readableEventId: 'E', eventName: 'E' }, registrationCount: 0, passes: [], sessions: [], customFields: [{ customRegistrationFieldId: 'jobtitle', text: 'Job title', type: 100000000 }] } as unknown as RegistrationData;

describe('refusedField (what a service refusal names)', () => {
  const one = { attendees: [person('Lea', 'Marsh', 'lea@example.com')] } as RegistrationRequest;
  const two = { attendees: [person('Lea', 'Marsh', 'lea@example.com'), person('Sam', 'Marsh', 'sam@example.com')] } as RegistrationRequest;
  it('names the field, with its attendee when there are several', () => {
    expect(refusedField(m, one, data, 'Attendee 1: lastName contains U+202E (RIGHT-TO-LEFT OVERRIDE).', contactLabels(m))).to.equal(m.registerLastName);
    expect(refusedField(m, two, data, 'Attendee 2: email is not a valid address.', contactLabels(m))).to.equal(m.registerErrorIn(m.registerAttendee(2), m.registerEmail));
    expect(refusedField(m, two, data, 'sam@example.com: first name refused', contactLabels(m))).to.equal(m.registerErrorIn(m.registerAttendee(2), m.registerFirstName));
    expect(refusedField(m, one, data, 'the answer to "Job title" (responses id jobtitle) is too long', contactLabels(m))).to.equal('Job title');
  });
  it('is null when the message names no field', () => {
    expect(refusedField(m, one, data, 'Registration failed.', contactLabels(m))).to.equal(null);
    expect(refusedField(m, one, data, null, contactLabels(m))).to.equal(null);
  });
});

describe('<evt-register> shows which field the service refused', () => {
  let emu: TestEmulator;
  before(async () => {
    emu = await startTestEmulator();
  });
  after(() => emu?.close());

  it('names the field in the notice', async () => {
    resetStores();
    clearDrafts(emu.url);
    await emu.dev('override', {
      path: 'events/Minimal_Meetup/registrations',
      method: 'POST',
      flavour: 'om',
      status: 200,
      body: { status: 'Failure', errorCode: 'RegistrationFailed', errorMessage: 'Attendee 1: lastName contains U+202E (RIGHT-TO-LEFT OVERRIDE).', redirectUrl: null, purchaseId: null },
    });
    const el = await fixture<EvtRegister>(html`<evt-register lang="en" endpoint=${emu.omBase} token="demo-token" event-id="Minimal_Meetup"></evt-register>`);
    await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the form', { timeout: 8000 });
    await type(el, 'a1-firstName', 'Lea');
    await type(el, 'a1-lastName', 'Marsh');
    await type(el, 'a1-email', 'lea.refused@example.com');
    await click(el, '[part~="submit"]');
    await waitUntil(() => text(el.shadowRoot!.querySelector('[part~="notice"]')).length > 0, 'the notice', { timeout: 8000 });
    expect(text(el.shadowRoot!.querySelector('[part~="notice"]'))).to.contain(m.registerRefusedField(m.registerLastName));
    await emu.dev('override', { clear: true });
  });
});
