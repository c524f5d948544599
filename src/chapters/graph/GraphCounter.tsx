import { useApp } from '../../store/context';
import { useDeferredStep, useT, useTimeline } from '../../store/hooks';
import { graphCounts } from '../../core/graphCounts';

/** Summing over paths against reverse mode, for the ∂e/∂x found so far, with the one counting rule. */
export function GraphCounter() {
  const t = useT();
  const timeline = useTimeline();
  const k = useDeferredStep();
  const a = useApp((s) => s.a);
  const b = useApp((s) => s.b);
  const chain = useApp((s) => s.chain);
  const counts = graphCounts(timeline, k, a, b, chain);
  const rows = [
    { key: 'naive', n: counts.naive },
    { key: 'backprop', n: counts.backprop },
  ] as const;
  return (
    <section className="graph-counter" aria-labelledby="graph-count-title">
      <h3 id="graph-count-title">{t('graph.count.title')}</h3>
      <dl>
        {rows.map(({ key, n }) => (
          <div key={key} className={`graph-count-row ${key}`}>
            <dt>{t(`graph.count.${key}`)}</dt>
            <dd>
              <span className="graph-count-n" data-quantity={`mults_${key}`} data-value={String(n)} data-state="done">
                {n.toLocaleString('en')}
              </span>
            </dd>
          </div>
        ))}
      </dl>
      <p className="graph-count-note">{t('graph.count.note', { found: counts.found, total: counts.total })}</p>
      <p className="graph-count-rule">{t('graph.count.rule')}</p>
    </section>
  );
}
