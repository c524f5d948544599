import { Fragment, useEffect, useMemo } from 'react';
import { createPortal } from 'react-dom';
import { useApp } from '../../store/context';
import { useT, useTimeline } from '../../store/hooks';
import { formatLog, formatShown } from '../../core/format';
import type { Timeline } from '../../core/timeline';
import { Tex } from '../math/Tex';
import { labelScope, quantityLabel } from '../quantities/labels';

/** A value of the answer key: 4 significant digits, or from its logarithm past a double's range. */
function keyValue(t: Timeline<string>, id: string, v: number | undefined): string {
  if (v === undefined) return '';
  if (Number.isFinite(v) && !(v === 0 && t.lnOf?.(id) !== undefined)) return formatShown(v);
  const ln = t.lnOf?.(id);
  return ln === undefined ? formatShown(v) : formatLog(ln, 4);
}

/**
 * The printed worksheet (issue #13): page 1 on, the figure with only the given values, the given
 * values and every quantity to compute in timeline order with its formula and an empty cell;
 * after a forced page break, the answer key. Rendered beside the app, shown only in print.
 */
export function Worksheet({ figure, onReady }: { figure: string | null; onReady: () => void }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const scope = useApp((s) => labelScope(s.chapter));
  const chapter = useApp((s) => s.chapter);
  const timeline = useTimeline();
  const src = useMemo(() => figure && `data:image/svg+xml;charset=utf-8,${encodeURIComponent(figure)}`, [figure]);
  // Print once the figure has loaded (or at once when there is none).
  useEffect(() => {
    if (!figure) onReady();
  }, [figure, onReady]);
  const title = t(`chapter.${chapter}`);
  const given = Object.entries(timeline.given).filter(([, v]) => v !== undefined) as [string, number][];
  return createPortal(
    <div className="worksheet" lang={lang === 'zh' ? 'zh-CN' : 'en'} data-worksheet={chapter}>
      <section className="worksheet-questions">
        <h1>{t('sheet.title', { chapter: title })}</h1>
        <p className="worksheet-name">{t('sheet.name')}</p>
        {src && <img className="worksheet-figure" src={src} alt={t('sheet.figure')} onLoad={onReady} onError={onReady} />}
        <h2>{t('sheet.given')}</h2>
        <p className="worksheet-given">
          {given.map(([id, v]) => (
            <span key={id}>
              {quantityLabel(id, lang, scope)} = {formatShown(v)}
            </span>
          ))}
        </p>
        <h2>{t('sheet.compute')}</h2>
        <table className="worksheet-table">
          <thead>
            <tr>
              <th scope="col">{t('sheet.step')}</th>
              <th scope="col">{t('sheet.formula')}</th>
              <th scope="col">{t('sheet.quantity')}</th>
              <th scope="col">{t('sheet.yours')}</th>
            </tr>
          </thead>
          <tbody>
            {timeline.steps.map((s) =>
              s.writes.map((id, i) => (
                <tr key={`${s.index}:${id}`}>
                  {i === 0 && (
                    <>
                      <td rowSpan={s.writes.length}>{s.index + 1}</td>
                      <td rowSpan={s.writes.length} className="worksheet-formula">
                        <Tex tex={s.tex.symbolic} />
                      </td>
                    </>
                  )}
                  <td>{quantityLabel(id, lang, scope)}</td>
                  <td className="worksheet-blank" />
                </tr>
              )),
            )}
          </tbody>
        </table>
      </section>
      <section className="worksheet-key">
        <h1>{t('sheet.key', { chapter: title })}</h1>
        <table className="worksheet-table">
          <thead>
            <tr>
              <th scope="col">{t('sheet.step')}</th>
              <th scope="col">{t('sheet.quantity')}</th>
              <th scope="col">{t('sheet.value')}</th>
            </tr>
          </thead>
          <tbody>
            {timeline.steps.map((s) => (
              <Fragment key={s.index}>
                {s.writes.map((id, i) => (
                  <tr key={id}>
                    {i === 0 && <td rowSpan={s.writes.length}>{s.index + 1}</td>}
                    <td>{quantityLabel(id, lang, scope)}</td>
                    <td className="worksheet-answer">{keyValue(timeline, id, s.values[id])}</td>
                  </tr>
                ))}
              </Fragment>
            ))}
          </tbody>
        </table>
      </section>
    </div>,
    document.body,
  );
}
