/**
 * evt-widgets: the classes, types and helpers, with no side effects. Import `evt-widgets/define`
 * (or one of `evt-widgets/evt-list`, `/evt-detail`, `/evt-register`) to register the elements.
 */
export * from './api/index.js';
export { configure, type PageConfig } from './internal/config.js';
export { defineMessages, messagesFor, loadMessages, type Messages } from './internal/messages.js';
export * from './internal/events.js';
export { EvtList } from './elements/evt-list/evt-list.js';
export { EvtDetail } from './elements/evt-detail/evt-detail.js';
export { EvtRegister } from './elements/evt-register/evt-register.js';
