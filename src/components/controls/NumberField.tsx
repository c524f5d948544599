import { useId, useState } from 'react';
import { formatNumber } from '../../core/format';
import { snapToDigits, snapToStep } from '../../core/snap';
import { useT } from '../../store/hooks';

interface Props {
  label: string;
  value: number;
  min: number;
  max: number;
  /** Slider range, narrower than the valid range: typing reaches the rest. */
  sliderMin?: number;
  sliderMax?: number;
  step?: number;
  onChange: (x: number) => void;
}

const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;
/** The digits the field shows; a typed value keeps exactly these (SPEC §10). */
export const FIELD_DIGITS = 6;

/**
 * A slider and a number field for one parameter. Typed text that is not a number in range is
 * kept in the field with a message, and the last valid value stays in force.
 */
export function NumberField({ label, value, min, max, sliderMin = min, sliderMax = max, step = 0.01, onChange }: Props) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const x = draft === null ? value : Number(draft);
  const invalid = draft !== null && (!NUMBER.test(draft) || !(x >= min && x <= max));
  const shown = draft ?? formatNumber(value, FIELD_DIGITS);
  return (
    <div className={`number-field ${invalid ? 'invalid' : ''}`}>
      <label htmlFor={`${id}-n`}>{label}</label>
      <input
        type="range"
        aria-label={label}
        min={sliderMin}
        max={sliderMax}
        step={step}
        value={Math.min(sliderMax, Math.max(sliderMin, value))}
        onChange={(e) => {
          setDraft(null);
          // The slider's own precision: its step (0.6, never 0.6000000000000001).
          onChange(snapToStep(Number(e.currentTarget.value), step));
        }}
      />
      <input
        id={`${id}-n`}
        type="text"
        inputMode="decimal"
        value={shown}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-err` : undefined}
        onChange={(e) => {
          const text = e.currentTarget.value;
          setDraft(text);
          const v = Number(text);
          if (NUMBER.test(text) && v >= min && v <= max) onChange(snapToDigits(v, FIELD_DIGITS));
        }}
        onBlur={() => !invalid && setDraft(null)}
      />
      {invalid && (
        <p id={`${id}-err`} className="field-error" role="alert">
          {t('field.invalid', { min: formatNumber(min), max: formatNumber(max) })}
        </p>
      )}
    </div>
  );
}
