// Human-readable Vietnamese rendering of one procedure, for `kb show` and terminals.
import type { Channel, Fee, Procedure, ProcessingTime } from '../../contracts/procedure';
import { timeUnitLabel } from '../importers/parse-values';

const channelName: Record<Channel['channel'], string> = { direct: 'Trực tiếp', online: 'Trực tuyến', postal: 'Bưu chính' };
const levelName: Record<Procedure['levels'][number], string> = { commune: 'Cấp xã', province: 'Cấp tỉnh', ministry: 'Cấp bộ', other: 'Cơ quan khác' };

export function formatVnd(amount: number): string {
  return `${amount.toLocaleString('vi-VN')} đồng`;
}

export function describeTime(time: ProcessingTime | null): string {
  if (!time) return 'không ghi';
  if (time.unit === 'same_day') return 'trong ngày';
  if (time.value !== null && time.unit !== 'other') return `${time.value} ${timeUnitLabel[time.unit]}`;
  return time.text;
}

export function describeFee(fee: Fee): string {
  switch (fee.kind) {
    case 'free':
      return 'Miễn phí';
    case 'amount':
      // A unit kept from the source ("/trang", "/bản") belongs to the amount: 2.000 đồng per page, not in all.
      return fee.amountVnd !== null ? `${fee.label ? `${fee.label}: ` : ''}${formatVnd(fee.amountVnd)}${/^\/\S{1,20}$/u.test(fee.text.trim()) ? fee.text.trim() : ''}` : fee.text;
    case 'by_province_council':
      return 'Theo mức do Hội đồng nhân dân tỉnh quy định';
    case 'by_regulation':
      return `Theo quy định: ${fee.text}`;
    case 'not_set':
      return 'Chưa quy định mức phí';
    case 'unknown':
      return fee.text || 'không ghi';
  }
}

export function formatProcedure(procedure: Procedure): string {
  const lines: string[] = [];
  const push = (...added: string[]) => lines.push(...(added.length ? added : [""]));
  push(`${procedure.title}`);
  push(`Mã thủ tục: ${procedure.code}   Lĩnh vực: ${procedure.field || '—'}   Cấp: ${procedure.levels.map((level) => levelName[level]).join(', ') || '—'}`);
  if (procedure.decisionNumber) push(`Quyết định công bố: ${procedure.decisionNumber}`);
  if (procedure.agencies.implementing.length) push(`Cơ quan thực hiện: ${procedure.agencies.implementing.join('; ')}`);
  if (procedure.agencies.receivingAddress) push(`Nơi tiếp nhận: ${procedure.agencies.receivingAddress}`);
  if (procedure.applicants.length) push(`Đối tượng: ${procedure.applicants.join(', ')}`);
  push();
  push('Cách thức thực hiện:');
  for (const channel of procedure.channels) {
    push(`  - ${channelName[channel.channel]}: ${describeTime(channel.processingTime)}; ${channel.fees.map(describeFee).join('; ') || 'phí: không ghi'}`);
  }
  push();
  push(`Thành phần hồ sơ (${procedure.documents.length}):`);
  let lastCase: string | null = null;
  for (const document of procedure.documents) {
    if (document.caseName && document.caseName !== lastCase) push(`  ${document.caseName}`);
    lastCase = document.caseName;
    const counts = [document.originals ? `${document.originals} bản chính` : '', document.copies ? `${document.copies} bản sao` : ''].filter(Boolean).join(', ');
    push(`  - ${document.name}${counts ? ` (${counts})` : ''}${document.form ? ` [mẫu: ${document.form}]` : ''}`);
  }
  if (procedure.steps.length) {
    push();
    push('Trình tự thực hiện:');
    procedure.steps.forEach((step, index) => push(`  ${step.title || `Bước ${index + 1}`}: ${step.text}`));
  }
  if (procedure.requirements) push('', `Yêu cầu, điều kiện: ${procedure.requirements}`);
  if (procedure.results.length) push('', `Kết quả: ${procedure.results.join('; ')}`);
  if (procedure.legalBasis.length) {
    push('', 'Căn cứ pháp lý:');
    for (const basis of procedure.legalBasis) push(`  - ${basis.number ? `${basis.number}: ` : ''}${basis.title}`);
  }
  push('', `Nguồn: ${procedure.sources.map((source) => source.format).join(', ')}${procedure.url ? `   ${procedure.url}` : ''}`);
  if (procedure.qualityFlags.length) push(`Cờ chất lượng: ${procedure.qualityFlags.join(', ')}`);
  return lines.join('\n');
}
