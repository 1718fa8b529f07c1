/**
 * Test doubles for the API layer: a scripted `fetch` that records every call, a manual clock and
 * a recording `sleep`. Unit tests use them; the end-to-end tests use the real emulator.
 */

export interface Call {
  method: string;
  url: URL;
  headers: Headers;
  body: string | undefined;
  cache: RequestCache | undefined;
  signal: AbortSignal | undefined;
}

/** What a scripted answer may be: a Response, an error to throw (like a network failure), or never. */
export type Answer = Response | Error | 'hang';

export function json(value: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(value === undefined ? '' : JSON.stringify(value), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** A fetch that answers with `handler(call, index)` and records the calls; it honours the abort signal. */
export function fakeFetch(handler: (call: Call, index: number) => Answer | Promise<Answer>) {
  const calls: Call[] = [];
  const fetchFn = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const call: Call = {
      method: init.method ?? 'GET',
      url: new URL(String(input)),
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : undefined,
      cache: init.cache,
      signal: init.signal ?? undefined,
    };
    calls.push(call);
    const signal = init.signal;
    const aborted = new Promise<never>((_, reject) => {
      const fail = () => reject(new DOMException('The operation was aborted.', 'AbortError'));
      if (signal?.aborted) fail();
      signal?.addEventListener('abort', fail, { once: true });
    });
    const answer = await Promise.race([Promise.resolve(handler(call, calls.length - 1)), aborted]);
    if (answer === 'hang') return aborted;
    if (answer instanceof Error) throw answer;
    return answer;
  }) as typeof fetch;
  return { fetch: fetchFn, calls };
}

/** A promise with its resolve function outside, to hold an answer back until a test says so. */
export function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** A clock that only moves when told; timers run when their time comes. */
export function manualClock(start = 1_000_000) {
  let t = start;
  const timers: { at: number; fn: () => void }[] = [];
  return {
    now: () => t,
    setTimeout(fn: () => void, ms: number) {
      timers.push({ at: t + ms, fn });
    },
    /** Moves time on and runs the timers that are due, in order. */
    advance(ms: number) {
      t += ms;
      timers.sort((a, b) => a.at - b.at);
      while (timers.length && timers[0]!.at <= t) timers.shift()!.fn();
    },
    pending: () => timers.length,
  };
}

/** A sleep that returns at once and records how long it was asked to wait. */
export function recordingSleep() {
  const waits: number[] = [];
  const sleep = (ms: number) => {
    waits.push(ms);
    return Promise.resolve();
  };
  return { sleep, waits };
}

/** Resolves on the next store notification (optionally for one key). */
export function nextChange(store: { subscribe(l: (key: string) => void): () => void }, key?: string): Promise<string> {
  return new Promise((resolve) => {
    const off = store.subscribe((k) => {
      if (key && k !== key) return;
      off();
      resolve(k);
    });
  });
}

/** Lets pending promise callbacks (and a zero-delay timer) run. */
export const settle = () => new Promise((r) => setTimeout(r, 0));

/** The error a promise rejects with (fails the test if it resolves). */
export async function rejection(p: Promise<unknown>): Promise<any> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected the promise to reject, it resolved');
}

export const OM_BASE = 'https://contoso.svc.dynamics.com/EvtMgmt/api/v2.0/';
export const RTM_BASE = 'https://public-eur.mkt.dynamics.com/api/v1.0/orgs/11111111-1111-4111-8111-111111111111/eventmanagement/';

/** Loads an image (load/error events: `decode()` can stall in a background tab). */
export function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error(`image did not load: ${src.slice(0, 80)}`));
    img.src = src;
  });
}
