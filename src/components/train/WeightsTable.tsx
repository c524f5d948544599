import { memo } from 'react';
import type { Layers } from '../../core/engine';
import { Quantity } from '../quantities/Quantity';
import { useT } from '../../store/hooks';
import type { Trainer } from '../../core/train/trainer';

const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * The current weights, one row per layer's matrix (bias column first), each with its SPEC §4.2
 * id theta{l}_{ji}, and the last step's gradient norm ‖D^l‖ as grad_norm{l}.
 */
function WeightsTableView({ layers, theta, trainer }: { layers: Layers; theta: readonly ArrayLike<number>[]; trainer: Trainer; version: number }) {
  const t = useT();
  const norms = trainer.record().gradNorm;
  return (
    <section className="train-weights" aria-labelledby="train-weights-title">
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

/** Redrawn when `version` says the trainer moved: a few times a second while training. */
export const WeightsTable = memo(WeightsTableView);
