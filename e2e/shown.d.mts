export declare function pageShows(want?: { chapter?: string; step?: number; load?: boolean }): boolean;
