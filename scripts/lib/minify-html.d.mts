import type { Plugin } from 'vite';
export const HTML_OPTIONS: Readonly<Record<string, boolean>>;
export function minifyHtmlTemplates(source: string, filename?: string): Promise<string>;
export function minifyHtmlPlugin(): Plugin;
