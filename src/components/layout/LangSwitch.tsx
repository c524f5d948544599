import { useActions, useApp } from '../../store/context';
import { useT } from '../../store/hooks';

/** Names the other language in that language, so a reader of either finds it. */
export function LangSwitch() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const { setLang } = useActions();
  const other = lang === 'en' ? 'zh' : 'en';
  return (
    <button type="button" className="lang-switch" onClick={() => setLang(other)}>
      <span lang={other}>{t('lang.switch')}</span>
      <span className="visually-hidden"> ({t('lang.switchName')})</span>
    </button>
  );
}
