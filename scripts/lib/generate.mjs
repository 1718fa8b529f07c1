// Everything generated from dist/custom-elements.json: the README's API tables, VS Code custom
// data, and the JSX (React 19, Preact) and Vue 3 typings. Pure functions of the manifest.

/** The custom elements in the manifest, in tag order. */
export function elementsOf(manifest) {
  const out = [];
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) if (d.kind === 'class' && d.tagName) out.push({ ...d, module: mod.path });
  }
  return out.sort((a, b) => ORDER.indexOf(a.tagName) - ORDER.indexOf(b.tagName) || a.tagName.localeCompare(b.tagName));
}
const ORDER = ['evt-list', 'evt-detail', 'evt-register'];

const oneLine = (s = '') => s.replace(/\s*\n\s*/g, ' ').trim();
const cell = (s = '') => oneLine(s).replace(/\|/g, '\\|') || '—';
// In a GFM table a `|` splits the cell even inside a code span: escape it (it renders as `|`).
const code = (s) => (s ? `\`${String(s).replace(/`/g, "'").replace(/\|/g, '\\|')}\`` : '—');
const isPublic = (m) => !m.static && m.privacy !== 'private' && m.privacy !== 'protected';
/** Inherited from the base class: the same for every element. */
const fromBase = (x) => !!x.inheritedFrom;

// ── README tables ────────────────────────────────────────────────────────────────────────────────

function table(head, rows) {
  if (!rows.length) return '';
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n') + '\n';
}

/** Markdown: per element, attributes/properties, methods, events, parts, custom properties, states, slots. */
export function apiTables(manifest) {
  const els = elementsOf(manifest);
  const shared = new Map(); // custom properties every element inherits from the base class
  for (const d of els) for (const p of d.cssProperties ?? []) if (fromBase(p)) shared.set(p.name, p);
  let md = '';
  for (const d of els) {
    md += `### \`<${d.tagName}>\`\n\n${oneLine(d.summary || d.description)}\n\n`;
    md += `Class \`${d.name}\`; \`import 'evt-widgets/${d.tagName}'\` registers it (or \`evt-widgets/define\`, all three).\n\n`;
    const fields = (d.members ?? []).filter((m) => m.kind === 'field' && isPublic(m));
    const rows = [];
    for (const a of d.attributes ?? []) {
      const f = fields.find((m) => m.name === a.fieldName);
      rows.push([code(a.name), f ? code(f.name) : '—', code(oneLine(a.type?.text ?? f?.type?.text ?? 'string')), code(a.default ?? f?.default), cell(a.description ?? f?.description)]);
    }
    for (const f of fields.filter((m) => !(d.attributes ?? []).some((a) => a.fieldName === m.name))) {
      rows.push(['—', code(f.name) + (f.readonly ? ' (read-only)' : ''), code(oneLine(f.type?.text ?? '')), code(f.default), cell(f.description)]);
    }
    md += `**Attributes and properties**\n\n${table(['Attribute', 'Property', 'Type', 'Default', 'Description'], rows)}\n`;
    const methods = (d.members ?? []).filter((m) => m.kind === 'method' && isPublic(m));
    if (methods.length) {
      md += `**Methods**\n\n${table(['Method', 'Description'], methods.map((m) => [code(`${m.name}(${(m.parameters ?? []).map((p) => p.name + (p.optional ? '?' : '')).join(', ')})`), cell(m.description)]))}\n`;
    }
    if (d.events?.length) {
      md += `**Events** (all bubble and are composed)\n\n${table(['Event', 'Type', 'Description'], d.events.map((e) => [code(e.name), code(e.type?.text ?? 'Event'), cell(e.description)]))}\n`;
    }
    if (d.slots?.length) md += `**Slots**\n\n${table(['Slot', 'Description'], d.slots.map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]))}\n`;
    if (d.cssParts?.length) md += `**CSS parts** (\`${d.tagName}::part(name)\`)\n\n${table(['Part', 'Description'], d.cssParts.map((p) => [code(p.name), cell(p.description)]))}\n`;
    const own = (d.cssProperties ?? []).filter((p) => !shared.has(p.name));
    if (own.length) md += `**Custom properties** (besides the shared ones below)\n\n${table(['Property', 'Description'], own.map((p) => [code(p.name), cell(p.description)]))}\n`;
    if (d.cssStates?.length) md += `**Custom states** (\`${d.tagName}:state(name)\`)\n\n${table(['State', 'Description'], d.cssStates.map((s) => [code(s.name), cell(s.description)]))}\n`;
  }
  if (shared.size) {
    md += `### Shared custom properties\n\nEvery element reads these tokens; set them once on a common ancestor.\n\n`;
    md += table(['Property', 'Description'], [...shared.values()].map((p) => [code(p.name), cell(p.description)]));
  }
  return md.trimEnd() + '\n';
}

/** Replaces what is between `<!-- name:start -->` and `<!-- name:end -->`; null when the markers are missing. */
export function replaceBetween(text, name, content) {
  const re = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`);
  if (!re.test(text)) return null;
  return text.replace(re, (_m, a, b) => `${a}\n<!-- Generated from dist/custom-elements.json by \`npm run build\`; edit the JSDoc, not this. -->\n\n${content}\n${b}`);
}

// ── VS Code custom data ─────────────────────────────────────────────────────────────────────────

/** `'a' | 'b'` → ['a', 'b']; null for anything else. */
function literalValues(typeText) {
  if (!typeText) return null;
  const parts = typeText.split('|').map((s) => s.trim()).filter((s) => s !== 'undefined' && s !== 'null');
  const values = parts.map((p) => /^'([^']*)'$|^"([^"]*)"$/.exec(p)).filter(Boolean).map((m) => m[1] ?? m[2]);
  return values.length && values.length === parts.length ? values : null;
}

/** https://github.com/microsoft/vscode-custom-data: `"html.customData": ["./node_modules/evt-widgets/dist/vscode.html-custom-data.json"]`. */
export function vscodeHtmlData(manifest) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elementsOf(manifest).map((d) => ({
      name: d.tagName,
      description: { kind: 'markdown', value: [oneLine(d.summary || d.description), ...(d.events ?? []).map((e) => `- **${e.name}**: ${oneLine(e.description)}`)].join('\n\n') },
      attributes: (d.attributes ?? []).map((a) => {
        const type = a.type?.text ?? '';
        const values = literalValues(type);
        return {
          name: a.name,
          description: oneLine(a.description),
          ...(values ? { values: values.map((name) => ({ name })) } : /^boolean\b/.test(type) ? { valueSet: 'v' } : {}),
        };
      }),
    })),
  };
}

export function vscodeCssData(manifest) {
  const props = new Map();
  const parts = new Set();
  for (const d of elementsOf(manifest)) {
    for (const p of d.cssProperties ?? []) if (!props.has(p.name)) props.set(p.name, { name: p.name, description: oneLine(p.description) });
    for (const p of d.cssParts ?? []) parts.add(`${d.tagName}: ${p.name}`);
  }
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-css-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    properties: [...props.values()],
    pseudoElements: [{ name: '::part', description: `The parts of the evt-* elements:\n${[...parts].join('\n')}` }],
  };
}

// ── Typings ──────────────────────────────────────────────────────────────────────────────────────

const HEADER = '// Generated from custom-elements.json by scripts/manifest.mjs (npm run build). Do not edit.\n';
const jsdoc = (s, indent = '  ') => (s ? `${indent}/** ${oneLine(s).replace(/\*\//g, '*\\/')} */\n` : '');
const quote = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const camel = (s) => s.replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
const pascal = (s) => camel(s).replace(/^./, (c) => c.toUpperCase());

/**
 * Per element, a props interface: every settable public property with the class's own type, every
 * attribute (a framework may set either), and a handler per event in `eventProp`'s naming. Vue
 * maps `page-size` to `pageSize` itself (`camelAttributes`).
 */
function propsInterfaces(manifest, { eventProp, suffix, camelAttributes = false }) {
  let out = '';
  for (const d of elementsOf(manifest)) {
    out += `/** Props of \`<${d.tagName}>\`: properties (set as properties), attributes, and event handlers. */\n`;
    out += `export interface ${d.name}${suffix} {\n`;
    const fields = (d.members ?? []).filter((m) => m.kind === 'field' && isPublic(m) && !m.readonly);
    const names = new Set();
    for (const f of fields) {
      names.add(f.name);
      // In Vue, `heading-level="2"` and `:headingLevel="2"` are the same prop: a static attribute is a string.
      const orString = camelAttributes && f.attribute ? ' | string' : '';
      out += jsdoc(f.description) + `  ${quote(f.name)}?: ${d.name}[${JSON.stringify(f.name)}]${orString};\n`;
    }
    for (const a of d.attributes ?? []) {
      if (names.has(a.name) || (camelAttributes && names.has(camel(a.name)))) continue;
      names.add(a.name);
      const f = fields.find((m) => m.name === a.fieldName);
      const type = f ? `${d.name}[${JSON.stringify(f.name)}] | string` : 'string';
      out += jsdoc(a.description) + `  ${quote(a.name)}?: ${type};\n`;
    }
    for (const e of d.events ?? []) {
      const prop = eventProp(e.name);
      if (names.has(prop)) continue;
      names.add(prop);
      out += jsdoc(e.description) + `  ${quote(prop)}?: (event: EventOf<${JSON.stringify(e.name)}>) => void;\n`;
    }
    out += '}\n\n';
  }
  return out;
}

const PRELUDE = `import type { ${'%CLASSES%'} } from '../lib/define.js';

/** The event class for a name (GlobalEventHandlersEventMap is filled in by evt-widgets' events). */
type EventOf<K extends string> = K extends keyof GlobalEventHandlersEventMap ? GlobalEventHandlersEventMap[K] : Event;

`;
const prelude = (manifest) => PRELUDE.replace('%CLASSES%', elementsOf(manifest).map((d) => d.name).join(', '));

/**
 * React 19 sets a custom element's props as properties when the element has them (else as
 * attributes), and listens to `on<event-name>` props: `onevt-select={…}` for `evt-select`.
 * `import type {} from 'evt-widgets/react'` once (or list it in tsconfig "types").
 */
export function reactTypings(manifest) {
  let out = HEADER + `import type { HTMLAttributes, RefAttributes } from 'react';\n` + prelude(manifest);
  out += propsInterfaces(manifest, { eventProp: (n) => `on${n}`, suffix: 'JsxProps' });
  out += `declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n`;
  for (const d of elementsOf(manifest)) {
    out += `      ${quote(d.tagName)}: ${d.name}JsxProps & Omit<HTMLAttributes<${d.name}>, keyof ${d.name}JsxProps> & RefAttributes<${d.name}>;\n`;
  }
  out += `    }\n  }\n}\n`;
  return out;
}

/**
 * Preact sets props as properties when the element has them, and `onevt-select` listens to
 * `evt-select`. `HTMLAttributes` is exported by `preact` itself from 10.x on and in 11.
 */
export function preactTypings(manifest) {
  let out = HEADER + `import type { HTMLAttributes } from 'preact';\n` + prelude(manifest);
  out += propsInterfaces(manifest, { eventProp: (n) => `on${n}`, suffix: 'JsxProps' });
  out += `declare module 'preact' {\n  namespace JSX {\n    interface IntrinsicElements {\n`;
  for (const d of elementsOf(manifest)) {
    out += `      ${quote(d.tagName)}: ${d.name}JsxProps & Omit<HTMLAttributes<${d.name}>, keyof ${d.name}JsxProps>;\n`;
  }
  out += `    }\n  }\n}\n`;
  return out;
}

/**
 * Vue 3 templates (vue-tsc, Volar): `<evt-list :page-size="6" @evt-select="…">`. Vue sets props
 * as properties when the element has them; `@evt-select` is the `onEvtSelect` prop here. Also tell
 * Vue's compiler the tags are custom elements: `isCustomElement: (tag) => tag.startsWith('evt-')`.
 */
export function vueTypings(manifest) {
  let out = HEADER + `import type { DefineComponent } from 'vue';\n` + prelude(manifest);
  out += propsInterfaces(manifest, { eventProp: (n) => `on${pascal(n)}`, suffix: 'VueProps', camelAttributes: true });
  out += `declare module 'vue' {\n  interface GlobalComponents {\n`;
  for (const d of elementsOf(manifest)) out += `    ${quote(d.tagName)}: DefineComponent<${d.name}VueProps>;\n`;
  out += `  }\n}\n`;
  return out;
}
