// The elements' styles use logical properties only, so a right-to-left page (lang="ar",
// dir="rtl") mirrors the layout (issue 10). Reads src/internal/styles.ts and every
// src/**/*.styles.ts; the layout itself is checked in the browsers (test/elements/rtl.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SRC = new URL('../../src/', import.meta.url).pathname;
const files = readdirSync(SRC, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.styles.ts') || f === join('internal', 'styles.ts'));

// Physical, direction-bound properties and values, each with its logical replacement.
const PHYSICAL = [
  [/\b(margin|padding|border|inset)-(left|right)\b/, 'margin/padding/border/inset-inline-start|end'],
  [/(^|[\s;{])(left|right)\s*:/, 'inset-inline-start|end'],
  [/\b(float|clear|text-align)\s*:\s*(left|right)\b/, 'inline-start|end, start|end'],
  [/\bborder-(top|bottom)-(left|right)-radius\b/, 'border-start-start-radius and the like'],
  [/\btranslateX\(/, 'a transform that mirrors (or none): check it is not used for direction'],
];

test('styles use logical properties, never left/right', () => {
  assert.ok(files.length >= 4, `found the style files: ${files}`);
  const found = [];
  for (const f of files) {
    readFileSync(join(SRC, f), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const code = line.replace(/\/\*.*?\*\//g, '');
        for (const [re, instead] of PHYSICAL) if (re.test(code)) found.push(`src/${f}:${i + 1}: ${line.trim()} (use ${instead})`);
      });
  }
  assert.deepEqual(found, []);
});
