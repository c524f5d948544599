import { memo } from 'react';
import { useApp } from '../../store/context';
import { useT, useViewTimeline } from '../../store/hooks';
import { useCursorView } from './useCursorView';
import type { QuantityState, Timeline } from '../../core/timeline';
import { Quantity } from './Quantity';
import { labelScope, quantityLabel } from './labels';

/** Given quantities first, then the computed ones in the order the steps write them. */
export function quantityIds(t: Timeline<string>): string[] {
  return [...new Set([...Object.keys(t.given), ...t.steps.flatMap((s) => s.writes)])];
}

/** Every quantity of the current chapter at the cursor, with its state (SPEC §4.2). */
export const ValuesTable = memo(function ValuesTable({ lnOf }: { lnOf?: (id: string) => number | undefined }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const scope = useApp((s) => labelScope(s.chapter));
  const view = useCursorView({ deferred: true });
  const timeline = useViewTimeline();
  return (
    <table className="values-table">
      <caption>{t('table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.quantity')}</th>
          <th scope="col">{t('table.value')}</th>
          <th scope="col">{t('table.state')}</th>
        </tr>
      </thead>
      <tbody>
        {quantityIds(timeline).map((id) => {
          const state = view.state(id);
          return (
            <Row
              key={id}
              id={id}
              label={quantityLabel(id, lang, scope)}
              value={view.value(id)}
              state={state}
              ln={lnOf?.(id) ?? view.logOf(id)}
              pending={state === 'pending' ? t('table.pending') : undefined}
              stateText={t(`state.${state}`)}
            />
          );
        })}
      </tbody>
    </table>
  );
});

interface RowProps {
  id: string;
  label: string;
  value: number | undefined;
  state: QuantityState;
  ln: number | undefined;
  /** The note beside a pending value. */
  pending: string | undefined;
  stateText: string;
}

// Plain values only: a step re-renders just the rows whose value or state it changed.
const Row = memo(function Row({ id, label, value, state, ln, pending, stateText }: RowProps) {
  return (
    <tr className={`state-${state}`}>
      <th scope="row">{label}</th>
      <td>
        <Quantity id={id} value={value} state={state} ln={ln} />
        {pending !== undefined && <span className="pending-note">{pending}</span>}
      </td>
      <td>{stateText}</td>
    </tr>
  );
});
