import { memo, useRef, useState } from 'react';
import type { Trainer } from '../../core/train/trainer';
import type { Rows } from '../../core/url';
import { useActions, useApp, useAppStore } from '../../store/context';
import { useT } from '../../store/hooks';
import { download } from '../layout/exportFigure';
import { lossCsv, readTrainingFile, trainingJson } from '../../chapters/train/trainFile';
import { urlStateOf } from '../../store/urlSync';

/** Export the weights and data as JSON, the loss curve as CSV; import a JSON file checked like a link. */
function FilePanelView({ trainer, rows }: { trainer: Trainer; rows: Rows }) {
  const t = useT();
  const store = useAppStore();
  const dataset = useApp((s) => s.dataset);
  const { loadTraining } = useActions();
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ text: string; bad: boolean } | null>(null);
  // Read at the click: the panel does not re-render with every epoch.
  const name = () => `backprop-stepper-train-${dataset}-epoch${trainer.epoch}`;
  const exportJson = () => {
    // The trainer's epoch: while training, the store's follows it only now and then.
    const text = trainingJson({ ...urlStateOf(store.getState()), epoch: trainer.epoch }, trainer.weights(), rows);
    download(`${name()}.json`, new Blob([text], { type: 'application/json' }));
  };
  const exportCsv = () => {
    const { J, accuracy, gradNorm } = trainer.series();
    const words = { epoch: t('train.csv.epoch'), J: t('train.csv.J'), accuracy: t('train.csv.accuracy'), norm: (l: number) => t('train.csv.norm', { l }) };
    download(`${name()}.csv`, new Blob([lossCsv(words, trainer.epoch + 1, J, accuracy, gradNorm)], { type: 'text/csv' }));
  };
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const read = readTrainingFile(await file.text());
    if (read.ok) {
      loadTraining(read.patch);
      setMessage({ text: t('train.imported'), bad: false });
    } else setMessage({ text: 'notJson' in read ? t('train.importNotJson') : t('train.importBad', { keys: read.keys.join(t('list.sep')) }), bad: true });
    if (input.current) input.current.value = '';
  };
  return (
    <section className="train-files" aria-labelledby="train-files-title">
      <h3 id="train-files-title">{t('train.export')}</h3>
      <div className="train-file-buttons">
        <button type="button" onClick={exportJson}>
          {t('train.exportJson')}
        </button>
        <button type="button" onClick={exportCsv}>
          {t('train.exportCsv')}
        </button>
        <button type="button" onClick={() => input.current?.click()}>
          {t('train.import')}
        </button>
        <input ref={input} type="file" accept="application/json,.json" className="visually-hidden" tabIndex={-1} aria-label={t('train.import')} onChange={(e) => void onFile(e.currentTarget.files?.[0])} />
      </div>
      <p className={message?.bad ? 'field-error' : 'muted'} role="status">
        {message?.text ?? ''}
      </p>
    </section>
  );
}

/** Memoized: it changes with its props, not with every frame of training. */
export const FilePanel = memo(FilePanelView);
