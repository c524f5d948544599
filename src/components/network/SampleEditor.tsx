import './shapes.css';
import { useActions, useApp } from '../../store/context';
import { useT } from '../../store/hooks';
import { samplesOf } from '../../core/netState';
import { RANGES } from '../../core/ranges';
import { CompactNumber } from './CompactNumber';

const SUB = '₀₁₂₃₄₅₆₇₈₉';

/** The batch: one row per sample (inputs, then labels), add and remove within 1…8 (SPEC §7). */
export function SampleEditor() {
  const t = useT();
  const layers = useApp((s) => s.layers);
  const data = useApp((s) => s.data);
  const [x1, x2, y] = [useApp((s) => s.x1), useApp((s) => s.x2), useApp((s) => s.y)];
  const samples = samplesOf({ layers, data, x1, x2, y, t1: [], t2: [], t3: [], t4: [] });
  const { addSample, removeSample, setSampleInput, setSampleLabel } = useActions();
  const m = samples.length;
  const K = layers[layers.length - 1];
  return (
    <fieldset className="sample-editor">
      <legend>{t('samples.title')}</legend>
      <p className="muted">{t('samples.count', { m, max: RANGES.samples.max })}</p>
      <div className="sample-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">#</th>
              {samples[0].x.map((_, i) => (
                <th key={`x${i}`} scope="col">x{SUB[i + 1]}</th>
              ))}
              {samples[0].y.map((_, k) => (
                <th key={`y${k}`} scope="col">{K === 1 ? 'y' : `y${SUB[k + 1]}`}</th>
              ))}
              <th scope="col" aria-hidden="true" />
            </tr>
          </thead>
          <tbody>
            {samples.map((s, n) => (
              <tr key={n} aria-label={t('samples.row', { n: n + 1 })}>
                <th scope="row">{n + 1}</th>
                {s.x.map((x, i) => (
                  <td key={`x${i}`}>
                    <CompactNumber label={t('samples.input', { i: i + 1, n: n + 1 })} value={x} min={RANGES.x.min} max={RANGES.x.max} onChange={(v) => setSampleInput(n, i + 1, v)} />
                  </td>
                ))}
                {s.y.map((yk, k) => (
                  <td key={`y${k}`}>
                    <select aria-label={t('samples.label', { k: K === 1 ? '' : k + 1, n: n + 1 })} value={yk} onChange={(e) => setSampleLabel(n, k + 1, e.currentTarget.value === '1' ? 1 : 0)}>
                      <option value={0}>0</option>
                      <option value={1}>1</option>
                    </select>
                  </td>
                ))}
                <td>
                  <button type="button" className="icon-button" aria-label={t('samples.remove', { n: n + 1 })} disabled={m <= RANGES.samples.min} onClick={() => removeSample(n)}>
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" disabled={m >= RANGES.samples.max} onClick={addSample}>
        {t('samples.add')}
      </button>
    </fieldset>
  );
}
