/**
 * The self-contained file, `dist/evt-widgets.bundle.js`: all three elements and all of English in
 * one file, for a site that can upload only one. It exports what the loader exports
 * (`configure()`, `loadElements()`), so a page can swap one script tag for the other without
 * touching its own script. The classes, schemas and API client are the npm package's
 * (`evt-widgets`, `evt-widgets/define`), where a bundler keeps only what an app uses: exported
 * from here they kept every schema in the file, about 0.8 KB gzipped that every visitor downloads
 * and no element uses.
 */
// First, so that the file holds all of English in one stretch (it compresses better than with
// each element's part next to its element's code, src/i18n/en.ts).
import '../i18n/en-all.js';
import '../evt-list.js';
import '../evt-detail.js';
import '../evt-register.js';

export { configure, type PageConfig } from '../internal/config.js';

import { TAGS, type Tag } from './tags.js';

/**
 * The loader's `loadElements()`: here every element's code is already in the file, so it resolves
 * when the named elements (default: all three) are defined, whatever `root` holds.
 */
export function loadElements(root: ParentNode | Tag | Tag[] = document): Promise<unknown> {
  const tags = typeof root === 'string' || Array.isArray(root) ? [root].flat() : TAGS;
  return Promise.all(tags.map((t) => customElements.whenDefined(t)));
}
