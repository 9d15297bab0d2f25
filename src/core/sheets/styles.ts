/** The look of the summary sheets: one palette and a few cell styles shared by every layout. */
import type { Status } from '../model';
import type { CellStyle, PrintSetup } from './description';

export const FONT_SIZE = 11;

export const STYLE = {
  title: { bold: true, fontSize: 16, vertical: 'middle', wrap: true },
  subtitle: { fontColor: '595959', vertical: 'middle' },
  headline: { bold: true, fontSize: 12, wrap: true, vertical: 'middle' },
  section: { bold: true, fontSize: 12, fontColor: '1F4E79' },
  header: { bold: true, fill: 'DDEBF7', border: 'thin', horizontal: 'center', vertical: 'middle', wrap: true },
  body: { border: 'thin', vertical: 'top', wrap: true, numberFormat: '@' },
  bodyCenter: { border: 'thin', vertical: 'top', horizontal: 'center', wrap: true, numberFormat: '@' },
  count: { border: 'thin', vertical: 'top', horizontal: 'right', numberFormat: '#,##0' },
  rate: { border: 'thin', vertical: 'top', horizontal: 'right', numberFormat: '#,##0.0%' },
  totalLabel: { bold: true, border: 'thin', fill: 'F2F2F2', numberFormat: '@' },
  totalCount: { bold: true, border: 'thin', fill: 'F2F2F2', horizontal: 'right', numberFormat: '#,##0' },
  totalRate: { bold: true, border: 'thin', fill: 'F2F2F2', horizontal: 'right', numberFormat: '#,##0.0%' },
  label: { bold: true, vertical: 'top', numberFormat: '@' },
  note: { vertical: 'top', wrap: true, numberFormat: '@' },
  noteCount: { vertical: 'top', horizontal: 'left', numberFormat: '#,##0' },
  missing: { border: 'thin', vertical: 'top', wrap: true, fill: 'FFC7CE', fontColor: '9C0006', bold: true, numberFormat: '@' },
} satisfies Record<string, CellStyle>;

/** Excel's own good/bad/neutral colours, which reviewers already read at a glance. */
export const STATUS_COLOURS: Record<Status, { fill: string; font: string }> = {
  achieved: { fill: 'C6EFCE', font: '006100' },
  'on-track': { fill: 'C6EFCE', font: '006100' },
  delayed: { fill: 'FFC7CE', font: '9C0006' },
  unknown: { fill: 'FFEB9C', font: '9C5700' },
};

/** Light enough that the percentage printed over the bar stays legible. */
export const DATA_BAR_COLOUR = 'BDD7EE';

export function printSetup(repeatRows: PrintSetup['repeatRows']): PrintSetup {
  // Not "&P / &N": each sheet numbers its pages from 1, but &N counts the pages of all that is printed at once.
  return { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows, footer: '&A　- &P -' };
}
