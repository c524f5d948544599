import { useT } from '../../store/hooks';
import type { GraphMode } from '../../core/graphTimeline';
import type { GraphView } from './graphView';

/** Which derivative pass the current step belongs to, with its seed or its path (from the records). */
export function PassCaption({ view, mode }: { view: GraphView; mode: GraphMode }) {
  const t = useT();
  const { pass, passes } = view;
  const current = passes[pass - 1];
  const text = current
    ? t(`graph.pass.${mode}`, { i: pass, n: passes.length, seed: current.seed ?? '', path: current.path?.join(' → ') ?? '' })
    : t(`graph.pass.before.${mode}`, { n: passes.length });
  return <figcaption className={`graph-pass ${current ? 'is-live' : ''}`}>{text}</figcaption>;
}
