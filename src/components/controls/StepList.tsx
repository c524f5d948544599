import { memo, useEffect, useRef, type RefObject } from 'react';
import { useActions, useApp } from '../../store/context';
import { useT, useViewTimeline, useDeferredStep } from '../../store/hooks';
import { labelScope, quantityLabel } from '../quantities/labels';

/** Every step of the current timeline as a button; the current one is marked and kept in view. */
export const StepList = memo(function StepList() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const scope = useApp((s) => labelScope(s.chapter));
  const k = useDeferredStep();
  const { steps } = useViewTimeline();
  const { seek } = useActions();
  const list = useRef<HTMLOListElement>(null);
  const current = useRef<HTMLButtonElement>(null);
  const visible = useRef(false);
  useEffect(() => {
    const ol = list.current;
    if (!ol || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver(([e]) => (visible.current = e.isIntersecting));
    io.observe(ol);
    return () => io.disconnect();
  }, []);
  // Keep the current step in view by scrolling the list itself, never the page; only while the
  // list is on screen, and in the next frame, so stepping never forces an extra layout.
  useEffect(() => {
    if (!visible.current) return;
    const id = requestAnimationFrame(() => {
      const [ol, li] = [list.current, current.current?.parentElement];
      if (!ol || !li) return;
      if (li.offsetTop < ol.scrollTop || li.offsetTop + li.offsetHeight > ol.scrollTop + ol.clientHeight) {
        ol.scrollTop = li.offsetTop - ol.clientHeight / 2;
      }
    });
    return () => cancelAnimationFrame(id);
  }, [k]);
  return (
    <nav className="step-list" aria-label={t('steps.title')}>
      <ol ref={list}>
        <li>
          <button type="button" onClick={() => seek(0)} aria-current={k === 0 ? 'step' : undefined} ref={k === 0 ? current : undefined}>
            <span className="step-no">0</span> {t('steps.start')}
          </button>
        </li>
        {steps.map((s) => (
          <Item
            key={s.index}
            n={s.index + 1}
            phase={s.phase}
            names={s.writes.length > 3 ? t('steps.many', { n: s.writes.length }) : s.writes.map((id) => quantityLabel(id, lang, scope)).join(t('list.sep'))}
            current={k === s.index + 1 ? current : undefined}
            seek={seek}
          />
        ))}
      </ol>
    </nav>
  );
});

interface ItemProps {
  n: number;
  phase: string;
  names: string;
  /** The list's ref for the current step's button, given to that step only. */
  current: RefObject<HTMLButtonElement | null> | undefined;
  seek: (k: number) => void;
}

// Plain values only: a step re-renders just the two items whose mark moved.
const Item = memo(function Item({ n, phase, names, current, seek }: ItemProps) {
  return (
    <li className={`phase-${phase}`}>
      <button type="button" onClick={() => seek(n)} aria-current={current ? 'step' : undefined} ref={current}>
        <span className="step-no">{n}</span> {names}
      </button>
    </li>
  );
});
