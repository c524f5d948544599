import { lazy, Suspense, memo } from 'react';
import { useActions, useApp } from '../../store/context';
import { useT, useTimeline } from '../../store/hooks';
import { SPEEDS, type AppState } from '../../store/store';
import { neighbourStop } from '../../store/lesson';

/** Practice mode's panel loads, with its strings, the first time practice is turned on: not with the first paint. */
const PracticePanel = lazy(() => import('../practice/PracticePanel').then((m) => ({ default: m.PracticePanel })));

/** Next / Previous / Play–Pause / Reset (SPEC §4.3), a speed choice, a scrubber and the step counter. */
export const StepControls = memo(function StepControls() {
  const t = useT();
  const k = useApp((s) => s.step);
  const n = useTimeline().steps.length;
  const playing = useApp((s) => s.playing);
  const speed = useApp((s) => s.speed);
  const chapter = useApp((s) => s.chapter);
  const mode = useApp((s) => s.mode);
  const practice = useApp((s) => s.practice);
  const { stepForward, stepBack, togglePlay, reset, seek, setSpeed, pageForward } = useActions();
  // At the last step the lesson goes on (as PageDown does): to the next chapter, or the graph's next method.
  const next = k >= n ? neighbourStop({ chapter, mode }, 1) : undefined;
  const nextName =
    next &&
    (next.chapter === chapter && next.mode
      ? t('controls.nextMode', { title: t(`graph.mode.${next.mode}`) })
      : t('controls.nextChapter', { title: t(`chapter.${next.chapter}`) }));
  return (
    <>
      <div className="step-controls" role="group" aria-label={t('controls.label')}>
        <div className="buttons">
          <button type="button" onClick={stepBack} disabled={k === 0}>
            <span aria-hidden="true">◀ </span>
            {t('controls.prev')}
          </button>
          {/* Practice asks before each step: playing would reveal them unasked. */}
          <button type="button" onClick={togglePlay} disabled={n === 0 || practice} aria-pressed={playing}>
            <span aria-hidden="true">{playing ? '❚❚ ' : '▶ '}</span>
            {playing ? t('controls.pause') : t('controls.play')}
          </button>
          <button type="button" onClick={stepForward} disabled={k >= n} className="primary">
            {t('controls.next')}
            <span aria-hidden="true"> ▶</span>
          </button>
          {next && (
            <button type="button" onClick={pageForward} className="primary next-chapter">
              {nextName}
              <span aria-hidden="true"> ▶</span>
            </button>
          )}
          <button type="button" onClick={reset} disabled={k === 0 && !playing}>
            <span aria-hidden="true">⟲ </span>
            {t('controls.reset')}
          </button>
        </div>
        <div className="scrub">
          <label>
            <span className="visually-hidden">{t('controls.scrubber')}</span>
            <input
              type="range"
              min={0}
              max={n}
              step={1}
              value={k}
              aria-valuetext={t('controls.counter', { k, n })}
              onChange={(e) => seek(Number(e.currentTarget.value))}
            />
          </label>
          {/* Announced with the step's content by the Announcer, so not live here. */}
          <span className="counter">{t('controls.counter', { k, n })}</span>
          <label className="speed">
            {t('controls.speed')}
            <select value={speed} onChange={(e) => setSpeed(Number(e.currentTarget.value) as AppState['speed'])}>
              {SPEEDS.map((v) => (
                <option key={v} value={v}>
                  {v}×
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      {practice && (
        // Until its chunk has arrived the panel is a hidden marker, so a test (or anything that
        // must know the page is complete) can wait for it as for a formula waiting for KaTeX.
        <Suspense fallback={<span className="practice-loading" hidden />}>
          <PracticePanel />
        </Suspense>
      )}
    </>
  );
});
