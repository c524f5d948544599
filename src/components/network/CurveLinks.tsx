import { useT } from '../../store/hooks';
import { CurveLink } from '../plots/CurveLink';
import { useCursorView } from '../quantities/useCursorView';

/** Where the example sits on the curves: each hidden unit's slope and the output's loss, once computed. */
export function CurveLinks() {
  const t = useT();
  const view = useCursorView({ deferred: true });
  const links = [
    { chapter: 'derivative' as const, z: 'z2_1', key: 'network.curves.sprime', j: 1 },
    { chapter: 'derivative' as const, z: 'z2_2', key: 'network.curves.sprime', j: 2 },
    { chapter: 'loss' as const, z: 'z3', key: 'network.curves.loss', j: 0 },
  ].filter((l) => view.state(l.z) !== 'pending');
  if (links.length === 0) return null;
  return (
    <nav className="curve-links" aria-label={t('network.curves.title')}>
      <span className="muted">{t('network.curves.title')}</span>
      {links.map((l) => (
        <CurveLink key={l.z} chapter={l.chapter} z={view.value(l.z) ?? 0}>
          {t(l.key, { j: ['', '₁', '₂'][l.j] })}
        </CurveLink>
      ))}
    </nav>
  );
}
