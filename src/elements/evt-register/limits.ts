/**
 * The longest text each field of `<evt-register>` takes, in ONE place: the inputs' `maxlength`,
 * the validation messages and the draft's bounds all read it. The contact limits are the
 * service's (contract §4, 50/50/100). Custom free-text answers: the contract is silent; 2,000
 * characters is our reading (Dataverse's default for a multi-line text column) [I].
 *
 * A shared module of contact rules (src/rules/contact.*, also read by the emulator) is planned:
 * when it lands, these constants re-export from it.
 */
export const MAX_LENGTH = { firstName: 50, lastName: 50, email: 100 } as const;

/** A custom free-text answer. */
export const ANSWER_MAX_LENGTH = 2000;

/**
 * A stored draft's strings are cut here, never dropped: far above every field's limit (what was
 * typed is kept), low enough that a tampered entry cannot fill the tab's storage budget.
 */
export const DRAFT_TEXT_MAX = 20_000;
