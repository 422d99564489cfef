import { fileURLToPath } from 'node:url';

import type { Command, CliIO } from './command';

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  check: { summary: 'check ad copy for banned and restricted terms', load: async () => (await import('./commands/check')).checkCommand },
  'check-images': {
    summary: 'recognise text in images (offline OCR) and check it',
    load: async () => (await import('./commands/checkImages')).checkImagesCommand,
  },
  'check-csv': { summary: 'check columns of a catalog CSV', load: async () => (await import('./commands/checkCsv')).checkCsvCommand },
  title: { summary: 'audit titles against platform rules and a keyword list', load: async () => (await import('./commands/title')).titleCommand },
  suggest: { summary: 'suggest a title packing the most keyword volume', load: async () => (await import('./commands/suggest')).suggestCommand },
  draft: { summary: 'draft scene-based copy (offline or any OpenAI-compatible API)', load: async () => (await import('./commands/draft')).draftCommand },
};

export function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, { summary }]) => `  ${name.padEnd(12)} ${summary}`);
  return ['usage: listinglint <command> [options]', '', 'commands:', ...lines, '', "run 'listinglint <command> --help' for a command's options"].join('\n');
}

export async function main(
  argv: string[],
  io: CliIO = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env },
): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    (name ? io.stdout : io.stderr).write(usage() + '\n');
    return name ? 0 : 2;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.stderr.write(`listinglint: unknown command '${name}'\n${usage()}\n`);
    return 2;
  }
  const command = await entry.load();
  return command(rest, io);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
