import { useCallback, useEffect, useRef, useState } from 'react';
import { useActions, useApp, useAppStore } from '../../store/context';
import { useT, useTimeline } from '../../store/hooks';
import { selectAsked, selectPracticeKey, type PracticeVerdict } from '../../store/practiceActions';
import { nextSeed, scoreOf } from '../../core/practice';
import { stateAt } from '../../core/derive';
import type { Timeline } from '../../core/timeline';
import type { Lang } from '../../core/url';
import { Quantity } from '../quantities/Quantity';
import { labelScope, quantityLabel } from '../quantities/labels';
import type { IdScope } from '../../core/tex';
import { PracticeQuestion } from './PracticeQuestion';
import { PracticeReview } from './PracticeReview';
import { figureAtStart } from './printWorksheet';
import { Worksheet } from './Worksheet';
import './practice.css';
import { registerStrings } from '../../i18n';
import { practice as practiceEn } from '../../i18n/en/practice';
import { practice as practiceZh } from '../../i18n/zh/practice';

// Practice's strings come with its code (it loads when practice mode is first turned on).
registerStrings({ en: practiceEn, zh: practiceZh });

/** Practice mode's panel under the step controls (SPEC §9): score, the open question, the verdict, the review. */
export function PracticePanel() {
  const on = useApp((s) => s.practice);
  return on ? <PracticeBody /> : null;
}

function PracticeBody() {
  const t = useT();
  const timeline = useTimeline();
  const key = useApp(selectPracticeKey);
  const asked = useApp(selectAsked);
  const k = useApp((s) => s.step);
  const chapter = useApp((s) => s.chapter);
  const log = useApp((s) => s.practiceLogs[key]);
  const verdict = useApp((s) => s.practiceVerdict);
  const cacheQuestion = useApp((s) => s.practiceCacheQuestion);
  const { practiceLoad, practiceRestart, newExercise, setPracticeCacheQuestion } = useActions();
  const store = useActions();
  const root = useRef<HTMLElement>(null);
  useEffect(() => practiceLoad(key), [key, practiceLoad]);
  // The worksheet is in the page only while printing: its figure is taken when Print is pressed.
  const [sheet, setSheet] = useState<{ figure: string | null } | null>(null);
  const appStore = useAppStore();
  const print = () => void figureAtStart(appStore).then((figure) => setSheet({ figure }));
  const printNow = useCallback(() => window.print(), []);
  useEffect(() => {
    if (!sheet) return;
    const done = () => setSheet(null);
    window.addEventListener('afterprint', done);
    return () => window.removeEventListener('afterprint', done);
  }, [sheet]);
  const score = scoreOf(log);
  const n = timeline.steps.length;
  // The verdict of the step just revealed (the cursor right after it), or of the open question.
  const current =
    verdict && verdict.key === key && (asked ? verdict.index === asked.index : verdict.index === k - 1) ? verdict : null;
  // After a reveal the field is gone: keep the keyboard in the panel, where → and PageDown go on.
  const revealed = current && (current.how === 'right' || current.how === 'shown');
  const present = useApp((s) => s.present);
  useEffect(() => {
    // Not in front of a room: a focus ring on the projector only distracts.
    if (revealed && !present && (document.activeElement === document.body || document.activeElement === null))
      root.current?.focus();
  }, [revealed, present]);
  return (
    <section className="practice" aria-label={t('practice.label')} ref={root} tabIndex={-1}>
      <div className="practice-bar">
        <p className="practice-score" data-correct={score.correct} data-asked={score.asked}>
          {t('practice.score', { k: score.correct, n: score.asked })}
        </p>
        <label className="practice-cache-toggle">
          <input type="checkbox" checked={cacheQuestion} onChange={(e) => setPracticeCacheQuestion(e.currentTarget.checked)} />
          {t('practice.cacheAsk')}
        </label>
        {chapter === 'network' && (
          <button type="button" aria-label={t('practice.newExerciseName')} onClick={() => newExercise(nextSeed(store.seed))}>
            {t('practice.newExercise')}
          </button>
        )}
        <button type="button" onClick={print}>
          {t('practice.print')}
        </button>
        <button type="button" onClick={practiceRestart}>
          {t('practice.restart')}
        </button>
      </div>
      {asked ? (
        <PracticeQuestion key={`${key}:${asked.index}`} step={asked} />
      ) : (
        k === 0 && !current && <p className="practice-intro">{t('practice.intro')}</p>
      )}
      <p className="practice-verdict" role="status" data-verdict={current?.how ?? ''}>
        {current && (
          <VerdictText
            verdict={current}
            timeline={timeline}
            k={k}
            rightFirst={(log?.[current.index]?.correct ?? 0) === (log?.[current.index]?.asked ?? -1)}
          />
        )}
      </p>
      {k >= n && n > 0 && <PracticeReview score={score} />}
      {sheet && <Worksheet figure={sheet.figure} onReady={printNow} />}
    </section>
  );
}

const names = (ids: readonly string[], lang: Lang, sep: string, scope: IdScope | undefined) => ids.map((id) => quantityLabel(id, lang, scope)).join(sep);

/** What the verdict says; revealed values carry the SPEC §4.2 attributes like every number on the page. */
function VerdictText({
  verdict,
  timeline,
  k,
  rightFirst,
}: {
  verdict: PracticeVerdict;
  timeline: Timeline<string>;
  k: number;
  rightFirst: boolean;
}) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const scope = useApp((s) => labelScope(s.chapter));
  const sep = t('list.sep');
  if (verdict.how === 'invalid') {
    const all = verdict.ids.length > 1 && verdict.ids.length === timeline.steps[verdict.index]?.writes.length;
    return <>{all ? t('practice.invalidAll') : t('practice.invalid', { names: names(verdict.ids, lang, sep, scope) })}</>;
  }
  if (verdict.how === 'wrong') {
    return (
      <>
        {verdict.ids.length > 0 && t('practice.wrong', { names: names(verdict.ids, lang, sep, scope) })}
        {verdict.ids.length > 0 && verdict.cacheWrong && ' '}
        {verdict.cacheWrong && t('practice.cacheWrong')}
      </>
    );
  }
  const step = timeline.steps[verdict.index];
  const key = verdict.how === 'shown' ? 'practice.shown' : rightFirst ? 'practice.right' : 'practice.rightAgain';
  const [before, after] = t(key, { values: '\u0000' }).split('\u0000');
  return (
    <>
      {before}
      {step.writes.map((id, i) => (
        <span key={id} className="practice-value">
          {i > 0 && sep}
          {quantityLabel(id, lang, scope)} ={' '}
          <Quantity id={id} value={step.values[id]} state={stateAt(timeline, k, id)} ln={timeline.lnOf?.(id)} />
        </span>
      ))}
      {after}
      {lang === 'zh' ? '' : ' '}
      <span className="practice-next">{k < timeline.steps.length ? t('practice.next') : t('practice.done')}</span>
    </>
  );
}
