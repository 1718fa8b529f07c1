#!/usr/bin/env node
// `npm run emulator [-- flags]`: the Events API emulator on http://127.0.0.1:4100.
// Bad flags or an invalid --data file: one message on stderr and exit code 2.

import { readFileSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DataError, isOrigin, jsonErrorLocation, validateData } from './data.mjs';
import { DEFAULT_ORIGINS, DEFAULT_TOKEN, startEmulator } from './index.mjs';

const USAGE = `Events API emulator (both flavours of the Dynamics 365 Events API on one server)

Usage: npm run emulator -- [flags]    or    node demo/emulator/cli.mjs [flags]

  --port N               port to listen on (default 4100; 0 = any free port)
  --host H               address to listen on (default 127.0.0.1)
  --data FILE            serve this JSON document instead of the bundled seed
  --token T              token of the development web application (default ${DEFAULT_TOKEN})
  --origin URL           also allow this origin for that token (repeatable; defaults:
                         ${DEFAULT_ORIGINS.join(', ')})
  --latency MS           delay every API response by MS milliseconds (default 0)
  --fail-rate P          answer a fraction P (0..1) of API requests with 500 or 503 (default 0)
  --rate-limit N         requests allowed per window before 429 (default 6000)
  --rate-window S        sliding window in seconds (default 300)
  --processing-delay MS  delay before an accepted registration is recorded (default 300)
  --help                 show this help

Emulator-only routes live under /dev/ (reset, token, faults, registrations): see the README.`;

/** A flag problem: printed as one line, exit code 2. */
export class UsageError extends Error {
  name = 'UsageError';
}

/** @param {string[]} argv */
export function parseCli(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' }, host: { type: 'string' }, data: { type: 'string' }, token: { type: 'string' },
        origin: { type: 'string', multiple: true }, latency: { type: 'string' }, 'fail-rate': { type: 'string' },
        'rate-limit': { type: 'string' }, 'rate-window': { type: 'string' }, 'processing-delay': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    const msg = /** @type {Error} */ (err).message
      .replace(/\. To specify a positional argument.*$/s, '')
      .replace(/\s*\n\s*/g, ' ')
      .replace(/\.?$/, '.');
    throw new UsageError(`${msg} Run with --help for the flags.`);
  }
  if (values.help) return { help: true };
  const number = (flag, { integer = false, min = 0, max = Infinity, what }) => {
    const raw = values[flag];
    if (raw === undefined) return undefined;
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(n) || (integer && !Number.isInteger(n)) || n < min || n > max) {
      throw new UsageError(`--${flag} must be ${what}; got "${raw}".`);
    }
    return n;
  };
  const options = {
    port: number('port', { integer: true, max: 65535, what: 'a port number from 0 to 65535' }) ?? 4100,
    host: values.host ?? '127.0.0.1',
    token: values.token ?? DEFAULT_TOKEN,
    origins: values.origin ?? [],
    latency: number('latency', { what: 'a number of milliseconds >= 0' }),
    failRate: number('fail-rate', { max: 1, what: 'a number from 0 to 1' }),
    rateLimit: number('rate-limit', { integer: true, min: 1, what: 'a whole number >= 1' }),
    rateWindow: number('rate-window', { min: Number.MIN_VALUE, what: 'a number of seconds > 0' }),
    processingDelay: number('processing-delay', { what: 'a number of milliseconds >= 0' }),
    quiet: false,
  };
  if (options.host.trim() === '') throw new UsageError('--host must be a host name or address.');
  if (options.token.trim() === '') throw new UsageError('--token must not be empty.');
  for (const o of options.origins) {
    if (!isOrigin(o)) throw new UsageError(`--origin must be an origin such as http://localhost:8000 (scheme, host and port; no path, no trailing slash); got "${o}".`);
  }
  let warnings = [];
  if (values.data !== undefined) ({ data: options.data, warnings } = loadDataFile(values.data));
  return { help: false, options, dataFile: values.data ?? null, warnings };
}

/**
 * Reads and validates a --data file; problems name the file and the JSON path. Returns the data
 * and its warnings (served as given, but dangerous or odd).
 */
export function loadDataFile(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`--data ${file}: cannot read the file (${/** @type {NodeJS.ErrnoException} */ (err).code ?? /** @type {Error} */ (err).message}).`);
  }
  let data;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new UsageError(`--data ${file}: not valid JSON: ${jsonErrorLocation(text, /** @type {Error} */ (err))}.`);
  }
  try {
    return { data, warnings: validateData(data) };
  } catch (err) {
    if (err instanceof DataError) throw new UsageError(`--data ${file}: ${err.message}.`);
    throw err;
  }
}

async function main() {
  let parsed;
  try {
    parsed = parseCli(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`emulator: ${err.message}\n`);
    process.exit(2);
  }
  if (parsed.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  for (const w of parsed.warnings) process.stderr.write(`emulator: --data ${parsed.dataFile}: warning: ${w}.\n`);
  let emu;
  try {
    emu = await startEmulator(parsed.options);
  } catch (err) {
    const e = /** @type {NodeJS.ErrnoException} */ (err);
    if (e.code === 'EADDRINUSE') process.stderr.write(`emulator: port ${parsed.options.port} on ${parsed.options.host} is already in use; pick another with --port.\n`);
    else process.stderr.write(`emulator: ${e.message}\n`);
    process.exit(1);
  }
  const o = parsed.options;
  process.stdout.write(
    [
      `Events API emulator on ${emu.url}`,
      `  outbound marketing  ${emu.omBase}`,
      `  real-time journeys  ${emu.rtmBase}`,
      `  token ${o.token}, origins ${[...DEFAULT_ORIGINS, ...o.origins].join(', ')}`,
      `  data: ${parsed.dataFile ?? 'the bundled seed'}; emulator-only routes under ${emu.url}/dev/`,
      '',
    ].join('\n'),
  );
  const stop = () => emu.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  await main();
}
