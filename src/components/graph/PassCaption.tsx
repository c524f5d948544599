import { useT } from '../../store/hooks';
import { useApp } from '../../store/context';
import { quantityLabel } from '../quantities/labels';
import type { GraphMode } from '../../core/graphTimeline';
import type { GraphView } from './graphView';

/** Which derivative pass the current step belongs to, with its seed or its path (from the records). */
export function PassCaption({ view, mode }: { view: Pick<GraphView, 'pass' | 'passes'>; mode: GraphMode }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const label = (id: string | null | undefined) => (id ? quantityLabel(id, lang) : '');
  const { pass, passes } = view;
  const current = passes[pass - 1];
  // A chain's sum over paths takes one input per pass (all its paths), not one path.
  const key = passes.some((p) => p.input) ? 'chainPaths' : mode;
  const vars = { i: pass, n: passes.length, seed: label(current?.seed), path: current?.path?.join(' → ') ?? '', input: label(current?.input) };
  const text = current ? t(`graph.pass.${key}`, vars) : t(`graph.pass.before.${key}`, vars);
  return <figcaption className={`graph-pass ${current ? 'is-live' : ''}`}>{text}</figcaption>;
}
