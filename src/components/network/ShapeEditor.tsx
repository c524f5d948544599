import { memo } from 'react';
import './shapes.css';
import { useActions, useApp } from '../../store/context';
import { useT } from '../../store/hooks';
import { RANGES } from '../../core/ranges';
import { SHAPE_PRESETS } from './presets';

/**
 * The network's shape: a preset, or each layer's units one at a time, and a hidden layer more or
 * less; and the step size. Every control is a button or a radio, so the keyboard reaches all.
 */
export const ShapeEditor = memo(function ShapeEditor() {
  const t = useT();
  const layers = useApp((s) => s.layers);
  const granularity = useApp((s) => s.granularity);
  const { setLayers, setGranularity } = useActions();
  const L = layers.length;
  const current = layers.join('-');
  const withUnits = (k: number, d: number) => layers.map((s, n) => (n === k ? s + d : s));
  // A new hidden layer goes just before the output, as wide as the layer below it.
  const addLayer = () => setLayers([...layers.slice(0, L - 1), Math.max(layers[L - 2], 2), layers[L - 1]]);
  const removeLayer = () => setLayers([...layers.slice(0, L - 2), layers[L - 1]]);
  const kind = (k: number) => t(k === 0 ? 'shape.input' : k === L - 1 ? 'shape.output' : 'shape.hidden');
  return (
    <section className="shape-editor" aria-labelledby="shape-title">
      <h3 id="shape-title">{t('shape.title')}</h3>
      <div className="shape-presets" role="group" aria-label={t('shape.presets')}>
        {SHAPE_PRESETS.map((p) => {
          const name = p.join('-');
          return (
            <button key={name} type="button" aria-pressed={name === current} aria-label={t('shape.preset', { shape: name })} onClick={() => setLayers(p)}>
              {name}
            </button>
          );
        })}
      </div>
      <p className="muted">{t('shape.about')}</p>
      <ol className="shape-layers">
        {layers.map((s, k) => (
          <li key={k} className="shape-layer">
            <span className="shape-layer-name">
              {t('shape.layer', { l: k + 1 })} <span className="muted">({kind(k)})</span>
            </span>
            <span className="shape-stepper">
              <button type="button" aria-label={t('shape.removeUnit', { l: k + 1 })} disabled={s <= RANGES.units.min} onClick={() => setLayers(withUnits(k, -1))}>
                −
              </button>
              <output aria-label={t('shape.units', { l: k + 1 })}>{s}</output>
              <button type="button" aria-label={t('shape.addUnit', { l: k + 1 })} disabled={s >= RANGES.units.max} onClick={() => setLayers(withUnits(k, 1))}>
                +
              </button>
            </span>
          </li>
        ))}
      </ol>
      <div className="shape-layer-actions">
        <button type="button" disabled={L >= RANGES.layers.max} onClick={addLayer}>
          {t('shape.addLayer')}
        </button>
        <button type="button" disabled={L <= RANGES.layers.min} onClick={removeLayer}>
          {t('shape.removeLayer')}
        </button>
      </div>
      <div className="shape-granularity" role="radiogroup" aria-label={t('shape.granularity')}>
        <span aria-hidden="true">{t('shape.granularity')}</span>
        {(['unit', 'layer'] as const).map((g) => (
          <label key={g}>
            <input type="radio" name="network-granularity" checked={granularity === g} onChange={() => setGranularity(g)} />{' '}
            {t(g === 'unit' ? 'shape.byUnit' : 'shape.byLayer')}
          </label>
        ))}
      </div>
    </section>
  );
});
