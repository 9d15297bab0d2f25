/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createElement as h } from 'react';
import { EvaluationError } from '../../src/core/errors';
import { evaluateGrid } from '../../src/core/evaluate';
import { causeLabel, headline, message } from '../../src/core/messages';
import { UI_EN, UI_JA } from '../../src/core/messages-ui';
import { AddinError, type AddinServices } from '../../src/office/use-cases';
import { App, type AppProps } from '../../src/taskpane/App';
import { createEvaluationRun } from '../../src/taskpane/evaluation-run';
import { announced, fakeServices, HEADER, inPane, sampleEvaluation, sampleOutcome, steppedEvaluate } from './fixtures';
import { grid } from '../support/grid';

function renderApp(services: AddinServices, props: Partial<AppProps> = {}) {
  const run = createEvaluationRun();
  return { ...render(h(App, { services, run, ...props })), run };
}

const evaluateButton = (name: string | RegExp = /^(評価|評価中…)$/u) => screen.getByRole('button', { name });

async function evaluated(services = fakeServices()) {
  const result = renderApp(services);
  fireEvent.click(evaluateButton('評価'));
  await screen.findByTestId('headline');
  return result;
}

/** A plan whose every initiative is delayed with no cause written: one problem each, on its cause cell (G2, G3, …). */
function manyProblems(count: number) {
  const rows = [HEADER, ...Array.from({ length: count }, (_, k) => [k + 1, '県庁のICT化', `取組${k + 1}`, 'R2年度:50業務', '40業務', null, null, null])];
  const evaluation = evaluateGrid(grid(rows));
  expect(evaluation.problems).toHaveLength(count);
  return evaluation;
}

/** The problems' buttons drawn in their list; by selector, as role queries over hundreds of buttons are slow in jsdom. */
function drawnProblems(section: HTMLElement): HTMLButtonElement[] {
  return [...section.querySelectorAll<HTMLButtonElement>('li > button[data-cell]')];
}

function items(): HTMLElement[] {
  const list = screen.getByRole('list', { name: UI_JA['ui.list.title'] as string });
  return within(list).getAllByRole('listitem');
}

describe('the Evaluate view', () => {
  it('says what to do before the first run', async () => {
    renderApp(fakeServices());
    expect(await screen.findByText(UI_JA['ui.evaluate.empty'] as string)).toBeTruthy();
  });

  it('shows reading → judging → writing while it runs, then the headline and the counts', async () => {
    const stepped = steppedEvaluate(sampleOutcome());
    renderApp(fakeServices({ evaluate: stepped.fn }));
    fireEvent.click(evaluateButton('評価'));

    expect(await screen.findByText('シートを読み取っています（1/3）')).toBeTruthy();
    expect(screen.getByRole('progressbar')).toBeTruthy();
    act(() => stepped.advance());
    expect(await screen.findByText('取組を判定しています（2/3）')).toBeTruthy();
    act(() => stepped.advance());
    expect(await screen.findByText('集計シートを書き込んでいます（3/3）')).toBeTruthy();
    act(() => stepped.advance());
    await waitFor(() => expect(stepped.waiting).toBe(true));
    act(() => stepped.advance());

    const sentence = await screen.findByTestId('headline');
    const counts = sampleEvaluation().counts;
    expect(sentence.textContent).toBe(headline('ja', counts));
    expect(sentence.textContent).toContain('全4取組のうち、1の取組は順調');
    const count = (name: string) => document.querySelector(`[data-count="${name}"]`)?.firstElementChild?.textContent;
    expect([count('total'), count('onTrack'), count('delayed'), count('unknown')]).toEqual(['4', '1', '2', '1']);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(evaluateButton('評価').getAttribute('aria-disabled')).not.toBe('true');
  });

  it('lists delayed initiatives first and filters by status', async () => {
    await evaluated();
    expect(items().map((li) => li.dataset.status)).toEqual(['delayed', 'delayed', 'unknown', 'achieved']);

    fireEvent.click(screen.getByRole('button', { name: '遅れ（2）' }));
    expect(items().map((li) => li.dataset.status)).toEqual(['delayed', 'delayed']);
    expect(screen.getByRole('button', { name: '遅れ（2）' }).getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: '順調（1）' }));
    expect(items().map((li) => li.textContent)).toEqual([expect.stringContaining('RPAによる業務自動化')]);

    fireEvent.click(screen.getByRole('button', { name: '判定不能（1）' }));
    expect(items().map((li) => li.textContent)).toEqual([expect.stringContaining('EBPMの定着')]);

    fireEvent.click(screen.getByRole('button', { name: 'すべて（4）' }));
    expect(items()).toHaveLength(4);
  });

  it('draws a large plan a page at a time, delayed first, with its counts written as the report writes numbers', async () => {
    const rows = [HEADER, ...Array.from({ length: 1_250 }, (_, k) => [k + 1, '県庁のICT化', `取組${k + 1}`, 'R2年度:50業務', k % 5 === 0 ? '40業務' : '51業務', null, k % 5 === 0 ? '調整の遅れ' : null, null])];
    const evaluation = evaluateGrid(grid(rows));
    await evaluated(fakeServices({ evaluate: async () => ({ evaluation, sheets: [], lang: 'ja' }) }));
    expect(screen.getByTestId('headline').textContent).toContain('全1,250取組のうち、1,000の取組は順調');
    expect(document.querySelector('[data-count="total"]')?.firstElementChild?.textContent).toBe('1,250');
    expect(document.querySelector('[data-count="onTrack"]')?.textContent).toContain('うち達成 1,000');
    expect(items()).toHaveLength(100);
    expect(items()[0]?.dataset.status).toBe('delayed');
    expect(screen.getByTestId('list-shown').textContent).toBe('1,250件のうち100件を表示しています。');
    fireEvent.click(screen.getByRole('button', { name: 'さらに100件を表示（残り1,150件）' }));
    expect(items()).toHaveLength(200);
    // Said to a screen reader, since the new items go in above the button.
    expect(screen.getByTestId('list-shown').getAttribute('role')).toBe('status');
    expect(screen.getByTestId('list-shown').textContent).toBe('1,250件のうち200件を表示しています。');
    // Another filter starts again at its first page.
    fireEvent.click(screen.getByRole('button', { name: '遅れ（250）' }));
    expect(items()).toHaveLength(100);
    expect(screen.getByRole('button', { name: 'さらに100件を表示（残り150件）' })).toBeTruthy();
  });

  it('marks a rate to be checked, not shown as a result, where a value looks mistyped', async () => {
    const evaluation = evaluateGrid(grid([HEADER, [1, '県庁のICT化', '世論調査', 'R2年度:2.000件以上/年', '2,834件', null, null, null]]));
    await evaluated(fakeServices({ evaluate: async () => ({ evaluation, sheets: [], lang: 'ja' }) }));
    expect(items()[0]?.textContent).toContain('達成率 要確認（値の書き誤りの疑い）');
    expect(items()[0]?.textContent).not.toContain('141700%');
  });

  it('shows a delayed initiative’s recorded cause and next steps, and marks a missing cause', async () => {
    await evaluated();
    const [cloud, company] = items();
    expect(cloud!.textContent).toContain('共同クラウドの参加団体の拡大');
    expect(cloud!.textContent).toContain('遅れが生じている要因');
    expect(cloud!.textContent).toContain('新型コロナウイルス感染症の影響で、費用面での調整が難航したため。');
    expect(cloud!.textContent).toContain('共同利用の検討を進める');
    expect(within(cloud!).queryByTestId('cause-missing')).toBeNull();

    expect(company!.textContent).toContain('指定出資法人の経営改善');
    expect(within(company!).getByTestId('cause-missing').textContent).toBe('要因の記入なし（要確認）');
    expect(company!.textContent).toContain('経営改善計画を見直す');
  });

  it('selects a problem’s cell on the plan sheet and says which cell it selected', async () => {
    const services = fakeServices();
    await evaluated(services);
    const problems = screen.getByRole('list', { name: '要確認（2件）' });
    const g5 = within(problems).getAllByRole('button')[0]!;
    expect(g5.textContent).toContain('G5');
    expect(g5.textContent).toContain('「指定出資法人の経営改善」は遅れと判定されたが、遅れが生じている要因が記入されていない。');

    fireEvent.click(g5);
    expect(services.selectCell).toHaveBeenCalledWith('行動計画', 'G5');
    expect(await screen.findByText('選択したセル: 行動計画!G5')).toBeTruthy();

    // An initiative's own button selects the cell behind it (the cause cell of a delayed one).
    fireEvent.click(screen.getByRole('button', { name: 'G4 を選択（共同クラウドの参加団体の拡大）' }));
    expect(services.selectCell).toHaveBeenLastCalledWith('行動計画', 'G4');
    expect(await screen.findByText('選択したセル: 行動計画!G4')).toBeTruthy();
  });

  it('draws many problems a page at a time, in the engine’s order, and each still selects its cell', async () => {
    const evaluation = manyProblems(250);
    const services = fakeServices({ evaluate: async () => ({ evaluation, sheets: [], lang: 'ja' }) });
    await evaluated(services);
    const section = screen.getByRole('region', { name: '要確認（250件）' });
    const shownLine = () => within(section).getByTestId('problems-shown');
    const more = () => within(section).getByTestId('problems-more');
    expect(drawnProblems(section).map((b) => b.dataset.cell)).toEqual(evaluation.problems.slice(0, 100).map((p) => p.cell));
    expect(shownLine().textContent).toBe('250件のうち100件を表示しています。');
    expect(shownLine().getAttribute('role')).toBe('status');
    expect(shownLine().getAttribute('aria-live')).toBe('polite');

    // The keyboard stays on the button while there is more, the new problems going in above it.
    const firstMore = more();
    expect(firstMore.textContent).toBe('さらに100件を表示（残り150件）');
    // Its list's heading tells it from the initiatives' button of the same words.
    expect(document.getElementById(firstMore.getAttribute('aria-describedby') ?? '')?.textContent).toBe('要確認（250件）');
    expect(document.getElementById(screen.getByTestId('list-more').getAttribute('aria-describedby') ?? '')?.textContent).toBe('取組の一覧（遅れを先頭に）');
    act(() => firstMore.focus());
    fireEvent.click(firstMore);
    expect(drawnProblems(section).map((b) => b.dataset.cell)).toEqual(evaluation.problems.slice(0, 200).map((p) => p.cell));
    expect(shownLine().textContent).toBe('250件のうち200件を表示しています。');
    expect(document.activeElement).toBe(firstMore);
    // The initiatives keep their own page.
    expect(screen.getByTestId('list-shown').textContent).toBe('250件のうち100件を表示しています。');

    // The last page takes the button away; the keyboard goes to the status line in its place.
    expect(more().textContent).toBe('さらに50件を表示（残り50件）');
    fireEvent.click(more());
    expect(drawnProblems(section).map((b) => b.dataset.cell)).toEqual(evaluation.problems.map((p) => p.cell));
    expect(shownLine().textContent).toBe('250件のうち250件を表示しています。');
    expect(within(section).queryByTestId('problems-more')).toBeNull();
    expect(document.activeElement).toBe(shownLine());

    const last = drawnProblems(section).at(-1)!;
    expect(last.dataset.cell).toBe('G251');
    fireEvent.click(last);
    expect(services.selectCell).toHaveBeenLastCalledWith('行動計画', 'G251');
    expect(await screen.findByText('選択したセル: 行動計画!G251')).toBeTruthy();
  });

  it('has no "show more" for problems when they fit on one page', async () => {
    await evaluated();
    const section = screen.getByRole('region', { name: '要確認（2件）' });
    expect(drawnProblems(section)).toHaveLength(2);
    expect(within(section).queryByTestId('problems-shown')).toBeNull();
    expect(within(section).queryByTestId('problems-more')).toBeNull();
  });

  it('starts the problems again at their first page on a new evaluation, and writes their count as the report writes numbers', async () => {
    const evaluations = [manyProblems(250), manyProblems(1_200)];
    await evaluated(fakeServices({ evaluate: async () => ({ evaluation: evaluations.shift()!, sheets: [], lang: 'ja' }) }));
    fireEvent.click(screen.getByTestId('problems-more'));
    expect(screen.getByTestId('problems-shown').textContent).toBe('250件のうち200件を表示しています。');
    fireEvent.click(evaluateButton('評価'));
    const section = (await screen.findByText('要確認（1,200件）')).closest('section')!;
    expect(drawnProblems(section)).toHaveLength(100);
    expect(within(section).getByTestId('problems-shown').textContent).toBe('1,200件のうち100件を表示しています。');
    expect(within(section).getByTestId('problems-more').textContent).toBe('さらに100件を表示（残り1,100件）');
  });

  it('pages the problems in English too', async () => {
    const evaluation = manyProblems(250);
    renderApp(fakeServices({ displayLanguage: () => 'en', evaluate: async () => ({ evaluation, sheets: [], lang: 'en' }) }));
    fireEvent.click(evaluateButton('Evaluate'));
    const section = (await screen.findByText('To check (250)')).closest('section')!;
    expect(drawnProblems(section)).toHaveLength(100);
    expect(within(section).getByTestId('problems-shown').textContent).toBe('Showing 100 of 250.');
    expect(within(section).getByTestId('problems-more').textContent).toBe('Show 100 more (150 left)');
    fireEvent.click(within(section).getByTestId('problems-more'));
    expect(drawnProblems(section)).toHaveLength(200);
    expect(within(section).getByTestId('problems-shown').textContent).toBe('Showing 200 of 250.');
  });

  it('ignores a second click while an evaluation runs, with the button busy', async () => {
    const stepped = steppedEvaluate(sampleOutcome());
    const services = fakeServices({ evaluate: stepped.fn });
    const { run } = renderApp(services);
    fireEvent.click(evaluateButton('評価'));
    await screen.findByText('シートを読み取っています（1/3）');

    const busy = evaluateButton('評価中…');
    expect(busy.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(busy);
    fireEvent.click(busy);
    // The ribbon's command takes the same run: it gets the running promise, not a second evaluation.
    const again = run.start(services, services.loadSettings, 'ribbon');
    expect(services.evaluate).toHaveBeenCalledTimes(1);

    for (let i = 0; i < 3; i++) {
      await waitFor(() => expect(stepped.waiting).toBe(true));
      act(() => stepped.advance());
    }
    await waitFor(() => expect(stepped.waiting).toBe(true));
    await act(async () => {
      stepped.advance();
      await expect(again).resolves.toMatchObject({ sheets: ['評価サマリー', '遅れ一覧', '要確認'] });
    });
    await screen.findByTestId('headline');
    expect(services.evaluate).toHaveBeenCalledTimes(1);
  });

  it('shows an AddinError in plain words: cellEditMode', async () => {
    renderApp(fakeServices({ evaluate: async () => Promise.reject(new AddinError('cellEditMode')) }));
    fireEvent.click(evaluateButton('評価'));
    expect(await screen.findByText(message('ja', 'office.cellEditMode'))).toBeTruthy();
    expect(screen.getByText('評価できませんでした')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '設定を開く' })).toBeNull();
    // Dismissing the message returns to the first state, the keyboard on Evaluate rather than the page's top.
    const close = screen.getByRole('button', { name: '閉じる' });
    close.focus();
    fireEvent.click(close);
    expect(await screen.findByText(UI_JA['ui.evaluate.empty'] as string)).toBeTruthy();
    expect(document.activeElement).toBe(evaluateButton('評価'));
  });

  it('offers Settings when no sheet looks like a plan', async () => {
    const error = new EvaluationError('noPlanSheet', { sheets: '表紙, メモ' });
    renderApp(fakeServices({ evaluate: async () => Promise.reject(error) }));
    fireEvent.click(evaluateButton('評価'));
    expect(await screen.findByText(/行動計画らしいシートが見つかりません/u)).toBeTruthy();
    expect(inPane().getByText(/［設定］で行動計画のシートを選んでください。/u)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '設定を開く' }));
    expect(await screen.findByRole('heading', { name: '評価の設定' })).toBeTruthy();
    // The button has gone with the Evaluate view: the keyboard is in the Settings panel.
    await waitFor(() => expect(document.activeElement?.id).toBe('ape-panel-settings'));
  });

  it('says the AddinError for no plan sheet as the catalogue has it, in English too', async () => {
    renderApp(fakeServices({ evaluate: async () => Promise.reject(new AddinError('noPlanSheet')), displayLanguage: () => 'en' }));
    fireEvent.click(evaluateButton('Evaluate'));
    expect(await screen.findByText('No sheet looks like an action plan: choose one in Settings.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open Settings' })).toBeTruthy();
  });

  it('speaks English when the settings say en, and sets lang on the root', async () => {
    const services = fakeServices({}, { sheet: null, columnRoles: {}, year: null, preset: 'report', onTrackTolerance: 0, thresholds: null, lang: 'en' });
    const { container } = renderApp(services);
    expect(await screen.findByText(UI_EN['ui.evaluate.empty'] as string)).toBeTruthy();
    expect(container.querySelector('[lang="en"]')).not.toBeNull();
    expect(document.documentElement.lang).toBe('en');
    fireEvent.click(evaluateButton('Evaluate'));
    const sentence = await screen.findByTestId('headline');
    expect(sentence.textContent).toBe(headline('en', sampleEvaluation().counts));
    expect(screen.getByRole('button', { name: 'Delayed (2)' })).toBeTruthy();
    expect(screen.getByText('Cause missing (to check)')).toBeTruthy();
  });

  it('follows Office’s display language when no language is chosen', async () => {
    const { container } = renderApp(fakeServices({ displayLanguage: () => 'en' }));
    expect(await screen.findByText(UI_EN['ui.evaluate.empty'] as string)).toBeTruthy();
    expect(container.querySelector('[lang="en"]')).not.toBeNull();
  });

  it('shows a result the ribbon’s command produced through the shared run', async () => {
    const services = fakeServices();
    const { run } = renderApp(services);
    await act(async () => {
      await run.start(services, services.loadSettings, 'ribbon');
    });
    expect(await screen.findByTestId('headline')).toBeTruthy();
    expect(screen.getByText(UI_JA['ui.evaluate.fromRibbon'] as string)).toBeTruthy();
  });
});

describe('what a screen reader hears', () => {
  it('says once, politely, that the evaluation finished and what it found', async () => {
    const stepped = steppedEvaluate(sampleOutcome());
    renderApp(fakeServices({ evaluate: stepped.fn }));
    fireEvent.click(evaluateButton('評価'));
    // While it runs, the progress region speaks the phases.
    expect(await screen.findByText('シートを読み取っています（1/3）')).toBeTruthy();
    expect(screen.getByText('シートを読み取っています（1/3）').getAttribute('role')).toBe('status');
    for (let i = 0; i < 3; i++) {
      await waitFor(() => expect(stepped.waiting).toBe(true));
      act(() => stepped.advance());
    }
    await screen.findByText('仕上げています（3/3）');
    expect(announced('polite')).toBe('');
    await waitFor(() => expect(stepped.waiting).toBe(true));
    act(() => stepped.advance());

    await screen.findByTestId('headline');
    // The progress region is gone; the polite live region (there from the start) says the outcome.
    expect(screen.queryByText(/（3\/3）/u)).toBeNull();
    const done = `評価が終わりました。${headline('ja', sampleEvaluation().counts)}`;
    await waitFor(() => expect(announced('polite')).toBe(done));
    expect(announced('assertive')).toBe('');

    // Once: filtering the list or coming back to the view does not say it again.
    fireEvent.click(screen.getByRole('button', { name: '遅れ（2）' }));
    fireEvent.click(screen.getByRole('tab', { name: '設定' }));
    await screen.findByRole('heading', { name: '評価の設定' });
    fireEvent.click(screen.getByRole('tab', { name: '評価' }));
    await screen.findByTestId('headline');
    expect(document.querySelector('[data-live="polite"]')!.children).toHaveLength(1);
    expect(announced('polite')).toBe(done);
  });

  it('says the ribbon’s result too, in English', async () => {
    const services = fakeServices({ displayLanguage: () => 'en' });
    const { run } = renderApp(services);
    await screen.findByText(UI_EN['ui.evaluate.empty'] as string);
    await act(async () => {
      await run.start(services, services.loadSettings, 'ribbon');
    });
    await screen.findByTestId('headline');
    await waitFor(() => expect(announced('polite')).toBe(`Evaluation finished. ${headline('en', sampleEvaluation().counts)}`));
  });

  it('says an error assertively, in its plain words', async () => {
    renderApp(fakeServices({ evaluate: async () => Promise.reject(new AddinError('cellEditMode')) }));
    fireEvent.click(evaluateButton('評価'));
    await inPane().findByText(message('ja', 'office.cellEditMode'));
    await waitFor(() => expect(announced('assertive')).toContain(message('ja', 'office.cellEditMode')));
    expect(announced('assertive')).toContain('評価できませんでした');
    expect(announced('polite')).toBe('');
  });
});

describe('punctuation', () => {
  /** An evaluation in English with the office's own grades (A–D): a delayed initiative graded C, its cause read as coordination. */
  function englishOutcome() {
    const evaluation = evaluateGrid(
      grid([
        ['Action plan'],
        HEADER,
        [1, '県庁のICT化', '共同クラウドの参加団体の拡大', 'R2年度:20団体', '15団体', '遅れ', '新型コロナウイルス感染症の影響で、費用面での調整が難航したため。', '共同利用の検討を進める'],
      ]),
      { preset: 'abcd', lang: 'en' },
    );
    return { evaluation, sheets: ['Summary', 'Delayed', 'Results', 'Check'], lang: 'en' as const };
  }

  it('English uses its own list separator and brackets', async () => {
    const outcome = englishOutcome();
    renderApp(fakeServices({ displayLanguage: () => 'en', evaluate: async () => outcome }));
    fireEvent.click(evaluateButton('Evaluate'));
    await screen.findByTestId('headline');
    const pane = inPane();
    expect(pane.getByText('Sheets written: Summary, Delayed, Results, Check')).toBeTruthy();
    const [item] = within(pane.getByRole('list', { name: UI_EN['ui.list.title'] as string })).getAllByRole('listitem');
    expect(within(item!).getByText('Delayed (C)')).toBeTruthy();
    expect(within(item!).getByText(`Reason for delay (${causeLabel('en', 'coordination')})`).tagName).toBe('DT');
    // Neither the Japanese comma nor full-width brackets in the pane's own words.
    expect(pane.getByText(/^Sheets written/u).textContent).not.toMatch(/[、（）]/u);
  });

  it('Japanese keeps 、 and （）', async () => {
    const outcome = { ...englishOutcome(), sheets: ['評価サマリー', '遅れ一覧', '要確認'], lang: 'ja' as const };
    renderApp(fakeServices({ evaluate: async () => outcome }));
    fireEvent.click(evaluateButton('評価'));
    await screen.findByTestId('headline');
    const pane = inPane();
    expect(pane.getByText('書き込んだシート: 評価サマリー、遅れ一覧、要確認')).toBeTruthy();
    // Before anyone types a note on them: the next run rebuilds these sheets.
    expect(pane.getByText(/もう一度評価すると、これらのシートは作り直します。シートに書き込んだメモは残りません/u)).toBeTruthy();
    expect(pane.getByText('遅れ（C）')).toBeTruthy();
    expect(pane.getByText(`遅れが生じている要因（${causeLabel('ja', 'coordination')}）`)).toBeTruthy();
  });
});

describe('the pane’s own words', () => {
  it('names the initiative in each "select the cell" button for screen readers, in both languages', async () => {
    await evaluated();
    const button = screen.getByRole('button', { name: 'G4 を選択（共同クラウドの参加団体の拡大）' });
    // The visible words start the name (a speech user can say what they see).
    expect(button.textContent).toBe('G4 を選択');
    expect(screen.getByRole('button', { name: 'G5 を選択（指定出資法人の経営改善）' })).toBeTruthy();
  });

  it('names the initiative in English too', async () => {
    renderApp(fakeServices({ displayLanguage: () => 'en' }));
    fireEvent.click(evaluateButton('Evaluate'));
    await screen.findByTestId('headline');
    expect(screen.getByRole('button', { name: 'Select G4 (共同クラウドの参加団体の拡大)' })).toBeTruthy();
  });

  it('on an empty sheet, suggests opening the workbook that holds the plan or choosing its sheet in Settings', async () => {
    renderApp(fakeServices({ evaluate: async () => Promise.reject(new EvaluationError('emptySheet', { sheet: 'Sheet1' })) }));
    fireEvent.click(evaluateButton('評価'));
    const bar = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('[data-error-key="error.emptySheet"]');
      if (!found) throw new Error('no error');
      return found;
    });
    expect(bar.textContent).toContain('シート「Sheet1」は空です。');
    expect(bar.textContent).not.toContain('ブックを指定してください');
    expect(bar.textContent).toContain('行動計画のあるブックを開くか、［設定］で行動計画のシートを選んでください。');
    fireEvent.click(within(bar).getByRole('button', { name: '設定を開く' }));
    expect(await screen.findByRole('heading', { name: '評価の設定' })).toBeTruthy();
  });

  it('says the same in English', async () => {
    renderApp(fakeServices({ displayLanguage: () => 'en', evaluate: async () => Promise.reject(new EvaluationError('emptySheet', { sheet: 'Sheet1' })) }));
    fireEvent.click(evaluateButton('Evaluate'));
    await screen.findByText('Could not evaluate');
    const text = document.querySelector<HTMLElement>('[data-error-key="error.emptySheet"]')!.textContent ?? '';
    expect(text).not.toContain('give a workbook');
    expect(text).toContain('Open the workbook that holds the plan, or choose its sheet in Settings.');
  });
});
