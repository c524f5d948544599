import { useApp } from '../store/context';
import { NetworkChapter } from './network/NetworkChapter';
import { GraphChapter } from './graph/GraphChapter';
import { CurveChapter } from './curves/CurveChapter';

/** The current chapter; each area owns its folder under chapters/. */
export function Chapter() {
  const chapter = useApp((s) => s.chapter);
  switch (chapter) {
    case 'network':
      return <NetworkChapter />;
    case 'graph':
      return <GraphChapter />;
    default:
      return <CurveChapter key={chapter} chapter={chapter} />;
  }
}
