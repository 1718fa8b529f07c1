/**
 * Build-time guards for two defects of our dependencies that make the CDN files throw at import on
 * pages that changed the JavaScript built-ins first. Neither library is forked: the text of one
 * loop or statement is rewritten while Vite bundles it, and the build fails if that text is no
 * longer found exactly once (a new release: check whether it still needs the guard with
 * test/build/hostile-globals.test.ts, then update or drop the guard). Only the CDN files are
 * guarded; an app that bundles the npm build gets zod and Lit from its own node_modules.
 *
 * 1. zod 4.6.7, a page that adds an enumerable property to `Object.prototype`
 *    (`Object.prototype.extend = function () {}`, as Prototype.js, old jQuery plugins and many
 *    CMS scripts do). Building the first schema of each kind (our schema modules do that at
 *    import) runs `$constructor`'s `init` (zod/v4/core/core.js), which installs the kind's
 *    prototype members with `members(proto, table)` (zod/v4/core/util.js). `members` walks
 *    `table`, an object literal, with `for…in`, which also yields the page's inherited key;
 *    `Object.getOwnPropertyDescriptor(table, key)` is `undefined` for it, and reading `.get`
 *    throws "Cannot read properties of undefined (reading 'get')". `derived(computes, table)` in
 *    the same file walks its object literal the same way and would make the inherited key a
 *    member of every schema. The guard skips keys the object does not own, in those two loops
 *    only: an object literal's own keys are exactly what `for…in` yields on a clean page, so
 *    nothing changes there. (No upstream zod issue for it was found to cite: report it there
 *    with this path when the project can reach GitHub.)
 * 2. Lit 3.3 (@lit/reactive-element 2.1), a page that freezes the built-ins (SES `lockdown()`,
 *    hardened pages): `Symbol.metadata ??= Symbol('metadata')` at import throws "Cannot add
 *    property metadata, object is not extensible" on a frozen `Symbol` (reported to projects
 *    using Lit with SES, e.g. toeverything/AFFiNE#5347). The polyfill only serves standard
 *    decorators; ours are the legacy ones, which never read it, and Lit reads
 *    `this[Symbol.metadata]` of a class as `undefined` when it is missing. The guard leaves the
 *    polyfill out when the assignment throws.
 * 3. Rolldown's runtime helper for module namespaces (`__export`, emitted where a dynamic import is
 *    inlined, as in the one-file bundle) copies the namespace's getters with
 *    `for (var name in all) __defProp(target, name, { get: all[name], … })`: on an extended
 *    `Object.prototype` it meets the inherited key, and `defineProperty` throws "Getter must be a
 *    function". The guard (in `generateBundle`, on the output) copies own keys only.
 */

/** Each rewrite: a text that must occur exactly once in the module, and what it becomes. */
export const GUARDS = [
  {
    module: 'zod/v4/core/util.js',
    what: 'zod members(): skip inherited keys of the member table',
    find: 'for (const key in table) {\n        const desc = Object.getOwnPropertyDescriptor(table, key);\n',
    replace:
      'for (const key in table) {\n        const desc = Object.getOwnPropertyDescriptor(table, key);\n        if (!desc) continue; // evt-widgets: an inherited key (a page that extends Object.prototype)\n',
  },
  {
    module: 'zod/v4/core/util.js',
    what: 'zod derived(): skip inherited keys of the computed members',
    find: 'for (const key in computes) {\n',
    replace:
      'for (const key in computes) {\n        if (!Object.getOwnPropertyDescriptor(computes, key)) continue; // evt-widgets: an inherited key\n',
  },
  {
    module: '@lit/reactive-element/reactive-element.js',
    what: 'Lit: no Symbol.metadata polyfill on a frozen Symbol',
    find: 'Symbol.metadata??=Symbol("metadata"),',
    replace: '(()=>{try{Symbol.metadata??=Symbol("metadata")}catch{}})(),',
  },
];

/** The package folder of a guarded module ('zod/', '@lit/reactive-element/'). */
const packageOf = (module) => module.split('/').slice(0, module.startsWith('@') ? 2 : 1).join('/') + '/';

/** Applies the guards of one module to its source; throws if a guard's text is not there exactly once. */
export function guardSource(module, source) {
  let out = source;
  for (const g of GUARDS.filter((x) => x.module === module)) {
    const count = out.split(g.find).length - 1;
    if (count !== 1) {
      throw new Error(
        `evt-widgets guard "${g.what}": expected its text once in ${module}, found it ${count} times. ` +
          'The dependency changed: check whether it still throws on a hostile page ' +
          '(test/build/hostile-globals.test.ts), then update or remove the guard in scripts/lib/host-page-guards.mjs.',
      );
    }
    out = out.replace(g.find, g.replace);
  }
  return out;
}

/** Rolldown's `__export` loop, minified or not: `for (var k in all) defineProp(target, k, { get: all[k], enumerable: … })`. */
const EXPORT_LOOP = /for\s*\(var (\w+) in (\w+)\)\s*([\w$]+)\(([\w$]+),\s*\1,\s*\{\s*get:\s*\2\[\1\],\s*enumerable:\s*(?:true|!0)\s*\}\)/g;

/** Guard 3 on a finished chunk: the namespace loop copies own keys only. */
export function guardChunk(code) {
  return code.replace(EXPORT_LOOP, (_m, k, all, def, target) => `for (var ${k} in ${all})Object.prototype.hasOwnProperty.call(${all},${k})&&${def}(${target},${k},{get:${all}[${k}],enumerable:!0})`);
}

/** The Vite plugin (CDN builds): rewrites the guarded modules as they are bundled. */
export function hostPageGuardsPlugin() {
  const modules = [...new Set(GUARDS.map((g) => g.module))];
  const guarded = new Set();
  const seen = new Set();
  const normalise = (id) => id.split('?')[0].replace(/\\/g, '/');
  return {
    name: 'evt-host-page-guards',
    apply: 'build',
    buildStart() {
      guarded.clear();
      seen.clear();
    },
    transform(code, id) {
      const path = normalise(id);
      for (const m of modules) if (path.includes(`/node_modules/${packageOf(m)}`)) seen.add(packageOf(m));
      const module = modules.find((m) => path.endsWith(`/node_modules/${m}`));
      if (!module) return null;
      guarded.add(module);
      return { code: guardSource(module, code), map: null };
    },
    // On the finished output: Rolldown adds its runtime helpers after the render hooks.
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = guardChunk(chunk.code);
    },
    buildEnd(error) {
      // The package was bundled from other files than the guarded one (moved in a new release):
      // fail rather than ship unguarded.
      const missed = modules.filter((m) => seen.has(packageOf(m)) && !guarded.has(m));
      if (!error && missed.length) {
        throw new Error(`evt-widgets guards: ${missed.join(', ')} was not bundled although its package was; see scripts/lib/host-page-guards.mjs.`);
      }
    },
  };
}
