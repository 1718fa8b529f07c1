// A counting pass-through for the edge's tests and load bench: sits between nginx and the origin
// (the emulator) and counts what actually reaches the origin, by method, status and path. The
// emulator keeps no request log of its own, and counting here measures exactly what left the
// edge. Loopback only; streams bodies both ways unchanged, unless a test asks for a delay (so a
// crowd's requests overlap) or edits the origin's response headers (to play an origin that sends
// Cache-Control or Set-Cookie, which the emulator never does).

import { createServer, request as httpRequest, Agent } from 'node:http';

/**
 * @typedef {{ method: string, path: string, query: string, status: number, authorization: boolean, origin: string | null }} Seen
 */

/**
 * Starts the pass-through on 127.0.0.1 (free port) in front of `target` (an http origin).
 * @param {string} target e.g. emu.url
 * @returns {Promise<{ url: string, seen: Seen[], count: (f?: (s: Seen) => boolean) => number, reset: () => void,
 *   close: () => Promise<void>, delayMs: number,
 *   editHeaders: ((seen: Seen, headers: Record<string, string | string[]>) => void) | null }>}
 */
export async function startCountingProxy(target) {
  const to = new URL(target);
  if (to.protocol !== 'http:') throw new TypeError(`the counting proxy forwards to http only; got ${target}`);
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  /** @type {Seen[]} */
  const seen = [];
  const server = createServer((req, res) => {
    const headers = { ...req.headers, host: to.host };
    const up = httpRequest({ host: to.hostname, port: to.port, method: req.method, path: req.url, headers, agent }, async (upRes) => {
      // Counted when the origin has answered: the status is known and the request did reach it.
      /** @type {Seen} */
      const s = {
        method: req.method ?? 'GET',
        path: new URL(req.url ?? '/', 'http://x').pathname,
        query: new URL(req.url ?? '/', 'http://x').search,
        status: upRes.statusCode ?? 0,
        authorization: !!req.headers.authorization,
        origin: typeof req.headers.origin === 'string' ? req.headers.origin : null,
      };
      seen.push(s);
      if (handle.delayMs > 0) await new Promise((r) => setTimeout(r, handle.delayMs));
      const out = /** @type {Record<string, string | string[]>} */ ({ ...upRes.headers });
      handle.editHeaders?.(s, out);
      res.writeHead(upRes.statusCode ?? 502, out);
      upRes.pipe(res);
    });
    up.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'text/plain' });
      res.end('counting proxy: the origin did not answer');
    });
    req.pipe(up);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const handle = {
    delayMs: 0,
    editHeaders: null,
    url: `http://127.0.0.1:${port}`,
    seen,
    count: (f = () => true) => seen.filter(f).length,
    /** Forgets what was seen, the delay and the header edits. */
    reset: () => {
      seen.length = 0;
      handle.delayMs = 0;
      handle.editHeaders = null;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
        agent.destroy();
      }),
  };
  return handle;
}
