// The citizen's page of one procedure: every structured field, readable, printable.
import type { Procedure } from '../../contracts/procedure';
import { describeFee, describeTime } from '../../knowledge/catalogue/format-procedure';
import { escapeHtml, page } from './html';

const channelName = { direct: 'Trực tiếp', online: 'Trực tuyến', postal: 'Bưu chính' } as const;
const levelName = { commune: 'Cấp xã', province: 'Cấp tỉnh', ministry: 'Cấp bộ', other: 'Cơ quan khác' } as const;

export function procedureSection(procedure: Procedure): string {
  const e = escapeHtml;
  const documents = procedure.documents
    .map((document) => {
      const counts = [document.originals ? `${document.originals} bản chính` : '', document.copies ? `${document.copies} bản sao` : ''].filter(Boolean).join(', ');
      return `<li>${e(document.name)}${counts ? ` <strong>(${e(counts)})</strong>` : ''}${document.form ? ` — mẫu: ${e(document.form)}` : ''}${document.caseName ? ` <em>[${e(document.caseName)}]</em>` : ''}</li>`;
    })
    .join('');
  const channels = procedure.channels
    .map((channel) => `<tr><td>${channelName[channel.channel]}</td><td>${e(describeTime(channel.processingTime))}</td><td>${e(channel.fees.map(describeFee).join('; ') || '—')}</td><td>${e(channel.note)}</td></tr>`)
    .join('');
  return `
<h1>${e(procedure.title)}</h1>
<p class="meta">Mã thủ tục: <strong id="procedure-code">${e(procedure.code)}</strong> · Lĩnh vực: ${e(procedure.field || '—')} · ${procedure.levels.map((level) => levelName[level]).join(', ')}</p>
<p class="no-print"><button type="button" data-copy-citation="${e(`${procedure.title} (mã thủ tục ${procedure.code})`)}">Sao chép trích dẫn</button> <button type="button" data-print>In danh mục giấy tờ</button></p>
<h2>Cách thức, thời hạn, phí</h2><table><thead><tr><th>Hình thức</th><th>Thời hạn</th><th>Phí, lệ phí</th><th>Ghi chú</th></tr></thead><tbody>${channels || '<tr><td colspan="4">Không ghi</td></tr>'}</tbody></table>
<h2>Hồ sơ cần chuẩn bị</h2><ul class="checklist">${documents || '<li>Hồ sơ gốc không ghi</li>'}</ul>
<h2>Nơi thực hiện</h2><p>${e(procedure.agencies.implementing.join('; ') || '—')}</p>${procedure.agencies.receivingAddress ? `<p>Nơi tiếp nhận: ${e(procedure.agencies.receivingAddress)}</p>` : ''}
<h2>Trình tự thực hiện</h2>${procedure.steps.map((step, index) => `<p><strong>${e(step.title || `Bước ${index + 1}`)}:</strong> ${e(step.text).replace(/\n/gu, '<br>')}</p>`).join('') || '<p>Không ghi</p>'}
${procedure.requirements ? `<h2>Yêu cầu, điều kiện</h2><p>${e(procedure.requirements).replace(/\n/gu, '<br>')}</p>` : ''}
<h2>Kết quả</h2><p>${e(procedure.results.join('; ') || '—')}</p>
<h2>Căn cứ pháp lý</h2><ul>${procedure.legalBasis.map((basis) => `<li>${basis.number ? `${e(basis.number)} — ` : ''}${e(basis.title)}</li>`).join('') || '<li>Không ghi</li>'}</ul>
<p class="meta">Nguồn: ${e(procedure.sources.map((source) => source.format).join(', '))}${procedure.url ? ` · <a href="${e(procedure.url)}" rel="noopener">Cổng Dịch vụ công quốc gia</a>` : ''}</p>
${procedure.qualityFlags.length ? `<p class="flags">Lưu ý dữ liệu: ${e(procedure.qualityFlags.join(', '))}</p>` : ''}`;
}

export const procedurePage = (procedure: Procedure) => page(`${procedure.title} – ${procedure.code}`, procedureSection(procedure), ['/assets/lookup.js']);
