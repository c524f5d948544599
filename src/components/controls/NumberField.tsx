import { useId, useState } from 'react';
import { formatNumber } from '../../core/format';
import { snapToDigits, snapToStep } from '../../core/snap';
import { beginDrag, useT } from '../../store/hooks';
import { inRange, lowest, type Range } from '../../core/ranges';

type Bounds =
  /** One of core/ranges' ranges: the valid values, the slider's span and step. */
  | { range: Range; min?: undefined; max?: undefined }
  | { range?: undefined; min: number; max: number };

type Props = Bounds & {
  label: string;
  value: number;
  /** Slider range, narrower than the valid range: typing reaches the rest. */
  sliderMin?: number;
  sliderMax?: number;
  step?: number;
  onChange: (x: number) => void;
};

const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;
/** The digits the field shows; a typed value keeps exactly these (SPEC §10). */
export const FIELD_DIGITS = 6;

/**
 * A slider and a number field for one parameter. Typed text that is not a number in range is
 * kept in the field with a message, and the last valid value stays in force.
 */
export function NumberField({ label, value, onChange, ...bounds }: Props) {
  const range: Range = bounds.range ?? { min: bounds.min, max: bounds.max };
  const { min, max } = range;
  const [sliderMin, sliderMax] = [bounds.sliderMin ?? range.slider?.[0] ?? lowest(range), bounds.sliderMax ?? range.slider?.[1] ?? max];
  const step = bounds.step ?? range.step ?? 0.01;
  const valid = (v: number) => inRange(range, v);
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const x = draft === null ? value : Number(draft);
  const invalid = draft !== null && (!NUMBER.test(draft) || !valid(x));
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
        onPointerDown={holdWhileDragged}
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
          if (NUMBER.test(text) && valid(v)) onChange(snapToDigits(v, FIELD_DIGITS));
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

/**
 * While the thumb is dragged the views that follow the store hold what they show (store/hooks
 * beginDrag), so each input paints the slider and its number in the next frame; they catch up
 * when it is let go.
 */
function holdWhileDragged() {
  const end = beginDrag();
  const stop = () => {
    end();
    window.removeEventListener('pointerup', stop);
    window.removeEventListener('pointercancel', stop);
  };
  window.addEventListener('pointerup', stop);
  window.addEventListener('pointercancel', stop);
}
