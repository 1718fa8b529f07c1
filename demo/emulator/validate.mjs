// Attendee field rules: the shared rule of src/rules/contact.js (the form applies the same one
// before sending), with messages that name the API field, so a developer knows which key of which
// attendee to fix.

import { ANSWER_MAX, CONTACT_LIMITS, contactProblem, describeCharacter, emailProblem } from '../../src/rules/contact.js';

export { ANSWER_MAX, CONTACT_LIMITS };

/** @param {unknown} s */
export function isValidEmail(s) {
  return typeof s === 'string' && emailProblem(s) === null;
}

/**
 * The problem with one attendee field, or null. `key` is the API field name.
 * @param {'firstName' | 'lastName' | 'email'} key @param {unknown} value
 */
export function attendeeFieldProblem(key, value) {
  const problem = contactProblem(key, value);
  if (!problem) return null;
  const s = typeof value === 'string' ? value.trim() : '';
  switch (problem.code) {
    case 'required':
      return `${key} is required`;
    case 'tooLong':
      return `${key} is longer than ${problem.limit} characters (${s.length})`;
    case 'character':
      return `${key} ${JSON.stringify(s)} contains ${describeCharacter(problem.codePoint ?? 0)}, which a name may not contain (no < >, control, bidi or invisible characters)`;
    case 'letter':
      return `${key} ${JSON.stringify(s)} has no letter`;
    default:
      return `${key} ${JSON.stringify(s)} is not a valid email address`;
  }
}
