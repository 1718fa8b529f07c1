#!/usr/bin/env node
// The example apps (examples/react, examples/vue) as a user gets them: copied out of this repo into
// a temp folder (so nothing resolves from this repo's node_modules), evt-widgets installed from the
// `npm pack` tarball and everything else from the npm registry, built for production with the
// emulator's endpoint, and served as a single-page app.
//
//   npm run examples -- react        # build, pack, install, build the app, serve it with an emulator
//   npm run examples -- vue
//
// test/dist/react.test.mjs and vue.test.mjs drive the same functions in Chromium.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * Copies examples/<name> to a temp folder and installs it: `npm install <tarball>` installs the
 * example's own dependencies (pinned in its package.json) from the registry and evt-widgets from
 * the tarball. `--prefer-offline` uses npm's cache when it can.
 * @returns {string} the app folder
 */
export function prepareExample(name, tarball) {
  const src = join(root, 'examples', name);
  if (!existsSync(join(src, 'package.json'))) throw new Error(`no example "${name}" (examples/${name}/package.json)`);
  const dir = mkdtempSync(join(tmpdir(), `evt-example-${name}-`));
  cpSync(src, dir, { recursive: true, filter: (p) => !/[\\/](node_modules|dist)([\\/]|$)/.test(p.slice(src.length)) });
  const r = spawnSync(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  if (r.status !== 0) throw new Error(`npm install in the ${name} example failed (is the npm registry reachable?):\n${r.stdout}${r.stderr}`);
  return dir;
}

/** `npm run build` in the app (type-check, then vite build) with the API it should use. */
export function buildExample(dir, { endpoint, token = 'demo-token' }) {
  const r = spawnSync(npm, ['run', 'build', '--silent'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, VITE_EVT_ENDPOINT: endpoint, VITE_EVT_TOKEN: token },
  });
  if (r.status !== 0) throw new Error(`npm run build failed in ${dir}:\n${r.stdout}${r.stderr}`);
  return join(dir, 'dist');
}

/** Which evt-widgets the app installed: its package.json `dependencies` entry and the installed version. */
export function installedEvtWidgets(dir) {
  const app = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const installed = JSON.parse(readFileSync(join(dir, 'node_modules/evt-widgets/package.json'), 'utf8'));
  return { spec: app.dependencies['evt-widgets'], version: installed.version };
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };

/** Serves a built single-page app: files from `dist`, index.html for every other path. */
export async function serveSpa(dist, port = 0, host = '127.0.0.1') {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(dist, path));
    if (!file.startsWith(dist + sep) || !existsSync(file) || path.endsWith('/')) file = join(dist, 'index.html');
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const origin = `http://${host}:${server.address().port}`;
  return { origin, url: `${origin}/`, close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(() => ok()); }) };
}

export function removeExample(dir) {
  if (dir && dir.startsWith(tmpdir())) rmSync(dir, { recursive: true, force: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const name = process.argv[2];
  if (!name) {
    console.error('usage: npm run examples -- <react|vue>');
    process.exit(2);
  }
  const { startEmulator } = await import('../demo/emulator/index.mjs');
  const { packNow } = await import('../test/dist/helpers.mjs');
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit', cwd: root });
  const tarball = packNow();
  console.log(`Installing the ${name} example with ${tarball}…`);
  const dir = prepareExample(name, tarball);
  const port = Number(process.env.PORT ?? 8090);
  const emu = await startEmulator({ port: 0, origins: [`http://127.0.0.1:${port}`] });
  const dist = buildExample(dir, { endpoint: emu.omBase });
  const site = await serveSpa(dist, port);
  console.log(`\n  ${name} example   ${site.url}\n  built in         ${dir}\n  emulator         ${emu.omBase}\n`);
  const stop = async () => {
    await Promise.allSettled([site.close(), emu.close()]);
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
