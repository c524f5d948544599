import { memo } from 'react';
import { useFrameVersion, useOnScreen, type FrameClock } from '../../chapters/train/frameClock';
import type { Layers } from '../../core/engine';
import { Quantity } from '../quantities/Quantity';
import { useT } from '../../store/hooks';
import type { Trainer } from '../../core/train/trainer';

const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * The current weights, one row per layer's matrix (bias column first), each with its SPEC §4.2
 * id theta{l}_{ji}, and the last step's gradient norm ‖D^l‖ as grad_norm{l}.
 */
function WeightsTableView({ layers, theta, trainer, clock }: { layers: Layers; theta: readonly ArrayLike<number>[]; trainer: Trainer; clock: FrameClock }) {
  const t = useT();
  // The weights are live views: the clock says when this table's turn to redraw comes.
  useFrameVersion(clock, 'table');
  const norms = trainer.record().gradNorm;
  return (
    <section className="train-weights" ref={useOnScreen(clock, 'table')} aria-labelledby="train-weights-title">
      <h3 id="train-weights-title">{t('train.weights')}</h3>
      <div className="train-weights-scroll">
        {theta.map((w, k) => {
          const l = k + 1;
          const width = layers[k] + 1;
          return (
            <table key={l} className="train-matrix">
              <caption>
                θ{SUP[l]} <span className="muted">‖∂J/∂θ{SUP[l]}‖ = </span>
                <Quantity id={`grad_norm${l}`} value={norms[k]} state="done" />
              </caption>
              <tbody>
                {Array.from({ length: layers[l] }, (_, j) => (
                  <tr key={j}>
                    {Array.from({ length: width }, (_, i) => (
                      <td key={i}>
                        <Quantity id={`theta${l}_${j + 1}${i}`} value={w[j * width + i]} state="done" compact />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          );
        })}
      </div>
    </section>
  );
}

/** Redrawn in its turn while training (frameClock.ts), or when its props change. */
export const WeightsTable = memo(WeightsTableView);
