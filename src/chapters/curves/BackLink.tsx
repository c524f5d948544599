import { useActions, useApp } from '../../store/context';
import { useT } from '../../store/hooks';

/** Shown after a curve link: returns to the chapter and step the student came from. */
export function BackLink() {
  const t = useT();
  const back = useApp((s) => s.backTo);
  const { goBack } = useActions();
  if (!back) return null;
  return (
    <button type="button" className="back-link" onClick={goBack}>
      <span aria-hidden="true">← </span>
      {t('curve.back', { chapter: t(`chapter.${back.chapter}`), step: back.step })}
    </button>
  );
}
