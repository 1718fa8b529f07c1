// The JSX typings for Preact (dist/types/preact.d.ts), type-checked in an app that installs the
// packed tarball and Preact from the npm registry. (React's typings are checked by the React
// example's `tsc --noEmit`, Vue's by the Vue example's `vue-tsc`.)
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, run, tarball } from './helpers.mjs';

const PREACT_VERSIONS = ['10.29.8', '11.2.0'];
let app;

before(() => {
  app = mkdtempSync(join(tmpdir(), 'evt-preact-'));
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'preact-app', private: true, type: 'module' }));
  const r = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball()], { cwd: app });
  assert.equal(r.status, 0, `npm install of the tarball failed (is the npm registry reachable?):\n${r.output}`);
});

after(() => {
  if (app) rmSync(app, { recursive: true, force: true });
});

const APP = `import 'evt-widgets/define';
import type {} from 'evt-widgets/preact';
import type { EvtSelectEvent } from 'evt-widgets';

export const Events = ({ size }: { size: number }) => (
  <section>
    <evt-list pageSize={size} heading-level="2" onevt-select={(e: EvtSelectEvent) => e.preventDefault()} />
    <evt-detail eventId="Open_Source_Day" onevt-error={(e) => console.log(e.detail.kind)} />
    <evt-register eventId="Open_Source_Day" onevt-registered={(e) => console.log(e.detail.attendees.length)} />
  </section>
);

// @ts-expect-error pageSize is a number
export const Wrong = () => <evt-list pageSize={[1]} />;
`;

describe('Preact JSX typings', () => {
  for (const version of PREACT_VERSIONS) {
    it(`<evt-*> type-check in Preact ${version}, wrong props do not`, () => {
      const r = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', `preact@${version}`], { cwd: app });
      assert.equal(r.status, 0, r.output);
      writeFileSync(join(app, 'app.tsx'), APP);
      writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
        compilerOptions: {
          target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          jsx: 'react-jsx', jsxImportSource: 'preact', strict: true, noEmit: true, types: [],
        },
        files: ['app.tsx'],
      }));
      const tsc = run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(app, 'tsconfig.json')]);
      assert.equal(tsc.status, 0, tsc.output);
    });
  }
});
