import { useActions, useApp } from '../../store/context';
import { useT } from '../../store/hooks';

/** Names the URL keys that were ignored or repeated, never their raw values (they may be hostile). */
export function UrlNotice() {
  const t = useT();
  const ignored = useApp((s) => s.ignored);
  const repeated = useApp((s) => s.repeated);
  const { dismissNotice } = useActions();
  if (ignored.length === 0 && repeated.length === 0) return null;
  return (
    <div className="notice" role="status" aria-label={t('notice.label')}>
      {ignored.length > 0 && <p>{t('notice.ignored', { keys: ignored.join(t('list.sep')) })}</p>}
      {repeated.length > 0 && <p>{t('notice.repeated', { keys: repeated.join(t('list.sep')) })}</p>}
      <button type="button" onClick={dismissNotice}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
