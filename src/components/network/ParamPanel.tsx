import { memo } from 'react';
import { useActions, useApp } from '../../store/context';
import { useNetParams, useT } from '../../store/hooks';
import { THETA1_IDS, THETA2_IDS } from '../../core/ids';
import { NumberField } from '../controls/NumberField';
import { labelScope, quantityLabel } from '../quantities/labels';
import { PRESETS } from './presets';
import { isSeedShape } from '../../core/netState';
import { SampleEditor } from './SampleEditor';
import { RANGES } from '../../core/ranges';
import { WeightMatrix } from './WeightMatrix';

/**
 * Every input of the example: the samples, the weights, λ and α; presets and a seeded shuffle.
 * The seed's 2-2-1 with one sample keeps its sliders; other shapes and batches get compact tables.
 */
export const ParamPanel = memo(function ParamPanel() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const scope = useApp((s) => labelScope(s.chapter));
  const { x1, x2, y, t1, t2, lambda, alpha } = useNetParams();
  const seed = useApp((s) => s.seed);
  const layers = useApp((s) => s.layers);
  const data = useApp((s) => s.data);
  const seedShape = isSeedShape(layers);
  const oneSample = data === null && layers[0] === 2 && layers[layers.length - 1] === 1;
  const { setParam, setTheta, setLabel, randomize, setExample, addSample } = useActions();
  return (
    <section className="param-panel" aria-labelledby="params-title">
      <h3 id="params-title">{t('params.title')}</h3>
      <div className="param-actions">
        <button type="button" onClick={() => randomize(nextSeed(seed))}>
          {t('params.randomize')}
        </button>
        {seed !== null && <span className="muted">{t('params.seed', { seed })}</span>}
        {seedShape && (
          <label>
            {t('params.preset')}
            <select
              value=""
              onChange={(e) => e.currentTarget.value && setExample(PRESETS[Number(e.currentTarget.value)].example)}
            >
              <option value="">{t('params.choose')}</option>
              {PRESETS.map((p, i) => (
                <option key={p.key} value={i}>
                  {t(`preset.${p.key}`)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {oneSample ? (
        <fieldset>
          <legend>{t('params.sample')}</legend>
          <NumberField label="x₁" value={x1} range={RANGES.x} onChange={(v) => setParam('x1', v)} />
          <NumberField label="x₂" value={x2} range={RANGES.x} onChange={(v) => setParam('x2', v)} />
          <div className="label-choice" role="radiogroup" aria-label={t('params.label')}>
            <span aria-hidden="true">y</span>
            {([0, 1] as const).map((v) => (
              <label key={v}>
                <input type="radio" name="network-y" checked={y === v} onChange={() => setLabel(v)} /> {v}
              </label>
            ))}
          </div>
          <button type="button" onClick={addSample}>
            {t('samples.add')}
          </button>
        </fieldset>
      ) : (
        <SampleEditor />
      )}
      <fieldset>
        <legend>{t('params.weights')}</legend>
        {seedShape ? (
          <div className="weight-sliders">
            {[...THETA1_IDS, ...THETA2_IDS].map((id, k) => {
              const layer = k < 6 ? 1 : 2;
              const index = k < 6 ? k : k - 6;
              return (
                <NumberField
                  key={id}
                  label={quantityLabel(id, lang, scope)}
                  value={layer === 1 ? t1[index] : t2[index]}
                  range={RANGES.theta}
                  onChange={(v) => setTheta(layer, index, v)}
                />
              );
            })}
          </div>
        ) : (
          <WeightMatrix />
        )}
      </fieldset>
      <fieldset>
        <legend>{t('params.training')}</legend>
        <NumberField
          label="λ"
          value={lambda}
          min={0}
          max={100}
          sliderMin={0}
          sliderMax={5}
          onChange={(v) => setParam('lambda', v)}
        />
        <NumberField
          label="α"
          value={alpha}
          min={1e-6}
          max={10}
          sliderMin={0.01}
          sliderMax={3}
          onChange={(v) => setParam('alpha', v)}
        />
      </fieldset>
    </section>
  );
});

/** The next seed follows from the last one, so the sequence of shuffles is itself reproducible. */
function nextSeed(seed: number | null): number {
  return (Math.imul(seed ?? 0, 1103515245) + 12345) >>> 0;
}
