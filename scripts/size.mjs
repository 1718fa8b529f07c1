#!/usr/bin/env node
// `npm run size`: the CDN files' weight, gzip -9 (what a visitor downloads), against the budgets in
// package.json "sizeBudget" (bytes, gzipped). Exits 1 when a file is over its budget. test/dist/size
// runs the same check on every `npm test`.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));

/** gzip -9 size in bytes (zlib's level 9 deflate: what `gzip -9` produces, header aside). */
export const gzipSize = (buf) => gzipSync(buf, { level: constants.Z_BEST_COMPRESSION }).length;

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** [{ file, raw, gzip, budget }] for every budgeted file and every CDN file in dist/. */
export function measure() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const budgets = pkg.sizeBudget ?? {};
  const files = [...new Set([...Object.keys(budgets), 'dist/evt-widgets.js', 'dist/evt-widgets.bundle.js', 'dist/evt-list.js', 'dist/evt-detail.js', 'dist/evt-register.js', 'dist/purify.js', 'dist/event-form.js'])];
  return files.map((file) => {
    const path = join(root, file);
    if (!existsSync(path)) return { file, raw: null, gzip: null, budget: budgets[file] ?? null };
    const buf = readFileSync(path);
    return { file, raw: buf.length, gzip: gzipSize(buf), budget: budgets[file] ?? null };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let failed = false;
  for (const r of measure()) {
    if (r.gzip === null) {
      console.log(`${r.file}: missing (npm run build)`);
      if (r.budget !== null) failed = true;
      continue;
    }
    const over = r.budget !== null && r.gzip > r.budget;
    failed ||= over;
    const budget = r.budget === null ? '' : `, budget ${kb(r.budget)} (${r.budget} B)${over ? ': OVER BUDGET' : ''}`;
    console.log(`${r.file}: ${kb(r.gzip)} gzipped (${r.gzip} B; ${kb(r.raw)} minified)${budget}`);
  }
  process.exit(failed ? 1 : 0);
}
