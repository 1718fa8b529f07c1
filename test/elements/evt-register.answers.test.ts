/**
 * `<evt-register>`'s pure readings of the service's answers and its limits (issue 11): which
 * `AlreadyRegistered` is "already received", which names who; the field a 413 names; answers
 * over the limits; drafts that keep long answers; the confirmation kept for a reload.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { CustomFieldType, type EvtCustomField, type RegistrationRequest } from '../../src/api/schemas.js';
import { messagesFor } from '../../src/internal/messages.js';
import { contactLabels, formErrorText } from '../../src/elements/evt-register/errors.js';
import { emailsIn, readAlreadyRegistered, tooLargeText } from '../../src/elements/evt-register/answer.js';
import { ANSWER_MAX_LENGTH } from '../../src/elements/evt-register/limits.js';
import { newAttendee, validate, type RegistrationData, type RegistrationDraft } from '../../src/elements/evt-register/request.js';
import {
  CONFIRMATION_TTL_MS,
  clearDraft,
  draftKey,
  loadConfirmation,
  loadDraft,
  saveConfirmation,
  saveDraft,
} from '../../src/elements/evt-register/draft.js';

const m = messagesFor('en');
type Sent = RegistrationRequest['attendees'][number];
const who = (firstName: string, email: string): Sent => ({ firstName, lastName: 'Marsh', email, waitlisted: false, responses: [] }) as Sent;
const body = (...attendees: Sent[]): RegistrationRequest => ({ attendees }) as RegistrationRequest;
const field: EvtCustomField = { customRegistrationFieldId: 'f-text', text: 'Company', type: CustomFieldType.SimpleText, isRequired: false, choices: null };
const data = (customFields: EvtCustomField[] = []): RegistrationData => ({
  event: {
    readableEventId: 'E',
    eventName: 'E',
    startDate: '2026-07-01T09:00:00',
    endDate: '2026-07-01T17:00:00',
    isCapacityRestricted: false,
    maxCapacity: 0,
    allowAnonymousRegistrations: true,
    enableMultiAttendeeRegistration: true,
  },
  registrationCount: 0,
  passes: [],
  customFields,
  sessions: [],
});
const draftOf = (...attendees: RegistrationDraft['attendees']): RegistrationDraft => ({ attendees, sessionIds: [], autoRegister: false });

describe('<evt-register> reading the answers (errors.ts)', () => {
  it('AlreadyRegistered for the one attendee sent, or naming every one sent, is ours', () => {
    expect(readAlreadyRegistered(body(who('Lea', 'lea@example.com')), null)).to.deep.equal({ kind: 'ours' });
    const two = body(who('Lea', 'lea@example.com'), who('Sam', 'Sam@Example.com'));
    expect(readAlreadyRegistered(two, 'Attendee 1: lea@example.com; Attendee 2: sam@example.com are already registered for this event.').kind).to.equal('ours');
  });

  it('naming some of those sent is a refusal that names them; naming nobody of several is unnamed', () => {
    const two = body(who('Lea', 'lea@example.com'), who('Sam', 'sam@example.com'));
    const named = readAlreadyRegistered(two, 'Attendee 1: lea@example.com is already registered for this event.');
    expect(named.kind).to.equal('named');
    expect(named.kind === 'named' && named.named.map((a) => a.firstName)).to.deep.equal(['Lea']);
    expect(readAlreadyRegistered(two, 'Already registered.').kind).to.equal('unnamed');
    // "ba@example.com" is not "a@example.com": whole addresses only.
    expect(readAlreadyRegistered(body(who('A', 'a@example.com'), who('B', 'b@example.com')), 'ba@example.com, bb@example.com').kind).to.equal('unnamed');
  });

  it('an email twice in the request is never "ours"', () => {
    const twice = body(who('Lea', 'lea@example.com'), who('Lea', 'lea@example.com'));
    expect(readAlreadyRegistered(twice, 'Attendee 2: lea@example.com appears twice in this request.').kind).to.equal('named');
  });

  it('finds the emails in a message, without trailing punctuation', () => {
    expect([...emailsIn('Attendee 1: Lea@Example.com. And <sam@example.org>!')]).to.deep.equal(['lea@example.com', 'sam@example.org']);
  });

  it('a 413 names the longest free-text answer, with its attendee when there are several', () => {
    const long = { ...who('Sam', 'sam@example.com'), responses: [{ id: 'f-text', value: 'x'.repeat(5000) }] } as Sent;
    expect(tooLargeText(m, body(long), data([field]), contactLabels(m))).to.equal(m.registerTooLarge('Company'));
    expect(tooLargeText(m, body(who('Lea', 'lea@example.com'), long), data([field]), contactLabels(m))).to.equal(m.registerTooLarge(m.registerErrorIn(m.registerAttendee(2), 'Company')));
    expect(tooLargeText(m, body(who('Lea', 'lea@example.com')), data(), contactLabels(m))).to.equal(m.registerTooLarge(m.registerEmail));
  });
});

describe('<evt-register> limits (limits.ts)', () => {
  it('a free-text answer over its limit, and an email twice, are form errors with their messages', () => {
    const a = { ...newAttendee(1), firstName: 'Lea', lastName: 'Marsh', email: 'lea@example.com', answers: { 'f-text': 'x'.repeat(ANSWER_MAX_LENGTH + 1) } };
    const b = { ...newAttendee(2), firstName: 'Sam', lastName: 'Marsh', email: 'LEA@example.com ' };
    const errors = validate(data([field]), draftOf(a, b));
    expect(errors).to.deep.include({ attendee: 1, field: 'custom:0', code: 'tooLong', limit: ANSWER_MAX_LENGTH });
    expect(errors).to.deep.include({ attendee: 2, field: 'email', code: 'emailTwice' });
    expect(formErrorText(m, errors.find((e) => e.code === 'tooLong')!, data([field]), draftOf(a, b))).to.equal(m.registerErrTooLong('Company', ANSWER_MAX_LENGTH));
    expect(validate(data([field]), draftOf({ ...a, answers: { 'f-text': 'x'.repeat(ANSWER_MAX_LENGTH) } }))).to.deep.equal([]);
  });

  it('every text field of the form has its maxlength', async () => {
    const { renderAttendee } = await import('../../src/elements/evt-register/fields.js');
    const ctx = { msg: m, locale: 'en', data: data([field]), attendees: 1, on: { updateAttendee() {}, answer() {}, removeAttendee() {} }, errorOf: () => null, lang: undefined };
    const el = await fixture(html`<div>${renderAttendee(ctx, newAttendee(1), 0, false)}</div>`);
    const lengths = [...el.querySelectorAll('input')].map((i) => [i.id, i.maxLength]);
    expect(lengths).to.deep.equal([
      ['a1-firstName', 50],
      ['a1-lastName', 50],
      ['a1-email', 100],
      ['a1-custom-0', ANSWER_MAX_LENGTH],
    ]);
  });
});

describe('<evt-register> what a reload finds (draft.ts)', () => {
  const key = draftKey('http://x.example/EvtMgmt/api/v2.0/', 'Answers_Test');
  afterEach(() => {
    clearDraft(key);
    saveConfirmation(key, null);
  });

  it('keeps answers and names longer than 2,000 characters as typed', () => {
    const long = 'y'.repeat(2500);
    const d = draftOf({ ...newAttendee(1), firstName: long, answers: { 'f-text': long, multi: ['a', long] } });
    saveDraft(key, d);
    expect(loadDraft(key)).to.deep.equal(d);
  });

  it('keeps the confirmation for a while, then forgets it', () => {
    const c = { at: Date.now(), attendees: [{ firstName: 'Lea', lastName: 'Marsh', email: 'lea@example.com', waitlisted: false }], sessions: [], recovered: false, alreadyRegistered: true };
    saveConfirmation(key, c);
    expect(loadConfirmation(key)).to.deep.equal(c);
    saveConfirmation(key, { ...c, at: Date.now() - CONFIRMATION_TTL_MS - 1 });
    expect(loadConfirmation(key)).to.equal(null);
    expect(sessionStorage.getItem(`${key}|confirmed`), 'an old one is removed').to.equal(null);
  });
});
