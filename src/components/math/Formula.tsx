import { Tex } from './Tex';

/**
 * A displayed formula that may be wider than its column: it scrolls sideways, so it takes the
 * focus (a keyboard user can scroll it too) and carries a name.
 */
export function Formula({ tex, label }: { tex: string; label: string }) {
  return (
    <div className="formula" tabIndex={0} role="group" aria-label={label}>
      <Tex tex={tex} display />
    </div>
  );
}
