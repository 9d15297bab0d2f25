/**
 * The pane's entry. Inside Excel: services over Excel.run. Outside Office (office.js did not load, or the page
 * is open in a plain browser): the preview, a separate chunk loaded on demand, over the Excel stand-in.
 * @jsxRuntime automatic
 */
import { createRoot, type Root } from 'react-dom/client';
import { App } from './App';
import { officeServices } from './office-host';
import { THEMES, officeThemeName, onForcedColorsChange } from './theme';

function rootElement(): HTMLElement {
  const element = document.getElementById('root');
  if (!element) throw new Error('taskpane.html has no #root');
  return element;
}

function startInExcel(root: Root): void {
  const services = officeServices();
  const render = (): void => root.render(<App services={services} theme={THEMES[officeThemeName()]} />);
  render();
  onForcedColorsChange(render);
}

async function startPreview(root: Root): Promise<void> {
  const { renderPreview } = await import(/* webpackChunkName: "preview" */ '../preview/preview');
  renderPreview(root);
}

function start(): void {
  const root = createRoot(rootElement());
  const fail = (error: unknown): void => {
    rootElement().textContent = `The pane could not start: ${error instanceof Error ? error.message : String(error)}`;
  };
  if (typeof Office === 'undefined') {
    startPreview(root).catch(fail);
    return;
  }
  Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) startInExcel(root);
    else startPreview(root).catch(fail);
  }).catch(fail);
}

start();
