/**
 * `<evt-register>`: registration for an event. Importing this module defines the element (once,
 * guarded); the class and its types are exported for typing and subclassing.
 */
import { defineElement } from './internal/define.js';
import { EvtRegister } from './elements/evt-register/evt-register.js';

defineElement('evt-register', EvtRegister);

export { EvtRegister };
export type { CaptchaProvider, RegisterPrefill } from './elements/evt-register/evt-register.js';
