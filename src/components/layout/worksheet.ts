/** The CSV worksheet in the current language: the words of core/csv.ts and the app's symbols. */
import { timelineCsv, type CsvWords } from '../../core/csv';
import type { Timeline } from '../../core/timeline';
import type { Lang } from '../../core/url';
import { translate } from '../../i18n';
import { quantityLabel } from '../quantities/labels';
import type { IdScope } from '../../core/tex';

export function csvWords(lang: Lang, scope?: IdScope): CsvWords {
  const t = (key: string) => translate(lang, key);
  return {
    header: {
      step: t('csv.step'),
      phase: t('csv.phase'),
      quantity: t('csv.quantity'),
      rounded: t('csv.rounded'),
      full: t('csv.full'),
      reads: t('csv.reads'),
    },
    given: t('csv.given'),
    phase: (p) => t(`phase.${p}`),
    label: (id) => quantityLabel(id, lang, scope),
    separator: t('csv.separator'),
  };
}

/** The worksheet's text, with a byte-order mark so spreadsheet programs read θ¹ and Chinese as UTF-8. */
export function worksheet(timeline: Timeline<string>, lang: Lang, lnOf?: (id: string) => number | undefined, scope?: IdScope): string {
  return `\uFEFF${timelineCsv(timeline, csvWords(lang, scope), lnOf)}`;
}
