import { memo } from 'react';
import { useApp } from '../../store/context';
import { useT, useViewTimeline, useViewNet } from '../../store/hooks';
import { CurveLink } from '../plots/CurveLink';
import { useCursorView } from '../quantities/useCursorView';
import { quantityLabel } from '../quantities/labels';
import { netIds, parseId } from '../../core/netIds';
import type { CurveId } from '../../core/ids';
import { figureSample } from './figureIds';

/** More hidden units than this: only the layer the current step works on gets links. */
const ALL_HIDDEN_UP_TO = 4;

/** Where the shown sample sits on the curves: each hidden unit's slope and each output's loss, once computed. */
export const CurveLinks = memo(function CurveLinks() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  // The shape the views' timeline is of (an edit reaches both in the same render).
  const { layers, samples } = useViewNet();
  const m = samples.length;
  const timeline = useViewTimeline();
  const view = useCursorView({ deferred: true });
  const L = layers.length;
  const at = m > 1 ? figureSample(timeline.steps, view.k) : 1;
  const ids = netIds(layers, m);
  const stepLayer = view.step?.writes.map((id) => parseId(id)?.l).find((l) => l !== undefined);
  const hidden = layers.slice(1, L - 1).flatMap((s, k) => Array.from({ length: s }, (_, j) => ({ l: k + 2, j: j + 1 })));
  const few = hidden.length <= ALL_HIDDEN_UP_TO;
  const links = [
    ...hidden
      .filter((u) => few || u.l === stepLayer)
      .map((u) => ({ chapter: 'derivative' as const, z: ids.z(u.l, u.j, at), text: t('network.curves.sprimeOf', { z: unitName(ids.z(u.l, u.j), lang) }), show: undefined })),
    ...Array.from({ length: layers[L - 1] }, (_, k) => {
      // The loss link lands on the curve of the sample's own label (−log a when y = 1).
      const loss: CurveId = view.value(ids.y(k + 1, at)) === 0 ? 'neg_log_one_minus_sigmoid' : 'neg_log_sigmoid';
      return { chapter: 'loss' as const, z: ids.z(L, k + 1, at), text: t('network.curves.lossOf', { a: unitName(ids.a(L, k + 1), lang) }), show: loss };
    }),
  ].filter((l) => view.state(l.z) !== 'pending');
  if (links.length === 0) return null;
  return (
    <nav className="curve-links" aria-label={t('network.curves.title')}>
      <span className="muted">{t('network.curves.title')}</span>
      {links.map((l) => (
        <CurveLink key={l.z} chapter={l.chapter} z={view.value(l.z) ?? 0} show={l.show}>
          {l.text}
        </CurveLink>
      ))}
    </nav>
  );
});

const unitName = (id: string, lang: 'en' | 'zh') => quantityLabel(id, lang, 'network');
