import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useApp } from './store/context';
import { useT } from './store/hooks';
import { ChapterNav } from './components/layout/ChapterNav';
import { LangSwitch } from './components/layout/LangSwitch';
import { UrlNotice } from './components/layout/UrlNotice';
import { Toolbar } from './components/layout/Toolbar';
import { ShortcutsDialog } from './components/layout/ShortcutsDialog';
import { Announcer } from './components/layout/Announcer';
import { Chapter } from './chapters/Chapter';
import { useStepKeys } from './components/controls/useStepKeys';
import { useShortcutKeys } from './components/controls/useShortcutKeys';
import { usePlayback } from './components/controls/usePlayback';
import { useAfterFirstCommit } from './components/layout/later';

/**
 * Mounts its children in a background render just after the first commit, or at once when `now`.
 * The shortcuts dialog is closed on arrival: in the first commit its close button's autoFocus made
 * React call focus() on an element no one can see, which forced a style pass over the whole new
 * page before the chapter could paint (SPEC §6 chapter ready). Its own component, so that
 * background render re-renders nothing else.
 */
function AfterFirstCommit({ now, children }: { now: boolean; children: ReactNode }) {
  const later = useAfterFirstCommit();
  return later || now ? children : null;
}

export function App() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const theme = useApp((s) => s.theme);
  const present = useApp((s) => s.present);
  const embed = useApp((s) => s.embed);
  const [help, setHelp] = useState(false);
  const [blank, setBlank] = useState(false);
  const escape = useCallback(() => {
    if (!help && !blank) return false;
    setHelp(false);
    setBlank(false);
    return true;
  }, [help, blank]);
  useStepKeys({ blank, unblank: useCallback(() => setBlank(false), []) });
  usePlayback();
  useShortcutKeys({ toggleHelp: useCallback(() => setHelp((h) => !h), []), toggleBlank: useCallback(() => setBlank((b) => !b), []), escape });
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('app.title');
  }, [lang, t]);
  useEffect(() => {
    const root = document.documentElement.dataset;
    if (theme) root.theme = theme;
    else delete root.theme;
    root.present = present ? '1' : '0';
    root.embed = embed ? '1' : '0';
  }, [theme, present, embed]);
  return (
    <div className="app">
      {!embed && (
        <header className="app-header">
          <div className="brand">
            <h1>{t('app.title')}</h1>
            <p className="tagline">{t('app.tagline')}</p>
          </div>
          <ChapterNav />
          <LangSwitch />
          <Toolbar onShortcuts={() => setHelp(true)} />
        </header>
      )}
      <UrlNotice />
      <main className="chapter">
        <Chapter />
      </main>
      <Announcer />
      <AfterFirstCommit now={help}>
        <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
      </AfterFirstCommit>
      {blank && <div className="blackout" role="presentation" onClick={() => setBlank(false)} />}
    </div>
  );
}
