// Attendee field rules (contract §4: required; at most 50 / 50 / 100 characters; an email shape).

import { EMAIL_MAX, NAME_MAX } from './constants.mjs';

// One "@", no spaces or characters mail systems reject, a dotted domain whose last label has 2+ characters.
const EMAIL_RE = /^(?!\.)(?!.*\.\.)[^\s@"<>(),;:[\]\\]+(?<!\.)@(?:[^\s@"<>(),;:[\]\\.]+\.)+[^\s@"<>(),;:[\]\\.\d]{2,}$/u;

/** @param {unknown} s */
export function isValidEmail(s) {
  return typeof s === 'string' && s.length <= EMAIL_MAX && EMAIL_RE.test(s);
}

/**
 * The problem with one attendee field, or null. `label` is the API field name, so the message
 * tells a developer which key of which attendee to fix.
 * @param {'firstName' | 'lastName' | 'email'} key @param {unknown} value
 */
export function attendeeFieldProblem(key, value) {
  const s = typeof value === 'string' ? value.trim() : '';
  if (s === '') return `${key} is required`;
  if (key === 'email') {
    if (s.length > EMAIL_MAX) return `email is longer than ${EMAIL_MAX} characters`;
    if (!EMAIL_RE.test(s)) return `email "${s}" is not a valid email address`;
    return null;
  }
  if (s.length > NAME_MAX) return `${key} is longer than ${NAME_MAX} characters`;
  // Letters of any script, marks, digits, spaces and the punctuation of real names; no markup, no controls.
  if (/[\p{Cc}<>{}[\]\\|@#$%^*=+~`"]/u.test(s) || !/[\p{L}\p{N}]/u.test(s)) return `${key} "${s}" is not a valid name`;
  return null;
}
