/**
 * English texts of <evt-register>'s answers: what the service said to a registration (its error
 * codes, a wait, a refusal naming a field, attendees already registered). A part of English
 * (./en.ts) that ../elements/evt-register/send-answer.ts adds (`addEnglish()`) when it loads, with
 * the sending code, so that a page showing the form does not download them before anyone sends.
 * Every other language has them in its one file (./de.ts, …). Imports nothing at run time.
 */
import type { EnglishNumbers } from './en.js';

export function enRegisterAnswers({ n, one }: EnglishNumbers) {
  return {
    registerWaiting: (seconds: number) =>
      `Many people are registering right now. Sending again in ${n(seconds)} ${one(seconds) ? 'second' : 'seconds'}; there is nothing to retype.`,
    // ── <evt-register>: waits, answers already received, bodies too large (issue 11) ──
    registerWaitLong: (seconds: number) => {
      const minutes = Math.ceil(seconds / 60);
      const span = seconds < 90 ? `${n(seconds)} ${one(seconds) ? 'second' : 'seconds'}` : `${n(minutes)} ${one(minutes) ? 'minute' : 'minutes'}`;
      return `Too many people are registering right now: the events service asks to wait ${span}. Your registration is sent again then if this page stays open, and everything typed is kept.`;
    },
    registerAlreadyNamed: (names: string, count: number) =>
      `${names} ${one(count) ? 'is' : 'are'} already registered for this event, so nobody in this registration was registered. Remove ${one(count) ? 'that attendee' : 'them'} and send again.`,
    registerAlreadyUnnamed: (sent: string) =>
      `The events service says someone in this registration is already registered for this event, without saying who. This registration was for: ${sent}. If you sent it a moment ago, it may have gone through: check for a confirmation email before sending again.`,
    registerTooLarge: (field: string) => `The answers are too long to send. Shorten “${field}” and send again.`,
    /** The service refused a field it named (attendee and field as the form labels them). */
    registerRefusedField: (field: string) => `The events service did not accept “${field}”. Check it and send again.`,
    registerCaptchaFailed: 'The security check could not be completed. Please try again.',
    registerBusy: 'Too many people are registering right now. Please try again in a minute; everything typed is kept.',
    registerRedirectInvalid: 'The payment page could not be opened. Please contact the organiser.',
    registerErrors: {
      RegistrationFailed: 'The registration could not be completed. Please check the details and try again.',
      EventNotFound: 'This event could not be found. It may have been moved or unpublished.',
      EventNotLive: 'This event is not open for registration.',
      SessionNotLive: 'A chosen session is not open for registration. Remove it and try again.',
      MaximumCapacityReached: 'The event has just filled up. The form now offers the waitlist: check it and send it again.',
      MaximumNoAttendeesReached: 'This event is sold out.',
      MaximumSessionCapacityReached: 'A chosen session has just filled up. Choose another session or remove it.',
      SessionFullyBooked: 'A chosen session is fully booked. Choose another session or remove it.',
      AlreadyRegistered:
        'Someone in this registration is already registered for this event with the same email address. If that is you, nothing more is needed: the confirmation was sent when you registered.',
      AnonymousRegistrationNotAllowed: 'You need to sign in to register for this event.',
      MultiAttendeeRegistrationNotEnabled: 'This event takes one attendee per registration. Please register each person separately.',
      TooManyAttendees: 'At most 50 attendees can be registered at once. Please split the registration.',
      WaitlistRegistrationNotAllowedErrorMessage: 'There are no places left, and this event has no waitlist.',
      RequiredRegistrationFieldMissing: 'A required question is not answered. Check the form and send it again.',
      InvalidValueForRequiredRegistrationField: 'An answer to a required question is not valid. Check the form and send it again.',
      AttendeePassIdNotValid: 'A chosen pass is no longer available. Choose another pass.',
      AttendeeSessionIdNotValid: 'A chosen session is no longer available. Remove it and try again.',
      InsufficentNumberOfPasses: 'There are not enough passes left for everyone. Choose another pass or register fewer people.',
      FinalizationNotAllowed: 'The security check did not match. Please try again.',
      FinalizationNotEnabled: 'Payment for this event cannot be completed online. Please contact the organiser.',
      FinalizationAfterTimeLimit: 'The time to complete the payment ran out. Please register again.',
      RequestTimedOut: 'The registration took too long to process. Please try again.',
    } as Record<string, string>,
  };
}
