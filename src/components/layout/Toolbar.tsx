import { useRef, useState } from 'react';
import { useActions, useApp, useAppStore } from '../../store/context';
import { useT, useTimeline } from '../../store/hooks';
import { curveValues } from '../../core/curves';
import type { CurveId } from '../../core/ids';
import { labelScope } from '../quantities/labels';
import { enterPresenter } from './presenter';

/** Share, present, theme and export: what a lecturer reaches for. */
export function Toolbar({ onShortcuts }: { onShortcuts: () => void }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const chapter = useApp((s) => s.chapter);
  const theme = useApp((s) => s.theme);
  const present = useApp((s) => s.present);
  const practice = useApp((s) => s.practice);
  const store = useAppStore();
  const timeline = useTimeline();
  const { setTheme, setPresent, setPractice } = useActions();
  const [status, setStatus] = useState('');
  const menu = useRef<HTMLDetailsElement>(null);
  // Choosing an export closes the menu, as menus do.
  const pick = (f: () => void) => () => {
    if (menu.current) menu.current.open = false;
    f();
  };
  const say = (key: string) => {
    setStatus(t(key));
    setTimeout(() => setStatus(''), 2500);
  };

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      say('toolbar.copied');
    } catch {
      // No clipboard (e.g. a page opened from file://): show the link to copy by hand.
      window.prompt(t('toolbar.copyByHand'), location.href);
    }
  };
  // Export code loads at the first export, not with the first paint (SPEC §6's payload).
  const exportFigure = async (kind: 'svg' | 'png') => {
    const { chapterFigure, download, figureSvgText, svgToPng } = await import('./exportFigure');
    const figure = chapterFigure(chapter);
    if (!figure) return say('toolbar.noFigure');
    const text = figureSvgText(figure);
    const blob = kind === 'svg' ? new Blob([text], { type: 'image/svg+xml' }) : await svgToPng(text);
    download(`backprop-stepper-${chapter}.${kind}`, blob);
  };
  const exportCsv = async () => {
    const [{ download }, { worksheet }] = await Promise.all([import('./exportFigure'), import('./worksheet')]);
    // Read at the click, so dragging z does not re-render the toolbar.
    const { z, mode } = store.getState();
    // Past a double's range the curve chapters' values are written from their logarithms.
    const curve = chapter === 'sigmoid' || chapter === 'loss' || chapter === 'derivative';
    const csv = worksheet(timeline, lang, (id) => (curve ? curveValues(z)[id as CurveId]?.ln : undefined), labelScope(chapter));
    const name = chapter === 'graph' ? `graph-${mode}` : chapter;
    download(`backprop-stepper-${name}-steps.csv`, new Blob([csv], { type: 'text/csv' }));
  };
  const nextTheme = theme === null ? 'dark' : theme === 'dark' ? 'light' : null;

  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <button type="button" onClick={copyLink}>
        {t('toolbar.copyLink')}
      </button>
      <button type="button" aria-pressed={present} onClick={() => (present ? setPresent(false) : enterPresenter(setPresent))}>
        {t('toolbar.present')}
      </button>
      <button type="button" aria-pressed={practice} title={t('practice.toggleName')} onClick={() => setPractice(!practice)}>
        {t('practice.toggle')}
      </button>
      <button type="button" onClick={() => setTheme(nextTheme)} aria-label={t('toolbar.themeName', { theme: t(`theme.${theme ?? 'system'}`) })}>
        {t(`theme.${theme ?? 'system'}`)}
      </button>
      <details className="export-menu" ref={menu}>
        <summary>{t('toolbar.export')}</summary>
        <div className="menu">
          <button type="button" onClick={pick(() => void exportFigure('svg'))}>
            {t('toolbar.exportSvg')}
          </button>
          <button type="button" onClick={pick(() => void exportFigure('png'))}>
            {t('toolbar.exportPng')}
          </button>
          <button type="button" onClick={pick(exportCsv)}>
            {t('toolbar.exportCsv')}
          </button>
        </div>
      </details>
      <button type="button" onClick={onShortcuts} aria-keyshortcuts="?">
        {t('toolbar.shortcuts')}
      </button>
      <span className="toolbar-status" role="status">
        {status}
      </span>
    </div>
  );
}
