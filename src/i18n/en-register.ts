/**
 * English texts that only <evt-register> shows: a part of the English catalogue (./en.ts has the shared
 * texts and the `Messages` type), in <evt-register>'s own chunk so that a page without it never downloads
 * them. src/elements/evt-register/evt-register.ts adds them (`addEnglish()`, ./index.ts) when its module is evaluated. Keys
 * keep their element's prefix; every other language has them in its one file (./de.ts, …).
 * Imports nothing at run time, like every catalogue.
 */
import type { EnglishNumbers } from './en.js';

export function enRegister({ n, one }: EnglishNumbers) {
  return {
    registerHeading: 'Register',
    registerWaitlistHeading: 'Join the waitlist',
    registerRequiredNote: 'Fields marked * are required.',
    registerAttendee: (i: number) => `Attendee ${n(i)}`,
    registerYourDetails: 'Your details',
    registerAttendeeWaitlisted: (i: number) => `Attendee ${n(i)} (waitlist)`,
    registerFirstName: 'First name',
    registerLastName: 'Last name',
    registerEmail: 'Email',
    registerEmailHint: 'The confirmation is sent here.',
    registerAddAttendee: 'Add another attendee',
    registerRemoveAttendee: (i: number) => `Remove attendee ${n(i)}`,
    registerAttendeeAdded: (i: number) => `Attendee ${n(i)} added.`,
    registerAttendeeRemoved: (i: number) => `Attendee ${n(i)} removed.`,
    registerMaxAttendees: (max: number) => `At most ${n(max)} ${one(max) ? 'attendee' : 'attendees'} per registration.`,
    registerYes: 'Yes',
    registerNo: 'No',
    registerSelectPrompt: 'Choose…',
    registerPass: 'Pass',
    registerPassesLeft: (v: number) => `${n(v)} left`,
    registerTotal: (price: string) => `Total: ${price}`,
    registerTotalHint: 'Payment follows on the next page.',
    registerSessions: 'Sessions',
    registerSessionsHint: 'Choose the sessions to attend. Everyone in this registration attends the sessions chosen.',
    registerSessionsUndated: 'Time to be announced',
    registerSessionWaitlistedFor: (names: string) => `Waitlist: ${names}`,
    registerSessionFull: 'Full',
    registerSessionWaitlistOnly: 'Full: you can join its waitlist',
    registerSessionWaitlistFor: (i: number) => `Waitlist from attendee ${n(i)}`,
    registerSessionOverlaps: (names: string) => `Overlaps with ${names}`,
    registerWaitlistNotice:
      'This event is full. You can join the waitlist: the organiser lets you know when a place becomes free.',
    registerPartialWaitlist: (places: number) =>
      `Only ${n(places)} ${one(places) ? 'place is' : 'places are'} left: further attendees join the waitlist.`,
    registerAutoRegister: 'Register automatically when a place becomes free',
    registerAutoRegisterHint: 'Without this, you are invited and confirm yourself.',
    registerSubmit: 'Register',
    registerSubmitWaitlist: 'Join the waitlist',
    registerSubmitPay: 'Continue to payment',
    registerSending: 'Sending your registration…',
    registerOutcomeUnknown:
      'The connection was lost before the answer arrived, so we do not know whether the registration went through. ' +
      'Try again: if it did go through, it is confirmed, not registered twice.',
    registerNowWaitlist: 'The last places have just been taken: this registration now goes on the waitlist.',
    registerTryNow: 'Try now',
    registerAlreadyReceivedHeading: 'Your registration was already received',
    registerAlreadyReceivedNote: 'The events service already had this registration, so nothing was registered twice.',
    registerErrorSummary: 'There is a problem',
    /** Before each inline error, visually hidden, so a screen reader says it is an error. */
    registerErrorPrefix: 'Error:',
    /** A required group of checkboxes (no `required` attribute exists for them), visually hidden in its legend. */
    registerRequiredGroup: 'required',
    /** Heard, not seen, between the parts of a session's line (time, places) that the screen sets apart by space. */
    registerPartSeparator: ', ',
    registerErrorIn: (where: string, message: string) => `${where}: ${message}`,
    registerErrRequired: (label: string) => `Enter ${label.toLowerCase()}.`,
    registerErrTooLong: (label: string, max: number) => `${label} must be ${n(max)} characters or fewer.`,
    registerErrEmail: 'Enter an email address like name@example.com.',
    registerErrEmailTwice: 'This email address is already used by another attendee of this registration.',
    /** `character`: “<” or, for an invisible one, its code point (U+202E). */
    registerErrCharacter: (label: string, character: string) => `${label} cannot contain ${character}. Remove it and try again.`,
    registerErrLetter: (label: string) => `${label} must contain at least one letter.`,
    registerErrChoose: (label: string) => `Choose an answer to “${label}”.`,
    registerErrAnswer: (label: string) => `Answer “${label}”.`,
    registerErrPass: 'Choose a pass.',
    registerErrPassLimit: (pass: string, left: number) =>
      left ? `Only ${n(left)} “${pass}” ${one(left) ? 'pass is' : 'passes are'} left: choose another pass.` : `“${pass}” is sold out: choose another pass.`,
    registerErrSessionFull: (session: string, left: number) =>
      left ? `Only ${n(left)} ${one(left) ? 'place is' : 'places are'} left in “${session}”.` : `“${session}” is full.`,
    registerClosed: 'Registration for this event is closed.',
    registerEnded: 'This event has ended.',
    registerSoldOut: 'This event is sold out.',
    registerSignIn:
      'Only signed-in visitors can register for this event, and signing in is not available on this page. Please register through the organiser’s event website.',
    registerCaptchaMissing:
      'This event asks for a security check that this page cannot show. Please register through the organiser’s event website.',
    registerFailed: 'The registration could not be sent. Please try again.',
    registerSuccessHeading: 'You are registered',
    registerSuccessWaitlistHeading: 'You are on the waitlist',
    registerSuccessMixedHeading: 'Registration received',
    registerSuccessFor: (event: string, when: string) => (when ? `${event}, ${when}` : event),
    registerSuccessNote: 'A confirmation email follows.',
    registerStatusRegistered: 'Registered',
    registerStatusWaitlisted: 'On the waitlist',
    registerAnother: 'Register someone else',
    registerPaymentHeading: 'Payment',
    registerPaymentPending: 'Your places are reserved. The registration is complete once the payment is made.',
    registerPaymentGoing: 'Taking you to the payment page…',
  };
}
