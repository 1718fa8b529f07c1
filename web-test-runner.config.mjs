// Browser tests in Chromium, Firefox and WebKit (Safari's engine), each driven the way this
// machine allows (see ../shared/toolchain-notes.md). `npm test` (test/run.mjs) picks the engines and
// installs missing ones; running `npx wtr` directly uses whatever engines are present.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter } from '@web/test-runner';
import { CHROMIUM_FLAGS, detectEngines, freePort, wantedEngines } from './test/browsers.mjs';
import { emulatorMiddleware, stopTestEmulators } from './test/helpers/emulator-middleware.mjs';

const engines = process.env.EVT_ENGINES
  ? JSON.parse(process.env.EVT_ENGINES)
  : Object.fromEntries(Object.entries(detectEngines()).filter(([n]) => wantedEngines().includes(n)));
if (!engines.chromium) {
  throw new Error('Chromium is required for the tests and was not found: apt-get install chromium, or set CHROME_PATH.');
}

async function startWebKitDriver(driverPath) {
  const port = await freePort();
  const child = spawn(driverPath, [`--port=${port}`, '--host=127.0.0.1'], { stdio: 'ignore' });
  const stop = () => child.exitCode === null && child.kill();
  process.on('exit', stop);
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { stop(); process.exit(130); });
  // Wait until the driver accepts connections.
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) break;
    } catch { await new Promise((r) => setTimeout(r, 100)); }
  }
  return port;
}

const browsers = [
  chromeLauncher({
    launchOptions: {
      executablePath: engines.chromium,
      headless: true,
      args: [...CHROMIUM_FLAGS, `--user-data-dir=${mkdtempSync(join(tmpdir(), 'evt-chromium-'))}`],
    },
    // One page at a time: a test page in a background tab gets no focus events and may never see
    // the focus or history step it waits for (evt-detail's back-button test hung that way).
    concurrency: 1,
  }),
];
if (engines.firefox) {
  browsers.push(
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: engines.firefox, headless: true },
      // Background tabs throttle timers to 1 s: open each test page as a window.
      createPage: ({ browser }) => browser.newPage({ type: 'window' }),
      concurrency: 1,
    }),
  );
}
if (engines.webkit) {
  const port = await startWebKitDriver(engines.webkit.driver);
  browsers.push(
    webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: engines.webkit.browser, args: ['--automation'] },
      },
    }),
  );
}

/** Writes the totals for test/run.mjs, which prints the closing "N passed, N failed" line. */
function totalsReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, files: 0, errors: 0, browsers: {} };
      const walk = (suite, browser) => {
        for (const t of suite.tests ?? []) {
          const key = t.skipped ? 'skipped' : t.passed ? 'passed' : 'failed';
          totals[key]++;
          browser[key]++;
        }
        for (const s of suite.suites ?? []) walk(s, browser);
      };
      for (const session of sessions) {
        const name = session.browser.name;
        const b = (totals.browsers[name] ??= { passed: 0, failed: 0, skipped: 0 });
        totals.files++;
        if (session.errors?.length || (!session.passed && !session.testResults)) totals.errors++;
        if (session.testResults) walk(session.testResults, b);
      }
      mkdirSync('test/.results', { recursive: true });
      writeFileSync('test/.results/browser-totals.json', JSON.stringify(totals, null, 2));
    },
  };
}

export default {
  files: ['test/**/*.test.ts', '!test/emulator/**'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  rootDir: '.',
  // One test file at a time per engine. With more, the WebKit launcher runs files in iframes of one
  // window, where they share session history, focus and sessionStorage: a back-button test in one
  // frame stepped through another's history.
  concurrency: 1,
  concurrentBrowsers: 3,
  browsers,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  // Per test file. WebKit under a loaded CI machine needed more than 180 s for the registration
  // sending tests (every flavour, every answer of the service); a hung test still fails at 15 s.
  testsFinishTimeout: 420_000,
  testFramework: { config: { timeout: 15_000 } },
  middleware: [emulatorMiddleware],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    { name: 'stop-emulators', serverStop: stopTestEmulators },
  ],
  reporters: [defaultReporter(), totalsReporter()],
};
