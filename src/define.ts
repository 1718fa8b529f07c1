/**
 * Registers every element and exports the whole API: `evt-widgets/define` (npm) and the demo site.
 * Safe to load twice: each definition is guarded. (The CDN's one file is src/cdn/bundle.ts.)
 */
// All of English at once, as the one file has it.
import './i18n/en-all.js';
import './evt-list.js';
import './evt-detail.js';
import './evt-register.js';

export * from './index.js';
