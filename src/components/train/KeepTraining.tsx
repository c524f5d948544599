import { useActions, useApp, useAppStore } from '../../store/context';
import { useT, useTimeline } from '../../store/hooks';
import { samplesOf } from '../../core/netState';
import { encode } from '../../core/url';
import { urlStateOf } from '../../store/urlSync';

/**
 * The network chapter's way on (SPEC §10): at the update step, a link that opens the training
 * chapter with these weights as its initial weights. A real link, so it also opens in a new tab.
 */
export function KeepTraining() {
  const t = useT();
  const atEnd = useApp((s) => s.step) >= useTimeline().steps.length;
  const store = useAppStore();
  const { keepTraining } = useActions();
  if (!atEnd) return null;
  const s = store.getState();
  const href = `?${encode({ ...urlStateOf(s), chapter: 'train', step: 0, epoch: 0 })}`;
  return (
    <p className="keep-training">
      <a
        href={href}
        onClick={(e) => {
          if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
          e.preventDefault();
          keepTraining(samplesOf(store.getState()));
        }}
      >
        {t('train.keepTraining')}
        <span aria-hidden="true"> →</span>
      </a>
    </p>
  );
}
