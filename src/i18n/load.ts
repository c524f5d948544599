import { registerStrings } from './index';

export type Area = 'network' | 'graph' | 'curves' | 'train';

const LOADERS: Record<Area, () => Promise<Parameters<typeof registerStrings>[0]>> = {
  network: () => Promise.all([import('./en/network'), import('./zh/network')]).then(([e, z]) => ({ en: e.network, zh: z.network })),
  graph: () => Promise.all([import('./en/graph'), import('./zh/graph')]).then(([e, z]) => ({ en: e.graph, zh: z.graph })),
  train: () => Promise.all([import('./en/train'), import('./zh/train')]).then(([e, z]) => ({ en: e.train, zh: z.train })),
  curves: () => Promise.all([import('./en/curves'), import('./zh/curves')]).then(([e, z]) => ({ en: e.curves, zh: z.curves })),
};

const loading = new Map<Area, Promise<void>>();

/**
 * Loads and registers one chapter area's strings (both languages, so switching needs no wait),
 * once: the chapter and the announcer both ask at load, and each ask went through the module
 * preloader again (a scan of the page's links) in the effects of the first render. A failed load
 * is forgotten, so the next ask tries again.
 */
export function loadStrings(area: Area): Promise<void> {
  let p = loading.get(area);
  if (!p) {
    p = LOADERS[area]().then(registerStrings, (e: unknown) => {
      loading.delete(area);
      throw e;
    });
    loading.set(area, p);
  }
  return p;
}
