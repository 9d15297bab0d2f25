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
      lines.push(`・${cliMessage(lang, 'cli.delayedItem', { name: oneLine(i.name), pillar: oneLine(i.pillar), row: i.row })}`);
      // A cause written over several lines stays under its initiative: its later lines are indented too.
      const cause = (i.cause ?? message(lang, 'cause.missing')).replace(/\s*\n\s*/gu, '\n      ');
      lines.push(`    ${cliMessage(lang, 'cli.cause')}${category}: ${cause}`);
      if (i.nextSteps) lines.push(`    ${cliMessage(lang, 'cli.nextSteps')}: ${oneLine(i.nextSteps)}`);
    }
  }
  lines.push('', `■ ${cliMessage(lang, 'cli.problemsTitle')}`);
  if (evaluation.problems.length === 0) lines.push(cliMessage(lang, 'cli.noProblems'));
  // One line a problem, for the columns to hold: the texts a message quotes may break over lines in their cells.
  for (const p of evaluation.problems) lines.push(`${p.cell}\t${severityLabel(lang, p.severity)}\t${oneLine(problemMessage(lang, p))}`);
  return lines.join('\n');
}

/** A text written over several lines of its cell ("RPAの導入\n（業務自動化）"), on one line of the console. */
function oneLine(text: string): string {
  return text.includes('\n') || text.includes('\r') ? text.replace(/\s*[\r\n]+\s*/gu, ' ') : text;
}
