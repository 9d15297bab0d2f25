/** @jest-environment jsdom */
/**
 * The browser preview's toolbar over the Excel stand-in: a workbook opened from a file answers to the file's
 * name (the summary sheet says which workbook it came from), and a file that is not a workbook is said so in
 * the UI's language, with the reader's own message only as a detail.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { createElement as h } from 'react';
import { message } from '../../src/core/messages';
import { Preview } from '../../src/preview/preview';
import { announced } from './fixtures';

const PLAN = path.resolve(__dirname, '..', '..', 'examples', 'action-plan-r2.xlsx');

function setLanguage(language: string): void {
  Object.defineProperty(window.navigator, 'language', { value: language, configurable: true });
}

/** A File as the file picker gives it (jsdom's Blob has no arrayBuffer()). */
function file(name: string, bytes: Uint8Array<ArrayBuffer>): File {
  const f = new File([bytes], name);
  Object.defineProperty(f, 'arrayBuffer', { value: async () => bytes.slice().buffer });
  return f;
}

async function choose(f: File): Promise<void> {
  const input = document.getElementById('ape-preview-file') as HTMLInputElement;
  await act(async () => {
    fireEvent.change(input, { target: { files: [f] } });
  });
}

/** The bytes the toolbar's download hands to the browser. */
function captureDownload(): { readonly saved: Promise<{ name: string; bytes: ArrayBuffer }> } {
  let resolve!: (value: { name: string; bytes: ArrayBuffer }) => void;
  const saved = new Promise<{ name: string; bytes: ArrayBuffer }>((r) => {
    resolve = r;
  });
  const blobs = new Map<string, Blob>();
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: () => undefined,
  });
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href)!;
    const reader = new FileReader();
    reader.onload = () => resolve({ name: this.download, bytes: reader.result as ArrayBuffer });
    reader.readAsArrayBuffer(blob);
  });
  return { saved };
}

/** Whether leaving the page now (a reload, a closed tab) would be asked about. */
function leavingIsAsked(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

afterEach(() => {
  jest.restoreAllMocks();
  setLanguage('en-US');
});

describe('the preview', () => {
  it('names the workbook after the opened file, as Excel does: the summary sheet says which workbook it came from', async () => {
    setLanguage('ja-JP');
    render(h(Preview));
    await choose(file('行動計画R2.xlsx', new Uint8Array(readFileSync(PLAN))));
    expect((await screen.findByTestId('preview-workbook')).textContent).toBe('開いているブック: 行動計画R2.xlsx');

    fireEvent.click(within(screen.getByRole('main')).getByRole('button', { name: '評価' }));
    await screen.findByTestId('headline', {}, { timeout: 20_000 });
    // The summary sheets are written in this page only: said, and a reload is asked about.
    expect(screen.getByTestId('preview-unsaved').textContent).toBe('変更はまだこのページの中だけにあります。残すにはブックをダウンロードしてください。');
    await waitFor(() => expect(leavingIsAsked()).toBe(true));

    const { saved } = captureDownload();
    // The download resolves, then the toolbar says there is nothing left unsaved: both inside act.
    const { name, bytes } = await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'ブックをダウンロード' }));
      const file = await saved;
      await new Promise((resolve) => setTimeout(resolve, 0));
      return file;
    });
    expect(name).toBe('行動計画R2.xlsx');
    await waitFor(() => expect(screen.queryByTestId('preview-unsaved')).toBeNull());
    expect(leavingIsAsked()).toBe(false);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    const label = message('ja', 'about.workbook');
    const rows: string[][] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')))));
    const named = rows.find((r) => r[0] === label);
    // (the value cell is merged across the sheet's width)
    expect(named?.[1]).toBe('行動計画R2.xlsx');
    expect(rows.flat()).not.toContain('Book1');
  }, 60_000);

  it.each([
    ['ja-JP', '「壊れた.xlsx」を .xlsx のブックとして読み込めませんでした。', '詳しい情報'],
    ['en-US', '"壊れた.xlsx" could not be read as an .xlsx workbook', 'Technical details'],
  ])('says in the UI language (%s) that a damaged file is not a workbook, with the reader’s message only as a detail', async (language, plain, details) => {
    setLanguage(language);
    render(h(Preview));
    await choose(file('壊れた.xlsx', new Uint8Array(Buffer.from('this is not a zip file at all'))));

    const bar = await screen.findByTestId('preview-error');
    expect(bar.textContent).toContain(plain);
    expect(bar.textContent).not.toMatch(/central directory|zip/iu);
    // The library's words are behind a disclosure, closed.
    const disclosure = bar.parentElement!.querySelector('details')!;
    expect(disclosure.open).toBe(false);
    expect(disclosure.querySelector('summary')!.textContent).toBe(details);
    expect(disclosure.textContent).toMatch(/central directory/iu);
    // Said at once to a screen reader, without the detail.
    await waitFor(() => expect(announced('assertive')).toContain(plain));
    expect(announced('assertive')).not.toMatch(/central directory/iu);
    // Nothing opened.
    expect(screen.getByTestId('preview-workbook').textContent).toBe(language === 'ja-JP' ? 'ブックが開かれていません' : 'No workbook open');
    expect(screen.queryByRole('main')).toBeNull();
  });
});
