// The edge cache's launcher: renders nginx.conf.template into a private temporary prefix (config,
// pid, lock, temp and cache folders), starts nginx in the foreground (not a daemon) and stops it
// cleanly. Used by `npm run edge` (start.mjs), the tests (test/node/edge.test.mjs) and the bench
// (bench/measures/edge-load.mjs).
//
//   import { startEdge } from './demo/edge/edge.mjs';
//   const edge = await startEdge({ upstream: 'http://127.0.0.1:4100', port: 0, ttl: 30 });
//   // point `endpoint` at edge.url + '/EvtMgmt/api/v2.0/' (or the real-time journeys path)
//   await edge.close();

import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TEMPLATE = new URL('./nginx.conf.template', import.meta.url);
const NGINX_PATHS = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'];
const CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';

/** The nginx binary: $NGINX_PATH, else the usual places; null when there is none. */
export function findNginx() {
  const fromEnv = process.env.NGINX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return NGINX_PATHS.find((p) => existsSync(p)) ?? null;
}

/** A free TCP port on the host (nginx cannot listen on port 0 and say which port it got). */
export const freePort = (host = '127.0.0.1') =>
  new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, host, () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });

/**
 * Checks the options and turns the upstream into the origin nginx forwards to (any path below it
 * is kept by the widgets' endpoint, so only scheme, host and port matter here).
 * @param {{ upstream: string, ttl?: number, host?: string, port?: number, cacheMax?: string }} o
 */
export function checkEdgeOptions(o) {
  let url;
  try {
    url = new URL(String(o.upstream ?? '').trim());
  } catch {
    throw new TypeError(`upstream must be an absolute http(s) URL such as http://127.0.0.1:4100 or https://public-eur.mkt.dynamics.com; got ${JSON.stringify(o.upstream)}.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`upstream must use http or https; got "${url.protocol}".`);
  if (url.username || url.password || url.search || url.hash) {
    throw new TypeError('upstream must not carry a user, password, query or fragment: give the API host (the token stays in the widgets\' requests).');
  }
  const ttl = o.ttl ?? 30;
  if (!Number.isInteger(ttl) || ttl < 1 || ttl > 3600) throw new TypeError(`ttl must be a whole number of seconds from 1 to 3600; got ${JSON.stringify(o.ttl)}.`);
  const port = o.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new TypeError(`port must be a port number from 0 to 65535 (0 = any free port); got ${JSON.stringify(o.port)}.`);
  const host = o.host ?? '127.0.0.1';
  if (typeof host !== 'string' || !/^[A-Za-z0-9.:[\]-]+$/.test(host)) throw new TypeError(`host must be an address or host name; got ${JSON.stringify(o.host)}.`);
  const cacheMax = o.cacheMax ?? '100m';
  if (!/^\d+[km]?$/i.test(cacheMax)) throw new TypeError(`cacheMax must be an nginx size such as 100m; got ${JSON.stringify(o.cacheMax)}.`);
  return { origin: url.origin, https: url.protocol === 'https:', basePath: url.pathname.replace(/\/+$/, ''), ttl, port, host, cacheMax };
}

/** The group for `user nobody <group>` when nginx runs as root (Debian has nogroup, not nobody). */
function nobodyGroup() {
  try {
    const groups = readFileSync('/etc/group', 'utf8');
    return /^nogroup:/m.test(groups) ? 'nogroup' : 'nobody';
  } catch {
    return 'nogroup';
  }
}

/**
 * The nginx configuration for these options, the prefix folder and the listen port.
 * @param {{ origin: string, https: boolean, ttl: number, host: string, cacheMax: string }} o
 * @param {{ prefix: string, port: number, root: boolean, logLevel?: string }} at
 */
export function renderConfig(o, { prefix, port, root, logLevel = 'warn' }) {
  const listenHost = o.host.includes(':') && !o.host.startsWith('[') ? `[${o.host}]` : o.host;
  const tls = o.https
    ? [
        '      proxy_ssl_server_name on;',
        '      proxy_ssl_verify on;',
        '      proxy_ssl_verify_depth 3;',
        `      proxy_ssl_trusted_certificate ${CA_BUNDLE};`,
      ].join('\n')
    : '      # (plain http upstream: no TLS settings)';
  const values = {
    // As root the master must hand the workers to an unprivileged user; as anyone else the
    // directive only earns a warning, so it is left out.
    USER_LINE: root ? `user nobody ${nobodyGroup()};` : '# (not root: the workers run as the current user)',
    PREFIX: prefix,
    LOG_LEVEL: logLevel,
    LISTEN: `${listenHost}:${port}`,
    UPSTREAM: o.origin,
    TLS_LINES: tls,
    TTL: String(o.ttl),
    CACHE_MAX: o.cacheMax,
  };
  const text = readFileSync(TEMPLATE, 'utf8').replace(/\{\{([A-Z_]+)\}\}/g, (m, k) => {
    if (!(k in values)) throw new Error(`nginx.conf.template has an unknown placeholder ${m}`);
    return values[k];
  });
  return text;
}

/** Whether nothing listens on host:port now (nginx binding a busy port would go unnoticed: the
 * readiness check would reach the other server). */
const portIsFree = (host, port) =>
  new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, host, () => srv.close(() => resolve(true)));
  });

const waitForPort = (host, port, child, ms) =>
  new Promise((resolve, reject) => {
    const until = Date.now() + ms;
    const tryOnce = () => {
      if (child.exitCode !== null || child.signalCode !== null) return reject(new Error('nginx exited'));
      const sock = connect({ host, port });
      sock.once('connect', () => {
        sock.destroy();
        resolve(undefined);
      });
      sock.once('error', () => {
        sock.destroy();
        if (Date.now() > until) reject(new Error(`nginx did not listen on ${host}:${port} within ${ms} ms`));
        else setTimeout(tryOnce, 50);
      });
    };
    tryOnce();
  });

/**
 * @typedef {object} RunningEdge
 * @property {string} url 'http://HOST:PORT', no trailing slash
 * @property {string} endpointBase url + the upstream's path (what to give the widgets when the
 *   upstream was a full Events API base URL)
 * @property {string} prefix the temporary folder (config, cache); removed by close()
 * @property {string} config the rendered nginx.conf
 * @property {() => Promise<void>} close graceful stop (SIGQUIT), then SIGTERM/SIGKILL if it hangs
 */

/**
 * Starts nginx in front of `upstream`. Rejects with nginx's own message when it refuses the
 * configuration or cannot listen, and with a clear error when nginx is not installed.
 * @param {{ upstream: string, ttl?: number, host?: string, port?: number, cacheMax?: string,
 *   nginx?: string, logLevel?: string, quiet?: boolean, startTimeout?: number, transform?: (config: string) => string }} options
 *   `transform` edits the rendered text before nginx reads it (the tests use it to remove a rule
 *   and watch the test that guards it fail).
 * @returns {Promise<RunningEdge>}
 */
export async function startEdge(options) {
  const o = checkEdgeOptions(options);
  const nginx = options.nginx ?? findNginx();
  if (!nginx) throw new Error('nginx is not installed: `apt-get install nginx` (Debian) or set NGINX_PATH to the binary.');
  const port = o.port || (await freePort(o.host));
  if (o.port && !(await portIsFree(o.host, o.port))) throw new Error(`nginx could not start on ${o.host}:${o.port}: the port is already in use; pick another.`);
  const prefix = mkdtempSync(join(tmpdir(), 'evt-edge-'));
  const root = process.getuid?.() === 0;
  // As root the workers run as nobody: they must be able to walk into the prefix. nginx itself
  // creates the cache and temp folders and hands them to that user.
  if (root) chmodSync(prefix, 0o755);
  const cleanup = () => rmSync(prefix, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
  const confFile = join(prefix, 'nginx.conf');
  let config;
  try {
    mkdirSync(join(prefix, 'tmp'), { recursive: true });
    config = renderConfig(o, { prefix, port, root, logLevel: options.logLevel });
    if (options.transform) config = options.transform(config);
    writeFileSync(confFile, config);
  } catch (err) {
    cleanup();
    throw err;
  }

  // `-t` first: a bad configuration is one clear message, not a half-started server.
  const check = spawnSync(nginx, ['-t', '-q', '-p', prefix, '-c', confFile, '-e', 'stderr'], { encoding: 'utf8' });
  if (check.status !== 0) {
    cleanup();
    throw new Error(`nginx refused the configuration: ${(check.stderr || check.error?.message || '').trim()}`);
  }
  const child = spawn(nginx, ['-p', prefix, '-c', confFile, '-e', 'stderr'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (s) => {
    stderr += s;
    if (stderr.length > 20_000) stderr = stderr.slice(-10_000);
    if (!options.quiet) process.stderr.write(s.replace(/^/gm, 'nginx: '));
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // A caller that exits without close() (an uncaught error, process.exit) must not leave nginx
  // listening: stop it and remove its folder on the way out (both synchronous).
  const onExit = () => {
    child.kill('SIGTERM');
    cleanup();
  };
  process.once('exit', onExit);
  exited.then(() => process.off('exit', onExit));
  const connectHost = o.host === '0.0.0.0' ? '127.0.0.1' : o.host === '::' ? '::1' : o.host.replace(/^\[|\]$/g, '');
  try {
    await waitForPort(connectHost, port, child, options.startTimeout ?? 10_000);
  } catch (err) {
    child.kill('SIGKILL');
    await exited;
    cleanup();
    throw new Error(`nginx could not start on ${o.host}:${port}: ${stderr.trim() || /** @type {Error} */ (err).message}`);
  }

  const host = connectHost.includes(':') ? `[${connectHost}]` : connectHost;
  const url = `http://${host}:${port}`;
  let closing;
  const close = () =>
    (closing ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        // SIGQUIT: nginx's graceful shutdown (finish what is in flight, then exit).
        child.kill('SIGQUIT');
        const timer = setTimeout(() => child.kill('SIGTERM'), 5000);
        const hard = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
        clearTimeout(hard);
      }
      cleanup();
    })());
  return { url, endpointBase: url + o.basePath, prefix, config, close, process: child, exited };
}
