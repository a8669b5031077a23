export {};
// `npm run -s kb -- <command> ...` — the catalogue command line. Each command lives in its own file.
// stdout carries only the command's output (other tools parse it); messages go to stderr.
const commands: Record<string, () => Promise<{ run(args: string[]): Promise<number> }>> = {
  import: () => import('./import-command'),
  stats: () => import('./stats-command'),
  show: () => import('./show-command'),
  search: () => import('./search-command'),
};

const [commandName, ...args] = process.argv.slice(2);
const load = commandName ? commands[commandName] : undefined;
if (!load) {
  process.stderr.write(`usage: kb <${Object.keys(commands).join('|')}> [...]\n`);
  process.exit(2);
}
const command = await load();
process.exitCode = await command.run(args);
