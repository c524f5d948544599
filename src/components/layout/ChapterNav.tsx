import { useActions, useApp } from '../../store/context';
import { useT } from '../../store/hooks';
import { CHAPTERS } from '../../core/url';

/** The five chapters in the source's order; real links, so each can be opened in a new tab. */
export function ChapterNav() {
  const t = useT();
  const chapter = useApp((s) => s.chapter);
  const lang = useApp((s) => s.lang);
  const { setChapter } = useActions();
  return (
    <nav className="chapter-nav" aria-label={t('nav.label')}>
      <ol>
        {CHAPTERS.map((c, i) => (
          <li key={c}>
            <a
              href={`?chapter=${c}&lang=${lang}`}
              aria-current={c === chapter ? 'page' : undefined}
              onClick={(e) => {
                if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
                e.preventDefault();
                setChapter(c);
              }}
            >
              <span className="chapter-number" aria-hidden="true">
                {i + 1}
              </span>
              {t(`chapter.${c}`)}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
