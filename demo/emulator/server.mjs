// The HTTP server and its request pipeline:
//   /dev/... -> emulator-only routes (dev.mjs)
//   API      -> latency, preflight, route, web-application auth + CORS, rate limit, faults,
//               override (/dev/override), bearer user (OM), handler, then (fault) a dropped connection
// Both flavours share one Store: one org, seen through two base URLs.

import { createServer } from 'node:http';
import { DEFAULT_ORIGINS, DEV_WEBAPP_ID, OM_PREFIX, RTM_PREFIX } from './constants.mjs';
import { handleDev } from './dev.mjs';
import { HttpError, errorReply, parseJson, queryParam, readBody, replyForError, requestUrl } from './http.mjs';
import { Faults, RateLimiter } from './limits.mjs';
import { Overrides } from './overrides.mjs';
import { Registrar } from './registrations.mjs';
import { matchRoute, segments } from './routes.mjs';
import { buildSeed, stableId } from './seed.mjs';
import { Store } from './store.mjs';
import { Users } from './users.mjs';

const PREFIXES = /** @type {const} */ ([['om', OM_PREFIX.toLowerCase()], ['rtm', RTM_PREFIX.toLowerCase()]]);

/** @typedef {{ id: string, name: string, token: string, origins: Set<string> }} WebApp */

export class Emulator {
  /**
   * @param {{ host: string, port: number, data?: object, token: string, origins: string[], latency: number,
   *   failRate: number, rateLimit: number, rateWindow: number, processingDelay: number, now: () => Date, quiet: boolean }} o
   */
  constructor(o) {
    this.options = o;
    this.clock = { now: o.now };
    /** @type {{ minute: number, data: { webApplications: object[], events: object[] } } | undefined} */
    this.seedCache = undefined;
    this.url = '';
    const initial = o.data ?? this.seed();
    /** @type {WebApp[]} */
    this.webApps = buildWebApps(o, initial);
    this.users = new Users();
    this.faults = new Faults();
    this.overrides = new Overrides();
    this.limiter = new RateLimiter(o.rateLimit, o.rateWindow);
    this.registrar = new Registrar(() => this.store, { processingDelay: o.processingDelay });
    /** @type {Store} */
    this.store = new Store(initial, this.clock);
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err) => {
        if (!res.headersSent) {
          res.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8' });
          res.end(JSON.stringify({ Message: 'An error has occurred.' }));
        }
        if (!o.quiet) console.error(err);
      });
    });
  }

  newStore() {
    return new Store(this.options.data ?? this.seed(), this.clock);
  }

  /** The seed for the current minute (the Store copies what it takes, so it can be reused). */
  seed() {
    const minute = Math.floor(this.clock.now().getTime() / 60_000);
    if (this.seedCache?.minute !== minute) this.seedCache = { minute, data: buildSeed(this.clock.now()) };
    return this.seedCache.data;
  }

  /** Back to the seed (or data): registrations, pending work, tokens, faults and rate counts cleared. */
  reset() {
    this.registrar.stop(this.store);
    this.store = this.newStore();
    this.users.clear();
    this.faults.clear();
    this.overrides.clear();
    this.limiter.clear();
  }

  /** The `--latency` delay. */
  delay() {
    const ms = this.options.latency;
    return ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve();
  }

  /** @returns {Promise<void>} */
  listen() {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.options.port, this.options.host, () => {
        this.server.off('error', reject);
        const addr = /** @type {import('node:net').AddressInfo} */ (this.server.address());
        const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
        this.url = `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${addr.port}`;
        resolve();
      });
    });
  }

  /** @returns {Promise<void>} */
  close() {
    this.registrar.stop(this.store);
    return new Promise((resolve) => {
      this.server.close(() => resolve(undefined));
      this.server.closeAllConnections();
    });
  }

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  async handle(req, res) {
    const t0 = performance.now();
    let path = req.url ?? '/';
    let reply;
    try {
      const url = requestUrl(req.url);
      path = url.pathname;
      reply = path === '/' || path === '/dev' || path.startsWith('/dev/') ? await handleDev(this, req, url) : await this.api(req, url, res);
    } catch (err) {
      // The last guard: bad input (HttpError, URIError) anywhere is a 4xx; anything else is ours.
      const bad = replyForError(err);
      if (!bad) throw err;
      reply = bad;
    }
    if (reply === DROPPED) {
      if (!this.options.quiet) console.log(`${req.method} ${path} dropped (fault) ${Math.round(performance.now() - t0)}ms`);
      return;
    }
    res.writeHead(reply.status, reply.headers);
    res.end(reply.body ?? undefined);
    if (!this.options.quiet) console.log(`${req.method} ${path} ${reply.status} ${Math.round(performance.now() - t0)}ms`);
  }

  /** Is this origin registered for any web application? */
  originAllowed(origin) {
    return this.webApps.some((a) => a.origins.has(origin));
  }

  /**
   * The web-application check of contract §1/§6.
   *   full   - token required; Origin required in OM (its documented 400), optional in RTM (a
   *            server-side client sends none: served, without CORS headers)
   *   public - images and the .ics link (loaded by <img> or a link, as Microsoft's portal, the
   *            Gatsby plugin and the RTM web app do): token optional; a token that is given must
   *            be valid and, with an Origin, registered for it
   *   none   - no web-application security (RTM `checkins`, per the SDK)
   * @param {URL} url @param {string | undefined} origin @param {'full' | 'public' | 'none'} mode @param {'om' | 'rtm'} flavour
   * @returns {{ ok: true, grant: boolean, token: string } | { ok: false, status: number, message: string, grant: boolean }}
   */
  authorize(url, origin, mode, flavour) {
    const anyAllowed = !!origin && this.originAllowed(origin);
    const token = queryParam(url, 'emApplicationtoken');
    if (mode === 'none' || (mode === 'public' && !token)) return { ok: true, grant: anyAllowed, token: token ?? '' };
    const originNeeded = mode === 'full' && flavour === 'om';
    if (!token && !origin && originNeeded) {
      return { ok: false, status: 400, message: 'The emApplicationtoken query parameter and the Origin header are missing.', grant: false };
    }
    if (!token) {
      return { ok: false, status: 400, message: 'The emApplicationtoken query parameter is missing: add ?emApplicationtoken=<web application token> to the URL.', grant: anyAllowed };
    }
    if (!origin && originNeeded) {
      return { ok: false, status: 400, message: 'The Origin header is missing. Browsers send it; a server-side client must set it to the origin registered for the web application.', grant: false };
    }
    const app = this.webApps.find((a) => a.token === token);
    if (!app) return { ok: false, status: 401, message: 'The web application token is not valid.', grant: anyAllowed };
    if (origin && !app.origins.has(origin)) {
      return { ok: false, status: 403, message: `The origin '${origin}' is not registered for this web application (registered: ${[...app.origins].join(', ')}).`, grant: false };
    }
    return { ok: true, grant: !!origin, token };
  }

  /** @param {import('node:http').IncomingMessage} req @param {URL} url @param {import('node:http').ServerResponse} res */
  async api(req, url, res) {
    const origin = typeof req.headers.origin === 'string' ? req.headers.origin : undefined;
    // HEAD is answered like GET (Node leaves the body out).
    const method = req.method === 'HEAD' ? 'GET' : req.method ?? 'GET';
    await this.delay();
    if (method === 'OPTIONS') return this.preflight(url, origin);

    const lower = url.pathname.toLowerCase();
    const prefix = PREFIXES.find(([, p]) => lower.startsWith(p) || lower === p.slice(0, -1));
    /** @param {import('./http.mjs').Reply} reply @param {boolean} grant */
    const withCors = (reply, grant) => {
      reply.headers.Vary = 'Origin';
      if (grant && origin) {
        reply.headers['Access-Control-Allow-Origin'] = origin;
        reply.headers['Access-Control-Expose-Headers'] = 'Retry-After';
      }
      return reply;
    };
    if (!prefix) {
      return withCors(errorReply(404, `No HTTP resource was found that matches the request URI '${url.pathname}'. The Events API is served at ${OM_PREFIX} and ${RTM_PREFIX}.`), !!origin && this.originAllowed(origin));
    }
    const [flavour, p] = prefix;
    const rest = url.pathname.slice(p.length);
    let found;
    try {
      found = matchRoute(flavour, method, segments(rest));
    } catch (err) {
      return withCors(errorReply(/** @type {HttpError} */ (err).status ?? 400, /** @type {Error} */ (err).message), !!origin && this.originAllowed(origin));
    }
    const auth = this.authorize(url, origin, 'route' in found ? found.route.auth ?? 'full' : found.auth, flavour);
    if (!auth.ok) return withCors(errorReply(auth.status, auth.message), auth.grant);

    const wait = this.limiter.hit(auth.token, Date.now());
    if (wait) {
      return withCors(errorReply(429, `Too many requests: more than ${this.options.rateLimit} in ${this.options.rateWindow} seconds. Retry after ${wait} seconds.`, { 'Retry-After': String(wait) }), auth.grant);
    }
    const fault = this.faults.take('fail', method, rest);
    if (fault) {
      const headers = fault.status === 429 ? { 'Retry-After': String(fault.retryAfter) } : {};
      return withCors(errorReply(fault.status, faultMessage(fault.status), headers), auth.grant);
    }
    if (this.options.failRate > 0 && Math.random() < this.options.failRate) {
      const status = Math.random() < 0.5 ? 500 : 503;
      return withCors(errorReply(status, faultMessage(status)), auth.grant);
    }
    const override = this.overrides.take(flavour, method, rest);
    if (override) return withCors(override, auth.grant);
    if (!('route' in found)) return withCors(found.reply, auth.grant);

    let reply;
    try {
      // OM accepts an end-user token on any request; RTM has no user authentication.
      const user = flavour === 'om' ? this.users.fromHeader(req.headers.authorization) : null;
      if (found.route.user && !user) throw new HttpError(401, 'This endpoint needs a signed-in user: send Authorization: Bearer <token> (GET /dev/token?email=... issues one).');
      let bodyPromise;
      const ctx = {
        flavour, params: found.params, url, base: this.url, store: this.store, registrar: this.registrar, user,
        body: () => (bodyPromise ??= readBody(req).then(parseJson)),
      };
      reply = await found.route.handler(ctx);
    } catch (err) {
      const bad = replyForError(err);
      if (bad) reply = bad;
      else {
        if (!this.options.quiet) console.error(err);
        reply = errorReply(500, 'An error has occurred.');
      }
    }
    if (this.faults.take('drop', method, rest)) {
      // Processed, but the client never hears back (a lost response).
      res.socket?.destroy();
      return DROPPED;
    }
    return withCors(reply, auth.grant);
  }

  /** CORS preflight: allowed origins get the grant; others 403 without one. */
  preflight(url, origin) {
    if (!origin) return errorReply(400, 'A CORS preflight request needs an Origin header.');
    const token = queryParam(url, 'emApplicationtoken');
    const app = token ? this.webApps.find((a) => a.token === token) : undefined;
    const allowed = app ? app.origins.has(origin) : this.originAllowed(origin);
    if (!allowed) {
      return errorReply(403, `The origin '${origin}' is not registered for ${app ? 'this' : 'any'} web application.`, { Vary: 'Origin' });
    }
    return {
      status: 204,
      headers: {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        'Access-Control-Allow-Headers': 'Content-Type, Authorization',
        'Access-Control-Max-Age': '600',
        'Access-Control-Expose-Headers': 'Retry-After',
        Vary: 'Origin',
      },
      body: null,
    };
  }
}

/** Marks a request whose connection was destroyed on purpose. */
const DROPPED = /** @type {any} */ (Symbol('dropped'));

function faultMessage(status) {
  return {
    429: 'Too many requests (injected fault).',
    500: 'An error has occurred.',
    502: 'Bad gateway.',
    503: 'The service is temporarily unavailable.',
    504: 'The gateway timed out.',
  }[status] ?? 'An error has occurred.';
}

/**
 * The development web application (token and origins from the options) plus the data's web
 * applications. A data web application with the development token is merged into it.
 */
function buildWebApps(o, data) {
  /** @type {WebApp} */
  const dev = { id: DEV_WEBAPP_ID, name: 'Development', token: o.token, origins: new Set([...DEFAULT_ORIGINS, ...o.origins]) };
  const apps = [dev];
  for (const a of data.webApplications ?? []) {
    if (a.token === dev.token) {
      if (a.id) dev.id = a.id;
      if (a.name) dev.name = a.name;
      for (const origin of a.origins) dev.origins.add(origin);
    } else {
      apps.push({ id: a.id ?? stableId(`webapp:${a.token}`), name: a.name ?? a.token, token: a.token, origins: new Set(a.origins) });
    }
  }
  return apps;
}
