import { memo } from 'react';
import { useApp } from '../../store/context';
import { useT, useViewTimeline } from '../../store/hooks';
import { useCursorView } from './useCursorView';
import type { Timeline } from '../../core/timeline';
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
            <tr key={id} className={`state-${state}`}>
              <th scope="row">{quantityLabel(id, lang, scope)}</th>
              <td>
                <Quantity id={id} value={view.value(id)} state={state} ln={lnOf?.(id) ?? view.logOf(id)} />
                {state === 'pending' && <span className="pending-note">{t('table.pending')}</span>}
              </td>
              <td>{t(`state.${state}`)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
});
