/** Assembles a SheetSpec row by row, so that each layout reads as the report it makes. */
import type { Area, CellSpec, ConditionalFormat, RowSpec, SheetKey, SheetSpec } from './description';
import { empty, rowHeightFor, text } from './description';
import { FONT_SIZE, STYLE, printSetup } from './styles';

/** Excel's default row height at the sheets' font. */
const DEFAULT_ROW_POINTS = 15;

export class SheetBuilder {
  private readonly rows: RowSpec[] = [];
  private readonly merges: Area[] = [];
  private readonly formats: ConditionalFormat[] = [];
  private filter: Area | null = null;
  private freezeRows = 0;
  private repeat: { from: number; to: number } | null = null;
  /** The row after the main table: a header repeated on printed pages only when nothing follows the table. */
  private mainTableEnd = -1;
  private fitOnePage = false;

  constructor(
    private readonly key: SheetKey,
    private readonly name: string,
    private readonly widths: readonly number[],
  ) {}

  /** 0-based index of the next row. */
  get nextRow(): number {
    return this.rows.length;
  }

  /** The rows' height so far, in points (a row without a height of its own at the default). */
  get height(): number {
    return this.rows.reduce((total, row) => total + (row.height ?? DEFAULT_ROW_POINTS), 0);
  }

  get lastColumn(): number {
    return this.widths.length - 1;
  }

  row(cells: readonly CellSpec[], fontSize = FONT_SIZE): this {
    const height = rowHeightFor(cells, this.widths, fontSize);
    this.rows.push(height === undefined ? { cells } : { cells, height });
    return this;
  }

  blank(): this {
    return this.row([]);
  }

  /** A line of text across the whole sheet width (title, headline, note), at least `height` points tall. */
  banner(value: string, style: CellSpec['style'], height?: number): this {
    const row = this.nextRow;
    this.merges.push({ top: row, left: 0, bottom: row, right: this.lastColumn });
    const fullWidth = this.widths.reduce((a, b) => a + b, 0);
    // A long title wraps onto a second line rather than being cut at the sheet's edge.
    const estimated = rowHeightFor([text(value, style)], [fullWidth], style?.fontSize ?? FONT_SIZE);
    const tallest = Math.max(height ?? 0, estimated ?? 0);
    this.rows.push(tallest === 0 ? { cells: [text(value, style)] } : { cells: [text(value, style)], height: tallest });
    return this;
  }

  /** A label in the first column and its value across the rest of the width. */
  pair(label: CellSpec, value: CellSpec): this {
    const row = this.nextRow;
    this.merges.push({ top: row, left: 1, bottom: row, right: this.lastColumn });
    const rest = this.widths.slice(1).reduce((a, b) => a + b, 0);
    const height = rowHeightFor([label, value], [this.widths[0] ?? 10, rest]);
    this.rows.push(height === undefined ? { cells: [label, value] } : { cells: [label, value], height });
    return this;
  }

  /**
   * A table: header row, body rows, optional total row. The header is frozen and repeated on printed pages
   * when `main` is set (one main table a sheet).
   */
  table(headers: readonly string[], body: readonly (readonly CellSpec[])[], options: { main?: boolean; total?: readonly CellSpec[]; whenEmpty?: string } = {}): { top: number; firstBodyRow: number; lastBodyRow: number } {
    const top = this.nextRow;
    this.row(headers.map((h) => text(h, STYLE.header)));
    if (body.length === 0 && options.whenEmpty) {
      const row = this.nextRow;
      this.merges.push({ top: row, left: 0, bottom: row, right: headers.length - 1 });
      this.row([text(options.whenEmpty, STYLE.body), ...headers.slice(1).map(() => empty(STYLE.body))]);
    }
    for (const cells of body) this.row(cells);
    const lastBodyRow = this.nextRow - 1;
    if (options.total) this.row(options.total);
    if (options.main) {
      this.freezeRows = top + 1;
      this.repeat = { from: top + 1, to: top + 1 };
      this.mainTableEnd = this.nextRow;
      if (body.length > 0) this.filter = { top, left: 0, bottom: lastBodyRow, right: headers.length - 1 };
    }
    return { top, firstBodyRow: top + 1, lastBodyRow };
  }

  format(rule: ConditionalFormat): this {
    this.formats.push(rule);
    return this;
  }

  /** Printed on one page, shrunk to fit where it runs a little over: for a sheet meant to be read at a glance. */
  onePage(): this {
    this.fitOnePage = true;
    return this;
  }

  build(): SheetSpec {
    const print = printSetup(this.mainTableEnd >= 0 && this.nextRow > this.mainTableEnd ? null : this.repeat);
    return {
      key: this.key,
      name: this.name,
      columnWidths: this.widths,
      rows: this.rows,
      merges: this.merges,
      freeze: this.freezeRows > 0 ? { rows: this.freezeRows, columns: 0 } : null,
      autoFilter: this.filter,
      conditionalFormats: this.formats,
      // A header repeated after its table has ended (the summary's notes below it) heads a page of something else.
      print: this.fitOnePage ? { ...print, onePage: true } : print,
    };
  }
}
