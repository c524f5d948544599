import { useApp } from '../../store/context';
import { useT } from '../../store/hooks';
import { CurveLink } from '../plots/CurveLink';
import { useCursorView } from '../quantities/useCursorView';
import type { CurveId } from '../../core/ids';

/** Where the example sits on the curves: each hidden unit's slope and the output's loss, once computed. */
export function CurveLinks() {
  const t = useT();
  const y = useApp((s) => s.y);
  const view = useCursorView({ deferred: true });
  // The loss link lands on the curve of the example's own label (−log a³ when y = 1).
  const loss: CurveId = y === 1 ? 'neg_log_sigmoid' : 'neg_log_one_minus_sigmoid';
  const links = [
    { chapter: 'derivative' as const, z: 'z2_1', key: 'network.curves.sprime', j: 1, show: undefined },
    { chapter: 'derivative' as const, z: 'z2_2', key: 'network.curves.sprime', j: 2, show: undefined },
    { chapter: 'loss' as const, z: 'z3', key: 'network.curves.loss', j: 0, show: loss },
  ].filter((l) => view.state(l.z) !== 'pending');
  if (links.length === 0) return null;
  return (
    <nav className="curve-links" aria-label={t('network.curves.title')}>
      <span className="muted">{t('network.curves.title')}</span>
      {links.map((l) => (
        <CurveLink key={l.z} chapter={l.chapter} z={view.value(l.z) ?? 0} show={l.show}>
          {t(l.key, { j: ['', '₁', '₂'][l.j] })}
        </CurveLink>
      ))}
    </nav>
  );
}
