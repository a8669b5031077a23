// Generates national-workbook.xlsx: the layout of the official national-database Excel export a commune
// publishes (sheets "TTHC2-CAPXA", "Cách thức thực hiện", "Trình tự thực hiện", "TPHS", "KQTH", "CCPL"), with a
// title block above each header row as real exports have. Facts are short, written for the test.
import ExcelJS from 'exceljs';

const workbook = new ExcelJS.Workbook();
const sheet = (name: string, header: string[], rows: (string | number)[][]) => {
  const worksheet = workbook.addWorksheet(name);
  worksheet.addRow(['DANH MỤC THỦ TỤC HÀNH CHÍNH CẤP XÃ']);
  worksheet.addRow([]);
  worksheet.addRow(header);
  for (const row of rows) worksheet.addRow(row);
};

sheet('TTHC2-CAPXA', ['STT', 'Mã TTHC', 'Tên thủ tục', 'Lĩnh vực', 'Cấp thực hiện', 'Cơ quan thực hiện', 'Đối tượng thực hiện', 'Số quyết định', 'Yêu cầu điều kiện'], [
  [1, '1.001193', 'Thủ tục đăng ký khai sinh', 'Hộ tịch', 'Cấp xã', 'Ủy ban nhân dân cấp xã', 'Công dân Việt Nam', '163/QĐ-BTP', ''],
  [2, '2.000815', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', 'Chứng thực', 'Cấp xã', 'Ủy ban nhân dân cấp xã', 'Công dân Việt Nam, Người nước ngoài', '1329/QĐ-BTP', 'Bản chính phải còn nguyên vẹn'],
  [3, 'abc', 'Dòng sai mã bị bỏ qua', '', '', '', '', '', ''],
]);
sheet('Cách thức thực hiện', ['Mã TTHC', 'Hình thức nộp', 'Thời hạn giải quyết', 'Phí, lệ phí', 'Mô tả'], [
  ['1.001193', 'Trực tiếp', 'Ngay trong ngày làm việc', 'Miễn lệ phí', ''],
  ['1.001193', 'Trực tuyến', 'Ngay trong ngày làm việc', 'Miễn lệ phí', 'Nộp qua Cổng Dịch vụ công quốc gia'],
  ['2.000815', 'Trực tiếp', 'Trong ngày', '2.000 đồng/trang', 'Từ trang thứ ba trở lên thu 1.000 đồng/trang'],
]);
sheet('Trình tự thực hiện', ['Mã TTHC', 'Tên bước', 'Mô tả bước'], [
  ['1.001193', 'Bước 1', 'Người yêu cầu nộp tờ khai và giấy chứng sinh tại bộ phận một cửa.'],
  ['1.001193', 'Bước 2', 'Công chức tư pháp - hộ tịch kiểm tra, ghi sổ và cấp Giấy khai sinh.'],
  ['2.000815', 'Bước 1', 'Người yêu cầu xuất trình bản chính và bản chụp cần chứng thực.'],
]);
sheet('TPHS', ['Mã TTHC', 'Tên giấy tờ', 'Mẫu đơn, tờ khai', 'Số lượng bản chính', 'Số lượng bản sao'], [
  ['1.001193', 'Tờ khai đăng ký khai sinh', 'Mẫu tờ khai đăng ký khai sinh.docx', 1, 0],
  ['1.001193', 'Giấy chứng sinh', '', 1, 0],
  ['2.000815', 'Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao', '', 1, 0],
  ['9.999999', 'Giấy tờ của thủ tục không có trong sheet chính', '', 1, 0],
]);
sheet('KQTH', ['Mã TTHC', 'Tên kết quả'], [
  ['1.001193', 'Giấy khai sinh'],
  ['2.000815', 'Bản sao được chứng thực từ bản chính'],
]);
sheet('CCPL', ['Mã TTHC', 'Số ký hiệu', 'Trích yếu', 'Ngày ban hành'], [
  ['1.001193', '60/2014/QH13', 'Luật Hộ tịch', '20/11/2014'],
  ['2.000815', '23/2015/NĐ-CP', 'Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính', '16/02/2015'],
]);
await workbook.xlsx.writeFile(new URL('national-workbook.xlsx', import.meta.url).pathname);
