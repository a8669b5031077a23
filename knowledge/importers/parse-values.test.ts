import { describe, expect, it } from 'vitest';
import { parseCopies, parseFee, parseProcessingTime, parseVndAmount } from './parse-values';
import { parseChannelTable, parseDocumentTable, parseLegalTable } from './flattened-tables';

describe('parseProcessingTime', () => {
  it.each([
    ['05 ngày làm việc', 5, 'working_day'],
    ['Không quá 03 ngày làm việc', 3, 'working_day'],
    ['15 Ngày', 15, 'day'],
    ['03 tháng', 3, 'month'],
    ['04 giờ làm việc', 4, 'hour'],
    ['1', 1, 'other'],
  ] as const)('%s', (text, value, unit) => {
    expect(parseProcessingTime(text)).toMatchObject({ value, unit, text });
  });
  it('reads "ngay trong ngày" as the same day', () => {
    expect(parseProcessingTime('Giải quyết ngay trong ngày làm việc')).toMatchObject({ value: null, unit: 'same_day' });
  });
  it('treats "Không có thông tin" as nothing stated', () => {
    expect(parseProcessingTime('Không có thông tin')).toBeNull();
  });
});

describe('parseFee', () => {
  it('reads amounts in VND', () => {
    expect(parseVndAmount('Lệ phí: 4.500.000 Đồng (bốn triệu năm trăm nghìn)')).toBe(4_500_000);
    expect(parseFee('50.000 đồng/lần')).toMatchObject({ kind: 'amount', amountVnd: 50_000 });
  });
  it('recognises free, province council, regulation and not set', () => {
    expect(parseFee('Miễn phí')).toMatchObject({ kind: 'free', amountVnd: 0 });
    expect(parseFee('Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh quyết định', 0)).toMatchObject({ kind: 'by_province_council' });
    expect(parseFee('Áp dụng mức thu theo Thông tư số 48/2022/TT-BTC', 0)).toMatchObject({ kind: 'by_regulation' });
    expect(parseFee('Chưa quy định.', 0)).toMatchObject({ kind: 'not_set' });
  });
  it('does not read foreign currency as VND', () => {
    expect(parseFee('150 USD', 150)).toMatchObject({ kind: 'amount', amountVnd: null });
  });
});

describe('flattened tables', () => {
  it('recovers channel rows run together', () => {
    const channels = parseChannelTable('Hình thức nộpThời gianPhí, lệ phíMô tảTrực tuyến7 Ngày làm việcMiễn phíDịch vụ bưu chính10 Ngày50.000 đồng(lệ phí cấp bản sao)Trực tiếp1Miễn phí');
    expect(channels.map((channel) => [channel.channel, channel.processingTime?.value, channel.processingTime?.unit, channel.fees[0]?.kind, channel.fees[0]?.amountVnd])).toEqual([
      ['online', 7, 'working_day', 'free', 0],
      ['postal', 10, 'day', 'amount', 50_000],
      ['direct', 1, 'other', 'free', 0],
    ]);
  });
  it('recovers documents with counts, forms and case headings', () => {
    const documents = parseDocumentTable(
      '* Giấy tờ phải nộp:Tên giấy tờMẫu đơn, tờ khaiSố lượngTờ khai đăng ký khai tử theo mẫuTo khai.docx1 bản chínhGiấy báo tử1 bản chính,1 bản sao* Giấy tờ phải xuất trình:Tên giấy tờMẫu đơn, tờ khaiSố lượngGiấy tờ tùy thân1 bản chính',
    );
    expect(documents).toEqual([
      { name: 'Tờ khai đăng ký khai tử theo mẫu', form: 'To khai.docx', originals: 1, copies: null, caseName: '* Giấy tờ phải nộp:', required: null },
      { name: 'Giấy báo tử', form: null, originals: 1, copies: 1, caseName: '* Giấy tờ phải nộp:', required: null },
      { name: 'Giấy tờ tùy thân', form: null, originals: 1, copies: null, caseName: '* Giấy tờ phải xuất trình:', required: null },
    ]);
  });
  it('recovers legal numbers glued to the next title', () => {
    const rows = parseLegalTable('Tên văn bản pháp lýMã văn bảnLuật Hộ tịch60/2014/QH13Nghị định 123/2015/NĐ-CP hướng dẫn123/2015/NĐ-CPLuật 49/2019/QH1449/2019/QH14');
    expect(rows.map((row) => row.number)).toEqual(['60/2014/QH13', '123/2015/NĐ-CP', '49/2019/QH14']);
    expect(rows[1]!.title).toBe('Nghị định 123/2015/NĐ-CP hướng dẫn');
  });
  it('reads copies', () => {
    expect(parseCopies('Bản chính: 1\nBản sao: 2')).toEqual({ originals: 1, copies: 2 });
  });
});
