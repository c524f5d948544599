import { useEffect, useState } from 'react';
import { interpolateNumberArray } from 'd3-interpolate';
import { easeCubicInOut } from 'd3-ease';
import { DURATION_MS } from '../../theme';

const reducedMotion = () => typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
const canAnimate = () => typeof requestAnimationFrame === 'function' && !reducedMotion();

function mix(from: readonly number[], to: readonly number[], t: number): readonly number[] {
  if (t >= 1 || from.length !== to.length) return to;
  return Array.from(interpolateNumberArray(from as number[], to as number[])(easeCubicInOut(t)));
}

/**
 * Samples that morph to `target` whenever it changes (a new array identity): d3 interpolates
 * point by point and eases; React draws each frame. With reduced motion the target shows at once.
 */
export function useMorph(target: readonly number[]): readonly number[] {
  const [anim, setAnim] = useState({ from: target, to: target, t: 1 });
  const shown = mix(anim.from, anim.to, anim.t);
  // A new target: start from whatever is on screen now (adjusting state while rendering, as React advises).
  if (anim.to !== target) setAnim({ from: shown, to: target, t: canAnimate() ? 0 : 1 });
  const running = anim.t < 1;
  useEffect(() => {
    if (!running) return;
    let frame = 0;
    const start = performance.now();
    const tick = (now: number) => {
      const t = Math.min(1, (now - start) / DURATION_MS);
      setAnim((a) => ({ ...a, t }));
      if (t < 1) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [running, anim.to]);
  return shown;
}
