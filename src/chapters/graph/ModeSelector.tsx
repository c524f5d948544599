import { useId } from 'react';
import { useActions, useApp } from '../../store/context';
import { useT } from '../../store/hooks';
import { GRAPH_MODES } from '../../core/graphTimeline';

/**
 * paths | forward | reverse as toggle buttons (aria-pressed), not radios: the arrow keys stay
 * with the step controls (SPEC §4.3), and Tab reaches each method directly.
 */
export function ModeSelector() {
  const t = useT();
  const mode = useApp((s) => s.mode);
  const { setMode } = useActions();
  const labelId = useId();
  return (
    <div className="graph-modes">
      <div className="graph-mode-buttons" role="group" aria-labelledby={labelId}>
        <span id={labelId} className="graph-field-label">
          {t('graph.mode.label')}
        </span>
        {GRAPH_MODES.map((m) => (
          <button key={m} type="button" aria-pressed={m === mode} onClick={() => setMode(m)}>
            {t(`graph.mode.${m}`)}
          </button>
        ))}
      </div>
      <p className="graph-mode-about">{t(`graph.about.${mode}`)}</p>
    </div>
  );
}
