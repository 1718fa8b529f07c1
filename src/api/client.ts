/**
 * The HTTP client, used only by the store: it knows the Events API's transport rules (token in
 * the query, optional Bearer token, retries that never duplicate a registration) and validates
 * every response with its schema at this boundary.
 */
import type * as z from 'zod/mini';
import type { Endpoint } from './endpoint.js';
import { EvtApiError, httpError, transportError } from './errors.js';

export interface ClientOptions {
  endpoint: Endpoint;
  /** The web application token (`emApplicationtoken`). */
  token: string;
  /** Bearer token of the signed-in visitor (outbound marketing, Azure AD B2C); null: none. */
  getToken?: () => Promise<string | null | undefined>;
  /** Per attempt, in ms. Default 15 000. */
  timeout?: number;
  /** Extra attempts for a GET after a network error or 5xx (after a timeout: one at most). Default 2. */
  retries?: number;
  /** Extra attempts after a 429, for GET and POST. Default 3. */
  rateLimitRetries?: number;
  /** The longest `Retry-After` the client waits for, in seconds; longer gives a `rate-limited` error at once. Default 60. */
  maxRetryAfter?: number;
  /** First backoff delay in ms (doubled per attempt, with jitter). Default 500. */
  backoff?: number;
  // Injectable for tests.
  fetch?: typeof fetch;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

export interface RequestSpec<T> {
  method?: 'GET' | 'POST';
  /** Relative to the base, e.g. `events/Summit/sessions` (already encoded). */
  path: string;
  query?: Record<string, string | undefined>;
  body?: unknown;
  schema: z.ZodMiniType<T>;
  signal?: AbortSignal;
  /** Told before each wait between attempts (seconds), so a form can say "waiting". */
  onWait?: (seconds: number, reason: 'rate-limited' | 'retry') => void;
  /** Bypass the browser's HTTP cache (revalidations, `fresh` reads). */
  noCache?: boolean;
  /** Extra attempts after a 429 for this request (default: the client's `rateLimitRetries`). */
  rateLimitRetries?: number;
}

export interface Client {
  request<T>(spec: RequestSpec<T>): Promise<T>;
  /** Absolute URL of an API path with the token appended (`?` or `&`). */
  url(path: string, query?: Record<string, string | undefined>): string;
}

const abortError = (resource: string, outcomeUnknown = false) => transportError('aborted', resource, outcomeUnknown);

const defaultSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(''));
    const done = () => {
      clearTimeout(t);
      reject(abortError(''));
    };
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', done);
      resolve();
    }, ms);
    signal?.addEventListener('abort', done, { once: true });
  });

/** `Retry-After` in seconds: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** `[3].startTime` from zod's issue path. */
export const formatPath = (path: readonly PropertyKey[]) =>
  path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');

/** The first issue of a failed parse as a contract error naming the resource and the field. */
export function contractError(resource: string, issues: readonly z.core.$ZodIssue[], what = 'The response'): EvtApiError {
  const issue = issues[0]!;
  const field = formatPath(issue.path);
  return new EvtApiError(
    'contract',
    `Events API ${resource}: ${what} does not match the API contract at ${field || '(root)'}: ${issue.message}` +
      (issues.length > 1 ? ` (and ${issues.length - 1} more)` : '') +
      '. Check the endpoint, and the website entity configuration if fields were customised.',
    { resource, field },
  );
}

export function createClient(o: ClientOptions): Client {
  const {
    endpoint,
    token,
    timeout = 15_000,
    retries = 2,
    rateLimitRetries = 3,
    maxRetryAfter = 60,
    backoff = 500,
    sleep = defaultSleep,
    random = Math.random,
    now = Date.now,
  } = o;
  // Looked up at call time, so a test (or a polyfill) that replaces the global is seen.
  const doFetch: typeof fetch = (...a) => (o.fetch ?? globalThis.fetch)(...a);

  const url = (path: string, query: Record<string, string | undefined> = {}) => {
    const u = new URL(path, endpoint.base);
    for (const [k, v] of Object.entries(query)) if (v != null && v !== '') u.searchParams.set(k, v);
    u.searchParams.set('emApplicationtoken', token);
    return u.href;
  };

  async function request<T>(spec: RequestSpec<T>): Promise<T> {
    const { method = 'GET', path, query, body, schema, signal, onWait } = spec;
    const post = method === 'POST';
    const resource = path;
    let failures = 0; // network errors, timeouts, 5xx (GET only)
    let limited = 0; // 429s

    const wait = async (seconds: number, reason: 'rate-limited' | 'retry') => {
      onWait?.(seconds, reason);
      if (signal?.aborted) throw abortError(resource);
      try {
        await sleep(seconds * 1000, signal);
      } catch {
        throw abortError(resource);
      }
    };
    const backoffSeconds = (n: number) => (Math.min(8000, backoff * 2 ** n) * (0.5 + random() / 2)) / 1000;

    for (;;) {
      if (signal?.aborted) throw abortError(resource);
      let bearer: string | null | undefined;
      try {
        bearer = await o.getToken?.();
      } catch (cause) {
        throw new EvtApiError('unauthorized', `Events API ${resource}: the page's token provider failed, so the signed-in user could not be sent.`, { resource, cause });
      }
      const headers: Record<string, string> = {};
      // Content-Type only with a body: a GET without it is a "simple" request, with no CORS preflight.
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      if (bearer) headers.Authorization = `Bearer ${bearer}`;

      // One controller per attempt, fed by the caller's signal and the timeout; simpler than
      // AbortSignal.any (missing in older Safari) and it tells a timeout from a cancellation.
      const ctrl = new AbortController();
      let timedOut = false;
      const onAbort = () => ctrl.abort();
      signal?.addEventListener('abort', onAbort, { once: true });
      const timer = setTimeout(() => {
        timedOut = true;
        ctrl.abort();
      }, timeout);

      let res: Response;
      let text: string;
      try {
        res = await doFetch(url(path, query), {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: ctrl.signal,
          credentials: 'omit',
          cache: spec.noCache ? 'no-cache' : 'default',
        });
        text = await res.text();
      } catch (cause) {
        // The request may have reached the service: a POST is never sent again blindly.
        const kind = signal?.aborted ? 'aborted' : timedOut ? 'timeout' : 'network';
        // A timeout is retried once at most: three full timeouts would keep a visitor staring at
        // a skeleton for most of a minute before the element can offer "Try again".
        const allowed = timedOut ? Math.min(1, retries) : retries;
        if (kind === 'aborted' || post || failures >= allowed) throw transportError(kind, resource, post, cause);
        await wait(backoffSeconds(failures++), 'retry');
        continue;
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      }

      if (res.status === 429) {
        // Service protection refused the request before processing it: safe to send again, POST too.
        const after = parseRetryAfter(res.headers.get('Retry-After'), now());
        if (limited >= (spec.rateLimitRetries ?? rateLimitRetries) || (after ?? 0) > maxRetryAfter) {
          throw httpError(429, resource, serverMessage(text), { retryAfter: after });
        }
        await wait(after ?? backoffSeconds(limited), 'rate-limited');
        limited++;
        continue;
      }
      if (res.status >= 500 && !post && failures < retries) {
        await wait(backoffSeconds(failures++), 'retry');
        continue;
      }
      if (!res.ok) throw httpError(res.status, resource, serverMessage(text), { outcomeUnknown: post && res.status >= 500 });

      let data: unknown;
      try {
        data = text ? JSON.parse(text) : undefined;
      } catch {
        throw new EvtApiError('contract', `Events API ${resource}: the response is not JSON. Check that the endpoint points at the Events API.`, { resource, status: res.status });
      }
      const parsed = schema.safeParse(data);
      if (!parsed.success) throw contractError(resource, parsed.error.issues);
      return parsed.data;
    }
  }

  return { request, url };
}

/** `{"Message": …}` (ASP.NET Web API), `{"message": …}` or the Portal API's `{"error":{"errorMessage"}}`. */
function serverMessage(text: string): string {
  try {
    const j = JSON.parse(text) as Record<string, unknown> & { error?: { errorMessage?: unknown } };
    const m = j.Message ?? j.message ?? j.error?.errorMessage;
    return typeof m === 'string' ? m : '';
  } catch {
    return '';
  }
}
