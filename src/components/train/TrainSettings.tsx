import { memo } from 'react';
import { useActions, useApp } from '../../store/context';
import { useT } from '../../store/hooks';
import { DATASETS, type DatasetId } from '../../core/url';
import { NumberField } from '../controls/NumberField';
import { DEFAULT_DATA_SEED } from '../../core/train/datasets';

/** Shapes offered for the 2-input, 1-output data sets: shallow to deep (deep shows vanishing gradients). */
export const SHAPES = ['2,2,1', '2,3,1', '2,4,1', '2,4,4,1', '2,6,6,1', '2,4,4,4,1'];
const BATCHES = [1, 2, 4, 8, 16, 32, 64, 128];

/** α, λ, batch size, shape, data set, noise, n and seed: every setting of the run (SPEC §8). */
function TrainSettingsView({ m }: { m: number }) {
  const t = useT();
  const alpha = useApp((s) => s.alpha);
  const lambda = useApp((s) => s.lambda);
  const batch = useApp((s) => s.batch);
  const layers = useApp((s) => s.layers).join(',');
  const dataset = useApp((s) => s.dataset);
  const noise = useApp((s) => s.noise);
  const n = useApp((s) => s.n);
  const seed = useApp((s) => s.seed);
  const { setTrainParam, setBatch, setTrainLayers, setDataset, setTrainSeed } = useActions();
  const shapes = SHAPES.includes(layers) ? SHAPES : [...SHAPES, layers];
  const batches = [...new Set([...BATCHES.filter((b) => b < m), ...(batch !== null ? [batch] : [])])].sort((a, b) => a - b);
  const generated = dataset === 'circles' || dataset === 'moons' || dataset === 'blobs';
  return (
    <section className="train-settings" aria-labelledby="train-settings-title">
      <h3 id="train-settings-title">{t('train.settings')}</h3>
      <div className="train-selects">
        <label>
          {t('train.dataset')}
          <select value={dataset} onChange={(e) => setDataset(e.currentTarget.value as DatasetId)}>
            {DATASETS.map((d) => (
              <option key={d} value={d}>
                {t(`train.data.${d}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('train.shape')}
          <select value={layers} onChange={(e) => setTrainLayers(e.currentTarget.value.split(',').map(Number))}>
            {shapes.map((s) => (
              <option key={s} value={s}>
                {s.replace(/,/g, '-')}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('train.batch')}
          <select value={batch ?? ''} onChange={(e) => setBatch(e.currentTarget.value === '' ? null : Number(e.currentTarget.value))}>
            <option value="">{t('train.batchAll', { m })}</option>
            {batches.map((b) => (
              <option key={b} value={b}>
                {b}
              </option>
            ))}
          </select>
        </label>
        <label className="train-seed">
          {t('train.seed')}
          <input
            type="number"
            value={seed ?? ''}
            placeholder={String(DEFAULT_DATA_SEED)}
            step={1}
            onChange={(e) => {
              const v = Number(e.currentTarget.value);
              if (e.currentTarget.value !== '' && Number.isSafeInteger(v)) setTrainSeed(v);
            }}
          />
        </label>
        <button type="button" onClick={() => setTrainSeed(((seed ?? DEFAULT_DATA_SEED) + 1) % 2147483647)}>
          {t('train.newSeed')}
        </button>
      </div>
      <NumberField label={t('train.alpha')} value={alpha} min={1e-6} max={10} sliderMin={0.01} sliderMax={10} onChange={(v) => setTrainParam('alpha', v)} />
      <NumberField label={t('train.lambda')} value={lambda} min={0} max={100} sliderMin={0} sliderMax={1} step={0.001} onChange={(v) => setTrainParam('lambda', v)} />
      {generated && (
        <>
          <NumberField label={t('train.n')} value={n} min={10} max={500} step={10} onChange={(v) => setTrainParam('n', v)} />
          <NumberField label={t('train.noise')} value={noise} min={0} max={0.5} step={0.01} onChange={(v) => setTrainParam('noise', v)} />
        </>
      )}
    </section>
  );
}

/** Memoized: it changes with its props, not with every frame of training. */
export const TrainSettings = memo(TrainSettingsView);
