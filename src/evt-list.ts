/** Registers `<evt-list>` (`evt-widgets/evt-list`). Safe to load twice. */
import { EvtList } from './elements/evt-list/evt-list.js';
import { defineElement } from './internal/define.js';

defineElement('evt-list', EvtList);

export { EvtList };
