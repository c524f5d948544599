import { memo } from 'react';
import { useT } from '../../store/hooks';
import { NEGATIVE_DASH } from '../../theme';
import { useCursorView } from '../quantities/useCursorView';

/** What line style, width and highlight mean in the figure, each shown with its own mark. */
export const FigureLegend = memo(function FigureLegend() {
  const t = useT();
  // At the update the edges read old → new: say what the arrow means while it is shown.
  const updating = useCursorView().step?.writes.some((id) => id.startsWith('new_theta')) ?? false;
  const line = (cls: string, dash?: string) => (
    <svg width="34" height="12" aria-hidden="true">
      <line x1="2" y1="6" x2="32" y2="6" className={cls} strokeDasharray={dash} />
    </svg>
  );
  return (
    <ul className="figure-legend">
      <li>
        {line('legend-positive')} {t('network.legend.positive')}
      </li>
      <li>
        {line('legend-negative', NEGATIVE_DASH)} {t('network.legend.negative')}
      </li>
      <li>{t('network.legend.width')}</li>
      <li>{t(updating ? 'network.legend.update' : 'network.legend.grad')}</li>
      <li>
        <span className="swatch state-active" aria-hidden="true" /> {t('network.legend.active')}
      </li>
      <li>
        <span className="swatch state-reused" aria-hidden="true" /> {t('network.legend.reused')}
      </li>
      <li>
        <span className="swatch state-read" aria-hidden="true" /> {t('network.legend.read')}
      </li>
    </ul>
  );
});
