import { memo } from 'react';
import { useApp } from '../../store/context';
import { useT, useViewTimeline } from '../../store/hooks';
import { reuseCount, writerOf } from '../../core/derive';
import type { Timeline } from '../../core/timeline';
import { Quantity } from '../quantities/Quantity';
import { labelScope, quantityLabel } from '../quantities/labels';
import { useCursorView } from '../quantities/useCursorView';

/**
 * The quantities the chain rule keeps and reads again: every computed value that a later
 * forward, loss or backward step reads (the update step's reads of the gradients are not reuse
 * by the chain rule, so they are left out here). Derived from the records.
 */
export function cachedIds(t: Timeline<string>): string[] {
  const reread = new Set(t.steps.filter((s) => s.phase !== 'update').flatMap((s) => s.hits));
  return t.steps.flatMap((s) => s.writes).filter((id) => reread.has(id));
}

export const CacheLedger = memo(function CacheLedger() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const scope = useApp((s) => labelScope(s.chapter));
  const timeline = useViewTimeline();
  const view = useCursorView({ deferred: true });
  const rows = cachedIds(timeline).filter((id) => view.state(id) !== 'pending');
  return (
    <section className="cache-ledger" aria-labelledby="ledger-title">
      <h3 id="ledger-title">{t('ledger.title')}</h3>
      {rows.length === 0 ? (
        <p className="muted">{t('ledger.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('table.quantity')}</th>
              <th scope="col">{t('table.value')}</th>
              <th scope="col">{t('ledger.writtenBy')}</th>
              <th scope="col">{t('ledger.reuses')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((id) => {
              const state = view.state(id);
              const n = reuseCount(timeline, view.k, id);
              return (
                <tr key={id} className={`state-${state}`}>
                  <th scope="row">
                    {state === 'reused' && (
                      <span className="feeds" aria-label={t('ledger.feedsNow')} title={t('ledger.feedsNow')}>
                        ➜{' '}
                      </span>
                    )}
                    {quantityLabel(id, lang, scope)}
                  </th>
                  <td>
                    <Quantity id={id} value={view.value(id)} state={state} ln={view.logOf(id)} />
                  </td>
                  <td>{t('ledger.step', { k: writerOf(timeline, id) + 1 })}</td>
                  <td className="reuse-count">{n > 0 ? t('ledger.reused', { n }) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
});
