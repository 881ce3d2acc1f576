/** Exit codes every command uses. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export interface ParsedArgs {
  /** Positional arguments after the command name. */
  positionals: string[];
  /** `--flag value` and `--flag=value`; a bare `--flag` is `true`; repeated flags collect. */
  flags: Map<string, string[] | true>;
}

export interface CommandIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

/** One `wutong <name>` command: its help text and its run function, which returns the exit code. */
export interface Command {
  name: string;
  summary: string;
  /** Full help shown by `wutong <name> --help`. */
  usage: string;
  /** Flags that take a value (others are booleans). */
  valueFlags: readonly string[];
  /** Boolean flags; when given, any flag outside both lists is a usage error. */
  booleanFlags?: readonly string[];
  run(args: ParsedArgs, io: CommandIO): Promise<number>;
}
