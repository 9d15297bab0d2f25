/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { createElement as h } from 'react';
import { EvaluationError } from '../../src/core/errors';
import { evaluateGrid } from '../../src/core/evaluate';
import { parseA1, type CellValue } from '../../src/core/grid';
import { message } from '../../src/core/messages';
import { UI_JA } from '../../src/core/messages-ui';
import type { Revision } from '../../src/core/revise/history';
import { targetSlots, type PlannedChange } from '../../src/core/revise/slots';
import { AddinError, DEFAULT_SETTINGS, FormulaCellsError, type AddinServices, type PlanSettings, type RevisionResult, type RevisionSheet } from '../../src/office/use-cases';
import { App } from '../../src/taskpane/App';
import { checkEntry } from '../../src/taskpane/components/ReviseView';
import { createEvaluationRun } from '../../src/taskpane/evaluation-run';
import { deferred, fakeServices, inPane } from './fixtures';
import { grid } from '../support/grid';

const HEADER = ['No.', '方向性', '取組項目', '目標(抄)', 'R2年度末実績', '進捗状況', '遅れが生じている要因', '今後の取組'];
const OCR_TARGET = '○AI-OCR利用枚数 R2年度:12,000枚/年 R3年度:2万枚 R4年度:3万枚';

/**
 * Slots as the add-in reads them: a small plan judged by the engine, whose target cells list R2/R3/R4 targets.
 * AI-OCR passed next year's targets (raise); the shared cloud is delayed (keep and flag).
 */
function sampleRevision(): RevisionSheet {
  const rows: CellValue[][] = [
    ['令和2年度 行財政改革行動計画'],
    HEADER,
    [1, '県庁のICT化', 'RPA・AI-OCRによる業務自動化', OCR_TARGET, '○AI-OCR利用枚数 約62,000枚/年', '順調', null, '目標値を再設定'],
    [2, '県庁のICT化', '共同クラウドの参加団体の拡大', 'R2年度:20団体 R3年度:25団体', '15団体', '遅れ', '新型コロナウイルス感染症の影響で、費用面での調整が難航したため。', '共同利用の検討を進める'],
  ];
  const plan = grid(rows);
  const evaluation = evaluateGrid(plan);
  const cellValue = (address: string): CellValue => {
    const at = parseA1(address);
    return at ? (rows[at.row - plan.top]?.[at.col - plan.left] ?? null) : null;
  };
  return { sheet: '行動計画', year: evaluation.year, slots: targetSlots(evaluation, cellValue), lang: 'ja', undoable: [LAST_ROUND] };
}

const STORED: PlanSettings = { ...DEFAULT_SETTINGS, preset: 'abcd' };

/** The round Undo would take back in the sample: AI-OCR's R3 target, raised from 2万枚 to 6.7万枚. */
const LAST_ROUND: Revision = {
  at: '2021-06-01 10:15', user: '山田', sheet: '行動計画', cell: 'D3', initiative: 'RPA・AI-OCRによる業務自動化', indicator: 'AI-OCR利用枚数',
  year: 2021, oldValue: '2万枚', newValue: '6.7万枚', reason: '実績が目標を大きく上回ったため', oldCell: OCR_TARGET, newCell: OCR_TARGET.replace('R3年度:2万枚', 'R3年度:6.7万枚'),
  kind: 'revise', batch: 3,
};

function reviseServices(overrides: Partial<AddinServices> = {}) {
  return fakeServices({ revisionSlots: async () => sampleRevision(), applyRevisions: async () => ({ cells: ['D3'], batch: 1, historySheet: '目標見直し' }), ...overrides }, STORED);
}

async function openRevise(services: AddinServices) {
  const result = render(h(App, { services, run: createEvaluationRun(), initialView: 'revise' }));
  await screen.findByTestId('revise-table');
  return result;
}

function row(indicator: string, year: string): HTMLElement {
  const found = screen.getAllByRole('row').find((r) => within(r).queryByRole('rowheader')?.textContent?.includes(indicator) && r.textContent?.includes(year));
  if (!found) throw new Error(`no row ${indicator} ${year}`);
  return found;
}

const newValue = (indicator: string, year: string) => screen.getByRole('textbox', { name: `新しい目標（${indicator} ${year}）` }) as HTMLInputElement;
const reason = (indicator: string, year: string) => screen.getByRole('textbox', { name: `見直しの理由（${indicator} ${year}）` }) as HTMLInputElement;
const applyButton = () => screen.getByRole('button', { name: /^(見直しを書き込む|書き込み中…)$/u });
/** Presses Undo and confirms what it names. */
function confirmUndo(): void {
  fireEvent.click(screen.getByRole('button', { name: '直前の見直しを取り消す' }));
  fireEvent.click(within(screen.getByTestId('undo-confirm')).getByRole('button', { name: '取り消す' }));
}
const disabled = (el: HTMLElement) => el.getAttribute('aria-disabled') === 'true' || (el as HTMLButtonElement).disabled;

function type(input: HTMLInputElement, value: string): void {
  fireEvent.change(input, { target: { value } });
}

async function seriousViolations(container: HTMLElement): Promise<string[]> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${v.help}`));
}

describe('the fixture', () => {
  it('is what the engine reads from the target cells: R3 and R4 for AI-OCR, R3 for the delayed cloud', () => {
    const { slots, year } = sampleRevision();
    expect(year).toBe(2020);
    expect(slots.map((s) => `${s.indicator} ${s.year} ${s.written} ${s.status} ${s.suggestion.reason} ${s.suggestion.value}`)).toEqual([
      'AI-OCR利用枚数 2021 2万枚 achieved raiseToActual 62000',
      'AI-OCR利用枚数 2022 3万枚 achieved raiseToActual 62000',
      '共同クラウドの参加団体の拡大 2021 25団体 delayed keepDelayed 25',
    ]);
  });
});

describe('the Revise targets view', () => {
  it('reads the slots with the pane’s stored settings when it opens, and shows one row per target with its suggestion', async () => {
    const services = reviseServices();
    await openRevise(services);
    expect(services.revisionSlots).toHaveBeenCalledTimes(1);
    expect(services.revisionSlots).toHaveBeenCalledWith(STORED);
    expect(screen.getByRole('tab', { name: '目標見直し' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('table', { name: '次年度以降の目標（3件）' })).toBeTruthy();

    const ocr = row('AI-OCR利用枚数', 'R3年度');
    expect(within(ocr).getByRole('rowheader').textContent).toContain('RPA・AI-OCRによる業務自動化');
    expect(within(ocr).getByTestId('revise-current').textContent).toBe('2万枚');
    expect(ocr.textContent).toContain('目標 12,000枚');
    expect(ocr.textContent).toContain('実績 62,000枚');
    expect(ocr.textContent).toContain('達成率 516.7%');
    expect(within(ocr).getByTestId('revise-suggestion').textContent).toBe('6.2万枚');
    expect(ocr.textContent).toContain(message('ja', 'suggest.raiseToActual', { actual: '62,000枚' }));
    expect(ocr.textContent).toContain(`ルール: ${message('ja', 'suggest.rule.keepOrRaiseToActual')}`);
    expect(within(row('AI-OCR利用枚数', 'R4年度')).getByTestId('revise-current').textContent).toBe('3万枚');

    // The delayed initiative is marked, and its suggestion keeps the target and flags it.
    const cloud = row('共同クラウドの参加団体の拡大', 'R3年度');
    expect(cloud.dataset.status).toBe('delayed');
    expect(within(cloud).getByTestId('revise-delayed').textContent).toBe('遅れ（要検討）');
    expect(within(cloud).getByTestId('revise-suggestion').textContent).toBe('25団体');
    expect(cloud.textContent).toContain(message('ja', 'suggest.keepDelayed'));
    expect(within(ocr).queryByTestId('revise-delayed')).toBeNull();

    expect(disabled(applyButton())).toBe(true);
    expect(screen.getByTestId('revise-pending').textContent).toBe(UI_JA['ui.revise.noChanges']);
  });

  it('typing 6.7万 enables Apply, which writes only the changed row with its value and reason, reports the cells and reloads', async () => {
    const services = reviseServices();
    await openRevise(services);
    type(newValue('AI-OCR利用枚数', 'R3年度'), '6.7万');
    type(reason('AI-OCR利用枚数', 'R3年度'), '実績が目標を大きく上回ったため');
    // The field says how the cell will read.
    expect(screen.getByText('2万枚 → 6.7万枚 に変更します。')).toBeTruthy();
    // A row typed back to its current value is not a change.
    type(newValue('AI-OCR利用枚数', 'R4年度'), '30,000');
    expect(screen.getByText(UI_JA['ui.revise.same'] as string)).toBeTruthy();
    expect(screen.getByTestId('revise-pending').textContent).toBe('書き込む変更: 1件');
    expect(disabled(applyButton())).toBe(false);

    fireEvent.click(applyButton());
    await screen.findByText('シート「行動計画」の D3 に書き込み、シート「目標見直し」に履歴を残しました（1回目）。');
    expect(services.applyRevisions).toHaveBeenCalledTimes(1);
    const [sheet, changes, lang] = services.applyRevisions.mock.calls[0] as [string, PlannedChange[], string];
    expect(sheet).toBe('行動計画');
    expect(lang).toBe('ja');
    expect(changes.map((c) => ({ id: c.slot.id, cell: c.slot.cell, year: c.slot.year, value: c.value, reason: c.reason }))).toEqual([
      { id: 'D3|2021|0', cell: 'D3', year: 2021, value: 67000, reason: '実績が目標を大きく上回ったため' },
    ]);
    // The slots are read again and the typed values cleared.
    await waitFor(() => expect(services.revisionSlots).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(newValue('AI-OCR利用枚数', 'R3年度').value).toBe(''));
    expect(disabled(applyButton())).toBe(true);
  });

  it('takes a reason of a thousand characters at most, well inside what the history\'s cell holds', async () => {
    await openRevise(reviseServices());
    expect(reason('AI-OCR利用枚数', 'R3年度').maxLength).toBe(1000);
  });

  it('accepts full-width digits', async () => {
    const services = reviseServices();
    await openRevise(services);
    type(newValue('AI-OCR利用枚数', 'R4年度'), '７０，０００');
    expect(screen.getByText('3万枚 → 7万枚 に変更します。')).toBeTruthy();
    fireEvent.click(applyButton());
    await waitFor(() => expect(services.applyRevisions).toHaveBeenCalledTimes(1));
    expect((services.applyRevisions.mock.calls[0]![1] as PlannedChange[]).map((c) => [c.slot.year, c.value, c.reason])).toEqual([[2022, 70000, '']]);
  });

  it.each([
    ['-5', 'typed.negative'],
    ['abc', 'typed.notNumber'],
  ] as const)('refuses %j with the catalogue’s message and keeps Apply disabled', async (typed, key) => {
    const services = reviseServices();
    await openRevise(services);
    const input = newValue('AI-OCR利用枚数', 'R3年度');
    type(input, typed);
    expect(await screen.findByText(message('ja', key))).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(disabled(applyButton())).toBe(true);
    // A valid change elsewhere does not let the unreadable one through.
    type(newValue('AI-OCR利用枚数', 'R4年度'), '7万');
    expect(disabled(applyButton())).toBe(true);
    expect(screen.getByTestId('revise-pending').textContent).toBe(UI_JA['ui.revise.fixFirst']);
    fireEvent.click(applyButton());
    expect(services.applyRevisions).not.toHaveBeenCalled();
    // Corrected, it goes.
    type(input, '6.7万');
    expect(input.getAttribute('aria-invalid')).not.toBe('true');
    expect(disabled(applyButton())).toBe(false);
  });

  it('refuses a value in another unit than the indicator\'s, rather than write it in the indicator\'s', async () => {
    const services = reviseServices();
    await openRevise(services);
    const input = newValue('AI-OCR利用枚数', 'R3年度');
    type(input, '70業務');
    expect(screen.getByText('単位「業務」はこの指標の単位「枚」と異なります。枚で入力してください。')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(disabled(applyButton())).toBe(true);
    // In its own unit, it goes.
    type(input, '70,000枚');
    expect(disabled(applyButton())).toBe(false);
  });

  it('says when a new target eases the current one or is already met by this year\'s actual, and still lets it be written', async () => {
    const services = reviseServices();
    await openRevise(services);
    type(newValue('AI-OCR利用枚数', 'R3年度'), '1万');
    expect(screen.getByText('2万枚 → 1万枚 に変更します。現在の目標（2万枚）より緩めることになります。')).toBeTruthy();
    type(newValue('AI-OCR利用枚数', 'R4年度'), '5万');
    expect(screen.getByText('3万枚 → 5万枚 に変更します。今年度の実績（62,000枚）ですでに満たしている値です。')).toBeTruthy();
    // The actual itself, as the suggestion writes it, is no caution.
    type(newValue('AI-OCR利用枚数', 'R3年度'), '62,000');
    expect(screen.getByText('2万枚 → 6.2万枚 に変更します。')).toBeTruthy();
    expect(disabled(applyButton())).toBe(false);
  });

  it('writes only the number: a bound typed against the target’s own is refused, one that agrees is said not to be written', async () => {
    const services = reviseServices();
    await openRevise(services);
    const input = newValue('AI-OCR利用枚数', 'R3年度');
    // The target is judged "以上" (higher is better): "以下" typed would be lost were only the number written.
    type(input, '7万枚以下');
    expect(screen.getByText('「以下」は書き込めません。この目標は「以上」で判定しており、ここで書き換えるのは数値だけです。数値だけを入力してください（向きを変えるにはセルを直接直してください）。')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(disabled(applyButton())).toBe(true);
    expect(screen.getByTestId('revise-pending').textContent).toBe(UI_JA['ui.revise.fixFirst']);
    type(input, '8,000枚未満');
    expect(screen.getByText(/^「未満」は書き込めません。/u)).toBeTruthy();
    expect(disabled(applyButton())).toBe(true);

    // "以上" agrees with the target: the number is written, and the pane says the word is not.
    type(input, '7万枚以上');
    expect(screen.getByText('2万枚 → 7万枚 に変更します。「以上」は書き込まず、数値だけを書き換えます（この目標は今のとおり「以上」で判定します）。')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).not.toBe('true');
    fireEvent.click(applyButton());
    await waitFor(() => expect(services.applyRevisions).toHaveBeenCalledTimes(1));
    expect((services.applyRevisions.mock.calls[0]![1] as PlannedChange[]).map((c) => c.value)).toEqual([70000]);
  });

  it('says nothing more of a bound the cell writes itself ("2万枚以上" → "7万枚以上")', () => {
    const slot = sampleRevision().slots.find((s) => s.cell === 'D3' && s.year === 2021);
    if (!slot) throw new Error('no slot');
    const withBound = { ...slot, read: 'R3年度:2万枚以上', written: '2万枚以上' };
    expect(checkEntry(withBound, { value: '7万枚以上', reason: '' })).toMatchObject({ kind: 'change', value: 70000, written: '7万枚以上', boundNotWritten: null });
    expect(checkEntry(withBound, { value: '7万以内', reason: '' })).toEqual({ kind: 'otherDirection', typed: '以内', direction: 'atLeast' });
    expect(checkEntry(withBound, { value: '7万', reason: '' })).toMatchObject({ kind: 'change', written: '7万枚以上', boundNotWritten: null });
    // A bound on the same side ("超" for a target of 以上) is no other way to go: the number is written, the word noted.
    expect(checkEntry(withBound, { value: '7万枚超', reason: '' })).toMatchObject({ kind: 'change', value: 70000, boundNotWritten: '超' });
  });

  it('asks for a value where only a reason was written', async () => {
    await openRevise(reviseServices());
    type(reason('AI-OCR利用枚数', 'R3年度'), '見直す');
    expect(screen.getByText(message('ja', 'typed.empty'))).toBeTruthy();
    expect(disabled(applyButton())).toBe(true);
  });

  it('says so, and keeps Apply off, where the cell lists several indicators and this one\'s target cannot be told apart', async () => {
    const sheet = sampleRevision();
    // The cell as a planner might have rewritten it since: two unnamed indicators, each with an R3 target.
    const slots = sheet.slots.map((slot, i) => (i === 0 ? { ...slot, read: '○R2年度:1万枚 R3年度:2万枚\n○R2年度:5件 R3年度:6件' } : slot));
    await openRevise(reviseServices({ revisionSlots: async () => ({ ...sheet, slots }) }));
    type(newValue('AI-OCR利用枚数', 'R3年度'), '6.7万');
    expect(within(row('AI-OCR利用枚数', 'R3年度')).getByText(/複数の指標が書かれていて、この指標の目標がどれか特定できない/u)).toBeTruthy();
    expect(disabled(applyButton())).toBe(true);
  });

  it('"use suggestion" fills the value with the suggestion', async () => {
    const services = reviseServices();
    await openRevise(services);
    fireEvent.click(screen.getByRole('button', { name: '提案値を使う（6.2万枚・AI-OCR利用枚数 R3年度）' }));
    expect(newValue('AI-OCR利用枚数', 'R3年度').value).toBe('62,000');
    expect(screen.getByText('2万枚 → 6.2万枚 に変更します。')).toBeTruthy();
    fireEvent.click(applyButton());
    await waitFor(() => expect(services.applyRevisions).toHaveBeenCalledTimes(1));
    expect((services.applyRevisions.mock.calls[0]![1] as PlannedChange[]).map((c) => c.value)).toEqual([62000]);
  });

  it('is busy while applying: the button says so and a second press does nothing', async () => {
    const pending = deferred<RevisionResult>();
    const services = reviseServices({ applyRevisions: () => pending.promise });
    await openRevise(services);
    type(newValue('AI-OCR利用枚数', 'R3年度'), '6.7万');
    // Two presses in one task, before the busy state renders: one write.
    const button = applyButton();
    act(() => {
      button.click();
      button.click();
    });
    const busy = await screen.findByRole('button', { name: '書き込み中…' });
    expect(disabled(busy)).toBe(true);
    expect(disabled(screen.getByRole('button', { name: '直前の見直しを取り消す' }))).toBe(true);
    fireEvent.click(busy);
    expect(services.applyRevisions).toHaveBeenCalledTimes(1);
    await act(async () => pending.resolve({ cells: ['D3'], batch: 2, historySheet: '見直し履歴(旧)' }));
    // The history sheet is named as it stands: a planner may have renamed it.
    await inPane().findByText(/D3 に書き込み、シート「見直し履歴\(旧\)」に履歴を残しました/u);
    expect(applyButton().textContent).toBe('見直しを書き込む');
  });

  it('on a conflict names the cells, writes nothing, and offers Reload; the typed value stays', async () => {
    const services = reviseServices({ applyRevisions: async () => Promise.reject(new AddinError('revisionConflict', { cells: 'D3, D4' })) });
    await openRevise(services);
    type(newValue('AI-OCR利用枚数', 'R3年度'), '6.7万');
    fireEvent.click(applyButton());
    const text = message('ja', 'office.revisionConflict', { cells: 'D3, D4' });
    expect(await screen.findByText(text)).toBeTruthy();
    expect(text).toContain('D3, D4');
    expect(screen.getByText(UI_JA['ui.revise.applyErrorTitle'] as string)).toBeTruthy();
    expect(document.querySelector('[data-error-key="office.revisionConflict"]')).not.toBeNull();

    const bar = document.querySelector('[data-error-key="office.revisionConflict"]') as HTMLElement;
    fireEvent.click(within(bar).getByRole('button', { name: '読み込み直す' }));
    await waitFor(() => expect(services.revisionSlots).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(screen.queryByText(text)).toBeNull());
    expect(newValue('AI-OCR利用枚数', 'R3年度').value).toBe('6.7万');
  });

  it('Undo names the round and each target it restores, and asks first; "やめる" changes nothing', async () => {
    const services = reviseServices({ undoLastRevision: async () => ({ cells: ['D3'], batch: 3, historySheet: '目標見直し' }) });
    await openRevise(services);
    fireEvent.click(screen.getByRole('button', { name: '直前の見直しを取り消す' }));
    const confirm = screen.getByTestId('undo-confirm');
    expect(within(confirm).getByText('3回目の見直し（2021-06-01 10:15・山田）を取り消しますか？')).toBeTruthy();
    expect(within(confirm).getByText('AI-OCR利用枚数 R3年度（D3）: 6.7万枚 を 2万枚 に戻します')).toBeTruthy();
    fireEvent.click(within(confirm).getByRole('button', { name: 'やめる' }));
    expect(screen.queryByTestId('undo-confirm')).toBeNull();
    expect(services.undoLastRevision).not.toHaveBeenCalled();
  });

  it('Undo, confirmed, calls undoLastRevision in the plan’s language, reports the cells and reloads; with nothing left to undo it says so', async () => {
    const services = reviseServices({ undoLastRevision: async () => ({ cells: ['D3'], batch: 3, historySheet: '目標見直し' }) });
    await openRevise(services);
    confirmUndo();
    expect(await screen.findByText('3回目の見直しを取り消し、D3 を元に戻しました。取り消しも履歴に残しました。')).toBeTruthy();
    // With the round it named, so that a round written since is not taken back instead.
    expect(services.undoLastRevision).toHaveBeenCalledWith('ja', 3);
    await waitFor(() => expect(services.revisionSlots).toHaveBeenCalledTimes(2));

    // Taken back meanwhile by someone else: said, not shown as a failure.
    services.undoLastRevision.mockImplementation(async () => Promise.reject(new AddinError('nothingToUndo')));
    confirmUndo();
    expect(await screen.findByText(message('ja', 'office.nothingToUndo'))).toBeTruthy();
    expect(document.querySelector('[data-notice="nothingToUndo"]')).not.toBeNull();
  });

  it('puts the keyboard on the confirmation, which Escape closes, giving the keyboard back to Undo', async () => {
    await openRevise(reviseServices());
    const undoButton = screen.getByRole('button', { name: '直前の見直しを取り消す' });
    fireEvent.click(undoButton);
    const confirm = screen.getByTestId('undo-confirm');
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: '取り消す' }));
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Escape' });
    expect(screen.queryByTestId('undo-confirm')).toBeNull();
    expect(document.activeElement).toBe(undoButton);
  });

  it('offers no Undo when no revision is left to take back', async () => {
    await openRevise(reviseServices({ revisionSlots: async () => ({ ...sampleRevision(), undoable: [] }) }));
    expect(disabled(screen.getByRole('button', { name: '直前の見直しを取り消す' }))).toBe(true);
  });

  it('an undo conflict is shown as an error naming the cell', async () => {
    await openRevise(reviseServices({ undoLastRevision: async () => Promise.reject(new AddinError('undoConflict', { cells: 'D3' })) }));
    confirmUndo();
    expect(await screen.findByText(message('ja', 'office.undoConflict', { cells: 'D3' }))).toBeTruthy();
    expect(screen.getByText(UI_JA['ui.revise.undoErrorTitle'] as string)).toBeTruthy();
  });

  it('Reload reads the slots again', async () => {
    const services = reviseServices();
    await openRevise(services);
    fireEvent.click(screen.getByRole('button', { name: '読み込み直す' }));
    await waitFor(() => expect(services.revisionSlots).toHaveBeenCalledTimes(2));
  });

  it('says so when the plan has no later-year targets', async () => {
    const services = fakeServices({ revisionSlots: async () => ({ sheet: '行動計画', year: 2020, slots: [], lang: 'ja', undoable: [] }) });
    render(h(App, { services, run: createEvaluationRun(), initialView: 'revise' }));
    expect(await screen.findByText(UI_JA['ui.revise.empty'] as string)).toBeTruthy();
    expect(screen.getByText(UI_JA['ui.revise.empty'] as string).textContent).toContain('この計画には次年度以降の目標がありません');
    expect(screen.queryByTestId('revise-table')).toBeNull();
    expect(screen.queryByRole('button', { name: '見直しを書き込む' })).toBeNull();
  });

  it('shows the evaluate view’s error text when the plan is not found, with the way to Settings', async () => {
    const services = fakeServices({ revisionSlots: async () => Promise.reject(new EvaluationError('noPlanSheet', { sheets: '表紙' })) });
    render(h(App, { services, run: createEvaluationRun(), initialView: 'revise' }));
    expect(await screen.findByText(UI_JA['ui.revise.loadErrorTitle'] as string)).toBeTruthy();
    expect(document.querySelector('[data-error-key="error.noPlanSheet"]')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '設定を開く' }));
    expect(screen.getByRole('tab', { name: '設定' }).getAttribute('aria-selected')).toBe('true');
    await screen.findByRole('combobox', { name: '遅れが生じている要因' });
  });

  it('labels its inputs with the indicator and the year in English too (FY2021)', async () => {
    const services = reviseServices({ revisionSlots: async () => ({ ...sampleRevision(), lang: 'en' }) });
    services.displayLanguage.mockReturnValue('en');
    render(h(App, { services, run: createEvaluationRun(), initialView: 'revise' }));
    await screen.findByTestId('revise-table');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('textbox', { name: 'New target (AI-OCR利用枚数 FY2021)' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Reason for the revision (AI-OCR利用枚数 FY2022)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Use suggestion (6.2万枚, AI-OCR利用枚数 FY2021)' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Revise targets' })).toBeTruthy();
  });

  it('has no serious or critical axe violations, with rows, a refused value and a notice; every control is named', async () => {
    const { container } = await openRevise(reviseServices());
    type(newValue('AI-OCR利用枚数', 'R3年度'), 'abc');
    type(newValue('AI-OCR利用枚数', 'R4年度'), '7万');
    expect(await seriousViolations(container)).toEqual([]);
    const unnamed = [...container.querySelectorAll('button, input, [role="tab"]')]
      .filter((el) => !(el.textContent?.trim() || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || (el as HTMLInputElement).labels?.length))
      .map((el) => el.outerHTML.slice(0, 80));
    expect(unnamed).toEqual([]);
    // The confirmation too.
    fireEvent.click(screen.getByRole('button', { name: '直前の見直しを取り消す' }));
    expect(await seriousViolations(container)).toEqual([]);
    fireEvent.click(within(screen.getByTestId('undo-confirm')).getByRole('button', { name: '取り消す' }));
    await screen.findByText(/を元に戻しました/u);
    expect(await seriousViolations(container)).toEqual([]);
  });
});

/**
 * The reviewer's plan: a unit column over numeric target cells, one row counted in 千枚 (8,000千枚 targeted, 8,500千枚
 * reached, 7,500千枚 for R3) and one in 件 whose R3 target H4 Excel computes by a formula (=F4*1.2).
 */
function unitRevision(undoable: readonly Revision[] = []): RevisionSheet {
  const rows: CellValue[][] = [
    ['令和2年度 行動計画 進捗状況'],
    [],
    ['No.', '方向性', '取組項目', '指標', '単位', 'R2年度目標', 'R2年度実績', 'R3年度目標', 'R4年度目標', '進捗状況'],
    [1, 'ICT', '電子申請の推進', '電子申請件数', '件', 1000, 1500, 1200, 1400, '順調'],
    [2, 'ICT', 'ペーパーレス', 'コピー用紙使用量', '千枚', 8000, 8500, 7500, 7000, '遅れ'],
  ];
  const cellValue = (address: string): CellValue => {
    const at = parseA1(address);
    return at ? (rows[at.row]?.[at.col] ?? null) : null;
  };
  const evaluation = evaluateGrid(grid(rows));
  return { sheet: '行動計画', year: evaluation.year, slots: targetSlots(evaluation, cellValue), lang: 'ja', undoable };
}

describe('targets counted in the unit column’s scale, and numeric cells', () => {
  const unitServices = (overrides: Partial<AddinServices> = {}) =>
    reviseServices({ revisionSlots: async () => unitRevision(), applyRevisions: async () => ({ cells: ['H5'], batch: 1, historySheet: '目標見直し' }), ...overrides });

  it('shows a target in 千枚 as the sheet does, and “use suggestion” fills and writes 8,500 (千枚), not 8,500,000', async () => {
    const services = unitServices();
    await openRevise(services);
    const paper = row('コピー用紙使用量', 'R3年度');
    expect(within(paper).getByTestId('revise-current').textContent).toBe('7,500千枚');
    expect(paper.textContent).toContain('目標 8,000千枚');
    expect(paper.textContent).toContain('実績 8,500千枚');
    expect(within(paper).getByTestId('revise-suggestion').textContent).toBe('8,500千枚');
    fireEvent.click(within(paper).getByRole('button', { name: '提案値を使う（8,500千枚・コピー用紙使用量 R3年度）' }));
    expect(newValue('コピー用紙使用量', 'R3年度').value).toBe('8,500');
    expect(within(paper).getByText('7,500千枚 → 8,500千枚 に変更します。')).toBeTruthy();
    fireEvent.click(applyButton());
    await waitFor(() => expect(services.applyRevisions).toHaveBeenCalledTimes(1));
    expect((services.applyRevisions.mock.calls[0]![1] as PlannedChange[]).map((c) => [c.slot.cell, c.value])).toEqual([['H5', 8500]]);
  });

  it('shows a numeric target with separators and its unit (1,200件)', async () => {
    await openRevise(unitServices());
    const filings = row('電子申請件数', 'R3年度');
    expect(within(filings).getByTestId('revise-current').textContent).toBe('1,200件');
    type(newValue('電子申請件数', 'R3年度'), '1300');
    expect(within(filings).getByText('1,200件 → 1,300件 に変更します。今年度の実績（1,500件）ですでに満たしている値です。')).toBeTruthy();
  });

  it('takes 7000千枚 as 7,000千枚 and 8,500,000枚 as 8,500千枚, and refuses 8,500枚, which is 8.5千枚', async () => {
    const services = unitServices();
    await openRevise(services);
    const paper = row('コピー用紙使用量', 'R3年度');
    const input = newValue('コピー用紙使用量', 'R3年度');
    type(input, '7000千枚');
    expect(within(paper).getByText(/^7,500千枚 → 7,000千枚 に変更します。/u)).toBeTruthy();
    type(input, '8,500,000枚');
    expect(within(paper).getByText('7,500千枚 → 8,500千枚 に変更します。')).toBeTruthy();
    type(input, '8,500枚');
    expect(within(paper).getByText('「8,500枚」は8.5千枚にあたります。この目標のセルは千枚の数で書かれているため、千枚の数で入力してください（例: 8,500）。')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(disabled(applyButton())).toBe(true);
    fireEvent.click(applyButton());
    expect(services.applyRevisions).not.toHaveBeenCalled();
  });
});

describe('a target cell that holds a formula', () => {
  const FORMULA = { cell: 'H4', formula: '=F4*1.2' };

  it('asks before replacing the formula, naming it, and writes only once the planner agrees', async () => {
    const services = reviseServices({
      revisionSlots: async () => unitRevision(),
      applyRevisions: jest.fn(async (_sheet: string, _changes: readonly PlannedChange[], _lang: string, replacing?: readonly { cell: string; formula: string }[]) => {
        if (!replacing?.some((f) => f.cell === 'H4' && f.formula === '=F4*1.2')) throw new FormulaCellsError([FORMULA]);
        return { cells: ['H4'], batch: 1, historySheet: '目標見直し' };
      }),
    });
    const { container } = await openRevise(services);
    type(newValue('電子申請件数', 'R3年度'), '1300');
    fireEvent.click(applyButton());
    const confirm = await screen.findByTestId('formula-confirm');
    expect(await seriousViolations(container)).toEqual([]);
    expect(within(confirm).getByText('式が入っている目標のセルがあります。書き込むと、式は新しい目標の値に置き換わり、式ではなくなります。')).toBeTruthy();
    expect(within(confirm).getByText('電子申請件数 R3年度（H4）: 式 =F4*1.2 を値 1,300件 に置き換えます')).toBeTruthy();
    // Nothing written yet, nothing said to have failed.
    expect(document.querySelector('[data-error-key]')).toBeNull();
    expect(document.querySelector('[data-notice="applied"]')).toBeNull();
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: '式を値に置き換えて書き込む' }));

    fireEvent.click(within(confirm).getByRole('button', { name: '式を値に置き換えて書き込む' }));
    await screen.findByText('シート「行動計画」の H4 に書き込み、シート「目標見直し」に履歴を残しました（1回目）。');
    expect(services.applyRevisions).toHaveBeenCalledTimes(2);
    expect(services.applyRevisions.mock.calls[1]?.[3]).toEqual([FORMULA]);
    expect(screen.queryByTestId('formula-confirm')).toBeNull();
  });

  it('asks again, naming the formula the cell holds now, where it is not the one agreed to', async () => {
    const services = reviseServices({ revisionSlots: async () => unitRevision(), applyRevisions: jest.fn(async () => Promise.reject(new FormulaCellsError([FORMULA]))) });
    await openRevise(services);
    type(newValue('電子申請件数', 'R3年度'), '1300');
    fireEvent.click(applyButton());
    const confirmation = (formula: string): Promise<HTMLElement> => screen.findByText(`電子申請件数 R3年度（H4）: 式 ${formula} を値 1,300件 に置き換えます`);
    const agree = (): boolean => fireEvent.click(within(screen.getByTestId('formula-confirm')).getByRole('button', { name: '式を値に置き換えて書き込む' }));
    await confirmation('=F4*1.2');
    // Someone rewrote the formula after the planner saw it.
    services.applyRevisions.mockImplementation(async () => Promise.reject(new FormulaCellsError([{ cell: 'H4', formula: '=F4*1.3' }])));
    agree();
    await confirmation('=F4*1.3');
    expect(services.applyRevisions.mock.calls[1]?.[3]).toEqual([FORMULA]);
    services.applyRevisions.mockImplementation(async () => ({ cells: ['H4'], batch: 1, historySheet: '目標見直し' }));
    agree();
    await screen.findByText(/H4 に書き込み/u);
    expect(services.applyRevisions.mock.calls[2]?.[3]).toEqual([{ cell: 'H4', formula: '=F4*1.3' }]);
  });

  it('“やめる” writes nothing and keeps what was typed', async () => {
    const services = reviseServices({ revisionSlots: async () => unitRevision(), applyRevisions: jest.fn(async () => Promise.reject(new FormulaCellsError([FORMULA]))) });
    await openRevise(services);
    type(newValue('電子申請件数', 'R3年度'), '1300');
    fireEvent.click(applyButton());
    const confirm = await screen.findByTestId('formula-confirm');
    fireEvent.click(within(confirm).getByRole('button', { name: 'やめる' }));
    expect(screen.queryByTestId('formula-confirm')).toBeNull();
    expect(services.applyRevisions).toHaveBeenCalledTimes(1);
    expect(newValue('電子申請件数', 'R3年度').value).toBe('1300');
    expect(document.activeElement).toBe(applyButton());
  });

  it('Undo says it puts the formula back', async () => {
    const round: Revision = {
      at: '2021-06-01 10:15', user: '山田', sheet: '行動計画', cell: 'H4', initiative: '電子申請の推進', indicator: '電子申請件数', year: 2021,
      oldValue: '1,200件', newValue: '1,300件', reason: '', oldCell: '=F4*1.2', newCell: '1300', kind: 'revise', batch: 1,
    };
    await openRevise(reviseServices({ revisionSlots: async () => unitRevision([round]) }));
    fireEvent.click(screen.getByRole('button', { name: '直前の見直しを取り消す' }));
    expect(within(screen.getByTestId('undo-confirm')).getByText('電子申請件数 R3年度（H4）: 1,300件 を 1,200件（式 =F4*1.2）に戻します')).toBeTruthy();
  });
});

/**
 * The widest pane, in CSS px, the table needs with the example plan (measured in Chromium: 633 px in English,
 * 596 px in Japanese, the pane's padding included). Below it the table would push the pane into a sideways
 * scroll, so the rows must be cards there.
 */
const TABLE_NEEDS_PX = 635;

/** The pane widths below which a CSS rule gives `element` the declaration `property: value`, from @media (max-width). */
function maxWidthsWhere(element: Element, property: string, value: string): number[] {
  const widths: number[] = [];
  for (const style of document.querySelectorAll('style')) {
    for (const rule of style.sheet?.cssRules ?? []) {
      if (!(rule instanceof CSSMediaRule)) continue;
      const max = /\(max-width:\s*(\d+(?:\.\d+)?)px\)/u.exec(rule.conditionText ?? rule.media.mediaText);
      if (!max) continue;
      for (const inner of rule.cssRules) {
        if (!(inner instanceof CSSStyleRule) || inner.style.getPropertyValue(property) !== value) continue;
        if (element.matches(inner.selectorText)) widths.push(Number(max[1]));
      }
    }
  }
  return widths;
}

describe('the Revise targets layout', () => {
  it('turns the rows into cards at every pane width too narrow for the table, so the pane never scrolls sideways', async () => {
    await openRevise(reviseServices());
    const table = screen.getByTestId('revise-table');
    const cardsBelow = maxWidthsWhere(table, 'display', 'block');
    expect(cardsBelow).toHaveLength(1);
    // (max-width: N px) holds for panes up to N px wide: N must reach the width the table needs.
    expect(cardsBelow[0]).toBeGreaterThanOrEqual(TABLE_NEEDS_PX);
    // The header row is kept for screen readers only in the cards (visually hidden at the same widths).
    const head = table.querySelector('thead')!;
    expect(maxWidthsWhere(head, 'position', 'absolute')).toEqual(cardsBelow);
  });

  it('lets the text boxes take the width their column gives them, so they do not set the table’s width', async () => {
    await openRevise(reviseServices());
    // Left to itself an <input> asks for about 20 characters: the Reason column alone was 215 px wide.
    for (const input of [newValue('AI-OCR利用枚数', 'R3年度'), reason('AI-OCR利用枚数', 'R3年度')]) {
      expect(getComputedStyle(input).width).toBe('0px');
      expect(getComputedStyle(input.parentElement!).minWidth).toBe('8em');
    }
  });
});

describe('Revise targets and the other tabs', () => {
  const tab = (name: string) => screen.getByRole('tab', { name });

  it('keeps typed values and reasons when the person looks at another tab and comes back', async () => {
    const services = reviseServices();
    await openRevise(services);
    type(newValue('AI-OCR利用枚数', 'R3年度'), '6.7万');
    type(reason('AI-OCR利用枚数', 'R3年度'), '実績が目標を大きく上回ったため');
    type(newValue('共同クラウドの参加団体の拡大', 'R3年度'), '22');

    fireEvent.click(tab('設定'));
    await screen.findByRole('heading', { name: '評価の設定' });
    fireEvent.click(tab('目標見直し'));
    await screen.findByTestId('revise-table');
    // The targets are read again (the workbook may have changed meanwhile), and what was typed is still there.
    await waitFor(() => expect(services.revisionSlots).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(screen.getByRole('table').getAttribute('aria-busy')).toBe('false'));
    expect(newValue('AI-OCR利用枚数', 'R3年度').value).toBe('6.7万');
    expect(reason('AI-OCR利用枚数', 'R3年度').value).toBe('実績が目標を大きく上回ったため');
    expect(newValue('共同クラウドの参加団体の拡大', 'R3年度').value).toBe('22');
    expect(screen.getByTestId('revise-pending').textContent).toBe('書き込む変更: 2件');
    expect(screen.queryByTestId('revise-dropped')).toBeNull();
  });

  it('says which typed revisions it could not keep when their targets are gone from the workbook', async () => {
    const services = reviseServices();
    await openRevise(services);
    type(newValue('AI-OCR利用枚数', 'R3年度'), '6.7万');
    type(reason('AI-OCR利用枚数', 'R3年度'), '実績が目標を大きく上回ったため');
    type(newValue('共同クラウドの参加団体の拡大', 'R3年度'), '22');

    fireEvent.click(tab('評価'));
    // Meanwhile someone deletes the R3 target of AI-OCR from its cell.
    const sheet = sampleRevision();
    services.revisionSlots.mockImplementation(async () => ({ ...sheet, slots: sheet.slots.filter((s) => !(s.indicator === 'AI-OCR利用枚数' && s.year === 2021)) }));
    fireEvent.click(tab('目標見直し'));

    const dropped = await screen.findByTestId('revise-dropped');
    expect(dropped.textContent).toContain('入力を残せなかった見直しがあります');
    expect(dropped.textContent).toContain('AI-OCR利用枚数 R3年度');
    expect(dropped.textContent).toContain('6.7万');
    expect(dropped.textContent).toContain('実績が目標を大きく上回ったため');
    expect(dropped.textContent).not.toContain('共同クラウド');
    // The other row keeps its value.
    expect(newValue('共同クラウドの参加団体の拡大', 'R3年度').value).toBe('22');
    fireEvent.click(within(dropped).getByRole('button', { name: '閉じる' }));
    expect(screen.queryByTestId('revise-dropped')).toBeNull();
  });

  /** The pane evaluated once, then turned to the revision tab. */
  async function evaluateThenOpenRevise(services: ReturnType<typeof reviseServices>): Promise<void> {
    render(h(App, { services, run: createEvaluationRun() }));
    fireEvent.click(screen.getByRole('button', { name: '評価' }));
    await screen.findByTestId('headline');
    fireEvent.click(tab('目標見直し'));
    await screen.findByTestId('revise-table');
  }

  it('after revisions are applied, the result on Evaluate says it predates them and offers to evaluate again', async () => {
    const services = reviseServices();
    await evaluateThenOpenRevise(services);
    type(newValue('AI-OCR利用枚数', 'R3年度'), '6.7万');
    fireEvent.click(applyButton());
    await screen.findByText(/D3 に書き込み/u);

    fireEvent.click(tab('評価'));
    await screen.findByTestId('headline');
    expect(inPane().getByText('この結果は最新ではありません')).toBeTruthy();
    expect(inPane().getByText(/目標を見直す前の評価です/u)).toBeTruthy();
    fireEvent.click(inPane().getByRole('button', { name: 'もう一度評価' }));
    await waitFor(() => expect(services.evaluate).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(inPane().queryByText('この結果は最新ではありません')).toBeNull());
  });

  it('after an Undo of a round the result was made with, the result says its summary sheets still show the revision undone', async () => {
    // Round 3 was written before this evaluation: the result and its summary sheets show 6.7万枚.
    const services = reviseServices({ undoLastRevision: async () => ({ cells: ['D3'], batch: 3, historySheet: '目標見直し' }) });
    await evaluateThenOpenRevise(services);
    confirmUndo();
    await screen.findByText(/D3 を元に戻しました/u);

    fireEvent.click(tab('評価'));
    await screen.findByTestId('headline');
    const banner = inPane().getByTestId('result-outdated');
    expect(banner.textContent).toContain('この結果は最新ではありません');
    expect(banner.textContent).toContain(UI_JA['ui.result.outdated.undone']);
    // Not the words for a revision the result has yet to show: after an Undo there is none.
    expect(banner.textContent).not.toContain('目標を見直す前の評価です');
  });

  it('a round written after the result and then undone leaves the targets as the result read them: no out-of-date banner', async () => {
    const services = reviseServices({
      applyRevisions: async () => ({ cells: ['D3'], batch: 4, historySheet: '目標見直し' }),
      undoLastRevision: async () => ({ cells: ['D3'], batch: 4, historySheet: '目標見直し' }),
    });
    await evaluateThenOpenRevise(services);
    type(newValue('AI-OCR利用枚数', 'R3年度'), '6.7万');
    fireEvent.click(applyButton());
    await screen.findByText(/D3 に書き込み/u);
    fireEvent.click(tab('評価'));
    await screen.findByTestId('headline');
    expect(inPane().getByText(/目標を見直す前の評価です/u)).toBeTruthy();

    fireEvent.click(tab('目標見直し'));
    await screen.findByTestId('revise-table');
    await waitFor(() => expect(disabled(screen.getByRole('button', { name: '直前の見直しを取り消す' }))).toBe(false));
    confirmUndo();
    await screen.findByText(/D3 を元に戻しました/u);
    fireEvent.click(tab('評価'));
    await screen.findByTestId('headline');
    expect(inPane().queryByTestId('result-outdated')).toBeNull();
  });
});

describe('when an undo fails', () => {
  it('an undo conflict says what to do next', async () => {
    await openRevise(reviseServices({ undoLastRevision: async () => Promise.reject(new AddinError('undoConflict', { cells: 'D3' })) }));
    confirmUndo();
    const bar = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('[data-error-key="office.undoConflict"]');
      if (!found) throw new Error('no undo error');
      return found;
    });
    expect(bar.textContent).toContain('D3');
    expect(bar.textContent).toContain('シート「目標見直し」の「変更前のセル」');
    expect(bar.textContent).toContain('直接入力してください');
  });

  it('names the button to press again, not Evaluate, when Excel was editing a cell', async () => {
    await openRevise(reviseServices({ undoLastRevision: async () => Promise.reject(new AddinError('cellEditMode')) }));
    confirmUndo();
    const bar = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('[data-error-key="office.cellEditMode"]');
      if (!found) throw new Error('no undo error');
      return found;
    });
    expect(bar.textContent).toContain('もう一度［直前の見直しを取り消す］を押してください');
    expect(bar.textContent).not.toContain('［評価］');
  });
});
