/**
 * Registers every element: the CDN entry (`dist/evt-widgets.js`) and `evt-widgets/define`.
 * Safe to load twice: each definition is guarded.
 */
import './evt-list.js';
import './evt-detail.js';
import './evt-register.js';

export * from './index.js';
