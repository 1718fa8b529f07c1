// A counting pass-through for the edge's tests and load bench: sits between nginx and the origin
// (the emulator) and counts what actually reaches the origin, by method, status and path. The
// emulator keeps no request log of its own, and counting here measures exactly what left the
// edge. Loopback only; streams bodies both ways unchanged.

import { createServer, request as httpRequest, Agent } from 'node:http';

/**
 * @typedef {{ method: string, path: string, status: number, authorization: boolean, origin: string | null }} Seen
 */

/**
 * Starts the pass-through on 127.0.0.1 (free port) in front of `target` (an http origin).
 * @param {string} target e.g. emu.url
 * @returns {Promise<{ url: string, seen: Seen[], count: (f?: (s: Seen) => boolean) => number, reset: () => void, close: () => Promise<void> }>}
 */
export async function startCountingProxy(target) {
  const to = new URL(target);
  if (to.protocol !== 'http:') throw new TypeError(`the counting proxy forwards to http only; got ${target}`);
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  /** @type {Seen[]} */
  const seen = [];
  const server = createServer((req, res) => {
    const headers = { ...req.headers, host: to.host };
    const up = httpRequest({ host: to.hostname, port: to.port, method: req.method, path: req.url, headers, agent }, (upRes) => {
      // Counted when the origin has answered: the status is known and the request did reach it.
      seen.push({
        method: req.method ?? 'GET',
        path: new URL(req.url ?? '/', 'http://x').pathname,
        status: upRes.statusCode ?? 0,
        authorization: !!req.headers.authorization,
        origin: typeof req.headers.origin === 'string' ? req.headers.origin : null,
      });
      res.writeHead(upRes.statusCode ?? 502, upRes.rawHeaders);
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
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    count: (f = () => true) => seen.filter(f).length,
    reset: () => {
      seen.length = 0;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}
