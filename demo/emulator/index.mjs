// Events API emulator: both flavours of the Dynamics 365 / Customer Insights - Journeys Events API
// on one local server, for development, the demo site and the tests.
//
//   import { startEmulator } from './demo/emulator/index.mjs';
//   const emu = await startEmulator({ port: 0, processingDelay: 20 });
//   await fetch(`${emu.omBase}events/published?emApplicationtoken=demo-token`, { headers: { Origin: 'http://localhost:5173' } });
//   await emu.close();

import { validateData, isOrigin } from './data.mjs';
import { DEFAULT_ORIGINS, DEFAULT_TOKEN, OM_PREFIX, ORG_ID, RTM_PREFIX } from './constants.mjs';
import { Emulator } from './server.mjs';

export { ORG_ID, DEFAULT_TOKEN, DEFAULT_ORIGINS, OM_PREFIX, RTM_PREFIX };
export { DEV_WEBAPP_ID } from './constants.mjs';
export { MEMBERS_WEBAPP, buildSeed } from './seed.mjs';
export { DataError, validateData } from './data.mjs';

/**
 * @typedef {object} EmulatorOptions
 * @property {number} [port] default 4100; 0 picks a free port
 * @property {string} [host] default '127.0.0.1'
 * @property {object} [data] a document in the `--data` format; default: the bundled seed
 * @property {string} [token] token of the development web application, default 'demo-token'
 * @property {string[]} [origins] origins added to the development web application's defaults
 * @property {number} [latency] ms added before every API response
 * @property {number} [failRate] 0..1, the fraction of API requests answered 500 or 503
 * @property {number} [rateLimit] requests per window before 429, default 6000
 * @property {number} [rateWindow] window in seconds, default 300
 * @property {number} [processingDelay] ms before an accepted registration's records exist, default 300
 * @property {() => Date} [now] the clock for seed dates, registration deadlines and records
 * @property {boolean} [quiet] default true; false logs one line per request
 */

/**
 * @typedef {object} RunningEmulator
 * @property {string} url 'http://127.0.0.1:PORT', no trailing slash
 * @property {string} omBase url + OM_PREFIX
 * @property {string} rtmBase url + RTM_PREFIX
 * @property {() => Promise<void>} close
 * @property {() => void} reset back to the seed/data, all state cleared
 * @property {string[]} warnings what the data serves as given although it looks dangerous or odd
 *   (`javascript:` URLs, `choices: null` on choice fields, ...): "path: problem" lines
 */

/**
 * Starts the emulator. Rejects with the data's validation error (path, problem, expectation) or
 * an option error before anything listens.
 * @param {EmulatorOptions} [options] @returns {Promise<RunningEmulator>}
 */
export async function startEmulator(options = {}) {
  const o = {
    port: 4100, host: '127.0.0.1', data: undefined, token: DEFAULT_TOKEN, origins: [], latency: 0, failRate: 0,
    rateLimit: 6000, rateWindow: 300, processingDelay: 300, now: () => new Date(), quiet: true,
    ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
  };
  checkOptions(o);
  const warnings = o.data !== undefined ? validateData(o.data) : [];
  const emu = new Emulator(o);
  await emu.listen();
  return {
    url: emu.url,
    omBase: emu.url + OM_PREFIX,
    rtmBase: emu.url + RTM_PREFIX,
    close: () => emu.close(),
    reset: () => emu.reset(),
    warnings,
  };
}

/** Option errors name the option and what it takes (the CLI's flag errors say the same). */
function checkOptions(o) {
  const need = (ok, name, what) => {
    if (!ok) throw new TypeError(`${name} must be ${what}; got ${JSON.stringify(o[name])}.`);
  };
  need(Number.isInteger(o.port) && o.port >= 0 && o.port <= 65535, 'port', 'a port number from 0 to 65535');
  need(typeof o.host === 'string' && o.host !== '', 'host', 'a host name or address');
  need(typeof o.token === 'string' && o.token.trim() !== '', 'token', 'a non-empty string');
  need(Array.isArray(o.origins) && o.origins.every(isOrigin), 'origins', 'an array of origins such as "http://localhost:8000" (no path, no trailing slash)');
  need(Number.isFinite(o.latency) && o.latency >= 0, 'latency', 'a number of milliseconds >= 0');
  need(Number.isFinite(o.failRate) && o.failRate >= 0 && o.failRate <= 1, 'failRate', 'a number from 0 to 1');
  need(Number.isInteger(o.rateLimit) && o.rateLimit >= 1, 'rateLimit', 'a whole number >= 1');
  need(Number.isFinite(o.rateWindow) && o.rateWindow > 0, 'rateWindow', 'a number of seconds > 0');
  need(Number.isFinite(o.processingDelay) && o.processingDelay >= 0, 'processingDelay', 'a number of milliseconds >= 0');
  need(typeof o.now === 'function', 'now', 'a function returning a Date');
}
