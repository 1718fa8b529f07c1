// Shared helpers for the emulator's node:test files: start an emulator on a free port and talk to
// it as a browser on http://localhost:5173 would (explicit Origin header).

import { DEFAULT_TOKEN, startEmulator } from '../../demo/emulator/index.mjs';

export const ORIGIN = 'http://localhost:5173';
export const FLAVOURS = /** @type {const} */ (['om', 'rtm']);
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

let counter = 0;
/** A valid attendee with a unique email. */
export function person(extra = {}) {
  counter += 1;
  const n = `${process.pid}${counter}`;
  return { firstName: 'Test', lastName: `Person${counter}`, email: `test.person${n}@example.com`, ...extra };
}

/**
 * @typedef {{ status: number, headers: Headers, text: string, json: any }} Res
 */
export class Api {
  /** @param {{ omBase: string, rtmBase: string }} emu @param {'om' | 'rtm'} flavour */
  constructor(emu, flavour) {
    this.flavour = flavour;
    this.base = flavour === 'om' ? emu.omBase : emu.rtmBase;
  }

  /** @param {string} path @param {{ token?: string | null, query?: Record<string, string> }} [o] */
  url(path, { token = DEFAULT_TOKEN, query = {} } = {}) {
    const u = new URL(path, this.base);
    if (token !== null) u.searchParams.set('emApplicationtoken', token);
    for (const [k, v] of Object.entries(query)) u.searchParams.set(k, v);
    return u.href;
  }

  /**
   * @param {string} method @param {string} path
   * @param {{ origin?: string | null, token?: string | null, query?: Record<string, string>, headers?: Record<string, string>, body?: unknown, rawBody?: string, bearer?: string }} [o]
   * @returns {Promise<Res>}
   */
  async request(method, path, { origin = ORIGIN, token, query, headers = {}, body, rawBody, bearer } = {}) {
    const h = { ...headers };
    if (origin !== null) h.Origin = origin;
    if (bearer) h.Authorization = `Bearer ${bearer}`;
    if (body !== undefined || rawBody !== undefined) h['Content-Type'] = 'application/json';
    const res = await fetch(this.url(path, { token, query }), {
      method,
      headers: h,
      body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
      redirect: 'manual',
    });
    const text = await res.text();
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, text, json };
  }

  get(path, o) {
    return this.request('GET', path, o);
  }

  post(path, body, o = {}) {
    return this.request('POST', path, { ...o, body });
  }

  /** POST events/{rid}/registrations; the RegistrationResult (asserts HTTP 200). */
  async register(rid, attendees, o = {}) {
    const res = await this.post(`events/${rid}/registrations`, { attendees, ...(o.hipObject ? { hipObject: o.hipObject } : {}) }, o);
    if (res.status !== 200) throw new Error(`register ${rid}: HTTP ${res.status} ${res.text}`);
    return res.json;
  }

  async json(path, o) {
    const res = await this.get(path, o);
    if (res.status !== 200) throw new Error(`GET ${path}: HTTP ${res.status} ${res.text}`);
    return res.json;
  }
}

export class Dev {
  constructor(emu) {
    this.url = emu.url;
  }
  async get(path, query = {}) {
    const u = new URL(`/dev/${path}`, this.url);
    for (const [k, v] of Object.entries(query)) u.searchParams.set(k, v);
    const res = await fetch(u, { headers: { Origin: ORIGIN } });
    return res.json();
  }
  async post(path, body) {
    const res = await fetch(`${this.url}/dev/${path}`, {
      method: 'POST',
      headers: { Origin: ORIGIN, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, json: await res.json() };
  }
  /** Processes pending registrations now. */
  process() {
    return this.post('process');
  }
  reset() {
    return this.post('reset');
  }
  /** Active registration records (including waitlisted ones) of an event. */
  async records(rid) {
    return (await this.get('registrations', { readableEventId: rid })).filter((r) => r.status === 'active');
  }
  /** A bearer token for a signed-in user (OM). */
  async token(email, firstName = 'Sam', lastName = 'Signed') {
    return (await this.get('token', { email, firstName, lastName })).token;
  }
}

/**
 * Starts an emulator on a free port. `processingDelay` defaults to 0 here; tests call
 * `dev.process()` when they need the records at once.
 */
export async function boot(options = {}) {
  const emu = await startEmulator({ port: 0, processingDelay: 0, ...options });
  return { emu, om: new Api(emu, 'om'), rtm: new Api(emu, 'rtm'), api: (f) => new Api(emu, f), dev: new Dev(emu) };
}
