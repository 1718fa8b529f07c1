import type { Plugin } from 'vite';
export function minifyCss(text: string, filename?: string): string;
export function minifyCssTemplates(source: string, filename?: string, onSkip?: (offset: number) => void): string;
export function minifyCssPlugin(): Plugin;
