/**
 * One MutationObserver for every element on the page: it watches `lang` attributes in the document
 * (and in each shadow root an element sits in, since a document observer does not see inside
 * them) and tells the elements, which re-render only when their own language changed. Also relays
 * `defineMessages()`.
 */
import { onMessagesDefined } from './index.js';

export interface LangWatcher {
  langChanged(): void;
}

const watchers = new Set<LangWatcher>();
const observed = new WeakSet<Node>();
let observer: MutationObserver | null = null;
const notify = () => {
  for (const w of watchers) w.langChanged();
};

/** Starts telling `watcher` (connected as `el`) about `lang` changes; returns the stop function. */
export function watchLang(el: Element, watcher: LangWatcher): () => void {
  if (!observer) {
    observer = new MutationObserver(notify);
    onMessagesDefined(notify);
  }
  watchers.add(watcher);
  let root: Node = el.getRootNode();
  for (let hops = 0; hops < 64; hops++) {
    const target = root instanceof Document ? root.documentElement : root;
    if (target && !observed.has(target)) {
      observed.add(target);
      observer.observe(target, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    if (!(root instanceof ShadowRoot)) break;
    root = root.host.getRootNode();
  }
  return () => watchers.delete(watcher);
}
