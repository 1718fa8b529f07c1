// `npm run emulator` (demo/emulator/cli.mjs): flags, one clear message and exit code 2 for bad
// flags or an invalid --data file, both base URLs printed on start.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseCli } from '../../demo/emulator/cli.mjs';
import { ORIGIN } from './helpers.mjs';

const CLI = fileURLToPath(new URL('../../demo/emulator/cli.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'evt-emulator-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 20_000 });
const file = (name, text) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

/** Starts the CLI and resolves once it printed its URLs. */
function startCli(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`no start: ${out} ${err}`)), 20_000);
    child.stdout.on('data', (d) => {
      out += d;
      if (/real-time journeys/.test(out) && /\n\s+token/.test(out)) {
        clearTimeout(timer);
        resolve({ child, out, stderr: () => err });
      }
    });
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited ${code}: ${err}`));
    });
  });
}
const stop = (child) => new Promise((resolve) => {
  child.removeAllListeners('exit');
  child.once('exit', resolve);
  child.kill('SIGTERM');
});

describe('flags', () => {
  test('--help prints the flags and exits 0', () => {
    const r = run('--help');
    assert.equal(r.status, 0);
    for (const flag of ['--port', '--host', '--data', '--token', '--origin', '--latency', '--fail-rate', '--rate-limit', '--rate-window', '--processing-delay']) {
      assert.ok(r.stdout.includes(flag), flag);
    }
  });

  const badFlags = [
    [['--port', 'abc'], /--port must be a port number/],
    [['--port', '70000'], /--port must be a port number/],
    [['--fail-rate', '2'], /--fail-rate must be a number from 0 to 1/],
    [['--rate-limit', '0'], /--rate-limit must be a whole number >= 1/],
    [['--rate-window', '0'], /--rate-window must be a number of seconds > 0/],
    [['--latency=-5'], /--latency must be a number of milliseconds/],
    [['--latency', '-5'], /argument is ambiguous/],
    [['--processing-delay', 'soon'], /--processing-delay must be/],
    [['--origin', 'http://localhost:8000/'], /--origin must be an origin/],
    [['--token', ''], /--token must not be empty/],
    [['--bogus'], /Unknown option '--bogus'/],
    [['--port'], /argument missing/],
    [['positional'], /Unexpected argument/],
  ];
  for (const [args, message] of badFlags) {
    test(`${args.join(' ')}: a one-line UsageError`, () => {
      assert.throws(() => parseCli(args), (err) => err.name === 'UsageError' && message.test(err.message) && !err.message.includes('\n'));
    });
  }

  test('a bad flag ends the process: one line on stderr, exit code 2, nothing on stdout', () => {
    const r = run('--fail-rate', '2');
    assert.equal(r.status, 2);
    assert.equal(r.stderr, 'emulator: --fail-rate must be a number from 0 to 1; got "2".\n');
    assert.equal(r.stdout, '');
  });

  test('the defaults', () => {
    const { options } = parseCli([]);
    assert.deepEqual(
      { port: options.port, host: options.host, token: options.token, origins: options.origins },
      { port: 4100, host: '127.0.0.1', token: 'demo-token', origins: [] },
    );
    const all = parseCli(['--latency', '5', '--fail-rate', '0.1', '--rate-limit', '10', '--rate-window', '2.5', '--processing-delay', '0', '--origin', 'http://a.example', '--origin', 'http://b.example']).options;
    assert.deepEqual(
      [all.latency, all.failRate, all.rateLimit, all.rateWindow, all.processingDelay, all.origins],
      [5, 0.1, 10, 2.5, 0, ['http://a.example', 'http://b.example']],
    );
  });
});

describe('--data', () => {
  test('an invalid document: file name, JSON path, problem and expectation; exit code 2', () => {
    const events = [0, 1, 2].map((i) => ({ readableEventId: `E${i}` }));
    events.push({ readableEventId: 'E3', sessions: [{ id: 's', startTime: '3 December, 9am' }] });
    const p = file('bad.json', JSON.stringify({ events }, null, 2));
    const r = run('--data', p);
    assert.equal(r.status, 2);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.ok(r.stderr.includes(p), 'names the file');
    assert.match(r.stderr, /events\[3\]\.sessions\[0\]\.startTime: found string "3 December, 9am", expected a wall-clock date-time/);
  });

  test('malformed JSON: where it breaks; a missing file: says so', () => {
    const p = file('broken.json', '{\n  "events": [\n    { "readableEventId": "A", }\n  ]\n}');
    const r = run('--data', p);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /not valid JSON: .* at line 3, column \d+/);
    const missing = run('--data', join(dir, 'nope.json'));
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /cannot read the file \(ENOENT\)/);
  });

  test('a valid document is served', async () => {
    const p = file('good.json', JSON.stringify({ events: [{ readableEventId: 'From_File', eventName: 'From a file' }] }));
    const { child, out } = await startCli(['--port', '0', '--data', p]);
    try {
      const base = /outbound marketing\s+(\S+)/.exec(out)[1];
      const res = await fetch(`${base}events/published?emApplicationtoken=demo-token`, { headers: { Origin: ORIGIN } });
      assert.deepEqual(await res.json(), [{ readableEventId: 'From_File', eventName: 'From a file' }]);
      assert.ok(out.includes(p));
    } finally {
      await stop(child);
    }
  });

  test('what the real API can return is served, with one warning line per odd value on stderr', async () => {
    const doc = {
      events: [{
        readableEventId: 'Odd',
        publicEventUrl: 'javascript:alert(1)',
        customRegistrationFields: [{ customRegistrationFieldId: 'f', text: 'Pick', type: 100000003, isRequired: false, choices: null }],
      }],
    };
    const p = file('odd.json', JSON.stringify(doc));
    const { child, out, stderr } = await startCli(['--port', '0', '--data', p]);
    try {
      const base = /outbound marketing\s+(\S+)/.exec(out)[1];
      const ev = await (await fetch(`${base}events/Odd?emApplicationtoken=demo-token`, { headers: { Origin: ORIGIN } })).json();
      assert.equal(ev.publicEventUrl, 'javascript:alert(1)');
      for (let i = 0; i < 50 && stderr().split('\n').length < 3; i++) await new Promise((r) => setTimeout(r, 20));
      const lines = stderr().trim().split('\n');
      assert.equal(lines.length, 2, stderr());
      assert.match(lines[0], new RegExp(`^emulator: --data ${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: warning: events\\[0\\]\\.publicEventUrl: "javascript:alert\\(1\\)" is a javascript: URL`));
      assert.match(lines[1], /events\[0\]\.customRegistrationFields\[0\]\.choices: null on a choice field/);
    } finally {
      await stop(child);
    }
  });
});

describe('starting', () => {
  test('prints both base URLs; --token and --origin are applied', async () => {
    const { child, out } = await startCli(['--port', '0', '--token', 'cli-token', '--origin', 'http://localhost:8123', '--origin', 'http://localhost:8124']);
    try {
      const om = /outbound marketing\s+(http:\/\/127\.0\.0\.1:\d+\/EvtMgmt\/api\/v2\.0\/)/.exec(out)?.[1];
      const rtm = /real-time journeys\s+(http:\/\/127\.0\.0\.1:\d+\/api\/v1\.0\/orgs\/11111111-1111-4111-8111-111111111111\/eventmanagement\/)/.exec(out)?.[1];
      assert.ok(om && rtm, out);
      for (const origin of ['http://localhost:8123', 'http://localhost:8124', ORIGIN]) {
        const res = await fetch(`${rtm}events/published?emApplicationtoken=cli-token`, { headers: { Origin: origin } });
        assert.equal(res.status, 200, origin);
      }
      assert.equal((await fetch(`${om}events/published?emApplicationtoken=demo-token`, { headers: { Origin: ORIGIN } })).status, 401);
    } finally {
      await stop(child);
    }
  });
});
