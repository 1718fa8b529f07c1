import { resetStores } from './elements.js';
import { clearDrafts } from './register.js';

/** Options of the emulator (demo/emulator/index.mjs) that a browser test may set. */
export interface TestEmulatorOptions {
  token?: string;
  latency?: number;
  failRate?: number;
  rateLimit?: number;
  rateWindow?: number;
  processingDelay?: number;
  data?: unknown;
  origins?: string[];
}

export interface TestEmulator {
  /** http://127.0.0.1:PORT, no trailing slash. */
  url: string;
  omBase: string;
  rtmBase: string;
  /** The origin the emulator allows (this test page's). */
  origin: string;
  /** POST /dev/reset: back to the seed, all registrations gone. */
  reset(): Promise<void>;
  /** POST a JSON body to an emulator-only /dev/ route. */
  dev(path: string, body?: unknown): Promise<Response>;
  close(): Promise<void>;
}

/**
 * Starts an emulator on 127.0.0.1 with a free port (a second origin) through the test server,
 * with this page's origin registered for the token.
 */
export async function startTestEmulator(options: TestEmulatorOptions = {}): Promise<TestEmulator> {
  const res = await fetch('/__emulator/start', { method: 'POST', body: JSON.stringify(options) });
  if (!res.ok) throw new Error(`could not start the emulator: ${await res.text()}`);
  const info = (await res.json()) as { id: string; url: string; omBase: string; rtmBase: string; origin: string };
  const dev = (path: string, body?: unknown) =>
    fetch(`${info.url}/dev/${path.replace(/^\//, '')}`, {
      method: 'POST',
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  return {
    url: info.url,
    omBase: info.omBase,
    rtmBase: info.rtmBase,
    origin: info.origin,
    dev,
    async reset() {
      const r = await dev('reset');
      if (!r.ok) throw new Error(`emulator reset failed: ${r.status}`);
    },
    async close() {
      await fetch(`/__emulator/close?id=${info.id}`, { method: 'POST' });
    },
  };
}

/**
 * A test file's emulator: started before its tests, closed after them, and before each test
 * (as asked) back to the seed (`reset`), with a clean page (`clean`: the page's stores and the
 * tab's register drafts). The object returned is filled in once it has started.
 */
export function useEmulator(o: TestEmulatorOptions & { reset?: boolean; clean?: boolean } = {}): TestEmulator {
  const { reset = true, clean = true, ...options } = o;
  const emu = {} as TestEmulator;
  before(async () => {
    Object.assign(emu, await startTestEmulator(options));
  });
  after(() => emu.close?.());
  beforeEach(async () => {
    if (reset) await emu.reset();
    if (clean) {
      resetStores();
      clearDrafts(emu.url);
    }
  });
  return emu;
}

/** Reads a file of ../shared/fixtures (Microsoft's sample payloads); null when that folder is absent. */
export async function sharedFixture(path: string): Promise<unknown | null> {
  const res = await fetch(`/__shared/fixtures/${path}`);
  return res.ok ? res.json() : null;
}
