import { quantityAttr, quantityText } from '../../core/format';
import type { QuantityState } from '../../core/timeline';

export interface QuantityProps {
  id: string;
  /** undefined while pending: no number is shown yet (SPEC §4.2). */
  value: number | undefined;
  state: QuantityState;
  /** Natural log of the value, used when the value itself is past a double's range either way. */
  ln?: number;
  /** 3 significant digits where a power of ten is written (the figure's boxes). */
  compact?: boolean;
  className?: string;
  /** Render as an SVG <tspan> (inside a <text>) instead of an HTML <span>. */
  svg?: boolean;
}

/** One number on the page, with the SPEC §4.2 attributes: full precision in data-value, rounded text. */
export function Quantity({ id, value, state, ln, compact, className, svg }: QuantityProps) {
  const attr = value === undefined ? '' : quantityAttr(value, ln);
  const text = value === undefined ? '' : quantityText(value, ln, compact);
  const Tag = svg ? 'tspan' : 'span';
  return (
    <Tag className={`quantity ${className ?? ''}`} data-quantity={id} data-value={attr} data-state={state}>
      {text}
    </Tag>
  );
}
