import type { Plugin } from 'vite';
export const TERSER_OPTIONS: Readonly<Record<string, unknown>>;
export function terse(code: string, filename?: string): Promise<string>;
export function terseIfSmaller(code: string, filename?: string): Promise<string>;
export function terserPassPlugin(): Plugin;
