// Limits and faults for tests and benchmarks: a sliding-window rate limit (the service's 6,000
// requests per 300 s), and injected failures: a random fraction, or the next N matching requests.

import { HttpError, isObject } from './http.mjs';

export class RateLimiter {
  /** @param {number} limit requests allowed per window @param {number} windowSeconds */
  constructor(limit, windowSeconds) {
    this.limit = limit;
    this.windowMs = windowSeconds * 1000;
    /** @type {Map<string, number[]>} request times per token, oldest first */
    this.hits = new Map();
  }

  /**
   * Counts a request; returns 0 when it may go ahead, else the whole seconds (>= 1) until the
   * oldest request in the window leaves it (the `Retry-After`). Refused requests do not count.
   * @param {string} key @param {number} nowMs
   */
  hit(key, nowMs) {
    let times = this.hits.get(key);
    if (!times) this.hits.set(key, (times = []));
    const from = nowMs - this.windowMs;
    let drop = 0;
    while (drop < times.length && times[drop] <= from) drop++;
    if (drop) times.splice(0, drop);
    if (times.length >= this.limit) return Math.max(1, Math.ceil((times[0] + this.windowMs - nowMs) / 1000));
    times.push(nowMs);
    return 0;
  }

  clear() {
    this.hits.clear();
  }
}

const FAIL_STATUSES = [429, 500, 502, 503, 504];

/**
 * Deterministic faults, set with `POST /dev/faults`:
 *   {"failNext": 2, "status": 503, "paths": "registrations", "method": "POST"}
 *     the next 2 matching API requests are answered with that status before any processing;
 *   {"dropNext": 1, "paths": "registrations"}
 *     the next matching request is processed, then its connection is destroyed without a response.
 * `paths` is a substring of the path below the API base (any when absent).
 */
export class Faults {
  constructor() {
    /** @type {{ kind: 'fail' | 'drop', remaining: number, status: number, retryAfter: number, paths: string, method: string | null }[]} */
    this.rules = [];
  }

  /** @param {unknown} body */
  add(body) {
    if (!isObject(body)) throw new HttpError(400, 'POST /dev/faults takes a JSON object such as {"failNext": 1, "status": 503, "paths": "registrations"} or {"dropNext": 1}.');
    if (body.clear === true) {
      this.clear();
      if (body.failNext == null && body.dropNext == null) return;
    }
    const paths = body.paths ?? '';
    if (typeof paths !== 'string') throw new HttpError(400, '"paths" must be a string (a part of the path below the API base).');
    const method = body.method == null ? null : String(body.method).toUpperCase();
    if (method !== null && !['GET', 'POST'].includes(method)) throw new HttpError(400, '"method" must be "GET" or "POST".');
    const count = (k) => {
      const n = body[k];
      if (n == null) return 0;
      if (!Number.isInteger(n) || n < 1) throw new HttpError(400, `"${k}" must be a whole number >= 1.`);
      return n;
    };
    const failNext = count('failNext');
    const dropNext = count('dropNext');
    if (!failNext && !dropNext) throw new HttpError(400, 'Give "failNext" or "dropNext" (or "clear": true).');
    const status = body.status ?? 503;
    if (!FAIL_STATUSES.includes(status)) throw new HttpError(400, `"status" must be one of ${FAIL_STATUSES.join(', ')}.`);
    const retryAfter = body.retryAfter ?? 1;
    if (!Number.isInteger(retryAfter) || retryAfter < 1) throw new HttpError(400, '"retryAfter" must be a whole number of seconds >= 1.');
    if (failNext) this.rules.push({ kind: 'fail', remaining: failNext, status, retryAfter, paths, method });
    if (dropNext) this.rules.push({ kind: 'drop', remaining: dropNext, status: 0, retryAfter: 0, paths, method });
  }

  /**
   * Uses up one matching rule of a kind; the rule, or null.
   * @param {'fail' | 'drop'} kind @param {string} method @param {string} path
   */
  take(kind, method, path) {
    const rule = this.rules.find((r) => r.kind === kind && (!r.method || r.method === method) && path.includes(r.paths));
    if (!rule) return null;
    if (--rule.remaining <= 0) this.rules.splice(this.rules.indexOf(rule), 1);
    return rule;
  }

  list() {
    return this.rules.map(({ kind, remaining, status, retryAfter, paths, method }) => ({ kind, remaining, status: status || null, retryAfter: kind === 'fail' && status === 429 ? retryAfter : null, paths, method }));
  }

  clear() {
    this.rules.length = 0;
  }
}
