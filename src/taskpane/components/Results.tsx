/**
 * The outcome of one evaluation: which sheet and year, the headline, the initiatives, the cells to check.
 * @jsxRuntime automatic
 */
import { Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { formatYearLabel } from '../../core/quantity';
import type { AddinServices, EvaluationOutcome } from '../../office/use-cases';
import { useText } from '../text-context';
import { ErrorBar } from './ErrorBar';
import { Headline } from './Headline';
import { InitiativeList } from './InitiativeList';
import { ProblemList } from './ProblemList';

export interface ResultsProps {
  readonly outcome: EvaluationOutcome;
  readonly services: AddinServices;
  readonly fromRibbon?: boolean;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  meta: { display: 'flex', flexDirection: 'column', color: tokens.colorNeutralForeground2 },
  selected: { fontWeight: tokens.fontWeightSemibold },
});

export function Results({ outcome, services, fromRibbon = false }: ResultsProps): JSX.Element {
  const styles = useStyles();
  const { lang, t } = useText();
  const { evaluation } = outcome;
  const sheet = evaluation.plan.sheet;
  const [selected, setSelected] = useState<string | null>(null);
  const [selectError, setSelectError] = useState<unknown>(null);

  const selectCell = (cell: string): void => {
    setSelectError(null);
    services.selectCell(sheet, cell).then(
      () => setSelected(cell),
      (error: unknown) => setSelectError(error),
    );
  };

  const year = evaluation.year === null ? t('year.none') : formatYearLabel(evaluation.year, lang);
  return (
    <section className={styles.root} aria-labelledby="ape-result-title">
      <div className={styles.meta}>
        <Text as="h2" block id="ape-result-title" size={400} weight="semibold">{t('ui.result.title')}</Text>
        <Caption1>{t('ui.result.meta', { sheet, headerRow: evaluation.plan.headerRow, year })}</Caption1>
        {outcome.sheets.length > 0 && <Caption1>{t('ui.result.sheetsWritten', { sheets: outcome.sheets.join(t('ui.listSeparator')) })}</Caption1>}
        {outcome.sheets.length > 0 && <Caption1>{t('ui.result.sheetsRebuilt')}</Caption1>}
        {fromRibbon && <Caption1>{t('ui.evaluate.fromRibbon')}</Caption1>}
      </div>
      <Headline counts={evaluation.counts} />
      <div role="status" aria-live="polite">
        {selected !== null && <Text className={styles.selected}>{t('ui.selected', { sheet, cell: selected })}</Text>}
      </div>
      {selectError !== null && <ErrorBar error={selectError} title="ui.error.selectFailed" onDismiss={() => setSelectError(null)} />}
      <InitiativeList initiatives={evaluation.initiatives} onSelectCell={selectCell} />
      <ProblemList problems={evaluation.problems} onSelectCell={selectCell} />
    </section>
  );
}
