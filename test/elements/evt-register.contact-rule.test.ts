/**
 * The form and the emulator judge every name and email of test/helpers/contact-table.mjs alike
 * (src/rules/contact.js): the form's `validate` refuses exactly the rows the emulator refuses,
 * the request the form builds for an accepted row passes the store's request schema, and the
 * emulator on a second origin accepts it. A refusal by the form names the field and says why.
 */
import { expect } from '@open-wc/testing';
import '../../src/evt-register.js';
import type { EvtRegister } from '../../src/elements/evt-register/evt-register.js';
import { $, click, mount, ready, resetStores, text, type } from '../helpers/elements.js';
import { clearDrafts } from '../helpers/register.js';
import { EMAILS, NAMES } from '../helpers/contact-table.mjs';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { buildRequest, emptyDraft, validate, type RegistrationData, type RegistrationDraft } from '../../src/elements/evt-register/request.js';
import type { EvtEvent } from '../../src/api/schemas.js';
import { omRegistrationRequestSchema } from '../../src/api/writes.js';
import { ANSWER_MAX } from '../../src/rules/contact.js';

const TOKEN = 'demo-token';
// A free event without limits: only the contact fields can be wrong.
const data: RegistrationData = { event: { readableEventId: 'Minimal_Meetup' } as EvtEvent, registrationCount: 0, passes: [], customFields: [], sessions: [] };

let emu: TestEmulator;
before(async () => {
  emu = await startTestEmulator({ processingDelay: 5 });
});
after(async () => {
  await emu?.close();
});

let n = 0;
const draftWith = (contact: Partial<Record<'firstName' | 'lastName' | 'email', string>>): RegistrationDraft => {
  const d = emptyDraft();
  n++;
  d.attendees[0] = { ...d.attendees[0]!, firstName: 'Test', lastName: `Person${n}`, email: `rule.${Date.now()}.${n}@example.com`, ...contact };
  return d;
};
async function emulatorSays(attendee: Record<string, string>) {
  const res = await fetch(`${emu.omBase}events/Minimal_Meetup/registrations?emApplicationtoken=${TOKEN}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ attendees: [attendee] }),
  });
  return (await res.json()) as { status: string; errorMessage: string | null };
}

describe('the form and the emulator judge names and emails alike', () => {
  beforeEach(() => emu.reset());

  for (const [kind, rows] of [['names', NAMES], ['emails', EMAILS]] as const) {
    it(`${rows.length} ${kind}`, async function (this: Mocha.Context) {
      this.timeout(60_000);
      const disagreements: string[] = [];
      for (const [value, accepted, why] of rows) {
        const field = kind === 'names' ? 'lastName' : 'email';
        const draft = draftWith({ [field]: value });
        const errors = validate(data, draft);
        const formAccepts = errors.length === 0;
        const raw = draft.attendees[0]!;
        // What a client that does not check first would send: the value as typed.
        const emulator = await emulatorSays({ firstName: raw.firstName, lastName: raw.lastName, email: raw.email });
        const emulatorAccepts = emulator.status === 'Success';
        const label = `${field} ${JSON.stringify(value)} (${why})`;
        if (formAccepts !== accepted) disagreements.push(`form ${formAccepts ? 'accepts' : 'refuses'} ${label}`);
        if (emulatorAccepts !== formAccepts) disagreements.push(`emulator ${emulatorAccepts ? 'accepts' : 'refuses'} ${label}: ${emulator.errorMessage}`);
        if (formAccepts) {
          const parsed = omRegistrationRequestSchema.safeParse(buildRequest(data, draft, 'om'));
          if (!parsed.success) disagreements.push(`the store's schema refuses the request for ${label}`);
        } else {
          expect(errors.map((e) => e.field), label).to.deep.equal([field]);
          if (emulator.errorMessage && !emulator.errorMessage.startsWith(`Attendee 1: ${field} `)) disagreements.push(`emulator message for ${label}: ${emulator.errorMessage}`);
        }
      }
      expect(disagreements).to.deep.equal([]);
    });
  }

  it('says why a name is refused: the character (visible or by code point) or the missing letter', () => {
    const codes = (v: string) => validate(data, draftWith({ firstName: v })).map((e) => [e.code, e.codePoint]);
    expect(codes('<b>')).to.deep.equal([['character', 0x3c]]);
    expect(codes('Lea\u202E')).to.deep.equal([['character', 0x202e]]);
    expect(codes('🌸')).to.deep.equal([['letter', undefined]]);
  });

  it('tells the visitor which field holds what, before anything is sent', async () => {
    resetStores();
    clearDrafts(emu.url);
    const el = await mount<EvtRegister>('evt-register', { endpoint: emu.omBase, token: TOKEN, 'event-id': 'Minimal_Meetup' });
    await ready(el);
    let submitted = 0;
    el.addEventListener('evt-register-submit', () => submitted++);
    await type(el, 'a1-firstName', '<b>Lea</b>');
    await type(el, 'a1-lastName', 'Marsh\u202E');
    await type(el, 'a1-email', 'lea@-example.com');
    await click(el, '[part~="submit"]');
    expect(submitted).to.equal(0);
    const entries = () => [...$(el, '[part~="error-summary"]')!.querySelectorAll('a')].map((a) => text(a));
    expect(entries()).to.deep.equal([
      'First name cannot contain “<”. Remove it and try again.',
      'Last name cannot contain U+202E. Remove it and try again.',
      'Enter an email address like name@example.com.',
    ]);
    await type(el, 'a1-firstName', '🌸');
    await click(el, '[part~="submit"]');
    expect(entries()[0]).to.equal('First name must contain at least one letter.');
    clearDrafts(emu.url);
  });

  it(`refuses a free-text answer over ${ANSWER_MAX} characters, with the limit`, () => {
    const field = { customRegistrationFieldId: 'f1', text: 'Company', type: 100000000, isRequired: false, choices: null };
    const d = draftWith({});
    d.attendees[0]!.answers = { f1: 'x'.repeat(ANSWER_MAX + 1) };
    expect(validate({ ...data, customFields: [field] }, d)).to.deep.equal([{ attendee: 1, field: 'custom:0', code: 'tooLong', limit: ANSWER_MAX }]);
    d.attendees[0]!.answers = { f1: 'x'.repeat(ANSWER_MAX) };
    expect(validate({ ...data, customFields: [field] }, d)).to.deep.equal([]);
  });
});
