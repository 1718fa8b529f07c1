// Test-server routes that start emulators for browser tests, so each test file gets its own
// emulator on 127.0.0.1 (a second origin: the browser sends a real Origin and CORS is real).
import { existsSync, readFileSync } from 'node:fs';
import { resolve, normalize, sep } from 'node:path';

const running = new Map();
let nextId = 1;
const SHARED = resolve('..', 'shared');

const readBody = (req) =>
  new Promise((ok, fail) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (data += c));
    req.on('end', () => ok(data));
    req.on('error', fail);
  });

/** A prefix that serves dist/ without the files its pattern matches (see emulatorMiddleware). */
const MISSING = {
  '/__nosend/': /[\\/]send-answer-[\w-]+\.js$/,
  '/__nographs/': /[\\/]evt-widgets\.[a-z]+(-[a-z]+)+\.js$/,
};

export async function emulatorMiddleware(ctx, next) {
  if (ctx.path === '/__emulator/start' && ctx.method === 'POST') {
    const { startEmulator } = await import('../../demo/emulator/index.mjs');
    const options = JSON.parse((await readBody(ctx.req)) || '{}');
    const origin = ctx.get('origin') || `${ctx.protocol}://${ctx.host}`;
    try {
      const emu = await startEmulator({ ...options, port: 0, origins: [origin, ...(options.origins ?? [])] });
      const id = String(nextId++);
      running.set(id, emu);
      ctx.type = 'json';
      ctx.body = JSON.stringify({ id, url: emu.url, omBase: emu.omBase, rtmBase: emu.rtmBase, origin });
    } catch (err) {
      ctx.status = 400;
      ctx.body = String(err?.message ?? err);
    }
    return;
  }
  if (ctx.path === '/__emulator/close' && ctx.method === 'POST') {
    const id = ctx.query.id;
    await running.get(id)?.close();
    running.delete(id);
    ctx.status = 204;
    return;
  }
  // ../shared/fixtures is reference data outside the repo: served read-only for the fixture tests.
  if (ctx.path.startsWith('/__shared/')) {
    const file = normalize(resolve(SHARED, '.' + ctx.path.slice('/__shared'.length)));
    if (!file.startsWith(SHARED + sep) || !existsSync(file)) {
      ctx.status = 404;
      return;
    }
    ctx.type = file.endsWith('.json') ? 'json' : 'text';
    ctx.body = readFileSync(file);
    return;
  }
  // A site that uploaded only the self-contained file: /__alone/ serves dist/evt-widgets.bundle.js
  // and nothing else (no purify.js, no i18n/ beside it).
  if (ctx.path.startsWith('/__alone/')) {
    const file = resolve('dist/evt-widgets.bundle.js');
    if (ctx.path !== '/__alone/evt-widgets.bundle.js' || !existsSync(file)) {
      ctx.status = 404;
      return;
    }
    ctx.type = 'js';
    ctx.body = readFileSync(file);
    return;
  }
  // The CDN files where one file cannot be had (a flaky network, a half-uploaded or older copy):
  // /__nosend/ serves dist/ but answers 404 for the register's sending code, /__nographs/ for the
  // page graphs (evt-widgets.detail-register.js & co., which the loader falls back from).
  const missing = Object.entries(MISSING).find(([prefix]) => ctx.path.startsWith(prefix));
  if (missing) {
    const [prefix, gone] = missing;
    const dist = resolve('dist');
    const file = normalize(resolve(dist, '.' + ctx.path.slice(prefix.length - 1)));
    if (!file.startsWith(dist + sep) || gone.test(file) || !existsSync(file)) {
      ctx.status = 404;
      return;
    }
    ctx.type = 'js';
    ctx.body = readFileSync(file);
    return;
  }
  return next();
}

export async function stopTestEmulators() {
  await Promise.all([...running.values()].map((e) => e.close()));
  running.clear();
}
