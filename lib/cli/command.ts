/** A subcommand: returns the process exit code (0 ok, 1 findings of error severity, 2 usage or input error). */
export type Command = (args: string[], io: CliIO) => Promise<number>;

/** The process streams a command uses, injectable for tests. */
export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

/** A bad flag or unreadable input: printed as one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
