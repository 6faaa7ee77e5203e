import { describeDatabaseError } from '../main/services/campaign/describe-database-error';
import { isUserError } from '../shared/model/user-error';
import { parseCommandArgs, UsageError, type Command, type CommandIo } from './command';
import { newCommand } from './commands/new';
import { templatesCommand } from './commands/templates';
import { checkCommand } from './commands/check';
import { recipientsCommand } from './commands/recipients';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { signatoriesCommand } from './commands/signatories';
import { addendumCommand } from './commands/addendum';
import { sendCommand } from './commands/send';

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [templatesCommand, newCommand, importCommand, signatoriesCommand, recipientsCommand, checkCommand, exportCommand, addendumCommand, sendCommand];

function helpText(): string {
  const lines = COMMANDS.map((command) => `  ${command.usage}\n      ${command.summary}`);
  return `Undersigned: coalition letters, their signatories, one letter per recipient.\n\nUsage:\n${lines.join('\n')}\n\nExit codes: 0 ok, 1 bad input, 2 usage.\n`;
}

/** Runs the CLI on argv (without node and script); returns the exit code. */
export async function runCli(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`undersigned: unknown command "${name}"\n\n${helpText()}`);
    return 2;
  }
  try {
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(`${command.usage}\n  ${command.summary}\n`);
      return 0;
    }
    const { positionals, values } = parseCommandArgs(command, rest);
    return await command.run({ positionals, values }, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`undersigned ${command.name}: ${error.message}\nUsage: ${command.usage}\n`);
      return 2;
    }
    const userError = isUserError(error) ? error : describeDatabaseError(error);
    if (userError) {
      io.stderr(`undersigned ${command.name}: ${userError.message}\n`);
      return 1;
    }
    throw error;
  }
}
