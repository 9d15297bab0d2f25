/** The readable summary the command line prints: headline, delayed initiatives with causes, problems. */
import type { Evaluation } from './model';
import { causeLabel, headline, message, problemMessage, severityLabel, type Lang } from './messages';
import { cliMessage } from './messages-cli';
import { formatYearLabel } from './quantity';

export function summaryText(evaluation: Evaluation, lang: Lang): string {
  const lines: string[] = [];
  const year = evaluation.year === null ? message(lang, 'year.none') : formatYearLabel(evaluation.year, lang);
  lines.push(cliMessage(lang, 'cli.sheet', { sheet: evaluation.plan.sheet, headerRow: evaluation.plan.headerRow, year }));
  lines.push(headline(lang, evaluation.counts, 'short'));
  const delayed = evaluation.initiatives.filter((i) => i.status === 'delayed');
  if (delayed.length > 0) {
    lines.push('', `■ ${cliMessage(lang, 'cli.delayedTitle')}`);
    for (const i of delayed) {
      const label = i.causeCategory ? causeLabel(lang, i.causeCategory) : null;
      const category = label === null ? '' : lang === 'ja' ? `［${label}］` : ` [${label}]`;
      lines.push(`・${cliMessage(lang, 'cli.delayedItem', { name: i.name, pillar: i.pillar, row: i.row })}`);
      // A cause written over several lines stays under its initiative: its later lines are indented too.
      const cause = (i.cause ?? message(lang, 'cause.missing')).replace(/\s*\n\s*/gu, '\n      ');
      lines.push(`    ${cliMessage(lang, 'cli.cause')}${category}: ${cause}`);
      if (i.nextSteps) lines.push(`    ${cliMessage(lang, 'cli.nextSteps')}: ${i.nextSteps.replace(/\s*\n\s*/gu, ' ')}`);
    }
  }
  lines.push('', `■ ${cliMessage(lang, 'cli.problemsTitle')}`);
  if (evaluation.problems.length === 0) lines.push(cliMessage(lang, 'cli.noProblems'));
  for (const p of evaluation.problems) lines.push(`${p.cell}\t${severityLabel(lang, p.severity)}\t${problemMessage(lang, p)}`);
  return lines.join('\n');
}
