// Headless Chromium through puppeteer-core, and a network recorder on the Chrome DevTools Protocol
// (what was requested, when, with which status, and how many bytes crossed the wire).

import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Flags from ../shared/toolchain-notes.md: without the background-networking ones it calls home. */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // Timers of background pages are throttled; every bench page counts as in front.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/**
 * The Chromium to drive: CHROME_PATH, else Debian's. On a Debian machine where root may use
 * apt-get and none is installed, installs `chromium` (as `npm test` does); else a clear error.
 */
export function findChromium({ log }) {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH=${process.env.CHROME_PATH} does not exist.`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  const canApt = process.platform === 'linux' && process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (canApt && process.env.EVT_NO_INSTALL !== '1') {
    log('No Chromium found: installing Debian\'s chromium with apt-get (about 40 s)...');
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', timeout: 180_000 });
      execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
        stdio: 'inherit',
        timeout: 300_000,
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch (err) {
      throw new Error(`apt-get could not install chromium (${err.message}). Install it, or set CHROME_PATH to a Chromium or Chrome binary.`);
    }
    const now = CANDIDATES.find((p) => existsSync(p));
    if (now) return now;
  }
  throw new Error(`No Chromium found (looked at ${CANDIDATES.join(', ')}). Install it (\`apt-get install chromium\`) or set CHROME_PATH.`);
}

/** @param {{ executablePath: string, profileDir: string }} o */
export async function launchChromium({ executablePath, profileDir }) {
  rmSync(profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  mkdirSync(profileDir, { recursive: true });
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: [...CHROME_FLAGS, `--user-data-dir=${join(profileDir, 'profile')}`],
    defaultViewport: { width: 1280, height: 900 },
    protocolTimeout: 180_000,
    // The bench's own watchdog and SIGINT handler close it; puppeteer's would race them.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  return browser;
}

/**
 * A fresh, isolated browser context (empty HTTP cache, storage and connections) with one page and
 * a CDP session recording the network.
 * @param {import('puppeteer-core').Browser} browser
 */
export async function freshPage(browser) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  const cdp = await page.createCDPSession();
  const net = new NetworkLog(cdp);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  const consoleErrors = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') consoleErrors.push(`${m.type()}: ${m.text()}`.slice(0, 300));
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`.slice(0, 300)));
  return {
    page,
    cdp,
    net,
    consoleErrors,
    close: async () => {
      await context.close().catch(() => {});
    },
  };
}

/**
 * @typedef {object} NetRequest
 * @property {string} id
 * @property {string} url
 * @property {string} method
 * @property {string} type CDP resource type: Document, Script, Fetch, XHR, Image, Preflight, ...
 * @property {number} start CDP monotonic seconds
 * @property {number | null} end
 * @property {number | null} status
 * @property {number} encoded bytes on the wire (headers + body as received), from loadingFinished
 * @property {number} decoded body bytes after decoding (sum of dataReceived.dataLength)
 * @property {string | null} failed error text when it failed
 * @property {string | null} encoding the Content-Encoding of the response
 * @property {string | null} postData the body of a POST (when CDP includes it)
 */

/** Every request a page makes, from the Network domain's events. */
export class NetworkLog {
  /** @param {import('puppeteer-core').CDPSession} cdp */
  constructor(cdp) {
    /** @type {Map<string, NetRequest>} */
    this.byId = new Map();
    /** @type {NetRequest[]} */
    this.list = [];
    this.lastActivity = Date.now();
    this.inflight = 0;
    cdp.on('Network.requestWillBeSent', (e) => {
      this.lastActivity = Date.now();
      const prev = this.byId.get(e.requestId);
      if (prev && e.redirectResponse) {
        prev.status = e.redirectResponse.status;
        prev.end = e.timestamp;
      }
      const r = {
        id: e.requestId,
        url: e.request.url,
        method: e.request.method,
        type: e.type ?? 'Other',
        start: e.timestamp,
        end: null,
        status: null,
        encoded: 0,
        decoded: 0,
        failed: null,
        encoding: null,
        postData: e.request.method === 'POST' ? (e.request.postData ?? e.request.postDataEntries?.map((x) => (x.bytes ? Buffer.from(x.bytes, 'base64').toString() : '')).join('') ?? null) : null,
      };
      if (!prev || e.redirectResponse) this.inflight++;
      this.byId.set(e.requestId, r);
      this.list.push(r);
    });
    cdp.on('Network.responseReceived', (e) => {
      const r = this.byId.get(e.requestId);
      if (!r) return;
      r.status = e.response.status;
      if (e.type) r.type = e.type;
      const h = e.response.headers ?? {};
      r.encoding = h['content-encoding'] ?? h['Content-Encoding'] ?? null;
    });
    cdp.on('Network.dataReceived', (e) => {
      const r = this.byId.get(e.requestId);
      if (r) r.decoded += e.dataLength;
    });
    cdp.on('Network.loadingFinished', (e) => {
      this.lastActivity = Date.now();
      const r = this.byId.get(e.requestId);
      if (!r) return;
      r.end = e.timestamp;
      r.encoded = e.encodedDataLength;
      this.inflight = Math.max(0, this.inflight - 1);
    });
    cdp.on('Network.loadingFailed', (e) => {
      this.lastActivity = Date.now();
      const r = this.byId.get(e.requestId);
      if (!r) return;
      r.end = e.timestamp;
      r.failed = e.errorText + (e.canceled ? ' (canceled)' : '');
      this.inflight = Math.max(0, this.inflight - 1);
    });
  }

  /**
   * Resolves once nothing has been requested or finished for quietMs (and nothing is in flight),
   * or after maxMs; true when it went quiet.
   */
  async idle(quietMs, maxMs) {
    const until = Date.now() + maxMs;
    while (Date.now() < until) {
      if (this.inflight === 0 && Date.now() - this.lastActivity >= quietMs) return true;
      await new Promise((r) => setTimeout(r, 50));
    }
    return false;
  }

  /** API requests (fetch/XHR to the emulator), without CORS preflights. */
  api(apiOrigin) {
    return this.list.filter((r) => r.url.startsWith(apiOrigin) && (r.type === 'Fetch' || r.type === 'XHR'));
  }
}

/** The API path below the flavour's base, for reports: "events/Open_Source_Day/sessions". */
export function apiPath(url) {
  const u = new URL(url);
  const m = /\/(?:EvtMgmt\/api\/v2\.0|api\/v1\.0\/orgs\/[^/]+\/eventmanagement)\/(.*)$/i.exec(u.pathname);
  const rest = decodeURIComponent(m ? m[1] : u.pathname);
  const q = [...u.searchParams].filter(([k]) => k !== 'emApplicationtoken').map(([k, v]) => `${k}=${v}`);
  return q.length ? `${rest}?${q.join('&')}` : rest;
}
