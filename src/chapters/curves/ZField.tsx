import { useId, useState } from 'react';
import { useActions, useApp } from '../../store/context';
import { useT } from '../../store/hooks';
import { formatNumber } from '../../core/format';
import { snapToDigits } from '../../core/snap';
import { Z_DIGITS } from '../../components/plots/ZMarker';
import { inRange, RANGES } from '../../core/ranges';

const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;

/** The marker's spoken value. */
export const markerText = (z: number) => `z = ${formatNumber(z, Z_DIGITS)}`;

/** A typed number, with the typographic minus signs people paste turned into '-'; NaN if it is not one. */
export function parseZ(text: string): number {
  const plain = text.replace(/[\u2212\uff0d]/g, '-');
  return NUMBER.test(plain) ? Number(plain) : NaN;
}

/**
 * z typed in: text that is not a number within ±1000 stays in the field with a message, and the
 * last valid z stays in force (nothing else changes). Leaving the field shows z again.
 */
export function ZField() {
  const t = useT();
  const id = useId();
  const z = useApp((s) => s.z);
  const { setParam } = useActions();
  const [draft, setDraft] = useState<string | null>(null);
  const typed = draft === null ? z : parseZ(draft);
  const invalid = draft !== null && !inRange(RANGES.z, typed);
  return (
    <div className={`z-field${invalid ? ' invalid' : ''}`}>
      <label htmlFor={`${id}-z`}>{t('curve.z.field')}</label>
      <input
        id={`${id}-z`}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={draft ?? formatNumber(z, Z_DIGITS)}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-err` : undefined}
        onChange={(e) => {
          const text = e.currentTarget.value;
          setDraft(text);
          const v = parseZ(text);
          // Typed z keeps the digits the field shows (SPEC §10).
          if (inRange(RANGES.z, v)) setParam('z', snapToDigits(v, Z_DIGITS));
        }}
        onBlur={() => !invalid && setDraft(null)}
        onKeyDown={(e) => e.key === 'Enter' && !invalid && setDraft(null)}
      />
      {invalid && (
        <p id={`${id}-err`} className="field-error" role="alert">
          {t('curve.z.invalid', { min: formatNumber(RANGES.z.min), max: formatNumber(RANGES.z.max) })}
        </p>
      )}
    </div>
  );
}
