import type { Plugin } from 'vite';
export function minifyHtmlTemplates(source: string, filename?: string): Promise<string>;
export function minifyHtmlPlugin(): Plugin;
