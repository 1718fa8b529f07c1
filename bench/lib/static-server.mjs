// The bench pages' own origin: a tiny node:http server on 127.0.0.1 on a port of its own, so the
// browser talks to the emulator cross-origin (a real Origin header, real CORS), as on a customer's
// site. It serves
//   /pages/NAME.html?k=v...   bench/pages/NAME.html with {{k}} filled in (HTML-escaped)
//   /pages/harness.js         the in-page measuring helpers
//   /dist/FILE                the bundle(s), read into memory once, compressed like a CDN would
//                             (brotli when the browser accepts it, else gzip), Cache-Control: no-cache
// Nothing else; loopback only.

import { createServer } from 'node:http';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.map': 'application/json' };

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** A dist file in the encodings a CDN would have ready, each compressed on first use. */
function encoded(buf) {
  const cache = { identity: buf };
  const make = {
    gzip: () => gzipSync(buf, { level: 9 }),
    br: () => brotliCompressSync(buf, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT, [zlib.BROTLI_PARAM_SIZE_HINT]: buf.length } }),
  };
  return (enc) => (cache[enc] ??= make[enc]());
}

/**
 * @param {{ pagesDir: string, distDir: string }} o
 * @returns {Promise<{ origin: string, close: () => Promise<void>, encodingsServed: Set<string> }>}
 */
export async function startStaticServer({ pagesDir, distDir }) {
  /** @type {Map<string, ReturnType<typeof encoded>>} the dist snapshot this run measures */
  const dist = new Map();
  /** @type {Map<string, Buffer>} */
  const raw = new Map();
  if (existsSync(distDir)) {
    for (const f of readdirSync(distDir, { recursive: true })) {
      const name = String(f);
      if (!/\.(m?js|map)$/.test(name)) continue;
      const buf = readFileSync(join(distDir, name));
      const served = '/dist/' + name.split('\\').join('/');
      dist.set(served, encoded(buf));
      raw.set(served, buf);
    }
  }
  const encodingsServed = new Set();

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://bench.invalid');
    const send = (status, type, body, extra = {}) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-cache', ...extra });
      res.end(body);
    };
    if (req.method !== 'GET') return send(405, 'text/plain', 'GET only');
    if (url.pathname.startsWith('/dist/')) {
      const file = dist.get(url.pathname);
      if (!file) return send(404, 'text/plain', `no ${url.pathname} in dist/`);
      const accept = String(req.headers['accept-encoding'] ?? '');
      const enc = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : 'identity';
      encodingsServed.add(enc);
      const headers = enc === 'identity' ? {} : { 'Content-Encoding': enc, Vary: 'Accept-Encoding' };
      return send(200, TYPES[extname(url.pathname)] ?? 'application/octet-stream', file(enc), headers);
    }
    const page = /^\/pages\/([a-z0-9-]+)\.(html|js)$/.exec(url.pathname);
    if (page) {
      const path = join(pagesDir, `${page[1]}.${page[2]}`);
      if (!existsSync(path)) return send(404, 'text/plain', `no page ${url.pathname}`);
      let text = readFileSync(path, 'utf8');
      if (page[2] === 'html') {
        text = text.replace(/\{\{(\w+)\}\}/g, (_, k) => escapeHtml(url.searchParams.get(k) ?? ''));
      }
      return send(200, TYPES[`.${page[2]}`], text);
    }
    if (url.pathname === '/favicon.ico') return send(204, 'text/plain', '');
    return send(404, 'text/plain', 'not found');
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    encodingsServed,
    distFiles: [...dist.keys()],
    /** The bytes served at a path such as "/dist/evt-widgets.js" (read once at start: a rebuild during the run changes nothing). */
    raw: (served) => {
      const buf = raw.get(served);
      if (!buf) throw new Error(`${served} was not in dist/ when the run started`);
      return buf;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
