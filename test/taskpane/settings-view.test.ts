/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createElement as h } from 'react';
import { AddinError, type AddinServices, type PlanSettings } from '../../src/office/use-cases';
import { App } from '../../src/taskpane/App';
import { parseTolerancePercent, parseYearInput } from '../../src/taskpane/components/SettingsView';
import { createEvaluationRun } from '../../src/taskpane/evaluation-run';
import { DETECTED, deferred, fakeServices, inPane } from './fixtures';

async function openSettings(services: AddinServices) {
  const result = render(h(App, { services, run: createEvaluationRun(), initialView: 'settings' }));
  // Detection has answered once the role dropdowns are there.
  await screen.findByRole('combobox', { name: '遅れが生じている要因' });
  return result;
}

const select = (name: string) => screen.getByRole('combobox', { name }) as HTMLSelectElement;
const selectedText = (name: string) => select(name).selectedOptions[0]?.textContent;

describe('the Settings view', () => {
  it('lists the sheets with "detect automatically" first', async () => {
    const services = fakeServices();
    await openSettings(services);
    const options = within(select('行動計画のシート')).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['自動で見つける', '表紙', '行動計画（行動計画の見出しあり）']);
    expect(select('行動計画のシート').value).toBe('');
    expect(services.detectColumns).toHaveBeenCalledWith(null);
  });

  it('prefills each role from detectColumns, with the sheet’s header cells to choose from', async () => {
    await openSettings(fakeServices());
    expect(selectedText('遅れが生じている要因')).toBe('自動（遅れが生じている要因）');
    expect(selectedText('目標')).toBe('自動（目標(抄)）');
    expect(selectedText('実績')).toBe('自動（R2年度末実績）');
    expect(selectedText('指標')).toBe('自動（該当する列なし）');
    const choices = within(select('遅れが生じている要因')).getAllByRole('option').map((o) => o.textContent);
    expect(choices).toHaveLength(1 + DETECTED.columns.length);
    expect(choices).toContain('9列目: 所管課');
    expect(screen.getByText('シート「行動計画」の見出し（2行目）から判断しました。違うときは列を選び直してください。')).toBeTruthy();
  });

  it('saves the chosen sheet, roles, year, grading and language in the workbook', async () => {
    const services = fakeServices();
    await openSettings(services);

    fireEvent.change(select('行動計画のシート'), { target: { value: '行動計画' } });
    await waitFor(() => expect(services.detectColumns).toHaveBeenLastCalledWith('行動計画'));
    await screen.findByRole('combobox', { name: '遅れが生じている要因' });
    fireEvent.change(select('遅れが生じている要因'), { target: { value: '8' } });
    fireEvent.change(select('指標'), { target: { value: '3' } });
    fireEvent.change(screen.getByRole('textbox', { name: '評価年度' }), { target: { value: 'R2' } });
    expect(screen.getByText('R2として評価します。')).toBeTruthy();
    fireEvent.change(select('判定基準'), { target: { value: 'abcd' } });
    // The office's own bands: B from 90%, C from 60%.
    expect((screen.getByRole('spinbutton', { name: 'Bの下限（%）' }) as HTMLInputElement).value).toBe('80');
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Bの下限（%）' }), { target: { value: '90' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Cの下限（%）' }), { target: { value: '95' } });
    expect(screen.getByText('区切りは正の数で、上の区分ほど大きくしてください。')).toBeTruthy();
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Cの下限（%）' }), { target: { value: '60' } });
    fireEvent.change(select('言語'), { target: { value: 'en' } });

    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(services.saveSettings).toHaveBeenCalledTimes(1));
    expect(services.saveSettings).toHaveBeenCalledWith({
      sheet: '行動計画',
      columnRoles: { cause: 8, indicator: 3 },
      year: 2020,
      preset: 'abcd',
      onTrackTolerance: 0,
      thresholds: [1, 0.9, 0.6],
      lang: 'en',
    } satisfies PlanSettings);
    // The pane now speaks the saved language.
    expect(await screen.findByText('Settings saved in the workbook.')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Settings' })).toBeTruthy();
  });

  it('shows the stored settings when it opens', async () => {
    const stored: PlanSettings = { sheet: '行動計画', columnRoles: { cause: 8 }, year: 2020, preset: 'report', onTrackTolerance: 0.05, thresholds: null, lang: 'ja' };
    const services = fakeServices({}, stored);
    await openSettings(services);
    await waitFor(() => expect(select('行動計画のシート').value).toBe('行動計画'));
    await waitFor(() => expect(services.detectColumns).toHaveBeenLastCalledWith('行動計画'));
    await waitFor(() => expect(selectedText('遅れが生じている要因')).toBe('9列目: 所管課'));
    expect((screen.getByRole('textbox', { name: '評価年度' }) as HTMLInputElement).value).toBe('R2');
    expect((screen.getByRole('spinbutton', { name: '順調とみなす幅（%）' }) as HTMLInputElement).value).toBe('5');
    expect(select('言語').value).toBe('ja');
  });

  it('shows the stored thresholds when they arrive after Settings opened, and can save them', async () => {
    const stored: PlanSettings = { sheet: null, columnRoles: {}, year: null, preset: 'abcd', onTrackTolerance: 0, thresholds: [1, 0.9, 0.6], lang: 'ja' };
    const late = deferred<PlanSettings>();
    const services = fakeServices({ loadSettings: () => late.promise });
    await openSettings(services);
    expect(select('判定基準').value).toBe('report');
    await act(async () => late.resolve(stored));

    await waitFor(() => expect(select('判定基準').value).toBe('abcd'));
    const threshold = (grade: string) => (screen.getByRole('spinbutton', { name: `${grade}の下限（%）` }) as HTMLInputElement).value;
    expect([threshold('A'), threshold('B'), threshold('C')]).toEqual(['100', '90', '60']);
    expect(screen.queryByText('入力を直してから保存してください。')).toBeNull();
    const save = screen.getByRole('button', { name: '保存' });
    expect(save.getAttribute('aria-disabled')).not.toBe('true');
    fireEvent.click(save);
    await waitFor(() => expect(services.saveSettings).toHaveBeenCalledWith(stored));
  });

  it('refuses a year it cannot read, and says how to write one', async () => {
    const services = fakeServices();
    await openSettings(services);
    fireEvent.change(screen.getByRole('textbox', { name: '評価年度' }), { target: { value: 'らいねん' } });
    expect(screen.getByText('年度として読めません。R2、令和2年度、FY2020 のように入力してください。')).toBeTruthy();
    const save = screen.getByRole('button', { name: '保存' });
    expect(save.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(save);
    await act(async () => undefined);
    expect(services.saveSettings).not.toHaveBeenCalled();
  });

  it('says why when the sheet cannot be read, instead of pretending no plan was found', async () => {
    const services = fakeServices({ detectColumns: async () => Promise.reject(new AddinError('sheetNotFound', { sheet: '旧計画' })) });
    render(h(App, { services, run: createEvaluationRun(), initialView: 'settings' }));
    expect(await screen.findByText('設定を読み書きできませんでした')).toBeTruthy();
    expect(inPane().getByText(/シート「旧計画」が見つかりません/u)).toBeTruthy();
    expect(screen.queryByText('行動計画らしいシートが見つかりません。上でシートを選んでください。')).toBeNull();
    expect(screen.getByRole('combobox', { name: '行動計画のシート' })).toBeTruthy();
  });

  it('reads years and tolerances as people write them', () => {
    expect([parseYearInput(''), parseYearInput('R2'), parseYearInput('令和2年度'), parseYearInput('FY2020'), parseYearInput('2021'), parseYearInput('x')])
      .toEqual([null, 2020, 2020, 2020, 2021, undefined]);
    expect([parseTolerancePercent(''), parseTolerancePercent('5'), parseTolerancePercent('101'), parseTolerancePercent('a')]).toEqual([0, 0.05, undefined, undefined]);
  });
});

describe('Settings and the other tabs', () => {
  const tab = (name: string) => screen.getByRole('tab', { name });
  const year = () => screen.getByRole('textbox', { name: '評価年度' }) as HTMLInputElement;

  it('keeps unsaved changes when the person looks at another tab and comes back, and says on Evaluate that they are not saved', async () => {
    const services = fakeServices();
    await openSettings(services);
    fireEvent.change(select('判定基準'), { target: { value: 'abcd' } });
    fireEvent.change(year(), { target: { value: 'R3' } });

    fireEvent.click(tab('評価'));
    expect(await inPane().findByText('［設定］に保存していない変更があります。評価と目標見直しには、保存済みの設定を使います。')).toBeTruthy();
    fireEvent.click(tab('設定'));
    await screen.findByRole('heading', { name: '評価の設定' });
    expect(select('判定基準').value).toBe('abcd');
    expect(year().value).toBe('R3');

    // Saved, nothing is pending any more.
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(services.saveSettings).toHaveBeenCalledWith(expect.objectContaining({ preset: 'abcd', year: 2021 })));
    fireEvent.click(tab('評価'));
    await screen.findByRole('button', { name: '評価' });
    expect(inPane().queryByText(/保存していない変更があります/u)).toBeNull();
  });

  it('after settings are saved with a change, the result on Evaluate says it predates them and offers to evaluate again', async () => {
    const services = fakeServices();
    render(h(App, { services, run: createEvaluationRun() }));
    fireEvent.click(screen.getByRole('button', { name: '評価' }));
    await screen.findByTestId('headline');
    expect(inPane().queryByText('この結果は最新ではありません')).toBeNull();

    fireEvent.click(tab('設定'));
    await screen.findByRole('combobox', { name: '遅れが生じている要因' });
    fireEvent.change(select('判定基準'), { target: { value: 'abcd' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByText('設定をブックに保存しました。');

    fireEvent.click(tab('評価'));
    await screen.findByTestId('headline');
    expect(inPane().getByText('この結果は最新ではありません')).toBeTruthy();
    expect(inPane().getByText(/設定を変える前の評価です/u)).toBeTruthy();
    fireEvent.click(inPane().getByRole('button', { name: 'もう一度評価' }));
    await waitFor(() => expect(services.evaluate).toHaveBeenCalledTimes(2));
    expect(services.evaluate).toHaveBeenLastCalledWith(expect.objectContaining({ preset: 'abcd' }), expect.any(Function));
    await waitFor(() => expect(inPane().queryByText('この結果は最新ではありません')).toBeNull());
    expect(screen.getByTestId('headline')).toBeTruthy();
  });

  it('saving the settings unchanged does not mark the result as out of date', async () => {
    const services = fakeServices();
    render(h(App, { services, run: createEvaluationRun() }));
    fireEvent.click(screen.getByRole('button', { name: '評価' }));
    await screen.findByTestId('headline');
    fireEvent.click(tab('設定'));
    await screen.findByRole('combobox', { name: '遅れが生じている要因' });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByText('設定をブックに保存しました。');
    fireEvent.click(tab('評価'));
    await screen.findByTestId('headline');
    expect(inPane().queryByText('この結果は最新ではありません')).toBeNull();
  });
});

describe('a sheet without a plan header (a cover sheet)', () => {
  it('does not ask the person to choose columns it has none to offer: it says to choose the plan sheet', async () => {
    const services = fakeServices({ detectColumns: async (sheet) => (sheet === '表紙' ? { sheet: '表紙', headerRow: null, columns: [] } : DETECTED) });
    await openSettings(services);
    fireEvent.change(select('行動計画のシート'), { target: { value: '表紙' } });
    await waitFor(() => expect(services.detectColumns).toHaveBeenLastCalledWith('表紙'));
    expect(await inPane().findByText(/このシートには行動計画の見出し行/u)).toBeTruthy();
    const hint = inPane().getByText(/このシートには行動計画の見出し行/u).textContent ?? '';
    expect(hint).not.toMatch(/列を選/u);
    expect(hint).toContain('上で行動計画のシートを選んでください');
    // No dropdown that offers nothing but "automatic (no column found)".
    for (const combo of screen.queryAllByRole('combobox')) {
      expect(within(combo).getAllByRole('option').map((o) => o.textContent)).not.toEqual(['自動（該当する列なし）']);
    }
    // The plan sheet again: its columns are offered.
    fireEvent.change(select('行動計画のシート'), { target: { value: '行動計画' } });
    expect(await screen.findByRole('combobox', { name: '遅れが生じている要因' })).toBeTruthy();
  });
});

describe('the fiscal year in full-width digits', () => {
  it('reads ２０２０ as it reads R２ and 2020', async () => {
    expect([parseYearInput('２０２０'), parseYearInput('R２'), parseYearInput('　２０２１　')]).toEqual([2020, 2020, 2021]);
    const services = fakeServices();
    await openSettings(services);
    fireEvent.change(screen.getByRole('textbox', { name: '評価年度' }), { target: { value: '２０２０' } });
    expect(screen.getByText('R2として評価します。')).toBeTruthy();
    expect(screen.queryByText('年度として読めません。R2、令和2年度、FY2020 のように入力してください。')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(services.saveSettings).toHaveBeenCalledWith(expect.objectContaining({ year: 2020 })));
  });
});

describe('when the workbook changed while another tab was shown', () => {
  it('reads the sheets again on coming back, keeps the sheet chosen, and says when it is no longer in the workbook', async () => {
    const services = fakeServices();
    await openSettings(services);
    fireEvent.change(select('行動計画のシート'), { target: { value: '行動計画' } });
    await screen.findByRole('combobox', { name: '遅れが生じている要因' });
    fireEvent.click(screen.getByRole('tab', { name: '評価' }));
    // Meanwhile the sheet is renamed.
    services.listSheets.mockImplementation(async () => [{ name: '表紙', looksLikePlan: false }, { name: '行動計画(改)', looksLikePlan: true }]);
    fireEvent.click(screen.getByRole('tab', { name: '設定' }));
    await waitFor(() => expect(services.listSheets).toHaveBeenCalledTimes(2));
    expect(await inPane().findByText('シート「行動計画」が見つかりません。名前が変わったか、削除された可能性があります。［設定］でシートを選び直してください。')).toBeTruthy();
    expect(select('行動計画のシート').value).toBe('行動計画');
  });
});
