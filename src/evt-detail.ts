/** Registers `<evt-detail>` (and only it): `import 'evt-widgets/evt-detail'`. */
import { defineElement } from './internal/define.js';
import { EvtDetail } from './elements/evt-detail/evt-detail.js';

defineElement('evt-detail', EvtDetail);

export { EvtDetail };
