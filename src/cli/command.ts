import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A usage mistake: exit 2 with the command's usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** One CLI command: a file in src/cli/commands exporting it, listed in src/cli/index.ts. */
export interface Command {
  name: string;
  usage: string;
  summary: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Returns the exit code (0 ok, 1 bad input); throws UsageError or UserError. */
  run(args: { positionals: string[]; values: Record<string, string | boolean | (string | boolean)[] | undefined> }, io: CommandIo): Promise<number>;
}

export function parseCommandArgs(command: Command, argv: string[]) {
  try {
    return parseArgs({ args: argv, options: command.options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function printJson(io: CommandIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value)}\n`);
}
