// The API's own defects: fees in another currency, and a fee wording sitting where the processing time belongs.
import { describe, expect, it } from 'vitest';
import { mapPortalApi, type PortalApiLine } from './portal-api';

const line = (executionMethods: unknown[]) =>
  ({ code: '2.000815', name: 'Chứng thực bản sao', detail: { code: '2.000815', name: 'Chứng thực bản sao từ bản chính', isWard: true, executionMethods, cases: [{ processingDay: { qty: 1, type: 'WORKING_DAY' } }] } }) as unknown as PortalApiLine;

describe('portal API records', () => {
  it('keeps a fee in USD as written, never as a VND amount, and the unit of a VND amount', () => {
    const procedure = mapPortalApi(
      line([
        { submissionMethod: 'DIRECT', processingTime: 0, processingTimeUnit: 'OTHER', description: 'Tại Ủy ban nhân dân cấp xã: 2.000 đồng/trang', fees: [{ type: 'FEE', value: 2000, description: '/trang', currencyName: 'Việt Nam Đồng' }] },
        { submissionMethod: 'DIRECT', processingTime: 0, processingTimeUnit: 'OTHER', description: 'Tại cơ quan đại diện: 10 USD/bản.', fees: [{ type: 'FEE', value: 10, description: '/bản', currencyName: 'USD' }] },
      ]),
      'procedures.jsonl',
      '2026-11-23T00:00:00.000Z',
    )!;
    expect(procedure.channels[0]!.fees[0]).toMatchObject({ kind: 'amount', amountVnd: 2000, text: '/trang' });
    expect(procedure.channels[1]!.fees[0]).toMatchObject({ kind: 'amount', amountVnd: null, text: '10 USD/bản' });
  });

  it('does not read a fee wording in the description as a processing time', () => {
    const procedure = mapPortalApi(
      line([{ submissionMethod: 'DIRECT', processingTime: 0, processingTimeUnit: 'OTHER', description: 'Tại Ủy ban nhân dân cấp xã: 2.000 đồng/trang; từ trang thứ 3 trở lên thu 1.000 đồng/trang', fees: [] }]),
      'procedures.jsonl',
      '2026-11-23T00:00:00.000Z',
    )!;
    expect(procedure.channels[0]!.processingTime).toMatchObject({ value: 1, unit: 'working_day' });
  });
});

describe('portal API amounts without a currency', () => {
  it('never turns a small number without a currency into a fee in đồng', () => {
    const procedure = mapPortalApi(
      line([
        { submissionMethod: 'DIRECT', processingTime: 5, processingTimeUnit: 'WORKING_DAY', fees: [{ type: 'FEE', value: 200, description: '' }] },
        { submissionMethod: 'ONLINE', processingTime: 5, processingTimeUnit: 'WORKING_DAY', fees: [{ type: 'FEE', value: 1, description: 'Đăng ký qua mạng được miễn lệ phí', currencyName: 'Việt Nam Đồng' }] },
      ]),
      'procedures.jsonl',
      '2026-11-23T00:00:00.000Z',
    )!;
    expect(procedure.channels[0]!.fees[0]).toMatchObject({ kind: 'unknown', amountVnd: null, text: '200 (hồ sơ gốc không ghi đơn vị tiền)' });
    expect(procedure.channels[1]!.fees[0]).toMatchObject({ kind: 'free', amountVnd: 0 });
  });
});
