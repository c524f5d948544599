import type { ReactNode } from 'react';
import { useT } from '../../store/hooks';
import { formatNumber } from '../../core/format';
import type { Box } from './graphLayout';
import type { Shown } from './graphView';

const MARKED = ['active', 'reused', 'read', 'recomputed'] as const;

/** The non-colour cue of a state: a symbol (explained in the legend); ×n counts the writes so far. */
export function StateMark({ shown }: { shown: Shown }) {
  const t = useT();
  const { state, writes } = shown;
  if (!(MARKED as readonly string[]).includes(state)) return null;
  return (
    <tspan className={`graph-mark mark-${state}`} aria-hidden="true">
      {t(`graph.mark.${state}`, { n: writes })}
    </tspan>
  );
}

/** Long numbers (−1.235e+5, 0.0001234) get a smaller font so they stay inside their box. */
export const fitClass = (value: number | undefined, room: number): string =>
  value !== undefined && formatNumber(value).length > room ? 'is-long' : '';

/** A box of the figure: outline and fill follow `shown`'s state, its mark sits in the top-right corner. */
export function GraphBox({
  box,
  shown,
  className,
  children,
}: {
  box: Box;
  shown: Shown;
  className: string;
  children: ReactNode;
}) {
  return (
    <g className={`graph-box ${className} state-${shown.state}`}>
      <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={10} />
      {children}
      <text x={box.x + box.w - 7} y={box.y + 18} textAnchor="end" className="graph-corner">
        <StateMark shown={shown} />
      </text>
    </g>
  );
}
