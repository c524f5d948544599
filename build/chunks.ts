import { resolve } from 'node:path';

/** What the chunking function may ask of the bundler about a module. */
interface Info {
  importedIds: readonly string[];
  dynamicallyImportedIds: readonly string[];
}
type GetInfo = (id: string) => Info | null;

const norm = (id: string) => id.replace(/\\/g, '/');

/** The chapters' folders; a chapter's strings (i18n/en|zh/<area>.ts) travel in its chunk. */
const AREAS = ['network', 'graph', 'train', 'curves'];

/** The chunks a chapter's cold load runs (besides the entry): the shared one and each chapter's own. */
export const LOAD_PATH_CHUNKS: readonly string[] = ['chapters', ...AREAS];

/**
 * Fewer, larger chunks on the load path (SPEC §6). Left to itself the bundler cut the cold load
 * of a chapter into ~40 files (13 for the entry alone, and a re-exporting stub for every dynamic
 * import): on HTTP/1.1 with six connections a host each small file waits its turn, and every
 * dynamic import of a file already fetched still waits for a task of its own. Every module is
 * placed by the dynamic imports that reach it through static imports only:
 *   - reached from the entry: the entry's one chunk (with the bundler's runtime helpers);
 *   - reached from the timeline builders (the entry loads them before its first render) or from
 *     several chapters: one chunk, which every chapter needs anyway;
 *   - reached from one chapter (and perhaps lazy panels): that chapter's chunk, with its strings;
 *   - anything else (KaTeX, lazy panels' own code, figure export): left to the bundler.
 * The cold load of a chapter is then the entry, the shared chunk, the chapter's chunk, their CSS
 * and KaTeX.
 */
export function chunkGroups(root: string) {
  const entry = norm(resolve(root, 'src/main.tsx'));
  const builders = norm(resolve(root, 'src/store/builders.ts'));
  let placed: Map<string, string> | null = null;

  const place = (getInfo: GetInfo) => {
    const out = new Map<string, string>();
    /** Modules reachable from `from` through static imports, not already in `skip`. */
    const reach = (from: string, skip: Set<string>) => {
      const seen = new Set<string>();
      const stack = [from];
      while (stack.length) {
        const id = stack.pop()!;
        if (seen.has(id) || skip.has(id)) continue;
        seen.add(id);
        for (const dep of getInfo(id)?.importedIds ?? []) stack.push(dep);
      }
      return seen;
    };
    const initial = reach(entry, new Set());
    // Every dynamic import target in the graph, found from the entry outwards.
    const roots = new Set<string>();
    const seen = new Set<string>();
    const stack = [entry];
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      const info = getInfo(id);
      for (const d of info?.dynamicallyImportedIds ?? []) roots.add(d);
      stack.push(...(info?.importedIds ?? []), ...(info?.dynamicallyImportedIds ?? []));
    }
    const afterEntry = reach(builders, initial);
    // The entry module too (it must not await the builders at its top level: their chunk imports
    // this one), and the bundler's runtime helpers: the page's module graph starts with one file.
    for (const id of initial) out.set(id, 'index');
    // The builders' code travels with the chapters' shared code: every chapter loads both, at once.
    for (const id of afterEntry) out.set(id, 'chapters');
    const taken = new Set([...initial, ...afterEntry]);
    const byArea = new Map<string, Set<string>>();
    for (const r of roots) {
      const m = /\/src\/(?:chapters|i18n\/(?:en|zh))\/(\w+)(?:\/\w+Chapter\.tsx|\.ts)$/.exec(norm(r));
      if (!m || !AREAS.includes(m[1])) continue;
      const set = byArea.get(m[1]) ?? new Set<string>();
      for (const id of reach(r, taken)) set.add(id);
      byArea.set(m[1], set);
    }
    const count = new Map<string, number>();
    for (const set of byArea.values()) for (const id of set) count.set(id, (count.get(id) ?? 0) + 1);
    for (const [area, set] of byArea) for (const id of set) out.set(id, count.get(id)! > 1 ? 'chapters' : area);
    return out;
  };

  const namer = (group: string) => (id: string, ctx: { getModuleInfo: GetInfo }): string | null => {
    placed ??= place((m) => ctx.getModuleInfo(m));
    const name = placed.get(id) ?? (/rolldown[\\/]runtime|modulepreload-polyfill|[\\/]index\.html$/.test(id) ? 'index' : null);
    return name === group || (group === 'area' && name !== null && AREAS.includes(name)) ? name : null;
  };
  // A group takes its modules' static imports along (the bundler's default): the groups nearer the
  // entry come first, so what the entry or the builders import stays theirs.
  return ['index', 'chapters', 'area'].map((group, i) => ({ name: namer(group), debugName: group, priority: 3 - i }));
}
