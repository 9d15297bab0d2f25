/** The add-in's manifest.xml: well formed, consistent, https only, icons and strings present in both languages. */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const ROOT = join(__dirname, '..', '..');
const XML = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const DEV_URL = 'https://localhost:3000';

type Node = Record<string, unknown>;
const manifest = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => !name.startsWith('@_') }).parse(XML) as Node;

/** Every element named `name` (namespace prefix included, e.g. "bt:Image"), anywhere. */
function all(name: string, node: unknown = manifest): Node[] {
  const found: Node[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value as Node)) {
        if (key === name) (Array.isArray(child) ? child : [child]).forEach((c) => found.push((typeof c === 'object' ? c : { '#text': c }) as Node));
        if (!key.startsWith('@_')) visit(child);
      }
    }
  };
  visit(node);
  return found;
}

/** Every attribute named `attribute` anywhere, with the element it is on. */
function attributes(attribute: string): { element: string; value: string }[] {
  const found: { element: string; value: string }[] = [];
  const visit = (value: unknown, element: string): void => {
    if (Array.isArray(value)) value.forEach((v) => visit(v, element));
    else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value as Node)) {
        if (key === `@_${attribute}`) found.push({ element, value: String(child) });
        else if (!key.startsWith('@_')) visit(child, key);
      }
    }
  };
  visit(manifest, '');
  return found;
}

const text = (node: Node | undefined): string => String(node?.['#text'] ?? '');

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const RESOURCE_KINDS = ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'] as const;
const defined = new Map<string, string>();
for (const kind of RESOURCE_KINDS) {
  for (const group of all(kind)) {
    for (const element of ['bt:Image', 'bt:Url', 'bt:String']) {
      for (const resource of all(element, group)) {
        if (resource['@_id']) defined.set(String(resource['@_id']), kind);
      }
    }
  }
}

describe('manifest.xml', () => {
  it('is well-formed XML for an Excel task pane add-in that reads and writes the document', () => {
    expect(XMLValidator.validate(XML)).toBe(true);
    const app = all('OfficeApp')[0]!;
    expect(app['@_xsi:type']).toBe('TaskPaneApp');
    expect(all('Host').some((h) => h['@_Name'] === 'Workbook')).toBe(true);
    expect(all('Host').some((h) => h['@_xsi:type'] === 'Workbook')).toBe(true);
    expect(text(all('Permissions')[0])).toBe('ReadWriteDocument');
    expect(text(all('DefaultLocale')[0])).toBe('ja-JP');
    expect(text(all('Id')[0])).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u);
  });

  it('defines every resid it uses, and uses ids no longer than 32 characters', () => {
    const used = attributes('resid').map((a) => a.value);
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((id) => !defined.has(id))).toEqual([]);
    expect([...defined.keys()].filter((id) => id.length > 32)).toEqual([]);
  });

  it('uses https for every address, all on the development address the build replaces', () => {
    const urls = [
      ...attributes('DefaultValue').map((a) => a.value).filter((v) => /^[a-z]+:\/\//iu.test(v)),
      ...all('AppDomain').map(text),
    ];
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.filter((u) => !u.startsWith('https://'))).toEqual([]);
    expect(urls.filter((u) => !u.startsWith(DEV_URL))).toEqual([]);
    // Namespaces aside, the text holds no plain-http address.
    expect(XML.replace(/xmlns(:\w+)?="[^"]*"/gu, '')).not.toMatch(/http:\/\//u);
  });

  it('points at icons that exist in assets/ with the size their resid names', () => {
    const images = all('bt:Images').flatMap((g) => all('bt:Image', g));
    expect(images.map((i) => i['@_id']).sort()).toEqual(['Icon.16x16', 'Icon.32x32', 'Icon.64x64', 'Icon.80x80']);
    for (const image of images) {
      const [, w, h] = /^Icon\.(\d+)x(\d+)$/u.exec(String(image['@_id']))!;
      const url = new URL(String(image['@_DefaultValue']));
      const file = join(ROOT, url.pathname);
      expect(url.pathname.startsWith('/assets/')).toBe(true);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: Number(w), height: Number(h) });
    }
    // Where a control names a size, its resid is of that size.
    for (const use of all('Icon').flatMap((i) => all('bt:Image', i))) {
      expect(String(use['@_resid'])).toBe(`Icon.${use['@_size']}x${use['@_size']}`);
    }
    for (const [element, size] of [['IconUrl', 32], ['HighResolutionIconUrl', 64]] as const) {
      const file = join(ROOT, new URL(String(all(element)[0]!['@_DefaultValue'])).pathname);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  it('has every label and tooltip in Japanese (default) and English (en-US)', () => {
    const strings = [...all('bt:ShortStrings'), ...all('bt:LongStrings')].flatMap((g) => all('bt:String', g));
    expect(strings.length).toBeGreaterThanOrEqual(7);
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/u;
    for (const s of [...strings, ...all('DisplayName'), ...all('Description').filter((d) => d['@_DefaultValue'])]) {
      expect(String(s['@_DefaultValue'])).toMatch(japanese);
      const overrides = [...all('bt:Override', s), ...all('Override', s)];
      const en = overrides.find((o) => o['@_Locale'] === 'en-US');
      expect(en?.['@_Value']).toBeTruthy();
      expect(String(en!['@_Value'])).not.toMatch(japanese);
    }
    for (const control of all('Control')) {
      for (const resid of [all('Label', control)[0]?.['@_resid'], ...all('Supertip', control).flatMap((st) => all('Description', st).map((d) => d['@_resid']))]) {
        expect(strings.some((s) => s['@_id'] === resid)).toBe(true);
      }
    }
  });

  it('asks for ExcelApi 1.7, and for the shared runtime where the ribbon applies', () => {
    const base = all('Requirements')[0]!;
    const baseSets = all('Set', base);
    expect(baseSets).toEqual([expect.objectContaining({ '@_Name': 'ExcelApi', '@_MinVersion': '1.7' })]);
    const overrides = all('VersionOverrides')[0]!;
    const sets = all('Requirements', overrides).flatMap((r) => all('bt:Set', r));
    expect(sets).toEqual(expect.arrayContaining([
      expect.objectContaining({ '@_Name': 'SharedRuntime', '@_MinVersion': '1.1' }),
      expect.objectContaining({ '@_Name': 'ExcelApi', '@_MinVersion': '1.7' }),
    ]));
    expect(all('Runtime')).toEqual([expect.objectContaining({ '@_resid': 'Taskpane.Url', '@_lifetime': 'long' })]);
  });

  it('puts Evaluate (ExecuteFunction evaluatePlan) and Open pane on the Home tab, both in the pane’s page', () => {
    const tab = all('OfficeTab')[0]!;
    expect(tab['@_id']).toBe('TabHome');
    const actions = all('Action', tab);
    expect(actions.map((a) => a['@_xsi:type'])).toEqual(['ExecuteFunction', 'ShowTaskpane']);
    expect(text(all('FunctionName', actions[0])[0])).toBe('evaluatePlan');
    expect(all('SourceLocation', actions[1])[0]!['@_resid']).toBe('Taskpane.Url');
    expect(all('FunctionFile')[0]!['@_resid']).toBe('Taskpane.Url');
    const taskpane = all('bt:Url').find((u) => u['@_id'] === 'Taskpane.Url')!;
    expect(taskpane['@_DefaultValue']).toBe(`${DEV_URL}/taskpane.html`);
    expect(all('SourceLocation').find((s) => s['@_DefaultValue'])?.['@_DefaultValue']).toBe(`${DEV_URL}/taskpane.html`);
    // The command registers the same name.
    expect(readFileSync(join(ROOT, 'src/commands/commands.ts'), 'utf8')).toContain("Office.actions.associate('evaluatePlan'");
  });
});

describe('the production build’s manifest', () => {
  const ENV = process.env.ADDIN_PUBLIC_URL;
  afterEach(() => {
    if (ENV === undefined) delete process.env.ADDIN_PUBLIC_URL;
    else process.env.ADDIN_PUBLIC_URL = ENV;
  });

  async function copiedManifest(mode: 'production' | 'development'): Promise<string> {
    const config = await (require(join(ROOT, 'webpack.config.js')) as (env: object, argv: object) => Promise<{ plugins: { patterns?: { from: string; transform?: (c: Buffer) => Buffer | string }[] }[] }>)({}, { mode });
    const pattern = config.plugins.flatMap((p) => p.patterns ?? []).find((p) => p.from === 'manifest.xml')!;
    return String(pattern.transform ? pattern.transform(Buffer.from(XML)) : XML);
  }

  it('replaces the development address with ADDIN_PUBLIC_URL', async () => {
    process.env.ADDIN_PUBLIC_URL = 'https://addins.example.lg.jp/action-plan/';
    const xml = await copiedManifest('production');
    expect(xml).not.toContain(DEV_URL);
    expect(xml).toContain('<bt:Url id="Taskpane.Url" DefaultValue="https://addins.example.lg.jp/action-plan/taskpane.html"/>');
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('refuses a public address that is not https', async () => {
    process.env.ADDIN_PUBLIC_URL = 'http://addins.example.lg.jp';
    await expect(copiedManifest('production')).rejects.toThrow(/https/u);
  });

  it('keeps the development address in a development build', async () => {
    process.env.ADDIN_PUBLIC_URL = 'https://addins.example.lg.jp';
    expect(await copiedManifest('development')).toBe(XML);
  });
});
