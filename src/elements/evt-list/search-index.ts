/**
 * `<evt-list>`'s search text, built while the page is idle after the list has rendered: the first
 * search keystroke then finds it ready instead of folding ten thousand descriptions in its own
 * frame (about three frames at 10,000 events). Slices of a few milliseconds, never blocking input;
 * what is not built yet when someone types is built then (`index` in ./evt-list.data.ts skips the
 * entries that have their text), so a search never waits for this and never misses an event.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Messages } from '../../internal/messages.js';
import { index, type ListEntry } from './evt-list.data.js';

/**
 * Work per slice (ms): inside a frame, so a keystroke arriving meanwhile waits at most this. The
 * text of each event is built from the event checked in full (`checked` in ./evt-list.data.ts),
 * about twice the work of folding alone: 4 ms slices left a 10,000-event index unfinished half a
 * second after the list showed, and the first keystroke did the rest (160 ms).
 */
const SLICE_MS = 10;
/** Entries indexed between two looks at the clock. */
const STEP = 50;

type Idle = (cb: (d: { timeRemaining(): number }) => void) => number;
type PostTask = (cb: () => void, o: { priority: 'background'; signal: AbortSignal }) => Promise<unknown>;
const postTask = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler?.postTask;
/** Background tasks by handle, to cancel them. */
const tasks = new Map<number, AbortController>();
let lastTask = 0;
const idle: Idle = postTask
  ? // Where the page has the Prioritized Task Scheduling API (Chromium, Firefox): background tasks
    // back to back, behind input and rendering; idle callbacks come once a frame at best, too
    // seldom to finish ten thousand events before a visitor reaches the field.
    (cb) => {
      const h = ++lastTask;
      const ctrl = new AbortController();
      tasks.set(h, ctrl);
      postTask
        .call((globalThis as unknown as { scheduler: unknown }).scheduler, () => (tasks.delete(h), cb({ timeRemaining: () => SLICE_MS })), { priority: 'background', signal: ctrl.signal })
        .catch(() => {});
      return h;
    }
  : typeof requestIdleCallback === 'function'
    ? (cb) => requestIdleCallback(cb, { timeout: 1000 })
    : // WebKit has neither: a timer after the current frame is the nearest thing.
      (cb) => setTimeout(() => cb({ timeRemaining: () => SLICE_MS }), 50) as unknown as number;
const cancelIdle = (h: number) => {
  if (postTask) {
    tasks.get(h)?.abort();
    tasks.delete(h);
  } else if (typeof cancelIdleCallback === 'function') cancelIdleCallback(h);
  else clearTimeout(h);
};

export class SearchIndexController implements ReactiveController {
  #handle: number | null = null;
  #entries: readonly ListEntry[] | null = null;
  #msg: Messages | null = null;
  #next = 0;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Builds the search text of `entries` in idle time (again from the start when they change). */
  schedule(entries: readonly ListEntry[], m: Messages): void {
    if (this.#entries === entries && this.#msg === m) {
      if (this.#handle === null && this.#next < entries.length) this.#request();
      return;
    }
    this.#entries = entries;
    this.#msg = m;
    this.#next = 0;
    this.#request();
  }

  hostDisconnected(): void {
    if (this.#handle !== null) cancelIdle(this.#handle);
    this.#handle = null;
  }

  #request() {
    if (this.#handle !== null) cancelIdle(this.#handle);
    this.#handle = idle((d) => this.#slice(d));
  }

  #slice(deadline: { timeRemaining(): number }) {
    this.#handle = null;
    const entries = this.#entries;
    const m = this.#msg;
    if (!entries || !m) return;
    const end = performance.now() + Math.min(SLICE_MS, Math.max(1, deadline.timeRemaining()));
    while (this.#next < entries.length && performance.now() < end) {
      index(entries.slice(this.#next, this.#next + STEP), m);
      this.#next += STEP;
    }
    if (this.#next < entries.length) this.#request();
  }
}
