/** Canned data for the pane's tests: a real Evaluation from the engine, and a fake AddinServices around it. */
import { screen, within } from '@testing-library/react';
import { evaluateGrid } from '../../src/core/evaluate';
import type { Evaluation } from '../../src/core/model';
import {
  DEFAULT_SETTINGS, type AddinServices, type DetectedColumns, type EvaluationOutcome, type Phase, type PlanSettings, type SheetChoice,
} from '../../src/office/use-cases';
import { grid } from '../support/grid';

export const HEADER = ['No.', '方向性', '取組項目', '目標(抄)', 'R2年度末実績', '進捗状況', '遅れが生じている要因', '今後の取組'];

/** Four initiatives: achieved; delayed with a cause; delayed without one (measured); unknown. */
export function sampleEvaluation(): Evaluation {
  return evaluateGrid(
    grid([
      ['令和2年度 行財政改革行動計画'],
      HEADER,
      [1, '県庁のICT化', 'RPAによる業務自動化', 'R2年度:50業務', '51業務', '順調', null, '対象業務を拡大する'],
      [2, '県庁のICT化', '共同クラウドの参加団体の拡大', 'R2年度:20団体', '15団体', '遅れ', '新型コロナウイルス感染症の影響で、費用面での調整が難航したため。', '共同利用の検討を進める'],
      [3, '行財政運営', '指定出資法人の経営改善', 'R2年度:75%以上', '40.5%', null, null, '経営改善計画を見直す'],
      [4, '行財政運営', 'EBPMの定着', '全新規事業にEBPMを導入', null, null, null, null],
    ]),
  );
}

export function sampleOutcome(): EvaluationOutcome {
  return { evaluation: sampleEvaluation(), sheets: ['評価サマリー', '遅れ一覧', '要確認'], lang: 'ja' };
}

export const SHEETS: SheetChoice[] = [
  { name: '表紙', looksLikePlan: false },
  { name: '行動計画', looksLikePlan: true },
];

export const DETECTED: DetectedColumns = {
  sheet: '行動計画',
  headerRow: 2,
  columns: [
    { index: 0, header: 'No.', role: 'id' },
    { index: 1, header: '方向性', role: 'pillar' },
    { index: 2, header: '取組項目', role: 'name' },
    { index: 3, header: '目標(抄)', role: 'target' },
    { index: 4, header: 'R2年度末実績', role: 'actual' },
    { index: 5, header: '進捗状況', role: 'status' },
    { index: 6, header: '遅れが生じている要因', role: 'cause' },
    { index: 7, header: '今後の取組', role: 'nextSteps' },
    { index: 8, header: '所管課', role: null },
  ],
};

/**
 * Queries within the pane's <main>: what the pane shows. The live regions (outside <main>, visually hidden)
 * repeat for a few seconds what was announced, so a text query over the whole page can find it twice.
 */
export function inPane() {
  return within(screen.getByRole('main'));
}

/** The text of the pane's polite (role=status) or assertive (role=alert) live region. */
export function announced(politeness: 'polite' | 'assertive'): string {
  const region = document.querySelector<HTMLElement>(`[data-live="${politeness}"]`);
  if (!region) throw new Error(`no ${politeness} live region`);
  expect(region.getAttribute('role')).toBe(politeness === 'polite' ? 'status' : 'alert');
  expect(region.getAttribute('aria-live')).toBe(politeness);
  return region.textContent ?? '';
}

export interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * An evaluate() that stops before each phase until the test calls `advance()`: reading → judging → writing →
 * done → the outcome (or the error given).
 */
export function steppedEvaluate(result: EvaluationOutcome | { readonly error: unknown }) {
  const gates: Deferred<void>[] = [];
  let waiting: Deferred<void> | null = null;
  const wait = async (): Promise<void> => {
    waiting = deferred<void>();
    gates.push(waiting);
    await waiting.promise;
  };
  const fn = jest.fn(async (_settings: PlanSettings, onPhase?: (phase: Phase) => void): Promise<EvaluationOutcome> => {
    for (const phase of ['reading', 'judging', 'writing', 'done'] as const) {
      onPhase?.(phase);
      await wait();
    }
    if ('error' in result) throw result.error;
    return result;
  });
  return {
    fn,
    /** Lets the evaluation past its current phase. */
    advance(): void {
      const gate = waiting;
      waiting = null;
      gate?.resolve();
    },
    get waiting(): boolean {
      return waiting !== null;
    },
  };
}

export type FakeServices = { [K in keyof AddinServices]: AddinServices[K] & jest.Mock };

/** A plain AddinServices with canned answers; every method is a jest.fn to assert on. */
export function fakeServices(overrides: Partial<AddinServices> = {}, stored: PlanSettings = DEFAULT_SETTINGS): FakeServices {
  const services: AddinServices = {
    evaluate: async (_settings, onPhase) => {
      for (const phase of ['reading', 'judging', 'writing', 'done'] as const) onPhase?.(phase);
      return sampleOutcome();
    },
    selectCell: async () => undefined,
    listSheets: async () => SHEETS,
    detectColumns: async () => DETECTED,
    loadSettings: async () => stored,
    saveSettings: async () => undefined,
    displayLanguage: () => 'ja',
    revisionSlots: async () => ({ sheet: '行動計画', year: 2020, slots: [], lang: 'ja', undoable: [] }),
    applyRevisions: async () => ({ cells: [], batch: 1, historySheet: '目標見直し' }),
    undoLastRevision: async () => ({ cells: [], batch: 1, historySheet: '目標見直し' }),
    ...overrides,
  };
  const mocked = {} as Record<string, jest.Mock>;
  for (const [name, implementation] of Object.entries(services)) mocked[name] = jest.fn(implementation as (...args: unknown[]) => unknown);
  return mocked as unknown as FakeServices;
}
