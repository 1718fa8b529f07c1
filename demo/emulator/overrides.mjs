// `/dev/override`: answer one API route with a raw body and status, through the real server (its
// token, Origin and CORS rules, latency and rate limit), so browser tests can drive malformed or
// surprising responses (HTML error pages, truncated JSON, a wrong shape, a 200 with `null`) without
// replacing `fetch`.
//
//   POST   /dev/override {"path": "events/Harbour_Data_Summit", "status": 200, "body": "{\"eventName\": 4",
//                         "method"?: "GET", "flavour"?: "om" | "rtm", "headers"?: {...}, "times"?: 1}
//   GET    /dev/override   the overrides in force
//   DELETE /dev/override   clears them (also `{"clear": true}`, and POST /dev/reset)
//
// `path` is the path below the API base, matched whole, without regard to case or a trailing slash
// (`events/published`); the query is ignored. `body`: a string is sent byte for byte; any other JSON
// value is serialized. `Content-Type` defaults to `application/json; charset=utf-8`. `times`: how
// many requests it answers, then it is gone (default: until cleared). The newest override wins.

import { HttpError, isObject } from './http.mjs';

/**
 * @typedef {{ id: number, method: string | null, path: string, flavour: 'om' | 'rtm' | null, status: number,
 *   body: string, headers: Record<string, string>, remaining: number | null }} Override
 */

const norm = (p) => p.replace(/^\/+|\/+$/g, '').toLowerCase();

export class Overrides {
  constructor() {
    /** @type {Override[]} */
    this.rules = [];
    this.next = 1;
  }

  /** @param {unknown} body */
  add(body) {
    const usage = 'POST /dev/override takes {"path": "events/<readableEventId>", "status": 200, "body": "raw text or any JSON", "method"?: "GET", "flavour"?: "om"|"rtm", "headers"?: {}, "times"?: 1}';
    if (!isObject(body)) throw new HttpError(400, `${usage}.`);
    if (body.clear === true) {
      this.clear();
      if (body.path == null) return null;
    }
    if (typeof body.path !== 'string' || norm(body.path) === '') throw new HttpError(400, `"path" must be the path below the API base, e.g. "events/published". ${usage}.`);
    if (/[?#]/.test(body.path)) throw new HttpError(400, '"path" must not hold a query or fragment: the override matches the path only.');
    const method = body.method == null ? null : String(body.method).toUpperCase();
    if (method !== null && !['GET', 'POST'].includes(method)) throw new HttpError(400, '"method" must be "GET" or "POST".');
    const flavour = body.flavour ?? null;
    if (flavour !== null && flavour !== 'om' && flavour !== 'rtm') throw new HttpError(400, '"flavour" must be "om" or "rtm" (or absent: both).');
    const status = body.status ?? 200;
    if (!Number.isInteger(status) || status < 200 || status > 599 || status === 204 || status === 304) {
      throw new HttpError(400, '"status" must be an HTTP status from 200 to 599 that can carry a body (not 204 or 304).');
    }
    if (!('body' in body)) throw new HttpError(400, '"body" is missing: a string (sent as is) or any JSON value (serialized).');
    const headers = body.headers ?? {};
    if (!isObject(headers) || !Object.values(headers).every((v) => typeof v === 'string')) throw new HttpError(400, '"headers" must be an object of strings.');
    const times = body.times ?? null;
    if (times !== null && (!Number.isInteger(times) || times < 1)) throw new HttpError(400, '"times" must be a whole number >= 1 (or absent: until cleared).');
    /** @type {Override} */
    const rule = {
      id: this.next++,
      method,
      path: norm(body.path),
      flavour,
      status,
      body: typeof body.body === 'string' ? body.body : JSON.stringify(body.body),
      headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
      remaining: times,
    };
    this.rules.unshift(rule);
    return rule;
  }

  /**
   * The reply of the newest matching override (using one of its `times`), or null.
   * @param {'om' | 'rtm'} flavour @param {string} method @param {string} rest the path below the base
   * @returns {import('./http.mjs').Reply | null}
   */
  take(flavour, method, rest) {
    const path = norm(rest);
    const rule = this.rules.find((r) => r.path === path && (!r.method || r.method === method) && (!r.flavour || r.flavour === flavour));
    if (!rule) return null;
    if (rule.remaining !== null && --rule.remaining <= 0) this.rules.splice(this.rules.indexOf(rule), 1);
    return { status: rule.status, headers: { ...rule.headers }, body: rule.body };
  }

  list() {
    return this.rules.map((r) => ({ ...r, headers: { ...r.headers } }));
  }

  clear() {
    this.rules.length = 0;
  }
}
