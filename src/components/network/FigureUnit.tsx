import { memo } from 'react';
import { quantityText } from '../../core/format';
import type { UnitLayout } from '../../layout/networkLayout';
import { Quantity } from '../quantities/Quantity';
import { sameSig, strongest, type CursorView } from '../quantities/useCursorView';
import { shortName, type UnitIds } from './figureIds';

export interface UnitProps {
  unit: UnitLayout;
  ids: UnitIds;
  view: CursorView;
  biasLabel: string;
  /** Tall 2-2-1 units: every forward value inside, the backward ones in a badge below. */
  roomy: boolean;
  /** Its ids and what it reads of them at the cursor, as text: the unit re-renders only when that changes. */
  sig: string;
}

/** One unit: its title, its values inside, and (2-2-1) its backward values in a badge below. */
export const FigureUnit = memo(function FigureUnit({ unit: u, ids, view, biasLabel, roomy }: UnitProps) {
  const cx = u.x + u.w / 2;
  const done = (id: string) => view.state(id) !== 'pending';
  // A smaller unit shows the latest forward value and the latest backward one: z gives way to a, s′ to δ.
  // Nothing computed yet: only the unit's name (a given input or bias always shows its value).
  const latest = u.layer === 1 || u.bias ? ids.forward : ids.forward.filter(done).slice(-1);
  const inside = roomy ? ids.forward : [...latest, ...ids.backward.filter(done).slice(-1)];
  const badge = roomy ? ids.backward : [];
  const showBadge = badge.some(done);
  const named = roomy ? inside.length > 1 : u.layer > 1 && u.id !== 'J';
  return (
    <g className={`unit ${u.bias ? 'bias' : ''} state-${strongest([...ids.forward, ...(roomy ? [] : ids.backward)].map(view.state))}`}>
      <rect x={u.x} y={u.y} width={u.w} height={u.h} rx={u.bias ? 4 : 14} />
      <text x={cx} y={u.y + 24} textAnchor="middle" className="unit-title">
        {ids.title}
        {u.bias && <tspan className="bias-tag"> {biasLabel}</tspan>}
      </text>
      {inside.map((id, i) => (
        <ValueLine key={id} id={id} x={cx} y={u.y + 48 + i * 25} room={u.w} view={view} named={named} />
      ))}
      {showBadge && (
        <g className={`badge state-${strongest(badge.map(view.state))}`}>
          <rect x={u.x - 8} y={u.y + u.h + 4} width={u.w + 16} height={badge.length * 24 + 8} rx={6} />
          {badge.map((id, i) => (
            <ValueLine key={id} id={id} x={cx} y={u.y + u.h + 25 + i * 24} room={u.w + 16} view={view} named />
          ))}
        </g>
      )}
    </g>
  );
}, sameSig<UnitProps>('view', 'ids'));

interface ValueLineProps {
  id: string;
  x: number;
  y: number;
  /** Width of the box the line sits in. */
  room: number;
  view: CursorView;
  named: boolean;
}

function ValueLine({ id, x, y, room, view, named }: ValueLineProps) {
  const state = view.state(id);
  const name = named ? `${shortName(id)} ` : '';
  return (
    <text x={x} y={y} textAnchor="middle" className={`value-line state-${state}`} {...fit(name, view.value(id), 19, room)}>
      {named && <tspan className="sym">{name}</tspan>}
      <Quantity svg compact id={id} value={view.value(id)} state={state} ln={view.logOf(id)} />
    </text>
  );
}

/** Average advance of a glyph of the figure's fonts, in ems (monospace digits are 0.6). */
const GLYPH_EM = 0.62;
/** Space kept free on each side of a line inside its box. */
const PAD = 7;

/**
 * A line longer than its box is drawn narrower (SVG's textLength) rather than spilling out:
 * an estimate from the text's length, so that 4.25×10⁻¹⁸ or −6.79×10⁻¹⁵ stays inside at any preset.
 */
export function fit(prefix: string, value: number | undefined, fontSize: number, room: number) {
  const text = prefix + (value === undefined ? '' : quantityText(value, undefined, true));
  const free = room - 2 * PAD;
  return text.length * fontSize * GLYPH_EM > free ? { textLength: free, lengthAdjust: 'spacingAndGlyphs' as const } : {};
}
