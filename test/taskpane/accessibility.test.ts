/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { createElement as h } from 'react';
import type { AddinServices } from '../../src/office/use-cases';
import { App, type View } from '../../src/taskpane/App';
import { createEvaluationRun } from '../../src/taskpane/evaluation-run';
import { fakeServices } from './fixtures';

/** axe's serious and critical violations, as "rule: target" lines for a readable failure. */
async function seriousViolations(container: HTMLElement): Promise<string[]> {
  // jsdom cannot lay out or paint: colour contrast is left to the browser checks.
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${v.help}`));
}

function renderApp(services: AddinServices, initialView: View) {
  return render(h(App, { services, run: createEvaluationRun(), initialView }));
}

describe('accessibility (axe-core)', () => {
  it('the Evaluate view with results has no serious or critical violations', async () => {
    const { container } = renderApp(fakeServices(), 'evaluate');
    fireEvent.click(screen.getByRole('button', { name: '評価' }));
    await screen.findByTestId('headline');
    // Also with a filter on and a cell selected.
    fireEvent.click(screen.getByRole('button', { name: '遅れ（2）' }));
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('the Evaluate view with an error has no serious or critical violations', async () => {
    const { container } = renderApp(fakeServices({ evaluate: async () => Promise.reject(new Error('boom')) }), 'evaluate');
    fireEvent.click(screen.getByRole('button', { name: '評価' }));
    await screen.findByText('評価できませんでした');
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('the Settings view has no serious or critical violations', async () => {
    const { container } = renderApp(fakeServices(), 'settings');
    await screen.findByRole('combobox', { name: '遅れが生じている要因' });
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('every control of both views has an accessible name', async () => {
    renderApp(fakeServices(), 'evaluate');
    fireEvent.click(screen.getByRole('button', { name: '評価' }));
    await screen.findByTestId('headline');
    const unnamed = (): string[] =>
      [...document.querySelectorAll('button, select, input, [role="tab"]')]
        .filter((el) => !(el.textContent?.trim() || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || (el as HTMLInputElement).labels?.length))
        .map((el) => el.outerHTML.slice(0, 80));
    expect(unnamed()).toEqual([]);
    fireEvent.click(screen.getByRole('tab', { name: '設定' }));
    await screen.findByRole('combobox', { name: '遅れが生じている要因' });
    expect(unnamed()).toEqual([]);
  });
});

describe('the tabs and their panels', () => {
  it('each tab controls its own panel; the hidden ones are out of the accessibility tree; no serious violations with an out-of-date result', async () => {
    const services = fakeServices();
    const { container } = renderApp(services, 'evaluate');
    fireEvent.click(screen.getByRole('button', { name: '評価' }));
    await screen.findByTestId('headline');
    fireEvent.click(screen.getByRole('tab', { name: '設定' }));
    await screen.findByRole('combobox', { name: '遅れが生じている要因' });
    fireEvent.change(screen.getByRole('combobox', { name: '判定基準' }), { target: { value: 'abcd' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByText('設定をブックに保存しました。');
    fireEvent.click(screen.getByRole('tab', { name: '評価' }));
    await screen.findByTestId('result-outdated');

    for (const tab of screen.getAllByRole('tab')) {
      const panel = document.getElementById(tab.getAttribute('aria-controls') ?? '');
      expect(panel?.getAttribute('role')).toBe('tabpanel');
      expect(panel?.getAttribute('aria-labelledby')).toBe(tab.id);
      expect(panel?.hidden).toBe(tab.getAttribute('aria-selected') !== 'true');
    }
    // Only the shown panel is in the accessibility tree: one tabpanel, named by its tab.
    expect(screen.getAllByRole('tabpanel').map((p) => p.id)).toEqual(['ape-panel-evaluate']);
    expect(screen.getByRole('tabpanel', { name: '評価' })).toBeTruthy();
    // Within act: the tab's selection indicator still animates (a state update) while axe runs.
    let violations: string[] = [];
    await act(async () => {
      violations = await seriousViolations(container);
    });
    expect(violations).toEqual([]);
  });
});
