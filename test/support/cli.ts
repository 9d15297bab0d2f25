import { runCli } from '../../src/cli/main';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the `evaluate` command in-process, collecting what it writes to standard output and standard error. */
export async function run(...argv: string[]): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}
