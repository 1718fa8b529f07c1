#!/usr/bin/env node
// `npm run bench`: what a visitor waits for, and how it grows (issue 6). Starts its own emulators
// and its own page server on loopback, drives headless Chromium, writes bench/results.md and
// bench/results.json. `npm run bench -- --quick` is a reduced run of under a minute.
//
// A number never fails the run: it fails only when it cannot measure at all (no browser, no
// bundle), with a message saying why. A measurement that cannot be taken (an element not built
// yet, say) is reported as "not measured: <reason>" and the others go on.

import { mkdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { machine, commit, ensureBundle, bundles } from './lib/env.mjs';
import { findChromium, launchChromium } from './lib/browser.mjs';
import { startStaticServer } from './lib/static-server.mjs';
import { markdown, summaryTable, machineLine } from './lib/report.mjs';
import { loadSinglePages, weight, criticalPath } from './measures/weight-and-critical-path.mjs';
import { fullPage } from './measures/full-page.mjs';
import { measurePages } from '../scripts/lib/page-weight.mjs';
import { scale } from './measures/scale.mjs';
import { memory } from './measures/memory.mjs';
import { registration } from './measures/registration.mjs';
import { faults } from './measures/faults.mjs';
import { edgeLoad } from './measures/edge-load.mjs';
import { journey } from './measures/journey.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const MEASURES = ['weight', 'critical-path', 'full-page', 'scale', 'memory', 'registration', 'faults', 'edge-load', 'journey'];

const USAGE = `npm run bench [-- flags]

  --quick            reduced run (fewer runs, N up to 1,000, 100 memory cycles): about a minute
  --only a,b         only these measurements (${MEASURES.join(', ')});
                     results go to bench/.tmp/ instead of bench/results.*
  --sizes N:R,…      scale only at these N, R runs each (e.g. 100:1,10000:1); 'form:S:R' sets the
                     register form's session count S (e.g. form:1000:1); results go to bench/.tmp/
  --dist DIR         measure the bundle(s) in DIR (built elsewhere, e.g. another branch)
                     instead of building dist/; results go to bench/.tmp/
  --help             this text

Environment: CHROME_PATH overrides the Chromium binary (default /usr/bin/chromium).`;

const CONFIGS = {
  full: {
    runs: { pages: 7, memory: 3, load: 3 },
    /** N → runs. */
    scale: { 100: 5, 1000: 5, 10000: 3 },
    /** <evt-register>'s keystroke bench: events with this many sessions, runs of each. */
    formSessions: [1000, 10000],
    formRuns: 3,
    memoryCycles: 1000,
    loadForms: 30,
    // Launch day through the edge cache (nginx): journeys arriving evenly over `seconds`.
    edgeLoad: { journeys: 2000, seconds: 45, concurrency: 200, ttl: 30 },
    watchdogMinutes: 45,
    measureMinutes: 15,
  },
  quick: {
    runs: { pages: 2, memory: 1, load: 1 },
    scale: { 100: 1, 1000: 1 },
    formSessions: [1000],
    formRuns: 1,
    memoryCycles: 100,
    loadForms: 30,
    edgeLoad: { journeys: 300, seconds: 10, concurrency: 100, ttl: 30 },
    watchdogMinutes: 8,
    measureMinutes: 3,
  },
};

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(1);
}

let args;
try {
  args = parseArgs({ options: { quick: { type: 'boolean' }, only: { type: 'string' }, dist: { type: 'string' }, sizes: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true }).values;
} catch (err) {
  process.stderr.write(`bench: ${err.message}\n\n${USAGE}\n`);
  process.exit(2);
}
if (args.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const only = args.only ? args.only.split(',').map((s) => s.trim()).filter(Boolean) : null;
const unknown = only?.filter((m) => !MEASURES.includes(m)) ?? [];
if (unknown.length) {
  process.stderr.write(`bench: unknown measurement(s) ${unknown.join(', ')}; choose from ${MEASURES.join(', ')}\n`);
  process.exit(2);
}
const mode = args.quick ? 'quick' : 'full';
const config = { ...CONFIGS[mode] };
if (args.sizes) {
  const scale = {};
  const form = [];
  for (const part of args.sizes.split(',').map((x) => x.trim()).filter(Boolean)) {
    const m = /^(form:)?(\d+):(\d+)$/.exec(part);
    if (!m) fail(`--sizes: "${part}" is not N:RUNS or form:SESSIONS:RUNS (e.g. --sizes 100:1,10000:1,form:1000:1)`);
    if (m[1]) {
      form.push(Number(m[2]));
      config.formRuns = Number(m[3]);
    } else scale[m[2]] = Number(m[3]);
  }
  config.scale = scale;
  config.formSessions = form;
}
const wanted = (m) => !only || only.includes(m);

const started = Date.now();
const log = (msg) => process.stdout.write(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${msg}\n`);

/** @type {import('puppeteer-core').Browser | null} */
let browser = null;
let staticServer = null;
const killBrowser = () => {
  try {
    browser?.process()?.kill('SIGKILL');
  } catch {
    /* already gone */
  }
};

// The whole run is bounded: past the watchdog it writes what it has measured and stops.
const measurements = {};
let chromium;
let chromePath;
let bundleInfo;
/** @type {ReturnType<typeof bundles> | null} */
let dist = null;
const watchdog = setTimeout(() => {
  process.stderr.write(`bench: stopped by the watchdog after ${config.watchdogMinutes} minutes.\n`);
  killBrowser();
  try {
    if (dist) writeResults(`stopped by the watchdog after ${config.watchdogMinutes} minutes`);
  } catch (err) {
    process.stderr.write(`bench: could not write the partial results: ${err.message}\n`);
  }
  process.exit(1);
}, config.watchdogMinutes * 60_000);
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, () => {
    process.stderr.write(`bench: ${sig}, stopping.\n`);
    killBrowser();
    process.exit(130);
  });
}

// ── set-up: the bundle, the browser, the page server ────────────────────────────

const distDir = args.dist ? resolve(args.dist) : join(ROOT, 'dist');
if (args.dist) {
  if (!existsSync(join(distDir, 'evt-widgets.js'))) fail(`cannot measure: ${join(distDir, 'evt-widgets.js')} does not exist.`);
  bundleInfo = { built: false, reason: `--dist ${args.dist}`, warning: null, seconds: null };
} else {
  try {
    bundleInfo = ensureBundle(ROOT, { log });
  } catch (err) {
    fail(err.message);
  }
}
dist = bundles(distDir);
if (!dist.single) fail(`cannot measure: ${join(distDir, 'evt-widgets.js')} does not exist after the build.`);

try {
  chromePath = findChromium({ log });
} catch (err) {
  fail(`cannot measure: ${err.message}`);
}
const profileRoot = join(HERE, '.tmp', `chromium-${process.pid}`);
let launches = 0;

async function startBrowser() {
  // A new profile directory per launch: a killed browser may still be writing to the old one.
  browser = await launchChromium({ executablePath: chromePath, profileDir: join(profileRoot, String(++launches)) });
  return browser;
}

try {
  staticServer = await startStaticServer({ pagesDir: join(HERE, 'pages'), distDir });
  // Measure exactly what is served: the files as they were when the run started.
  dist.read = (served) => staticServer.raw(served);
  dist.bytes = staticServer.raw(dist.single);
  await startBrowser();
} catch (err) {
  killBrowser();
  fail(`cannot measure: could not start ${staticServer ? 'Chromium' : 'the page server'}: ${err.message}`);
}
chromium = await browser.version();
log(`${mode} run: ${chromium}, pages on ${staticServer.origin}, ${machine().cores} cores`);

const ctx = {
  get browser() {
    return browser;
  },
  origin: staticServer.origin,
  staticServer,
  bundles: dist,
  config,
  log,
};

// ── measurements ────────────────────────────────────────────────────────────────

/**
 * Runs one measurement with a time limit; anything it throws becomes "not measured: <reason>".
 * On the time limit the browser is restarted, which ends whatever the measurement was doing.
 */
async function attempt(name, fn) {
  log(`${name}...`);
  const t0 = Date.now();
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`took longer than ${config.measureMinutes} minutes`)), config.measureMinutes * 60_000);
  });
  try {
    const result = await Promise.race([fn(), limit]);
    log(`${name}: done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return { ...result, seconds: (Date.now() - t0) / 1000 };
  } catch (err) {
    const reason = String(err?.message ?? err).split('\n')[0];
    log(`${name}: not measured: ${reason}`);
    if (/took longer than/.test(reason) || !browser?.connected) {
      killBrowser();
      try {
        await startBrowser();
      } catch (e) {
        fail(`cannot measure: Chromium could not be restarted: ${e.message}`);
      }
    }
    return { status: 'not measured', reason, seconds: (Date.now() - t0) / 1000 };
  } finally {
    clearTimeout(timer);
  }
}

const skipped = { status: 'not measured', reason: 'not requested (--only)' };

if (wanted('weight') || wanted('critical-path')) {
  let loads = null;
  const loaded = await attempt('single-element pages (weight, critical path)', async () => {
    loads = await loadSinglePages(ctx);
    // The budgeted pages' JavaScript (package.json "pageBudget", test/dist/size.test.mjs).
    if (wanted('weight')) loads.scriptPages = await measurePages(distDir);
    return { status: 'measured' };
  });
  const from = (fn) => (loads ? fn(ctx, loads) : { status: 'not measured', reason: loaded.reason });
  const safe = (fn) => {
    try {
      return from(fn);
    } catch (err) {
      return { status: 'not measured', reason: String(err.message ?? err) };
    }
  };
  measurements.weight = wanted('weight') ? { ...safe(weight), seconds: loaded.seconds } : skipped;
  measurements.criticalPath = wanted('critical-path') ? { ...safe(criticalPath), seconds: loaded.seconds } : skipped;
} else {
  measurements.weight = skipped;
  measurements.criticalPath = skipped;
}
measurements.fullPage = wanted('full-page') ? await attempt('full page', () => fullPage(ctx)) : skipped;
measurements.scale = wanted('scale') ? await attempt('scale', () => scale(ctx)) : skipped;
measurements.memory = wanted('memory') ? await attempt('memory', () => memory(ctx)) : skipped;
measurements.registration = wanted('registration') ? await attempt('registration under load', () => registration(ctx)) : skipped;
measurements.faults = wanted('faults') ? await attempt('registration through faults', () => faults(ctx)) : skipped;
measurements.edgeLoad = wanted('edge-load') ? await attempt('edge cache under load', () => edgeLoad(ctx)) : skipped;
measurements.journey = wanted('journey') ? await attempt('journey in one tab', () => journey(ctx)) : skipped;

// ── tear-down and results ───────────────────────────────────────────────────────

await browser?.close().catch(() => {});
killBrowser();
await staticServer.close();
rmSync(profileRoot, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
writeResults(null);
clearTimeout(watchdog);
process.exit(0);

/** Writes results.json and results.md (and, for a full run, the README section's table). */
function writeResults(stoppedBy) {
  for (const name of ['weight', 'criticalPath', 'fullPage', 'scale', 'memory', 'registration', 'faults', 'edgeLoad', 'journey']) {
    measurements[name] ??= { status: 'not measured', reason: stoppedBy ?? 'not run' };
  }
  const results = {
    meta: {
      mode,
      only,
      date: new Date().toISOString(),
      seconds: (Date.now() - started) / 1000,
      machine: machine(),
      chromium: chromium ?? 'unknown',
      chromePath,
      puppeteer: JSON.parse(readFileSync(join(ROOT, 'node_modules', 'puppeteer-core', 'package.json'), 'utf8')).version,
      commit: commit(ROOT),
      bundle: { ...bundleInfo, dir: relative(ROOT, distDir) || '.', files: dist.files },
      config,
      note: stoppedBy ? `The run was cut short: ${stoppedBy}.` : null,
    },
    measurements,
  };

  const partial = !!(only || args.dist || args.sizes);
  const outDir = partial ? join(HERE, '.tmp') : HERE;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(join(outDir, 'results.md'), markdown(results));

  // A complete full run also refreshes the summary table in the README's "Performance" section.
  const section = join(ROOT, 'README.md');
  const refresh = mode === 'full' && !partial && !stoppedBy && existsSync(section);
  if (refresh) {
    const text = readFileSync(section, 'utf8');
    const start = '<!-- bench:summary:start -->';
    const end = '<!-- bench:summary:end -->';
    const i = text.indexOf(start);
    const j = text.indexOf(end);
    if (i !== -1 && j > i) {
      const table = `${start}\n\nMeasured on ${machineLine(results.meta)} (\`npm run bench\`, medians with min–max):\n\n${summaryTable(results)}\n\n${end}`;
      writeFileSync(section, text.slice(0, i) + table + text.slice(j + end.length));
    }
  }
  log(`wrote ${relative(ROOT, join(outDir, 'results.md'))} and results.json${refresh ? ' (and the table in README.md)' : ''}`);
  for (const [name, m] of Object.entries(measurements)) if (m.status !== 'measured' && m !== skipped) log(`  ${name}: not measured: ${m.reason}`);
}
