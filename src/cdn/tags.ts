/** The three tags the CDN files define: the loader loads each one's code, the one file has all three. */
export const TAGS = ['evt-list', 'evt-detail', 'evt-register'] as const;
export type Tag = (typeof TAGS)[number];
