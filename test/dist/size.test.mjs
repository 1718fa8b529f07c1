// The size budget: dist/evt-widgets.js gzipped (-9) against package.json "sizeBudget".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kb, measure } from '../../scripts/size.mjs';

const rows = measure();
const main = rows.find((r) => r.file === 'dist/evt-widgets.js');

test(`dist/evt-widgets.js weighs ${main?.gzip == null ? '?' : kb(main.gzip)} gzipped (budget ${main?.budget == null ? 'none' : kb(main.budget)})`, () => {
  for (const r of rows) {
    if (r.gzip !== null) console.log(`size: ${r.file} ${kb(r.gzip)} gzipped (${r.gzip} B; ${kb(r.raw)} minified)${r.budget !== null ? `; budget ${kb(r.budget)} (${r.budget} B)` : ''}`);
  }
  assert.ok(main && main.gzip !== null, 'dist/evt-widgets.js exists (npm run build)');
  assert.equal(typeof main.budget, 'number', 'package.json "sizeBudget" has a budget for dist/evt-widgets.js');
  assert.ok(main.gzip <= main.budget, `dist/evt-widgets.js is ${main.gzip} B gzipped, over its budget of ${main.budget} B by ${main.gzip - main.budget} B`);
});

test('every budgeted file is within its budget', () => {
  const over = rows.filter((r) => r.budget !== null && (r.gzip === null || r.gzip > r.budget));
  assert.deepEqual(over.map((r) => `${r.file}: ${r.gzip ?? 'missing'} B > ${r.budget} B`), []);
});
