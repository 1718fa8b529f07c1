/**
 * Registers every element: the CDN entry (`dist/evt-widgets.js`) and `evt-widgets/define`.
 * Safe to load twice: each definition is guarded.
 */
// First, so that the self-contained file holds all of English in one stretch (it compresses
// better than with each element's part next to its element's code, src/i18n/en.ts).
import './i18n/en-all.js';
import './evt-list.js';
import './evt-detail.js';
import './evt-register.js';

export * from './index.js';
