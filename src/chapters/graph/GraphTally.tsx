import { useId, useMemo } from 'react';
import { useActions, useApp } from '../../store/context';
import { useT } from '../../store/hooks';
import { tally, type Tally } from '../../core/derive';
import { buildGraphTimeline, GRAPH_MODES } from '../../core/graphTimeline';
import { THETA_IDS } from '../../core/ids';

const ROWS: readonly (keyof Tally)[] = ['mults', 'adds', 'passes', 'recomputed'];

/** The three methods side by side, each counted from its own timeline's records. */
export function GraphTally() {
  const t = useT();
  const a = useApp((s) => s.a);
  const b = useApp((s) => s.b);
  const mode = useApp((s) => s.mode);
  const chain = useApp((s) => s.chain);
  const { setChapter } = useActions();
  const captionId = useId();
  const tallies = useMemo(() => GRAPH_MODES.map((m) => tally(buildGraphTimeline(a, b, m, chain))), [a, b, chain]);
  return (
    <section className="graph-tally" aria-labelledby={captionId}>
      <table className="data-table">
        <caption id={captionId}>{t('graph.tally.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('graph.tally.measure')}</th>
            {GRAPH_MODES.map((m) => (
              <th key={m} scope="col" className={m === mode ? 'is-current' : undefined}>
                {t(`graph.mode.${m}`)}
                {m === mode && <span className="graph-current"> ({t('graph.tally.shown')})</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row}>
              <th scope="row">{t(`graph.tally.${row}`)}</th>
              {GRAPH_MODES.map((m, i) => (
                <td key={m} className={m === mode ? 'is-current' : undefined}>
                  {tallies[i][row]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="graph-why">
        {t('graph.why', { weights: THETA_IDS.length })}{' '}
        <button type="button" className="graph-link" onClick={() => setChapter('network')}>
          {t('graph.toNetwork')}
        </button>
      </p>
    </section>
  );
}
