import { useActions, useApp } from '../../store/context';
import { useT } from '../../store/hooks';

export function LangSwitch() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const { setLang } = useActions();
  const other = lang === 'en' ? 'zh' : 'en';
  return (
    <button type="button" className="lang-switch" lang={other} aria-label={t('lang.switchName')} onClick={() => setLang(other)}>
      {t('lang.switch')}
    </button>
  );
}
