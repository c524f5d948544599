import { useT } from '../../store/hooks';
import { TimelineChapter } from '../TimelineChapter';

export function GraphChapter() {
  const t = useT();
  return <TimelineChapter title={t('chapter.graph')} />;
}
