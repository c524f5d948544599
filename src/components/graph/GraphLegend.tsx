import { useT } from '../../store/hooks';
import { COLORS, NEGATIVE_DASH } from '../../theme';
import type { GraphMode } from '../../core/graphTimeline';
import { PENDING_DASH } from './graphLayout';

const STATES = ['active', 'reused', 'read'] as const;

function LineSwatch({ stroke, dash }: { stroke: string; dash?: string }) {
  return (
    <svg className="graph-swatch" viewBox="0 0 36 12" aria-hidden="true">
      <line x1="2" y1="6" x2="34" y2="6" stroke={stroke} strokeWidth="3" strokeDasharray={dash} />
    </svg>
  );
}

/** What each mark and line style means, so no meaning rests on colour alone. */
export function GraphLegend({ mode }: { mode: GraphMode }) {
  const t = useT();
  // Only summing over paths repeats work, and it keeps nothing to reuse: its legend has the repeat mark instead.
  const states = mode === 'paths' ? ['active', 'read', 'recomputed'] : STATES;
  return (
    <ul className="graph-legend" aria-label={t('graph.legend.label')}>
      {states.map((s) => (
        <li key={s}>
          <span className={`graph-mark mark-${s}`} aria-hidden="true">
            {t(`graph.mark.${s}`, { n: 2 })}
          </span>
          {t(`state.${s}`)}
        </li>
      ))}
      <li>
        <LineSwatch stroke={COLORS.muted} dash={PENDING_DASH} />
        {t('graph.legend.pending')}
      </li>
      {mode === 'paths' && (
        <li>
          <span className="graph-swatch graph-swatch-path" aria-hidden="true" />
          {t('graph.legend.path')}
        </li>
      )}
      <li>
        <LineSwatch stroke={COLORS.positive} />
        {t('graph.legend.positive')}
      </li>
      <li>
        <LineSwatch stroke={COLORS.negative} dash={NEGATIVE_DASH} />
        {t('graph.legend.negative')}
      </li>
    </ul>
  );
}
