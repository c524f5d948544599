import { useT } from '../../store/hooks';
import { TimelineChapter } from '../TimelineChapter';

export function NetworkChapter() {
  const t = useT();
  return <TimelineChapter title={t('chapter.network')} />;
}
