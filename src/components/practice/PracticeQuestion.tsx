import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useActions, useApp } from '../../store/context';
import { useT } from '../../store/hooks';
import { cacheAsked } from '../../store/practiceActions';
import { cacheCandidates, parseAnswer } from '../../core/practice';
import type { Step } from '../../core/timeline';
import { Formula } from '../math/Formula';
import { labelScope, quantityLabel } from '../quantities/labels';

/**
 * The open question: the coming step's symbolic formula (its result not shown), one field per
 * value it writes, the optional cache question, Check and Show answer. Enter checks.
 */
export function PracticeQuestion({ step }: { step: Step<string> }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const scope = useApp((s) => labelScope(s.chapter));
  const present = useApp((s) => s.present);
  const askCache = useApp((s) => cacheAsked(s, step));
  // The fields the last Check found wrong or not a number, marked so a person sees which.
  const flagged = useApp((s) => (s.practiceVerdict?.index === step.index ? s.practiceVerdict.ids : undefined));
  const { practiceCheck, practiceShowAnswer } = useActions();
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const first = useRef<HTMLInputElement>(null);
  // A student at the desk types at once; in front of a room a caret on the screen only distracts.
  useEffect(() => {
    if (!present) first.current?.focus();
  }, [present]);
  const single = step.writes.length === 1;
  // The question is read out with the field a screen reader lands on.
  const askId = useId();
  const check = (e: FormEvent) => {
    e.preventDefault();
    practiceCheck(Object.fromEntries(step.writes.map((id) => [id, parseAnswer(typed[id] ?? '')])), picked);
  };
  const toggle = (id: string) => setPicked((p) => (p.has(id) ? new Set([...p].filter((x) => x !== id)) : new Set([...p, id])));
  return (
    <form className="practice-question" onSubmit={check} noValidate aria-labelledby={askId}>
      <p className="practice-ask" id={askId}>
        {/* The formula may not name what it gives (e⁻ᶻ): say it, unless the list would be long. */}
        {step.writes.length <= 3
          ? t('practice.questionOf', {
              k: step.index + 1,
              names: step.writes.map((id) => quantityLabel(id, lang, scope)).join(t('list.sep')),
            })
          : t('practice.question', { k: step.index + 1 })}
      </p>
      <Formula tex={step.tex.symbolic} label={t('step.formula')} />
      <div className={`practice-fields${single ? '' : ' practice-fields-many'}`}>
        {step.writes.map((id, i) => (
          <label key={id} className="practice-field">
            <span>{single ? t('practice.answer') : t('practice.answerFor', { name: quantityLabel(id, lang, scope) })}</span>
            <input
              ref={i === 0 ? first : undefined}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              aria-describedby={i === 0 ? askId : undefined}
              aria-invalid={flagged?.includes(id) || undefined}
              value={typed[id] ?? ''}
              onChange={(e) => setTyped({ ...typed, [id]: e.currentTarget.value })}
            />
          </label>
        ))}
      </div>
      {askCache && (
        <fieldset className="practice-cache">
          <legend>{t('practice.cacheQuestion')}</legend>
          {cacheCandidates(step).map((id) => (
            <label key={id}>
              <input type="checkbox" checked={picked.has(id)} onChange={() => toggle(id)} />
              {quantityLabel(id, lang, scope)}
            </label>
          ))}
        </fieldset>
      )}
      <div className="practice-buttons">
        <button type="submit" className="primary">
          {t('practice.check')}
        </button>
        <button type="button" onClick={practiceShowAnswer}>
          {t('practice.show')}
        </button>
      </div>
    </form>
  );
}
