import { useId, useState } from 'react';
import { useActions, useApp } from '../../store/context';
import { useT } from '../../store/hooks';
import { PARAM_RANGES } from '../../store/store';
import { inRange } from '../../core/ranges';
import { formatNumber } from '../../core/format';
import { snapToDigits } from '../../core/snap';
import type { GraphInput } from '../../core/graph';

/** The significant digits a typed input keeps (SPEC §10: snapped to the field's precision). */
export const INPUT_DIGITS = 6;

/** The typed text as a valid input value, or undefined (empty, not a number, or out of range). */
export function parseInput(text: string, name: GraphInput): number | undefined {
  if (text.trim() === '') return undefined;
  const x = snapToDigits(Number(text), INPUT_DIGITS);
  return inRange(PARAM_RANGES[name], x) ? x : undefined;
}

function InputField({ name }: { name: GraphInput }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const value = useApp((s) => s[name]);
  const { setParam } = useActions();
  const id = useId();
  // The text being typed ("2." or "-") may not be a number yet; the store keeps the last valid one.
  const shown = formatNumber(value, INPUT_DIGITS);
  const [draft, setDraft] = useState({ text: shown, of: value });
  const text = draft.of === value ? draft.text : shown;
  const valid = parseInput(text, name) !== undefined;
  const { min: lo, max: hi } = PARAM_RANGES[name];
  const whole = (x: number) => x.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
  // The message is the fieldset's own row (CSS order), so showing it never moves the other field.
  return (
    <>
      <div className="graph-field">
        <label htmlFor={id} className="graph-field-name">
          {name}
        </label>
        <input
          id={id}
          type="number"
          inputMode="decimal"
          step="any"
          min={lo}
          max={hi}
          value={text}
          aria-invalid={!valid}
          aria-describedby={`${id}-error`}
          onChange={(e) => {
            const typed = e.currentTarget.value;
            const x = parseInput(typed, name);
            setDraft({ text: typed, of: x ?? value });
            if (x !== undefined) setParam(name, x);
          }}
          // Leaving the field shows the value in force, as the other number fields do.
          onBlur={() => valid && setDraft({ text: shown, of: value })}
        />
      </div>
      <p id={`${id}-error`} className="graph-field-error" aria-live="polite">
        {valid ? '' : t('graph.input.invalid', { name, min: whole(lo), max: whole(hi), value: formatNumber(value) })}
      </p>
    </>
  );
}

/** a and b, the graph's inputs (URL keys a=, b=). */
export function GraphInputs() {
  const t = useT();
  return (
    <fieldset className="graph-inputs">
      <legend className="graph-field-label">{t('graph.inputs.label')}</legend>
      <InputField name="a" />
      <InputField name="b" />
    </fieldset>
  );
}
