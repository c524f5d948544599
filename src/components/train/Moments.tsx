import { memo } from 'react';
import { PRESETS, type TrainPreset } from '../../core/train/presets';
import { fallbackWeights } from '../../core/netState';
import { useActions, useApp } from '../../store/context';
import { useT } from '../../store/hooks';
import { thetaKeys } from '../../store/trainActions';

/** The preset the state is exactly in, if any (so its line of why stays on screen). */
function current(s: { dataset: string; layers: readonly number[]; seed: number | null; alpha: number; lambda: number }): TrainPreset | undefined {
  return PRESETS.find((p) => p.dataset === s.dataset && p.layers.join() === s.layers.join() && p.seed === s.seed && p.alpha === s.alpha && p.lambda === s.lambda);
}

/**
 * The teaching moments of issue #12 as presets (the core pins that each still happens): xor
 * converging from one seed and stuck from another, α too large, α·λ too large, λ shrinking the
 * weights; each opens where its moment shows, with a line saying why.
 */
function MomentsView() {
  const t = useT();
  const dataset = useApp((s) => s.dataset);
  const layers = useApp((s) => s.layers);
  const seed = useApp((s) => s.seed);
  const alpha = useApp((s) => s.alpha);
  const lambda = useApp((s) => s.lambda);
  const { loadTraining } = useActions();
  const on = current({ dataset, layers, seed, alpha, lambda });
  return (
    <section className="train-moments" aria-labelledby="train-moments-title">
      <h3 id="train-moments-title">{t('train.moments')}</h3>
      <div className="train-moment-buttons">
        {PRESETS.map((p) => (
          <button
            key={p.id}
            type="button"
            aria-pressed={on?.id === p.id}
            onClick={() =>
              loadTraining({
                dataset: p.dataset,
                layers: [...p.layers],
                seed: p.seed,
                alpha: p.alpha,
                lambda: p.lambda,
                epoch: p.epoch,
                batch: null,
                ...thetaKeys(fallbackWeights(p.layers, p.seed)),
              })
            }
          >
            {t(`train.preset.${p.id}`)}
          </button>
        ))}
      </div>
      {on && <p className="train-why">{t(`train.preset.${on.id}.why`)}</p>}
    </section>
  );
}

/** Memoized: it changes with its props, not with every frame of training. */
export const Moments = memo(MomentsView);
