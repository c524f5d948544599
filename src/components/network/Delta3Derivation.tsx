import { useId, useState, memo } from 'react';
import { useT } from '../../store/hooks';
import { useCursorView } from '../quantities/useCursorView';
import { Formula } from '../math/Formula';
import { delta3Lines } from './delta3Lines';
import './derivations.css';

/**
 * "Why a³ − y?": the source's derivation of δ³, five lines with this example's numbers, behind a
 * disclosure button. Shown while the current step writes delta3 (whatever its index).
 */
export const Delta3Derivation = memo(function Delta3Derivation() {
  const t = useT();
  const view = useCursorView({ deferred: true });
  const [open, setOpen] = useState(false);
  const panel = useId();
  if (!view.step?.writes.includes('delta3')) return null;
  const [z3, y, delta3] = [view.value('z3'), view.value('y'), view.value('delta3')];
  if (z3 === undefined || delta3 === undefined || (y !== 0 && y !== 1)) return null;
  return (
    <section className="net-derivation" aria-label={t('derive3.title')}>
      <button type="button" className="disclosure" aria-expanded={open} aria-controls={panel} onClick={() => setOpen(!open)}>
        <span aria-hidden="true" className="disclosure-mark">{open ? '▾' : '▸'}</span> {t('derive3.toggle')}
      </button>
      <div id={panel} hidden={!open}>
        {open && (
          <>
            <p className="muted">{t('derive3.intro')}</p>
            <ol className="net-derivation-lines">
              {delta3Lines(z3, y, delta3).map((line, k) => (
                <li key={line.move}>
                  <p className="move">{t(line.move)}</p>
                  <Formula tex={line.symbolic} label={t('derive3.line', { n: k + 1 })} />
                  <div className="formula-numeric">
                    <Formula tex={line.numeric} label={t('derive3.lineNumbers', { n: k + 1 })} />
                  </div>
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </section>
  );
});
