/**
 * The three elements as one graph, `dist/evt-widgets.together.js` (vite.config.ts, `togetherBuild`):
 * what the loader (./loader.ts) loads instead of `evt-list.js`, `evt-detail.js` and
 * `evt-register.js` when its first look at the page finds all three and none is defined yet. One
 * file holds what those three and their shared chunks hold (in one gzip stream: loaded as ten files,
 * each file learns Lit's and our vocabulary again); what a first paint does not need (the writes,
 * the sending code, the calendar and JSON-LD writers) stays in lazy chunks of this graph, and the
 * languages, DOMPurify and the event form are the files beside it that every build loads.
 * No tag can come later that needs the per-element files, so nothing of ours loads twice.
 */
// First, so that the file holds all of English in one stretch (as the self-contained file does).
import '../i18n/en-all.js';
import '../evt-list.js';
import '../evt-detail.js';
import '../evt-register.js';
