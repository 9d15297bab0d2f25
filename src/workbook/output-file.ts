/**
 * Where the command writes (`--json FILE`, `--out FILE.xlsx`): into a folder that exists. A mistyped folder is
 * reported, never created; the file itself is created or replaced. Every failure to write becomes an
 * `OutputError` that names the path, so the command can say it in one line.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

export type OutputProblem = 'noFolder' | 'isFolder' | 'notWritable' | 'failed';

export class OutputError extends Error {
  constructor(
    readonly problem: OutputProblem,
    /** The output path as the user gave it. */
    readonly file: string,
    readonly detail = '',
    /** The folder the file was to go into, as the user spelled it. */
    readonly folder = path.dirname(file),
  ) {
    super(`${problem}: ${file}${detail ? ` (${detail})` : ''}`);
    this.name = 'OutputError';
  }
}

function codeOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

/** A failure from the file system while writing `file`, in terms a person can act on. */
export function outputError(file: string, error: unknown): OutputError {
  if (error instanceof OutputError) return error;
  switch (codeOf(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new OutputError('noFolder', file);
    case 'EISDIR':
      return new OutputError('isFolder', file);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new OutputError('notWritable', file);
    default: {
      const text = error instanceof Error ? error.message : String(error);
      return new OutputError('failed', file, text.split('\n')[0] ?? '');
    }
  }
}

/** Checks, before anything is read or written, that `file` can be written; throws an OutputError if not. */
export async function checkOutputFile(file: string): Promise<void> {
  const folder = path.dirname(path.resolve(file));
  const folderStat = await fs.stat(folder).catch(() => null);
  if (!folderStat?.isDirectory()) throw new OutputError('noFolder', file);
  const fileStat = await fs.stat(file).catch(() => null);
  if (fileStat?.isDirectory()) throw new OutputError('isFolder', file);
  // "reports/" names a folder, not a file: one that is not there is reported as such.
  if (file.endsWith('/') || file.endsWith(path.sep)) throw new OutputError('noFolder', file, '', file);
  try {
    // An existing file is written (or renamed over) in place; a new one needs a folder it may create files in.
    await fs.access(fileStat ? file : folder, fs.constants.W_OK);
  } catch (error) {
    throw outputError(file, error);
  }
}

/** Writes `data` to `file` as it stands (a named pipe or /dev/stdout works too). */
export async function writeOutputFile(file: string, data: string | Uint8Array): Promise<void> {
  try {
    await fs.writeFile(file, data);
  } catch (error) {
    throw outputError(file, error);
  }
}

/**
 * Writes `data` beside `file` and renames it over it: a reader never sees half a file, and a link at the output
 * path is replaced rather than written through. The folder must exist; nothing is left behind on failure.
 */
export async function replaceOutputFile(file: string, data: Uint8Array): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temporary, data);
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw outputError(file, error);
  }
}
