/**
 * For the self-contained file only (vite.config.ts, `bundleBuild`): every `import('…')` of a module
 * that the file holds anyway (our own lazy chunks: the writes, the calendar writer, the event form)
 * becomes a static import and `Promise.resolve(namespace)`. Inlined as dynamic imports,
 * Rolldown wraps each such module and everything it imports in a lazy initialiser to keep their
 * order of evaluation, which makes the one file bigger for nothing (it has no chunks to defer).
 * The languages (src/i18n/index.ts), DOMPurify and the specifiers in `keep` (the event form:
 * files beside the bundle) stay dynamic. Runs after the TypeScript transform, so type positions
 * (`typeof import(…)`) are gone.
 */
const DYNAMIC = /\bimport\(\s*(['"])(\.{1,2}\/[^'"]+)\1\s*\)/g;

/**
 * @param {{ keep?: readonly string[] }} [options] specifiers whose `import()` stays dynamic
 * @returns {import('vite').Plugin}
 */
export function staticImportsPlugin({ keep = [] } = {}) {
  return {
    name: 'evt-static-imports',
    transform(code, id) {
      if (!/[\\/]src[\\/].+\.[mc]?[jt]s$/.test(id) || /[\\/]src[\\/]i18n[\\/]index\.ts$/.test(id)) return null;
      const hoisted = [];
      const out = code.replace(DYNAMIC, (m, _q, spec) => {
        if (keep.includes(spec)) return m;
        const name = `__evtStatic${hoisted.length}`;
        hoisted.push(`import * as ${name} from ${JSON.stringify(spec)};`);
        return `Promise.resolve(${name})`;
      });
      return hoisted.length ? { code: `${hoisted.join('\n')}\n${out}`, map: null } : null;
    },
  };
}
