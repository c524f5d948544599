import { useEffect } from 'react';
import { useApp } from './store/context';
import { useT } from './store/hooks';
import { ChapterNav } from './components/layout/ChapterNav';
import { LangSwitch } from './components/layout/LangSwitch';
import { UrlNotice } from './components/layout/UrlNotice';
import { Chapter } from './chapters/Chapter';
import { useStepKeys } from './components/controls/useStepKeys';
import { usePlayback } from './components/controls/usePlayback';

export function App() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const theme = useApp((s) => s.theme);
  useStepKeys();
  usePlayback();
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('app.title');
  }, [lang, t]);
  useEffect(() => {
    if (theme) document.documentElement.dataset.theme = theme;
    else delete document.documentElement.dataset.theme;
  }, [theme]);
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <h1>{t('app.title')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        <ChapterNav />
        <LangSwitch />
      </header>
      <UrlNotice />
      <main className="chapter">
        <Chapter />
      </main>
    </div>
  );
}
