// kb stats [--json]: catalogue statistics. With --json, one JSON object on stdout and nothing else.
import { openCatalogue } from '../catalogue/open';
import { catalogueStats } from '../catalogue/stats';
import { cliConfig } from './cli-config';

export async function run(args: string[]): Promise<number> {
  const config = cliConfig();
  const repository = openCatalogue(config.DATA_DIR);
  try {
    const stats = catalogueStats(repository.all(), repository.listSiteProfiles().map((profile) => profile.id));
    if (args.includes('--json')) {
      process.stdout.write(`${JSON.stringify(stats)}\n`);
      return 0;
    }
    const out = (line: string) => process.stdout.write(`${line}\n`);
    out(`Tổng số thủ tục:              ${stats.total}`);
    out(`Cấp xã:                       ${stats.communeLevel}`);
    out(`Có thời hạn giải quyết:       ${stats.withProcessingTime}`);
    out(`Có phí, lệ phí:               ${stats.withFee}`);
    out(`Có thành phần hồ sơ:          ${stats.withDocuments}`);
    out(`Bị gắn cờ chất lượng:         ${stats.flagged}`);
    out(`Hồ sơ xã (site profiles):     ${stats.siteProfiles.join(', ') || '—'}`);
    out('Lĩnh vực nhiều thủ tục nhất:');
    for (const [field, count] of Object.entries(stats.byField).sort((a, b) => b[1] - a[1]).slice(0, 15)) out(`  ${String(count).padStart(5)}  ${field}`);
    return 0;
  } finally {
    repository.close();
  }
}
