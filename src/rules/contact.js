/**
 * The one rule for what an attendee may type into a registration: first name, last name, email
 * and free-text answers. The form checks it before sending (src/elements/evt-register/request.ts)
 * and the emulator when receiving (demo/emulator/validate.mjs), so the two never disagree.
 *
 * Plain JavaScript with JSDoc types (checked by tsc with `checkJs`): the emulator runs it in Node
 * unbuilt, the form imports it like any module, and the npm build emits it with its declarations.
 * No DOM, no dependencies.
 *
 * What the contract gives (§4): the three contact fields are required, at most 50 / 50 / 100
 * characters, and the email has an email format. Everything else is the most tolerant reading
 * that is still safe [I], written down here and in README (Registrations):
 *
 * - Lengths count UTF-16 code units, as JavaScript's `length` and the service's text columns do;
 *   values are trimmed first (both sides send and store the trimmed value).
 * - Names: any script, with its marks and digits, spaces (any width), punctuation and symbols:
 *   `O'Brien`, `Jean-Luc`, `J. R. R.`, `Nguyễn Văn A`, `محمد`, `山田　太郎`, `Louis XIV`, `Smith & Sons`,
 *   `Ana#2`, `A+B`, `ana@home`. The service stores them as text and nothing in the contract refuses
 *   `#`, `+`, `@` or `&`. A name needs at least one letter (an emoji-only or digits-only name is
 *   not a name). Refused: `<` and `>` (markup, which confirmation emails and CRM views may render),
 *   control characters (tab, line breaks, NUL), bidi controls (U+202A–U+202E, U+2066–U+2069,
 *   U+200E/F, U+061C, which make a name display as something else), other invisible format
 *   characters (U+200B zero width space, U+2060, U+FEFF, U+00AD), line/paragraph separators,
 *   private-use and lone surrogate code points (unassigned ones are let through: engines of
 *   different Unicode versions would disagree about them). U+200C/U+200D (zero width non-joiner /
 *   joiner) are written inside words in Persian and Indic scripts: allowed between two letters or
 *   marks only.
 * - Emails: `local@domain`, at most 64 characters before the `@`. The local part is dot-separated
 *   atoms of letters and digits of any script and RFC 5322's `!#$%&'*+/=?^_\`{|}~-` (so `a&b@`,
 *   `a/b@`, `o'brien@`, `user+tag@` and `üser@` pass; RFC 6531 allows non-ASCII local parts). The
 *   domain is dot-separated labels of letters, marks and digits of any script and inner hyphens
 *   (IDN `exämple.com` or its `xn--` form), each at most 63 characters, with at least two labels;
 *   the last is letters only or an `xn--` label. Refused: quoted local parts and IP literals
 *   (legal, but no registration form needs them), spaces and controls anywhere, invisible and bidi
 *   characters, `..`, a leading or trailing dot, a label that starts or ends with `-`.
 * - Free-text answers: at most 2,000 characters [I]: the contract gives no limit for a custom
 *   field's response, and 2,000 holds any answer a form asks for while keeping a registration far
 *   below the service's body limit even with 50 attendees.
 */

/** The most characters of each contact field (contract §4). */
export const CONTACT_LIMITS = Object.freeze({ firstName: 50, lastName: 50, email: 100 });

/** The most characters of a free-text answer (custom registration field) [I]. */
export const ANSWER_MAX = 2000;

/** The most characters before an email's `@` (RFC 5321). */
const LOCAL_MAX = 64;

/**
 * @typedef {'firstName' | 'lastName' | 'email'} ContactField
 * @typedef {'required' | 'tooLong' | 'character' | 'letter' | 'email'} ContactProblemCode
 * @typedef {object} ContactProblem
 * @property {ContactProblemCode} code `required`: empty; `tooLong`: over `limit`; `character`: holds
 *   `codePoint`, which a name may not hold; `letter`: a name without a letter; `email`: not an address.
 * @property {number} [limit] `tooLong`: the most characters.
 * @property {number} [codePoint] `character`: the first refused character.
 */

// Joiners are judged on their own (below); every other format character is refused.
const REFUSED_IN_NAME = /[<>\p{Cc}\p{Co}\p{Cs}\p{Zl}\p{Zp}]|(?![\u200C\u200D])\p{Cf}/u;
const JOINER = /[\u200C\u200D]/gu;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/**
 * The problem with a name, or null.
 * @param {ContactField} field `firstName` or `lastName` (for the limit)
 * @param {unknown} value
 * @returns {ContactProblem | null}
 */
export function nameProblem(field, value) {
  const s = typeof value === 'string' ? value.trim() : '';
  if (s === '') return { code: 'required' };
  const limit = CONTACT_LIMITS[field];
  if (s.length > limit) return { code: 'tooLong', limit };
  const bad = REFUSED_IN_NAME.exec(s);
  if (bad) return { code: 'character', codePoint: /** @type {number} */ (bad[0].codePointAt(0)) };
  for (const j of s.matchAll(JOINER)) {
    const i = /** @type {number} */ (j.index);
    if (!LETTER_OR_MARK.test(s[i - 1] ?? '') || !LETTER_OR_MARK.test(s[i + 1] ?? '')) {
      return { code: 'character', codePoint: /** @type {number} */ (j[0].codePointAt(0)) };
    }
  }
  if (!/\p{L}/u.test(s)) return { code: 'letter' };
  return null;
}

const ATOM = /[\p{L}\p{M}\p{N}!#$%&'*+\/=?^_`{|}~-]+/u.source;
const LOCAL = new RegExp(`^${ATOM}(?:\\.${ATOM})*$`, 'u');
const LABEL = /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]*[\p{L}\p{M}\p{N}])?$/u;
const TOP_LABEL = /^(?:\p{L}[\p{L}\p{M}]+|xn--[a-z0-9-]*[a-z0-9])$/iu;

/**
 * Whether a trimmed string is an email address by the rule above.
 * @param {string} s
 */
export function isEmailAddress(s) {
  const at = s.lastIndexOf('@');
  if (at <= 0 || at > LOCAL_MAX) return false;
  const local = s.slice(0, at);
  const labels = s.slice(at + 1).split('.');
  return (
    LOCAL.test(local) &&
    labels.length >= 2 &&
    labels.every((l) => l.length <= 63 && LABEL.test(l)) &&
    TOP_LABEL.test(/** @type {string} */ (labels[labels.length - 1]))
  );
}

/**
 * The problem with an email address, or null.
 * @param {unknown} value
 * @returns {ContactProblem | null}
 */
export function emailProblem(value) {
  const s = typeof value === 'string' ? value.trim() : '';
  if (s === '') return { code: 'required' };
  if (s.length > CONTACT_LIMITS.email) return { code: 'tooLong', limit: CONTACT_LIMITS.email };
  return isEmailAddress(s) ? null : { code: 'email' };
}

/**
 * The problem with one contact field, or null.
 * @param {ContactField} field
 * @param {unknown} value
 * @returns {ContactProblem | null}
 */
export function contactProblem(field, value) {
  return field === 'email' ? emailProblem(value) : nameProblem(field, value);
}

/**
 * The problem with a free-text answer, or null (an empty answer is the form's and the field's
 * `isRequired` business, not this rule's).
 * @param {unknown} value
 * @returns {ContactProblem | null}
 */
export function answerProblem(value) {
  const s = typeof value === 'string' ? value.trim() : '';
  return s.length > ANSWER_MAX ? { code: 'tooLong', limit: ANSWER_MAX } : null;
}

/**
 * How a refused character reads in a message: the character in quotes when it can be seen,
 * else its code point (U+202E).
 * @param {number} codePoint
 */
export function describeCharacter(codePoint) {
  const c = String.fromCodePoint(codePoint);
  return /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(c) ? `“${c}”` : `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}
