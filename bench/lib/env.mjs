// What the figures were measured on, and the bundle they were measured with.

import os from 'node:os';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';

/** The machine, for the report's header. */
export function machine() {
  const cpus = os.cpus();
  const models = [...new Set(cpus.map((c) => c.model.trim()))];
  return {
    cores: cpus.length,
    cpuModel: models.join(' / ') || 'unknown',
    memoryGB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadAverageAtStart: os.loadavg().map((v) => Math.round(v * 100) / 100),
  };
}

/** The commit the run measured, read-only (`git rev-parse`, `git status --porcelain`); null outside a checkout. */
export function commit(root) {
  const git = (...a) => spawnSync('git', a, { cwd: root, encoding: 'utf8', timeout: 10_000 });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return null;
  const dirty = git('status', '--porcelain', '--', 'src', 'vite.config.ts', 'package.json');
  return { head: head.stdout.trim(), uncommittedChangesInSrc: dirty.status === 0 ? dirty.stdout.trim().length > 0 : null };
}

/** Newest modification time (ms) of the files that go into the bundle. */
function newestSource(root) {
  let newest = 0;
  let newestFile = '';
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else {
        const t = statSync(p).mtimeMs;
        if (t > newest) [newest, newestFile] = [t, p];
      }
    }
  };
  if (existsSync(join(root, 'src'))) walk(join(root, 'src'));
  for (const f of ['vite.config.ts', 'package.json', 'tsconfig.json']) {
    const p = join(root, f);
    if (existsSync(p) && statSync(p).mtimeMs > newest) [newest, newestFile] = [statSync(p).mtimeMs, p];
  }
  return { newest, newestFile: relative(root, newestFile) };
}

/**
 * Builds dist/ (`node node_modules/vite/bin/vite.js build`) when dist/evt-widgets.js is missing or
 * older than a source file. A build that fails with an older bundle present is a warning (the run
 * measures that bundle and says so); with none, it is the end of the run.
 * @returns {{ built: boolean, reason: string, warning: string | null, seconds: number | null }}
 */
export function ensureBundle(root, { log }) {
  const bundle = join(root, 'dist', 'evt-widgets.js');
  const { newest, newestFile } = newestSource(root);
  const have = existsSync(bundle);
  const bundleTime = have ? statSync(bundle).mtimeMs : 0;
  if (have && bundleTime >= newest) return { built: false, reason: 'dist/evt-widgets.js is newer than every source file', warning: null, seconds: null };
  const reason = have ? `${newestFile} is newer than dist/evt-widgets.js` : 'dist/evt-widgets.js is missing';
  log(`Building the bundle (${reason})...`);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 180_000,
  });
  const seconds = (Date.now() - t0) / 1000;
  if (r.status === 0 && existsSync(bundle)) return { built: true, reason, warning: null, seconds };
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-12).join('\n');
  if (existsSync(bundle)) {
    const warning = `the build failed (${reason}); measuring the previous dist/evt-widgets.js, which may not match src/. Build output:\n${output}`;
    log(`Warning: ${warning}`);
    return { built: false, reason, warning, seconds };
  }
  throw new Error(`cannot measure: the bundle could not be built and dist/evt-widgets.js does not exist.\n${output || r.error?.message || ''}`);
}

/** The bundle files of this run: the CDN file and, when the build makes them, one per element. */
export function bundles(dist) {
  const file = (name) => (existsSync(join(dist, name)) ? `/dist/${name}` : null);
  const single = file('evt-widgets.js');
  const perElement = { 'evt-list': file('evt-list.js'), 'evt-detail': file('evt-detail.js'), 'evt-register': file('evt-register.js') };
  return {
    single,
    /** The self-contained file: defines all three elements at once (the loader defines them when a tag appears). */
    bundle: file('evt-widgets.bundle.js') ?? single,
    perElement,
    /** The bytes of a served path such as "/dist/evt-list.js". */
    read: (served) => readFileSync(join(dist, served.replace(/^\/dist\//, ''))),
    bytes: single ? readFileSync(join(dist, 'evt-widgets.js')) : null,
    files: existsSync(dist) ? readdirSync(dist, { recursive: true }).map(String).filter((f) => /\.m?js$/.test(f)) : [],
  };
}
