/** The graph chapter's three methods (SPEC §4.1 `mode`), apart from their timelines so the URL codec can name them without loading them. */
export type GraphMode = 'paths' | 'forward' | 'reverse';
export const GRAPH_MODES: readonly GraphMode[] = ['paths', 'forward', 'reverse'];
