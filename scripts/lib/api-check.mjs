// The check behind "the build fails if an element's public API is undocumented": every attribute,
// public property and method, event, CSS part, custom property and slot of every element must
// carry a description in dist/custom-elements.json, and what the source uses must be in it.
//
// The manifest only holds what the JSDoc says, so the source is read too: `part="…"` in templates
// (and `heading(…, { part: '…' })`), `var(--evt-…)` in styles, `new Evt…Event(…)` dispatches and
// `<slot>`s, in the element's folder and in the base classes it extends.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** `dist/lib/elements/evt-list/evt-list.js` → `src/elements/evt-list/evt-list.ts`. */
export const sourcePath = (p) => p.replace(/^dist\/lib\//, 'src/').replace(/\.js$/, '.ts');

const tsFiles = (dir) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).map((f) => join(dir, f)) : [];

/** What the source of these files uses, found by reading it. */
export function scanSource(files) {
  const parts = new Set();
  const cssProps = new Set();
  const eventClasses = new Set();
  const slots = new Set();
  for (const file of files) {
    const text = readFileSync(file, 'utf8').replace(/^\s*(\/\/|\*).*$/gm, ''); // not in comments
    for (const m of text.matchAll(/\bpart="([^"$]*)"/g)) for (const p of m[1].split(/\s+/)) if (p) parts.add(p);
    for (const m of text.matchAll(/\bpart=\$\{([^}]*)\}/g)) {
      for (const s of m[1].matchAll(/['"`]([a-z][a-z0-9 -]*)['"`]/g)) for (const p of s[1].split(/\s+/)) if (p) parts.add(p);
    }
    // heading(content, { part: 'day' }): the part goes on the heading element.
    for (const m of text.matchAll(/\bheading\(([^;]{0,200}?)\bpart:\s*'([a-z][a-z0-9-]*)'/g)) parts.add(m[2]);
    for (const m of text.matchAll(/var\((--evt-[a-z0-9-]+)/g)) cssProps.add(m[1]);
    for (const m of text.matchAll(/\bnew (Evt[A-Za-z]*Event)\(/g)) eventClasses.add(m[1]);
    for (const m of text.matchAll(/<slot\b([^>]*)>/g)) slots.add(/name="([^"]+)"/.exec(m[1])?.[1] ?? '');
  }
  return { parts, cssProps, eventClasses, slots };
}

/**
 * Problems, one line each ("<evt-list>, <evt-detail>: attribute `x` has no description"); empty when
 * the public API is documented. `root` is the package root (where src/ is).
 */
export function checkApiDocs(manifest, root = '.') {
  const found = new Map(); // problem → the elements that have it
  const report = (who, what) => found.set(what, [...(found.get(what) ?? []), ...(who ? [who] : [])]);
  const classes = new Map();
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) if (d.kind === 'class') classes.set(d.name, { d, mod });
  }
  // Event classes (`static type = 'evt-select'`) from src/internal/events.ts and wherever else they live.
  const eventNames = new Map();
  const eventsFile = join(root, 'src/internal/events.ts');
  if (existsSync(eventsFile)) {
    const text = readFileSync(eventsFile, 'utf8');
    for (const m of text.matchAll(/class (\w+) extends (?:Custom)?Event\b[\s\S]*?static readonly type = '([^']+)'/g)) eventNames.set(m[1], m[2]);
  }
  const elements = [...classes.values()].filter(({ d }) => d.tagName);
  if (!elements.length) report('', 'no custom element found in the manifest (are the defineElement() calls still there?)');
  for (const { d, mod } of elements) {
    const who = `<${d.tagName}>`;
    const need = (ok, what) => ok || report(who, what);
    need(d.summary || d.description, 'has no @summary or description');
    for (const a of d.attributes ?? []) need(a.description?.trim(), `attribute \`${a.name}\` has no description (@attr or a JSDoc on its property)`);
    for (const m of d.members ?? []) {
      if (m.privacy === 'private' || m.privacy === 'protected' || m.static) continue;
      need(m.description?.trim(), `${m.kind === 'method' ? 'method' : 'property'} \`${m.name}\`${m.inheritedFrom ? ` (from ${m.inheritedFrom.name})` : ''} has no JSDoc`);
    }
    for (const e of d.events ?? []) need(e.name && e.description?.trim(), `event \`${e.name ?? e.type?.text ?? '?'}\` has no @fires description`);
    for (const p of d.cssParts ?? []) need(p.description?.trim(), `part \`${p.name}\` has no description`);
    for (const p of d.cssProperties ?? []) need(p.description?.trim(), `custom property \`${p.name}\` has no description`);
    for (const s of d.slots ?? []) need(s.description?.trim(), `slot \`${s.name || '(default)'}\` has no description`);

    // What the source uses: templates and dispatches in the element's folder; dispatches in its
    // base classes (their templates are helpers whose part names the element passes in); styles.
    const own = tsFiles(join(root, dirname(sourcePath(mod.path))));
    const bases = [];
    for (let sup = classes.get(d.superclass?.name); sup; sup = classes.get(sup.d.superclass?.name)) bases.push(join(root, sourcePath(sup.mod.path)));
    const internalStyles = join(root, 'src/internal/styles.ts');
    const used = scanSource(own);
    used.eventClasses = new Set([...used.eventClasses, ...scanSource(bases).eventClasses]);
    used.cssProps = new Set([...used.cssProps, ...scanSource(existsSync(internalStyles) ? [internalStyles] : []).cssProps]);
    const has = (list, name) => (list ?? []).some((x) => x.name === name);
    for (const p of used.parts) need(has(d.cssParts, p), `part \`${p}\` is rendered but not documented (@csspart ${p} - …)`);
    for (const c of used.cssProps) need(has(d.cssProperties, c), `custom property \`${c}\` is read by its styles but not documented (@cssprop ${c} - …)`);
    for (const cls of used.eventClasses) {
      const name = eventNames.get(cls);
      if (name) need(has(d.events, name), `event \`${name}\` (${cls}) is dispatched but not documented (@fires ${name} - …)`);
    }
    for (const s of used.slots) need(has(d.slots, s), `slot \`${s || '(default)'}\` is rendered but not documented (@slot ${s} - …)`);
  }
  // One line per problem, naming every element that has it (a shared token is one line, not three).
  return [...found].map(([what, who]) => (who.length ? `${who.join(', ')}: ${what}` : what));
}
