// The Custom Elements Manifest (dist/custom-elements.json), generated from the elements' JSDoc by
// @custom-elements-manifest/analyzer (`npm run build:manifest`, or `npx cem analyze`). Its Lit
// plugin reads the legacy `@property()` decorators; the plugins below teach it this project's
// conventions. What is generated from the manifest (README tables, VS Code data, JSX and Vue
// typings) and the check that fails the build on undocumented API are in scripts/manifest.mjs.
import { posix } from 'node:path';

/** Source module path (`src/elements/evt-list/evt-list.ts`) → the published one (`dist/lib/…/evt-list.js`). */
export const publishedPath = (p) => p.replace(/^\/?(\.\/)?src\//, 'dist/lib/').replace(/\.ts$/, '.js');

/** `import { X } from './a.js'` in `src/b.ts` → `src/a.ts`; null for a bare specifier or no such import. */
function importedFrom(ts, sourceFile, name) {
  for (const st of sourceFile.statements) {
    if (!ts.isImportDeclaration(st) || !st.importClause) continue;
    const named = st.importClause.namedBindings;
    const hit =
      st.importClause.name?.text === name ||
      (named && ts.isNamedImports(named) && named.elements.some((e) => e.name.text === name));
    if (!hit) continue;
    const spec = st.moduleSpecifier.text;
    if (!spec.startsWith('.')) return null;
    return posix.normalize(posix.join(posix.dirname(sourceFile.fileName), spec)).replace(/\.js$/, '.ts');
  }
  return sourceFile.fileName;
}

/**
 * The entries register through `defineElement('evt-list', EvtList)` (src/internal/define.ts, which
 * guards against double registration), not a bare `customElements.define`: read those calls as
 * custom element definitions, so the classes get their tag names.
 */
function defineElementCalls() {
  return {
    name: 'evt-define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      const module = importedFrom(ts, node.getSourceFile(), klass.text);
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text, ...(module ? { module } : {}) } },
      ];
    },
    packageLinkPhase({ customElementsManifest }) {
      // defineElement's own `customElements.define(tag, ctor)` is not a definition of a tag "tag".
      const classes = new Set(customElementsManifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.kind === 'class').map((d) => d.name)));
      for (const mod of customElementsManifest.modules) {
        mod.exports = (mod.exports ?? []).filter((e) => e.kind !== 'custom-element-definition' || classes.has(e.declaration?.name));
      }
    },
  };
}

/**
 * The elements dispatch `Event` subclasses (`new EvtSelectEvent(…)`, src/internal/events.ts) whose
 * name is their `static type`. The analyzer sees the class but not the name: give every event its
 * name and its class as the type, and merge what it found with the `@fires` documentation.
 */
function eventClasses() {
  const types = new Map(); // class name → event name
  return {
    name: 'evt-event-classes',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const m of node.members) {
        const isStatic = m.modifiers?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword);
        if (isStatic && ts.isPropertyDeclaration(m) && m.name.getText() === 'type' && m.initializer && ts.isStringLiteral(m.initializer)) {
          types.set(node.name.text, m.initializer.text);
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const byName = new Map([...types].map(([cls, name]) => [name, cls]));
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          if (!d.events) continue;
          const merged = new Map();
          for (const e of d.events) {
            // `new EvtSelectEvent(detail)` may be read as an event named after its argument: the class decides.
            const name = types.get(e.type?.text) ?? e.name;
            if (!name) continue;
            const prev = merged.get(name);
            const cls = byName.get(name);
            const next = { ...prev, ...e, name, description: prev?.description || e.description };
            if (cls) next.type = { text: cls };
            if (!next.description) delete next.description;
            // Inherited only if every mention is inherited (an element may re-document a base event).
            if (!(e.inheritedFrom && (!prev || prev.inheritedFrom))) delete next.inheritedFrom;
            merged.set(name, next);
          }
          d.events = [...merged.values()].filter((e) => e.name);
        }
      }
    },
  };
}

/**
 * `@cssprop`, `@csspart` and `@cssstate` on the base class (the shared `--evt-*` tokens, the
 * `heading` part) belong to every element: copy them down, as the analyzer does for attributes.
 */
function inheritCssApi() {
  return {
    name: 'evt-inherit-css-api',
    packageLinkPhase({ customElementsManifest }) {
      const classes = new Map();
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) if (d.kind === 'class') classes.set(d.name, { d, mod });
      }
      for (const { d } of classes.values()) {
        if (!d.tagName) continue;
        for (let sup = classes.get(d.superclass?.name); sup; sup = classes.get(sup.d.superclass?.name)) {
          for (const key of ['cssProperties', 'cssParts', 'cssStates', 'slots']) {
            for (const item of sup.d[key] ?? []) {
              d[key] ??= [];
              if (!d[key].some((x) => x.name === item.name)) {
                d[key].push({ ...item, inheritedFrom: { name: sup.d.name, module: sup.mod.path } });
              }
            }
          }
        }
      }
    },
  };
}

/**
 * `timeZone: TimeMode` says little in a table or an editor: spell out aliases of string-literal
 * unions (`type TimeMode = 'event' | 'local'`), so the README shows the values and VS Code offers them.
 */
function literalAliases() {
  const aliases = new Map();
  return {
    name: 'evt-literal-aliases',
    analyzePhase({ ts, node }) {
      if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) return;
      const literals = node.type.types.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal));
      if (literals) aliases.set(node.name.text, node.type.types.map((t) => `'${t.literal.text}'`).join(' | '));
    },
    packageLinkPhase({ customElementsManifest }) {
      const expand = (type) => {
        if (!type?.text) return;
        const text = type.text.split('|').map((p) => aliases.get(p.trim()) ?? p.trim()).join(' | ');
        if (text !== type.text) type.text = text;
      };
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          for (const x of [...(d.members ?? []), ...(d.attributes ?? [])]) expand(x.type);
        }
      }
    },
  };
}

/** Private state (`#x`, `_x`, `private`) is not API: leave it out. */
function publicOnly() {
  return {
    name: 'evt-public-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          if (!d.members) continue;
          d.members = d.members.filter((m) => m.privacy !== 'private' && !/^[#_]/.test(m.name));
        }
      }
    },
  };
}

/** Paths as published: the package ships `dist/lib/**\/*.js`, not `src/**\/*.ts`. */
function publishedPaths() {
  const fix = (ref) => {
    if (ref?.module) ref.module = publishedPath(ref.module);
  };
  return {
    name: 'evt-published-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const dir = posix.dirname(mod.path);
        for (const ex of mod.exports ?? []) {
          // Relative re-export specifiers (`./elements/…`) become package paths too.
          if (ex.declaration?.module?.startsWith('.')) ex.declaration.module = posix.normalize(posix.join(dir, ex.declaration.module));
          fix(ex.declaration);
        }
        for (const d of mod.declarations ?? []) {
          fix(d.superclass);
          for (const list of [d.members, d.attributes, d.events, d.cssProperties, d.cssParts, d.cssStates, d.slots]) {
            for (const x of list ?? []) fix(x.inheritedFrom);
          }
        }
        mod.path = publishedPath(mod.path);
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.d.ts'],
  outdir: 'dist',
  litelement: true,
  // package.json already has "customElements": "dist/custom-elements.json".
  packagejson: false,
  plugins: [defineElementCalls(), eventClasses(), literalAliases(), inheritCssApi(), publicOnly(), publishedPaths()],
};
