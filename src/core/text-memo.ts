/**
 * What was worked out from a text, kept for the next time the same text comes: plans repeat their status words,
 * causes and units on row after row. Cleared when full, so that a sheet of distinct texts cannot grow it without end.
 */
export class TextMemo<V> {
  private readonly values = new Map<string, V>();

  /** `work` must never answer undefined: undefined marks a text not yet worked out. */
  constructor(
    private readonly work: (text: string) => Exclude<V, undefined>,
    private readonly limit = 1_000,
  ) {}

  get(text: string): V {
    let value = this.values.get(text);
    if (value === undefined) {
      if (this.values.size >= this.limit) this.values.clear();
      value = this.work(text);
      this.values.set(text, value);
    }
    return value;
  }
}
