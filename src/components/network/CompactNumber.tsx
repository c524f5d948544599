import { useId, useState } from 'react';
import { formatNumber } from '../../core/format';
import { snapToDigits } from '../../core/snap';
import { useT } from '../../store/hooks';
import { FIELD_DIGITS } from '../controls/NumberField';

interface Props {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (x: number) => void;
  onFocus?: () => void;
  onBlur?: () => void;
}

const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;

/**
 * A number field without a slider, for a matrix of weights or a table of samples. As NumberField:
 * text that is not a number in range stays in the field with a message, the last valid value holds.
 */
export function CompactNumber({ label, value, min, max, onChange, onFocus, onBlur }: Props) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const x = draft === null ? value : Number(draft);
  const invalid = draft !== null && (!NUMBER.test(draft) || !(x >= min && x <= max));
  return (
    <span className={`compact-number ${invalid ? 'invalid' : ''}`}>
      <input
        type="text"
        inputMode="decimal"
        aria-label={label}
        value={draft ?? formatNumber(value, FIELD_DIGITS)}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-err` : undefined}
        onFocus={onFocus}
        onChange={(e) => {
          const text = e.currentTarget.value;
          setDraft(text);
          const v = Number(text);
          if (NUMBER.test(text) && v >= min && v <= max) onChange(snapToDigits(v, FIELD_DIGITS));
        }}
        onBlur={() => {
          if (!invalid) setDraft(null);
          onBlur?.();
        }}
      />
      {invalid && (
        <span id={`${id}-err`} className="field-error" role="alert">
          {t('field.invalid', { min: formatNumber(min), max: formatNumber(max) })}
        </span>
      )}
    </span>
  );
}
