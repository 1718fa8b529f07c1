/**
 * The longest text each field of `<evt-register>` takes, in ONE place: the inputs' `maxlength`,
 * the validation messages and the draft's bounds all read it. The contact limits are the
 * service's (contract §4, 50/50/100). Custom free-text answers: the contract is silent; 2,000
 * characters is our reading (Dataverse's default for a multi-line text column) [I].
 *
 * The contact and answer limits come from src/rules/contact.js, which the emulator reads too, so
 * the form and the service agree.
 */
import { ANSWER_MAX, CONTACT_LIMITS } from '../../rules/contact.js';

/** The contact fields: the rule the emulator applies too (src/rules/contact.js). */
export const MAX_LENGTH = CONTACT_LIMITS;

/** A custom free-text answer (src/rules/contact.js, which the emulator applies too). */
export const ANSWER_MAX_LENGTH = ANSWER_MAX;

/**
 * A stored draft's strings are cut here, never dropped: far above every field's limit (what was
 * typed is kept), low enough that a tampered entry cannot fill the tab's storage budget.
 */
export const DRAFT_TEXT_MAX = 20_000;
