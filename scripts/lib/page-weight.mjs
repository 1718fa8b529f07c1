/**
 * What a visitor's browser downloads of evt-widgets on real pages: headless Chromium loads a page
 * holding the README's script tag (the loader) and some elements, against the emulator, and the
 * JavaScript it fetched from dist/ is summed as gzip -9 of each file (what a CDN sends).
 * - `list`: only `<evt-list>`; the scripts the page asked for before its first event was on
 *   screen (the page notes that frame itself; Resource Timing says when each script was asked for,
 *   on the same clock), so a chunk loaded after the first paint does not count;
 * - `full`: `<evt-list>`, `<evt-detail>` and `<evt-register>` for one event, in English: every
 *   script fetched until all three show their content and the network has been quiet for 0.5 s;
 * - `event`: an event's own page, `<evt-detail>` and `<evt-register>`, measured as `full` is.
 * Used by test/dist/size.test.mjs (against package.json "pageBudget") and `npm run size`.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { gzipSync, constants } from 'node:zlib';
import { startEmulator } from '../../demo/emulator/index.mjs';
import { launchChromium, waitForShadow } from '../../test/dist/helpers.mjs';

const gzip9 = (buf) => gzipSync(buf, { level: constants.Z_BEST_COMPRESSION }).length;

export const PAGES = {
  list: { elements: '<evt-list page-size="6"></evt-list>', ready: ['evt-list >>> [part~=item]'] },
  full: {
    elements:
      '<evt-list page-size="6"></evt-list><evt-detail event-id="Open_Source_Day"></evt-detail><evt-register event-id="Open_Source_Day"></evt-register>',
    ready: ['evt-list >>> [part~=item]', 'evt-detail >>> [part~=title]', 'evt-register >>> form'],
    settle: true,
  },
  event: {
    elements: '<evt-detail event-id="Open_Source_Day"></evt-detail><evt-register event-id="Open_Source_Day"></evt-register>',
    ready: ['evt-detail >>> [part~=title]', 'evt-register >>> form'],
    settle: true,
  },
};

/** Loads each page once; returns { [page]: { bytes, files: [{ path, gzip }] } } (gzip -9 bytes). */
export async function measurePages(distDir, { timeoutMs = 30_000 } = {}) {
  if (!existsSync(join(distDir, 'evt-widgets.js'))) throw new Error(`${distDir}/evt-widgets.js is missing: npm run build`);
  let emu;
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const page = /^\/(\w+)\.html$/.exec(url.pathname)?.[1];
    if (page && PAGES[page]) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="evt-endpoint" content="${emu.omBase}"><meta name="evt-token" content="demo-token">` +
          `<script type="module" src="/dist/evt-widgets.js"></script></head><body>${PAGES[page].elements}</body></html>`,
      );
    }
    const file = normalize(join(distDir, url.pathname.replace(/^\/dist\//, '')));
    if (!url.pathname.startsWith('/dist/') || !file.startsWith(normalize(distDir) + sep) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  emu = await startEmulator({ port: 0, origins: [origin] });
  const browser = await launchChromium();
  try {
    const out = {};
    for (const [name, spec] of Object.entries(PAGES)) {
      const context = await browser.createBrowserContext(); // empty cache
      const page = await context.newPage();
      const fetched = [];
      page.on('response', (r) => {
        const path = new URL(r.url()).pathname;
        if (path.startsWith('/dist/') && path.endsWith('.js')) fetched.push(path);
      });
      // The first frame that shows the first selector, noted by the page (polled each frame from
      // before any script of the page runs), to tell scripts asked for before it from those after.
      const [host, inner] = spec.ready[0].split(' >>> ');
      await page.evaluateOnNewDocument((h, i) => {
        const tick = () => {
          if (document.querySelector(h)?.shadowRoot?.querySelector(i)) globalThis.__evtShown = performance.now();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }, host, inner);
      await page.goto(`${origin}/${name}.html`, { timeout: timeoutMs });
      // Polled, not waitForSelector: puppeteer's waiting watches the document's mutations, and a
      // shadow root's changes are not among them (a list that renders after the first look was missed).
      for (const sel of spec.ready) await waitForShadow(page, sel, { timeout: timeoutMs });
      const beforeShown = await page.evaluate(async () => {
        while (globalThis.__evtShown === undefined) await new Promise((r) => requestAnimationFrame(r));
        return performance
          .getEntriesByType('resource')
          .filter((e) => e.startTime <= globalThis.__evtShown)
          .map((e) => new URL(e.name).pathname);
      });
      if (spec.settle) await page.waitForNetworkIdle({ idleTime: 500, timeout: timeoutMs });
      const paths = [...new Set(spec.settle ? fetched : fetched.filter((p) => beforeShown.includes(p)))];
      const files = paths.map((p) => ({ path: p, gzip: gzip9(readFileSync(join(distDir, p.replace(/^\/dist\//, '')))) }));
      out[name] = { bytes: files.reduce((s, f) => s + f.gzip, 0), files };
      await context.close();
    }
    return out;
  } finally {
    await browser.close();
    await emu.close();
    await new Promise((r) => server.close(r));
  }
}
