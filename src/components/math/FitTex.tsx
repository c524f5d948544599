import { Component, useLayoutEffect, useRef, type RefObject } from 'react';
import { Fitter, type Render } from './fitter';
import './math.css';

export { MIN_SCALE } from './fitter';

/**
 * A displayed formula fitted to its box, the way a person would set it by hand (see Fitter): on
 * one line if it fits, else broken at its = signs (then before + and −), else shrunk down to
 * MIN_SCALE; only if that is still too wide does the box scroll, and then it says so (a shadow at
 * the edge and `tex-scrolls`). The box publishes the width it was fitted to (`data-fit-width`) and
 * the formula's width (`data-fit-content`), so a test can wait for the fit after a resize.
 */
export function FitTex({ tex, render }: { tex: string; render: Render }) {
  const box = useRef<HTMLDivElement>(null);
  const fitter = useRef<Fitter | null>(null);
  // One fitter for the box's life: it keeps the box's width, so a new formula reads no layout.
  useLayoutEffect(() => {
    const el = box.current;
    const content = el?.firstElementChild;
    const probe = el?.lastElementChild?.firstElementChild;
    if (!el || !(content instanceof HTMLElement) || !(probe instanceof HTMLElement)) return;
    const f = new Fitter(el, content, probe);
    fitter.current = f;
    return () => {
      f.dispose();
      fitter.current = null;
    };
  }, []);
  useLayoutEffect(() => fitter.current?.set(tex, render), [tex, render]);
  // The content is written by the fitter (measured layouts), never by React.
  return (
    <div ref={box} className="tex tex-display">
      <Prefit fitter={fitter} tex={tex} render={render} />
      <div className="tex-fit" />
      <div className="tex-probe" aria-hidden="true">
        <div className="tex-fit" />
      </div>
    </div>
  );
}

interface PrefitProps {
  fitter: RefObject<Fitter | null>;
  tex: string;
  render: Render;
}

/**
 * Measures a formula of a new shape before the commit that shows it changes the page (React's
 * snapshot, taken before any of the commit's DOM writes): see Fitter.prepare.
 */
class Prefit extends Component<PrefitProps> {
  getSnapshotBeforeUpdate() {
    this.props.fitter.current?.prepare(this.props.tex, this.props.render);
    return null;
  }

  // React takes a snapshot only from a component that also has componentDidUpdate.
  componentDidUpdate() {}

  render() {
    return null;
  }
}
