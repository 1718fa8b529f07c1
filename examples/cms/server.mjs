#!/usr/bin/env node
// A CMS-like site for evt-widgets: pages whose content holds the snippets an editor pasted, a theme
// with the kind of global CSS CMS themes ship, and a strict Content Security Policy with Trusted
// Types, sent as an HTTP header (`evt-widgets/csp`). The widgets come from `--dist` (the package's dist/
// folder: the test points it at the packed tarball's) and talk to the API at `--endpoint`.
//
//   npm run build && npm run emulator          # in one terminal
//   node examples/cms/server.mjs               # http://127.0.0.1:8080/
//
// CSP violations are reported to /csp-report (report-uri) and kept in `site.reports`.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
// The package's own CSP helper (`evt-widgets/csp`), from the build this example serves.
import { strictPolicy } from '../../dist/lib/csp.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.svg': 'image/svg+xml' };
const DEFAULT_ENDPOINT = 'http://127.0.0.1:4100/EvtMgmt/api/v2.0/';

/**
 * @param {{ port?: number, host?: string, dist?: string, endpoint?: string, token?: string }} [o]
 * @returns {Promise<{ url: string, origin: string, reports: object[], requests: string[], close(): Promise<void> }>}
 */
export async function startCmsSite(o = {}) {
  const dist = o.dist ?? join(here, '../../dist');
  const endpoint = o.endpoint ?? DEFAULT_ENDPOINT;
  const token = o.token ?? 'demo-token';
  const apiOrigin = new URL(endpoint).origin;
  const reports = [];
  const requests = [];

  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    requests.push(`${req.method} ${url.pathname}`);
    const send = (status, type, body, headers = {}) => {
      res.writeHead(status, { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store', ...headers });
      res.end(body);
    };
    if (url.pathname === '/csp-report' && req.method === 'POST') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        try {
          reports.push(JSON.parse(body)['csp-report'] ?? JSON.parse(body));
        } catch {
          reports.push({ unparsed: body });
        }
        send(204, 'text/plain', '');
      });
      return;
    }
    // The widgets, as a site hosts them (or a CDN would serve them): only the CDN files, the
    // chunks they load from beside them, and the language files (i18n/de.js, …) a page asks for.
    const widget = /^\/widgets\/(evt-[a-z.-]+\.js|purify\.js|event-form\.js|chunks\/[\w.-]+\.js|i18n\/[a-zA-Z-]+\.js)$/.exec(url.pathname);
    if (widget) {
      const file = join(dist, widget[1]);
      return existsSync(file) ? send(200, TYPES['.js'], readFileSync(file)) : send(404, 'text/plain', 'not built');
    }
    const name = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
    const file = normalize(join(here, 'site', name));
    if (!file.startsWith(join(here, 'site') + sep) || !existsSync(file)) return send(404, 'text/plain', 'not found');
    const ext = file.slice(file.lastIndexOf('.'));
    if (ext !== '.html') return send(200, TYPES[ext] ?? 'application/octet-stream', readFileSync(file));
    const html = readFileSync(file, 'utf8').replaceAll('{{endpoint}}', endpoint).replaceAll('{{token}}', token);
    // A page that loads two evt-widgets files loads Lit twice: its policy then needs 'allow-duplicates'.
    const twice = /<meta name="loads-lit-twice"/.test(html);
    const csp = strictPolicy({ apiOrigin, allowDuplicates: twice, reportUri: '/csp-report' });
    send(200, TYPES['.html'], html, { 'Content-Security-Policy': csp });
  });

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(o.port ?? 8080, o.host ?? '127.0.0.1', ok);
  });
  const { port } = server.address();
  const origin = `http://${o.host ?? '127.0.0.1'}:${port}`;
  return {
    url: `${origin}/`,
    origin,
    reports,
    requests,
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(() => ok()); }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const site = await startCmsSite({
    port: Number(arg('port') ?? 8080),
    dist: arg('dist'),
    endpoint: arg('endpoint'),
    token: arg('token'),
  });
  console.log(`CMS example: ${site.url} (API: ${arg('endpoint') ?? DEFAULT_ENDPOINT})`);
  console.log('The emulator must allow this origin: npm run emulator -- --origin ' + site.origin);
}
