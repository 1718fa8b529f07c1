import type { Plugin } from 'vite';
export const GUARDS: { module: string; what: string; find: string; replace: string }[];
export function guardSource(module: string, source: string): string;
export function hostPageGuardsPlugin(): Plugin;
