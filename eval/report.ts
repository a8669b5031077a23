// Markdown report with an SVG bar chart of the headline metrics per question type.
import type { Summary } from './metrics';

export function barChartSvg(rows: { label: string; values: Record<string, number> }[], series: string[]): string {
  const barWidth = 14;
  const groupWidth = series.length * barWidth + 24;
  const height = 220;
  const width = 60 + rows.length * groupWidth;
  const colours = ['#1b5e20', '#0d47a1', '#e65100', '#6a1b9a'];
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height + 60}" font-family="sans-serif" font-size="11">`];
  parts.push(`<line x1="40" y1="${height}" x2="${width}" y2="${height}" stroke="#333"/>`);
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    const y = height - tick * (height - 20);
    parts.push(`<text x="4" y="${y + 4}">${tick.toFixed(2)}</text><line x1="40" y1="${y}" x2="${width}" y2="${y}" stroke="#ddd"/>`);
  }
  rows.forEach((row, rowIndex) => {
    series.forEach((name, seriesIndex) => {
      const value = row.values[name] ?? 0;
      const barHeight = value * (height - 20);
      const x = 50 + rowIndex * groupWidth + seriesIndex * barWidth;
      parts.push(`<rect x="${x}" y="${height - barHeight}" width="${barWidth - 2}" height="${barHeight}" fill="${colours[seriesIndex % colours.length]}"><title>${name} ${value.toFixed(3)}</title></rect>`);
    });
    parts.push(`<text x="${50 + rowIndex * groupWidth}" y="${height + 16}">${escapeXml(row.label)}</text>`);
  });
  series.forEach((name, index) => {
    parts.push(`<rect x="${50 + index * 90}" y="${height + 32}" width="10" height="10" fill="${colours[index % colours.length]}"/><text x="${64 + index * 90}" y="${height + 41}">${name}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}

const escapeXml = (text: string) => text.replace(/[<>&"]/gu, (character) => `&#${character.charCodeAt(0)};`);

export function summaryTable(rows: { label: string; summary: Summary }[]): string {
  const lines = [
    '| set | n | hit@1 | hit@5 | hit@10 | MRR@10 | nDCG@10 | OOS declined | in-scope answered | p50 ms | p95 ms |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  const f = (value: number) => value.toFixed(3);
  for (const { label, summary } of rows) {
    lines.push(
      `| ${label} | ${summary.questions} | ${f(summary.hit1)} | ${f(summary.hit5)} | ${f(summary.hit10)} | ${f(summary.mrr10)} | ${f(summary.ndcg10)} | ${summary.outOfScope ? f(summary.declinedOutOfScope) : '—'} | ${f(summary.answeredInScope)} | ${summary.p50Ms.toFixed(2)} | ${summary.p95Ms.toFixed(2)} |`,
    );
  }
  return lines.join('\n');
}
