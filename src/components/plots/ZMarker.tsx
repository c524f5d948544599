import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { Frame } from './geometry';
import { snapToDigits, snapToStep } from '../../core/snap';
import { RANGES } from '../../core/ranges';

export const Z_MIN = RANGES.z.min;
export const Z_MAX = RANGES.z.max;

interface Props {
  frame: Frame;
  z: number;
  onChange: (z: number) => void;
  /** Accessible name and spoken value. */
  label: string;
  valueText: string;
}

/** The digits z is shown and typed with: a value set here keeps exactly these (SPEC §10). */
export const Z_DIGITS = 6;
/** Small steps on the arrow keys, large with Shift; snapped so that 0.2 + 0.1 is 0.3. */
const KEY_STEP = 0.1;
/** A pixel is about 0.02 on a phone's plot: a drag sets z to hundredths. */
const DRAG_STEP = RANGES.z.step;
const clamp = (x: number) => Math.min(Z_MAX, Math.max(Z_MIN, x));

/** z under the pointer: the SVG is drawn at its CSS size, so pixels map straight to the scale. */
function zAt(frame: Frame, svg: SVGSVGElement | null, clientX: number): number {
  const left = svg?.getBoundingClientRect().left ?? 0;
  const [a, b] = frame.x.domain();
  const x = Math.min(frame.right, Math.max(frame.left, clientX - left));
  return Math.min(b, Math.max(a, snapToStep(frame.x.invert(x), DRAG_STEP)));
}

/** Pointer handlers that move z while a button is held: the plot's background and the handle share them. */
export function useDragZ(frame: Frame, onChange: (z: number) => void) {
  const dragging = useRef(false);
  const move = (e: PointerEvent<SVGElement>) => onChange(zAt(frame, e.currentTarget.ownerSVGElement, e.clientX));
  return {
    onPointerDown: (e: PointerEvent<SVGElement>) => {
      if (e.button !== 0) return;
      dragging.current = true;
      e.currentTarget.setPointerCapture?.(e.pointerId);
      move(e);
    },
    onPointerMove: (e: PointerEvent<SVGElement>) => dragging.current && move(e),
    onPointerUp: () => (dragging.current = false),
    onPointerCancel: () => (dragging.current = false),
  };
}

/**
 * The point z on a plot: a guide line and a handle to drag, and a slider for the keyboard
 * (arrows, Shift for larger steps, Home/End for the ends). PageUp/PageDown are left to the
 * step keys, which presentation clickers send. Past the plot's edge it waits there, pointing out.
 */
export function ZMarker({ frame, z, onChange, label, valueText }: Props) {
  const drag = useDragZ(frame, onChange);
  const raw = frame.x(z);
  const cx = Math.min(frame.right, Math.max(frame.left, raw));
  const out = raw < frame.left ? -1 : raw > frame.right ? 1 : 0;
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    const step = e.shiftKey ? 1 : KEY_STEP;
    const keys: Record<string, () => number> = {
      ArrowRight: () => z + step,
      ArrowUp: () => z + step,
      ArrowLeft: () => z - step,
      ArrowDown: () => z - step,
      Home: () => Z_MIN,
      End: () => Z_MAX,
    };
    const next = keys[e.key];
    if (!next || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    onChange(clamp(snapToDigits(next(), Z_DIGITS)));
  };
  // The handle sits just above the plot area, clear of the tick labels below it.
  const hy = frame.top;
  return (
    <g
      className={`z-marker${out ? ' z-marker-out' : ''}`}
      role="slider"
      tabIndex={0}
      aria-label={label}
      aria-valuemin={Z_MIN}
      aria-valuemax={Z_MAX}
      aria-valuenow={z}
      aria-valuetext={valueText}
      aria-orientation="horizontal"
      onKeyDown={onKeyDown}
      {...drag}
    >
      <line className="z-marker-guide" x1={cx} x2={cx} y1={frame.top} y2={frame.bottom} />
      {/* A wide, invisible hit area: a finger needs ~44 px. */}
      <rect className="z-marker-hit" x={cx - 22} y={hy - 26} width={44} height={frame.bottom - hy + 26} />
      {out === 0 ? (
        <path className="z-marker-handle" d={`M${cx},${hy + 2} l-11,-20 h22 z`} />
      ) : (
        <path className="z-marker-handle" d={`M${cx + out * 8},${hy - 9} l${-out * 18},-11 v22 z`} />
      )}
      <rect className="z-marker-ring" x={cx - 16} y={hy - 24} width={32} height={30} rx={6} />
    </g>
  );
}

/** The plot area as a drag surface: press anywhere to move z there (vertical swipes still scroll on touch). */
export function DragArea({ frame, onChange }: { frame: Frame; onChange: (z: number) => void }) {
  const drag = useDragZ(frame, onChange);
  return (
    <rect
      className="plot-drag-area"
      x={frame.left}
      y={frame.top}
      width={frame.right - frame.left}
      height={frame.bottom - frame.top}
      {...drag}
    />
  );
}
