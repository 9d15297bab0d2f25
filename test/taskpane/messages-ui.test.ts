import { EvaluationError } from '../../src/core/errors';
import { UI_EN, UI_JA } from '../../src/core/messages-ui';
import { AddinError, type AddinErrorCode } from '../../src/office/use-cases';
import { errorText } from '../../src/taskpane/error-text';
import { t } from '../../src/taskpane/t';

const ADDIN_CODES: readonly AddinErrorCode[] = [
  'cellEditMode', 'protectedSheet', 'payloadTooLarge', 'sheetNotFound', 'noPlanSheet', 'busy', 'excelError',
  'revisionConflict', 'revisionNotWritable', 'revisionIndicatorUnclear', 'undoConflict', 'nothingToUndo',
];

describe('the pane’s catalogue', () => {
  it('has the same keys in Japanese and English', () => {
    expect(Object.keys(UI_EN).sort()).toEqual(Object.keys(UI_JA).sort());
  });

  it('says every AddinError in plain words in both languages, never "undefined"', () => {
    for (const code of ADDIN_CODES) {
      for (const lang of ['ja', 'en'] as const) {
        for (const params of [{}, { sheet: '行動計画', detail: 'GeneralException' }] as Record<string, string>[]) {
          const text = errorText(lang, new AddinError(code, params)).text;
          expect(text.length).toBeGreaterThan(10);
          expect(text).not.toMatch(/undefined|\$\{/u);
        }
      }
    }
    expect(errorText('ja', new AddinError('cellEditMode')).text).toBe(
      'セルの編集中は評価できません。編集を終えて（Enterキー）から、もう一度［評価］を押してください。',
    );
  });

  it('uses the engine’s words for an EvaluationError and points to Settings where the fix is', () => {
    const e = errorText('en', new EvaluationError('noPlanSheet', { sheets: 'Cover' }));
    expect(e.text).toBe('No sheet looks like an action plan (no header row with initiative, target, actual…). Sheets: Cover');
    expect(e.hint).toBe('Choose the plan sheet in Settings.');
    expect(e.opensSettings).toBe(true);
    expect(errorText('ja', new EvaluationError('noInitiatives', { sheet: 'Sheet1', row: 2 })).opensSettings).toBe(false);
    // An empty sheet: the pane's own words (open the plan's workbook, or choose its sheet), not the command line's.
    const empty = errorText('ja', new EvaluationError('emptySheet', { sheet: 'Sheet1' }));
    expect([empty.text, empty.hint, empty.opensSettings]).toEqual([
      'シート「Sheet1」は空です。', '行動計画のあるブックを開くか、［設定］で行動計画のシートを選んでください。', true,
    ]);
  });

  it('falls back to the engine catalogue for engine keys', () => {
    expect(t('ja', 'status.delayed')).toBe('遅れ');
    expect(t('en', 'ui.tab.settings')).toBe('Settings');
  });
});
