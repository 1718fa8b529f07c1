/**
 * Registers every element: the CDN entry (`dist/evt-widgets.js`) and `evt-widgets/define`.
 * Safe to load twice: each definition is guarded.
 */
import './evt-list.js';
import './evt-detail.js';
import './evt-register.js';

export * from './index.js';
export { EvtList } from './elements/evt-list/evt-list.js';
export { EvtDetail } from './elements/evt-detail/evt-detail.js';
export { EvtRegister } from './elements/evt-register/evt-register.js';
