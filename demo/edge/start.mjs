#!/usr/bin/env node
// `npm run edge [-- flags]`: the edge cache (nginx, see nginx.conf.template) on
// http://127.0.0.1:8081 in front of the Events API; by default in front of the emulator that
// `npm start` / `npm run emulator` runs on http://127.0.0.1:4100. Ctrl+C stops nginx and removes
// its temporary folder. Bad flags: one message on stderr and exit code 2.

import { parseArgs } from 'node:util';
import { OM_PREFIX, RTM_PREFIX } from '../emulator/constants.mjs';
import { findNginx, startEdge } from './edge.mjs';

const USAGE = `Edge cache for the Events API (nginx in front of it; see the README, "Launch day")

Usage: npm run edge -- [flags]    or    node demo/edge/start.mjs [flags]

  --upstream URL   the Events API: an origin (http://127.0.0.1:4100, the default: the emulator of
                   npm start) or a full base URL such as
                   https://public-eur.mkt.dynamics.com/api/v1.0/orgs/<org id>/eventmanagement/
  --port N         port to listen on (default 8081; 0 = any free port)
  --host H         address to listen on (default 127.0.0.1)
  --ttl S          seconds a public answer is served from the cache (default 30)
  --nginx PATH     the nginx binary (default: $NGINX_PATH, /usr/sbin/nginx, ...)
  --help           show this help`;

function usageError(msg) {
  process.stderr.write(`edge: ${msg} Run with --help for the flags.\n`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    strict: true,
    allowPositionals: false,
    options: {
      upstream: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, ttl: { type: 'string' },
      nginx: { type: 'string' }, help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (err) {
  usageError(/** @type {Error} */ (err).message.replace(/\. To specify a positional argument.*$/s, '.'));
}
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const whole = (flag, fallback) => {
  const raw = values[flag];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isInteger(n)) usageError(`--${flag} must be a whole number; got "${raw}".`);
  return n;
};
const upstream = values.upstream ?? 'http://127.0.0.1:4100';
const options = { upstream, port: whole('port', 8081), host: values.host ?? '127.0.0.1', ttl: whole('ttl', 30), nginx: values.nginx ?? findNginx() ?? undefined, quiet: false };
if (!options.nginx) {
  process.stderr.write('edge: nginx is not installed. On Debian: apt-get install nginx (or point --nginx / NGINX_PATH at the binary).\n');
  process.exit(1);
}

let edge;
try {
  edge = await startEdge(options);
} catch (err) {
  const msg = /** @type {Error} */ (err).message;
  if (err instanceof TypeError) usageError(msg.replace(/^(\w+) must/, '--$1 must'));
  process.stderr.write(`edge: ${msg}\n`);
  process.exit(1);
}

const givenBase = new URL(upstream).pathname.replace(/\/+$/, '');
const emulator = !values.upstream;
const lines = givenBase
  ? [`  endpoint            ${edge.endpointBase}/`]
  : [
      `  outbound marketing  ${edge.url}${OM_PREFIX}`,
      `  real-time journeys  ${edge.url}${emulator ? RTM_PREFIX : '/api/v1.0/orgs/<org id>/eventmanagement/'}`,
    ];
process.stdout.write(
  [
    `Edge cache (nginx) on ${edge.url} in front of ${new URL(upstream).origin}`,
    ...lines,
    `  public GETs cached ${options.ttl} s per path + query + Origin; never POST, Authorization, errors`,
    `  response header X-Edge-Cache says HIT / MISS / BYPASS / STALE / UPDATING`,
    '',
  ].join('\n'),
);

let stopping = false;
const stop = () => {
  stopping = true;
  edge.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
edge.exited.then((code) => {
  if (stopping) return;
  process.stderr.write(`edge: nginx stopped on its own (exit ${code}).\n`);
  edge.close().then(() => process.exit(1));
});
