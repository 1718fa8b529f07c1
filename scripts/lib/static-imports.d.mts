import type { Plugin } from 'vite';
export function staticImportsPlugin(options?: { keep?: readonly string[] }): Plugin;
