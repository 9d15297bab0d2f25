/**
 * Proxy objects and the command queue — the heart of Office.js's programming model, which the stand-in keeps:
 *
 *  - property sets and method calls on a proxy are queued, not applied; `context.sync()` sends the batch and Excel
 *    runs it in order ("Proxy objects", "sync()" in "Application-specific API model",
 *    https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model);
 *  - a property can be read only after `load()` and `sync()`; reading it earlier throws `PropertyNotLoaded`
 *    (ibid., "load()"). The stand-in is stricter than Office.js in one way: a value the add-in itself set is not
 *    readable until loaded either, so code never mistakes its own write for the workbook's state;
 *  - errors surface from `sync()`, where Excel reports them, and name the member that failed (debugInfo);
 *  - `*OrNullObject` methods give proxies whose `isNullObject` is filled in by every sync without loading it
 *    ("*OrNullObject methods and properties", ibid.); commands on a null object do nothing, and its other
 *    properties cannot be read;
 *  - each member carries the ExcelApi set that introduced it; a batch using a member newer than the stand-in's
 *    `apiVersion` fails with `ApiNotFound`.
 */
import { compareApiVersions, formatApiVersion, memberApiSet, parseApiVersion } from './api-sets';
import type { Engine } from './engine';
import { StandinError, propertyNotLoaded } from './errors';

/** A queued command. `run` gets the resolved target (never null: commands on null objects are skipped). */
export interface Operation {
  readonly target: ClientObject<unknown>;
  /** "Range.values", "WorksheetCollection.add": where Excel would report an error. */
  readonly member: string;
  /** The ExcelApi set the command needs. */
  readonly apiSet: string;
  /** The command's arguments, as JSON would carry them (counted towards the request size). */
  readonly args: unknown;
  readonly kind: 'set' | 'call' | 'load';
  run(target: unknown): void;
}

/** What `load()` accepts, as in Office.js. */
export type LoadOption = string | string[] | Record<string, unknown> | undefined;

export interface ScalarDefinition<T> {
  get(target: T): unknown;
  /** Omitted for read-only properties. */
  set?(target: T, value: unknown): void;
  /** "Class.member" key in MEMBER_API_SETS when it is not "Class.property". */
  apiKey?: string;
}

/**
 * One context's bookkeeping: the queue, every proxy it created (for isNullObject), loads waiting for the batch to
 * succeed, and whether the run that owned it has finished.
 */
export interface ContextCore {
  /** The RequestContext proxies report as their `context`. */
  readonly context: unknown;
  readonly engine: Engine;
  readonly queue: Operation[];
  readonly proxies: ClientObject<unknown>[];
  /** Applied when the batch succeeds: loaded values are delivered only with a successful response. */
  readonly staged: (() => void)[];
  /** Byte estimate of what the batch loaded (response size). */
  responseSize: number;
  readonly closed: boolean;
}

type Resolution<T> = { readonly value: T | null };

/**
 * The base of every proxy. `T` is the model object the proxy stands for; `resolve` finds it at sync time (and may
 * throw ItemNotFound etc.), returning null for a null object.
 */
export abstract class ClientObject<T> {
  /** The class name Excel uses in error locations: "Range", "Worksheet". */
  protected abstract readonly _className: string;
  /** Properties that can be loaded / set. */
  protected abstract _scalars(): Record<string, ScalarDefinition<T>>;
  /** Navigation properties: child proxies reachable by load paths ("format/font/bold"). */
  protected _navigations(): Record<string, () => ClientObject<unknown>> {
    return {};
  }

  private _resolution: Resolution<T> | undefined;
  private readonly _loaded = new Map<string, unknown>();
  private _nullKnown: boolean | undefined;

  constructor(
    /** @internal */ readonly _core: ContextCore,
    /** @internal the proxy's path, for request sizes and error statements. */ readonly _path: string,
    private readonly _resolver: () => T | null,
    /** @internal the newest API set on the way to this object (a 1.9 object's children need 1.9). */ readonly _minSet: string = '1.1',
  ) {
    _core.proxies.push(this as ClientObject<unknown>);
  }

  /** The request context this proxy belongs to, like Office.js's `ClientObject.context`. */
  get context(): unknown {
    return this._core.context;
  }

  /** True when the object does not exist (only `*OrNullObject` results); readable after any sync. */
  get isNullObject(): boolean {
    if (this._nullKnown === undefined) throw propertyNotLoaded('isNullObject', this._className);
    return this._nullKnown;
  }

  /** @internal Resolves the proxy to its model object, once; later calls reuse the first answer. */
  _resolve(): T | null {
    if (this._resolution) {
      this._checkStillValid(this._resolution.value);
      return this._resolution.value;
    }
    const value = this._resolver();
    this._resolution = { value };
    return value;
  }

  /** @internal Overridden by proxies whose model object can be deleted (a deleted sheet). */
  protected _checkStillValid(_value: T | null): void {}

  /** @internal Called after each successful sync for proxies whose null state is still unknown. */
  _settleNullState(): void {
    if (this._nullKnown !== undefined) return;
    try {
      this._nullKnown = this._resolve() === null;
    } catch {
      // An object that does not resolve (getItem of a missing sheet no command used) stays unknown.
    }
  }

  /** @internal For collection items, which are known to exist. */
  _markResolved(value: T): void {
    this._resolution = { value };
    this._nullKnown = false;
  }

  /** @internal */
  _setLoaded(property: string, value: unknown): void {
    this._loaded.set(property, value);
  }

  /** Reads a loaded property, or throws PropertyNotLoaded as Office.js does. */
  protected _read<V>(property: string): V {
    if (this._nullKnown === true) throw propertyNotLoaded(property, this._className, true);
    if (!this._loaded.has(property)) throw propertyNotLoaded(property, this._className);
    return this._loaded.get(property) as V;
  }

  /** @internal True when `property` has been loaded. */
  _isLoaded(property: string): boolean {
    return this._loaded.has(property);
  }

  protected _assertOpen(): void {
    if (this._core.closed) {
      throw new StandinError('InvalidObjectPath', `${this._className}: the Excel.run batch this object belongs to has finished; objects cannot be used after their run`);
    }
  }

  /** The ExcelApi set for "Class.member", raised to this object's own minimum. */
  protected _setFor(member: string, apiKey?: string): string {
    const own = memberApiSet(apiKey ?? `${this._className}.${member}`);
    const a = parseApiVersion(own) ?? [1, 1];
    const b = parseApiVersion(this._minSet) ?? [1, 1];
    return formatApiVersion(compareApiVersions(a, b) >= 0 ? a : b);
  }

  /** Queues a command against this object. */
  protected _enqueue(kind: 'set' | 'call', member: string, args: unknown, run: (target: T) => void, apiKey?: string): void {
    this._assertOpen();
    this._core.queue.push({
      target: this as ClientObject<unknown>,
      member: `${this._className}.${member}`,
      apiSet: this._setFor(member, apiKey),
      args,
      kind,
      run: run as (target: unknown) => void,
    });
  }

  /**
   * Registers a proxy made by an `*OrNullObject` method: Office.js fetches its isNullObject with the next sync
   * even when nothing else uses it, so the method is part of the batch (and needs its API set).
   */
  protected _nullable<P extends ClientObject<unknown>>(proxy: P, member: string, args: unknown[] = []): P {
    this._assertOpen();
    this._core.queue.push({
      target: proxy as ClientObject<unknown>,
      member: `${this._className}.${member}`,
      apiSet: proxy._minSet,
      args,
      kind: 'load',
      run: () => undefined,
    });
    return proxy;
  }

  /** Office.js refuses an API object of another request context as an argument ("InvalidRequestContext"). */
  protected _sameContext(arg: unknown, member: string): void {
    if (arg instanceof ClientObject && arg._core !== this._core) {
      throw new StandinError('InvalidRequestContext', `${this._className}.${member}: the argument belongs to another request context`);
    }
  }

  /** Queues a property set after checking the property exists and is writable. */
  protected _queueSet(property: string, value: unknown): void {
    const def = this._scalars()[property];
    if (!def?.set) throw new TypeError(`${this._className}.${property} is read-only`);
    const setter = def.set;
    this._enqueue('set', property, value, (t) => setter(t, value), def.apiKey);
    // Office.js keeps the value it sent; the stand-in only refreshes a value that was already loaded.
    if (this._loaded.has(property)) this._loaded.set(property, value);
  }

  /**
   * Queues a load. Accepts "a, b", ["a", "b"], { a: true, b: { c: true } }, { select: "a,b", expand: "c" },
   * navigation paths ("format/font/bold") and, on collections, "items/name".
   */
  load(option?: LoadOption): this {
    this._assertOpen();
    this._loadPaths(normaliseLoad(option));
    return this;
  }

  /** @internal Queues loads for paths relative to this object; [] means every scalar property. */
  _loadPaths(paths: string[][]): void {
    const scalars = this._scalars();
    const navs = this._navigations();
    const own: string[] = [];
    const byNav = new Map<string, string[][]>();
    if (paths.length === 0) own.push(...Object.keys(scalars).filter((k) => !this._excludedFromLoadAll().includes(k)));
    for (const path of paths) {
      const [head, ...rest] = path;
      if (head === undefined) continue;
      if (scalars[head] && rest.length === 0) own.push(head);
      else if (navs[head]) {
        const list = byNav.get(head) ?? [];
        if (rest.length > 0) list.push(rest);
        byNav.set(head, list);
      } else this._loadUnknown(head, rest);
    }
    if (own.length > 0) this._queueLoad([...new Set(own)]);
    for (const [nav, rest] of byNav) navs[nav]?.()._loadPaths(rest);
  }

  /** Properties a parameterless load skips (Office.js skips e.g. Range.numberFormatCategories). */
  protected _excludedFromLoadAll(): string[] {
    return [];
  }

  /** @internal Overridden by collections for "items". */
  protected _loadUnknown(head: string, _rest: string[]): void {
    const className = this._className;
    this._assertOpen();
    this._core.queue.push({
      target: this as ClientObject<unknown>,
      member: `${className}.load`,
      apiSet: '1.1',
      args: { select: head },
      kind: 'load',
      run: () => {
        throw new StandinError('InvalidArgument', `${className} has no property "${head}" to load`);
      },
    });
  }

  private _queueLoad(properties: string[]): void {
    const scalars = this._scalars();
    const highest = properties
      .map((p) => this._setFor(p, scalars[p]?.apiKey))
      .reduce((a, b) => (compareApiVersions(parseApiVersion(a) ?? [1, 1], parseApiVersion(b) ?? [1, 1]) >= 0 ? a : b), this._minSet);
    this._core.queue.push({
      target: this as ClientObject<unknown>,
      member: `${this._className}.load`,
      apiSet: highest,
      args: { select: properties.join(',') },
      kind: 'load',
      run: (target) => {
        const values = properties.map((p) => [p, (scalars[p] as ScalarDefinition<T>).get(target as T)] as const);
        this._core.responseSize += jsonBytes(Object.fromEntries(values));
        this._core.staged.push(() => {
          for (const [p, v] of values) this._loaded.set(p, v);
        });
      },
    });
  }

  /**
   * Sets several properties at once from a plain object, like Office.js's `set()`: scalars are queued as sets,
   * nested objects go to navigation properties.
   */
  set(properties: Record<string, unknown>): void {
    const scalars = this._scalars();
    const navs = this._navigations();
    for (const [key, value] of Object.entries(properties)) {
      if (scalars[key]?.set) this._queueSet(key, value);
      else if (navs[key] && value !== null && typeof value === 'object') navs[key]?.().set(value as Record<string, unknown>);
      else throw new TypeError(`${this._className}.set: "${key}" is not a writable property`);
    }
  }

  /** The loaded scalar properties as a plain object (what Office.js's toJSON gives). */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of this._loaded) out[k] = v;
    for (const [name, nav] of Object.entries(this._navigations())) {
      const child = nav();
      const json = child.toJSON();
      if (Object.keys(json).length > 0) out[name] = json;
    }
    return out;
  }

  /** Office.js's `track()` / `untrack()`: the stand-in needs no tracking, so these only return the object. */
  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

/** Splits the accepted load forms into property paths. */
export function normaliseLoad(option: LoadOption): string[][] {
  if (option === undefined || option === null) return [];
  const paths: string[] = [];
  const add = (text: string): void => {
    for (const part of text.split(',')) {
      const p = part.trim();
      if (p) paths.push(p);
    }
  };
  if (typeof option === 'string') add(option);
  else if (Array.isArray(option)) option.forEach((p) => add(String(p)));
  else {
    const walk = (obj: Record<string, unknown>, prefix: string): void => {
      for (const [key, value] of Object.entries(obj)) {
        if (key === 'select' || key === 'expand') {
          if (typeof value === 'string') value.split(',').forEach((p) => p.trim() && paths.push(prefix + p.trim()));
          else if (Array.isArray(value)) value.forEach((p) => paths.push(prefix + String(p)));
        } else if (key === '$all' || key === '$top' || key === '$skip') {
          // Collection paging options: the stand-in always returns every item.
        } else if (value === true) paths.push(prefix + key);
        else if (value && typeof value === 'object') walk(value as Record<string, unknown>, `${prefix}${key}/`);
      }
    };
    walk(option, '');
  }
  return paths.map((p) => p.split('/').map((s) => s.trim()).filter(Boolean));
}

/** UTF-8 length of a string, counted without TextEncoder (absent from some test DOMs). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** UTF-8 size of a value's JSON. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value);
  return json === undefined ? 0 : utf8Length(json);
}

/**
 * A collection proxy: `items` after loading "items" (or "items/prop"), plus `getCount()` style results. `I` is
 * the item proxy type.
 */
export abstract class CollectionObject<T, I extends ClientObject<unknown>> extends ClientObject<T> {
  private _items: I[] | undefined;

  /** The model objects in the collection, in order. */
  protected abstract _members(target: T): unknown[];
  /** A proxy for one member, bound to it. */
  protected abstract _itemProxy(member: unknown, index: number): I;

  protected override _scalars(): Record<string, ScalarDefinition<T>> {
    return {};
  }

  /** The loaded items. Reading before load("items") and sync throws PropertyNotLoaded. */
  get items(): I[] {
    if (this._items === undefined) throw propertyNotLoaded('items', this._className);
    return this._items;
  }

  override _loadPaths(paths: string[][]): void {
    if (paths.length === 0) {
      this._queueItemsLoad([]);
      return;
    }
    const itemPaths: string[][] = [];
    const other: string[][] = [];
    const own: string[][] = [];
    const scalars = this._scalars();
    for (const p of paths) {
      if (p[0] === 'items') itemPaths.push(p.slice(1));
      else if (p.length === 1 && p[0] !== undefined && scalars[p[0]]) own.push(p);
      else other.push(p);
    }
    if (own.length > 0) super._loadPaths(own);
    if (itemPaths.length > 0) this._queueItemsLoad(itemPaths.some((p) => p.length === 0) ? [] : itemPaths);
    if (other.length > 0) {
      // Office.js lets collection loads name item properties directly ("name" = "items/name").
      this._queueItemsLoad(other);
    }
  }

  private _queueItemsLoad(itemPaths: string[][]): void {
    this._assertOpen();
    const core = this._core;
    this._core.queue.push({
      target: this as ClientObject<unknown>,
      member: `${this._className}.load`,
      apiSet: this._setFor('load', this._className),
      args: { select: itemPaths.map((p) => `items/${p.join('/')}`).join(',') || 'items' },
      kind: 'load',
      run: (target) => {
        const members = this._members(target as T);
        const proxies = members.map((m, i) => {
          const proxy = this._itemProxy(m, i);
          proxy._markResolved(m);
          return proxy;
        });
        // The item loads run now, at this point of the batch, so they see the workbook as it is here.
        const before = core.queue.length;
        for (const proxy of proxies) proxy._loadPaths(itemPaths);
        const itemOps = core.queue.splice(before, core.queue.length - before);
        for (const op of itemOps) executeOperation(core.engine, op);
        core.staged.push(() => {
          this._items = proxies;
        });
      },
    });
  }

  override toJSON(): Record<string, unknown> {
    return this._items ? { items: this._items.map((i) => i.toJSON()) } : {};
  }
}

/** Office.js's ClientResult: a value delivered by the next sync. */
export class ClientResult<V> {
  private _value: { v: V } | undefined;

  get value(): V {
    if (!this._value) throw propertyNotLoaded('value', 'ClientResult');
    return this._value.v;
  }

  /** @internal */
  _deliver(v: V): void {
    this._value = { v };
  }
}

/** Queues a method whose result is a ClientResult, delivered with the batch's response. */
export function resultOperation<T, V>(owner: ClientObject<T>, core: ContextCore, member: string, apiSet: string, args: unknown, compute: (target: T) => V): ClientResult<V> {
  const result = new ClientResult<V>();
  if (core.closed) throw new StandinError('InvalidObjectPath', `${member}: the Excel.run batch has finished`);
  core.queue.push({
    target: owner as ClientObject<unknown>,
    member,
    apiSet,
    args,
    kind: 'call',
    run: (target) => {
      const v = compute(target as T);
      core.responseSize += jsonBytes(v);
      core.staged.push(() => result._deliver(v));
    },
  });
  return result;
}

/** Runs one queued command: API-set check, resolution (commands on null objects do nothing), then the command. */
export function executeOperation(engine: Engine, op: Operation): void {
  const wanted = parseApiVersion(op.apiSet) ?? [1, 1];
  if (compareApiVersions(wanted, engine.apiVersion) > 0) {
    throw new StandinError('ApiNotFound', `${op.member} needs ExcelApi ${op.apiSet}; this host supports ExcelApi ${formatApiVersion(engine.apiVersion)}`, {
      errorLocation: op.member,
    });
  }
  const target = op.target._resolve();
  if (target === null) return;
  op.run(target);
}
