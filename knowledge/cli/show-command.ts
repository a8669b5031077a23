// kb show <code> [--json]: one procedure, readable Vietnamese or JSON.
import { openCatalogue } from '../catalogue/open';
import { formatProcedure } from '../catalogue/format-procedure';
import { cliConfig } from './cli-config';

export async function run(args: string[]): Promise<number> {
  const code = args.find((arg) => !arg.startsWith('--'));
  if (!code) {
    process.stderr.write('usage: kb show <code> [--json]\n');
    return 2;
  }
  const config = cliConfig();
  const repository = openCatalogue(config.DATA_DIR);
  try {
    const procedure = repository.get(code.trim());
    if (!procedure) {
      process.stderr.write(`Không tìm thấy thủ tục mã ${code} / No procedure with code ${code}\n`);
      return 1;
    }
    process.stdout.write(args.includes('--json') ? `${JSON.stringify(procedure, null, 2)}\n` : `${formatProcedure(procedure)}\n`);
    return 0;
  } finally {
    repository.close();
  }
}
