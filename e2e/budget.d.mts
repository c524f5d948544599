export declare const BUDGETS: {
  firstPaintKB: number;
  distMB: number;
  fcp4xMs: number;
  networkReady4xMs: number;
  autoplayP95Ms: number;
  autoplayP95Throttled4xMs: number;
  trainP95Throttled4xMs: number;
  sliderWorkP95Ms: number;
  sliderEventMs: number;
  engineRatio: number;
};
export declare const gzipBytes: (path: string) => number;
export declare function firstPaintFiles(dist: string): string[];
export declare function firstPaintGzip(dist: string): number;
export declare function diskBytes(dir: string): number;
