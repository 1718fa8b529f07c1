/**
 * What the <evt-register> test files share beyond the generic element helpers (`elements.ts`):
 * the drafts kept in sessionStorage, and filling in an attendee.
 */
import type { EvtRegister } from '../../src/elements/evt-register/evt-register.js';
import { type } from './elements.js';

/**
 * The keys of the drafts in sessionStorage for one emulator (WebKit's driver runs test files side
 * by side in iframes of one tab, which share sessionStorage). Read with `key(i)`:
 * `Object.keys(sessionStorage)` lists nothing in WebKit.
 */
const registerKeys = (emulatorUrl: string | undefined) =>
  Array.from({ length: sessionStorage.length }, (_, i) => sessionStorage.key(i)!).filter(
    (k) => k.startsWith('evt-widgets.register') && !!emulatorUrl && k.includes(emulatorUrl),
  );
/** The drafts only; beside them live `…|confirmed` (the confirmation after a success) and `…|sending`. */
export const draftKeys = (emulatorUrl: string | undefined) => registerKeys(emulatorUrl).filter((k) => !/\|(confirmed|sending)$/.test(k));
export const confirmationKeys = (emulatorUrl: string | undefined) => registerKeys(emulatorUrl).filter((k) => k.endsWith('|confirmed'));
/** Drafts, confirmations and sending markers of one emulator. */
export const clearDrafts = (emulatorUrl: string | undefined) => registerKeys(emulatorUrl).forEach((k) => sessionStorage.removeItem(k));

/** Types an attendee's name and email into the form's fields for attendee `key` (`a1-…`). */
export async function fillAttendee(el: EvtRegister, key: number, first: string, last: string, email: string) {
  await type(el, `a${key}-firstName`, first);
  await type(el, `a${key}-lastName`, last);
  await type(el, `a${key}-email`, email);
}
