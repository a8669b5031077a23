// The steps of the bundled sample, written in the project's own plain words per kind of procedure (the official
// step texts are long legal paragraphs); the record's own time limit and agency are filled in.
import type { Procedure } from '../../contracts/procedure';

type Step = Procedure['steps'][number];

const civilStatus = new Set(['1.000656', '1.000894', '1.001022', '1.001193', '1.004746', '1.004837', '1.004859', '1.004873', '1.004884', '2.000635', '3.000323']);
const certification = new Set(['2.000815', '2.000884', '2.001019', '2.001035', '2.001406']);
const residence = new Set(['1.002755', '1.003197', '1.003677', '1.004194', '1.004222', '1.010028']);
const identityCard = new Set(['1.014061', '1.014062', '1.014063', '1.014064']);
const householdBusiness = new Set(['1.001266', '1.001570', '1.001612', '2.000575', '2.000720']);
const landRegistration = new Set(['1.115535', '1.115748']);

const civilStatusNotes: Record<string, string> = {
  '1.001193': 'Cha, mẹ có trách nhiệm đăng ký khai sinh cho con trong 60 ngày kể từ ngày sinh; ông, bà hoặc người thân thích khác cũng có thể đi đăng ký.',
  '1.000656': 'Người thân thích có trách nhiệm đăng ký khai tử trong 15 ngày kể từ ngày người thân mất.',
  '1.000894': 'Khi nhận Giấy chứng nhận kết hôn, cả hai bên nam, nữ phải có mặt và cùng ký vào sổ hộ tịch.',
};

const steps = (...texts: string[]): Step[] => texts.map((text) => ({ title: '', text }));

/** A short time limit from the record; long or odd official texts are left to the appointment slip. */
function timeLimit(procedure: Procedure): string {
  const text = procedure.channels.find((channel) => channel.processingTime?.text)?.processingTime?.text.trim() ?? '';
  return text.length > 0 && text.length <= 40 && /\d/u.test(text) ? text : 'theo giấy hẹn';
}

export function plainSteps(procedure: Procedure): Step[] {
  const { code } = procedure;
  const time = timeLimit(procedure);
  const where = procedure.agencies.implementing[0] ?? procedure.agencies.competent[0] ?? 'Ủy ban nhân dân cấp xã';
  if (civilStatus.has(code)) {
    const note = civilStatusNotes[code];
    return steps(
      'Chuẩn bị tờ khai theo mẫu và các giấy tờ trong thành phần hồ sơ; mang theo giấy tờ tùy thân như thẻ căn cước hoặc hộ chiếu.',
      'Nộp hồ sơ trực tiếp tại bộ phận một cửa của Ủy ban nhân dân cấp xã, gửi qua bưu chính hoặc nộp trực tuyến trên Cổng Dịch vụ công.',
      'Công chức tư pháp - hộ tịch kiểm tra hồ sơ; nếu còn thiếu sẽ hướng dẫn bổ sung một lần.',
      `Nhận kết quả theo giấy hẹn (thời hạn giải quyết: ${time}); đọc kỹ thông tin trước khi ký vào sổ hộ tịch.`,
      ...(note ? [note] : []),
    );
  }
  if (certification.has(code)) {
    return steps(
      'Mang bản chính giấy tờ hoặc văn bản cần chứng thực cùng giấy tờ tùy thân đến bộ phận một cửa của Ủy ban nhân dân cấp xã.',
      'Người tiếp nhận kiểm tra giấy tờ; với chữ ký, hợp đồng, di chúc hay văn bản thỏa thuận, người yêu cầu phải ký trước mặt người thực hiện chứng thực.',
      `Nộp lệ phí và nhận kết quả (${time}).`,
    );
  }
  if (code === '2.000908') {
    return steps(
      'Nộp yêu cầu (trực tiếp hoặc qua bưu chính) tại cơ quan, tổ chức đang giữ sổ gốc; xuất trình giấy tờ tùy thân.',
      'Cơ quan giữ sổ gốc đối chiếu với sổ gốc để cấp bản sao; nếu không còn sổ gốc thì trả lời rõ lý do.',
      `Nhận bản sao và nộp phí (thời hạn: ${time}).`,
    );
  }
  if (code === '2.001159') {
    return steps(
      'Người thông báo lưu trú báo cho Công an cấp xã: trực tiếp, qua điện thoại, tin nhắn, ứng dụng VNeID hoặc Cổng Dịch vụ công.',
      'Nêu họ tên, số định danh cá nhân của người đến lưu trú, lý do và thời gian lưu trú.',
      'Công an cấp xã ghi nhận thông tin lưu trú vào cơ sở dữ liệu.',
    );
  }
  if (residence.has(code)) {
    return steps(
      'Chuẩn bị hồ sơ (thường là Tờ khai thay đổi thông tin cư trú và giấy tờ chứng minh theo từng trường hợp).',
      'Nộp hồ sơ tại Công an cấp xã nơi cư trú hoặc nộp trực tuyến qua Cổng Dịch vụ công, ứng dụng VNeID.',
      `Công an cấp xã kiểm tra, cập nhật Cơ sở dữ liệu về cư trú và báo kết quả (thời hạn: ${time}).`,
    );
  }
  if (identityCard.has(code)) {
    return steps(
      'Đến Công an cấp xã hoặc nơi làm thủ tục căn cước (không phụ thuộc nơi cư trú); người dưới 14 tuổi đi cùng cha, mẹ hoặc người giám hộ.',
      'Cán bộ tra cứu thông tin trong Cơ sở dữ liệu quốc gia về dân cư, thu nhận ảnh khuôn mặt, vân tay và mống mắt khi cần.',
      'Nộp lệ phí nếu thuộc trường hợp phải nộp và nhận giấy hẹn.',
      `Nhận thẻ tại nơi làm thủ tục hoặc qua bưu chính (thời hạn: ${time}).`,
    );
  }
  if (householdBusiness.has(code)) {
    return steps(
      'Chuẩn bị hồ sơ theo thành phần hồ sơ; chủ hộ kinh doanh có thể ủy quyền cho người khác đi nộp.',
      'Nộp hồ sơ tại cơ quan đăng ký kinh doanh cấp xã: trực tiếp, qua bưu chính hoặc trực tuyến.',
      `Cơ quan đăng ký kinh doanh kiểm tra hồ sơ và trả kết quả trong ${time}; nếu hồ sơ chưa hợp lệ sẽ thông báo bằng văn bản nêu rõ cần sửa gì.`,
    );
  }
  if (code === '1.013133') {
    return steps(
      'Theo thông báo của Ban Chỉ huy quân sự cấp xã, công dân đến đăng ký trực tiếp tại nơi cư trú (hoặc nơi làm việc, học tập), mang theo giấy tờ tùy thân.',
      'Kê khai Phiếu tự khai sức khỏe và thông tin cá nhân theo hướng dẫn của cán bộ tiếp nhận.',
      `Nhận Giấy chứng nhận đăng ký nghĩa vụ quân sự (thời hạn: ${time}).`,
    );
  }
  if (code === '1.012812') {
    return steps(
      'Nộp đơn yêu cầu hòa giải tranh chấp đất đai tại Ủy ban nhân dân cấp xã nơi có đất.',
      'Ủy ban nhân dân cấp xã thẩm tra, xác minh nguồn gốc và quá trình sử dụng đất, thu thập giấy tờ liên quan.',
      'Tổ chức cuộc họp hòa giải có các bên tranh chấp; kết quả được ghi thành biên bản.',
      `Thời hạn hòa giải: ${time}.`,
    );
  }
  if (landRegistration.has(code)) {
    return steps(
      'Nộp hồ sơ tại bộ phận một cửa (Trung tâm Phục vụ hành chính công) hoặc trên Cổng Dịch vụ công.',
      'Cơ quan đăng ký đất đai kiểm tra hồ sơ, xác minh thực địa hoặc đo đạc khi cần.',
      'Người sử dụng đất nộp các khoản nghĩa vụ tài chính theo thông báo (nếu có).',
      `Nhận Giấy chứng nhận hoặc kết quả đăng ký (thời hạn: ${time}).`,
    );
  }
  return steps(
    'Chuẩn bị hồ sơ theo thành phần hồ sơ của thủ tục.',
    `Nộp hồ sơ tại ${where} (trực tiếp, qua bưu chính hoặc trực tuyến nếu thủ tục cho phép).`,
    `Cơ quan có thẩm quyền kiểm tra, giải quyết và trả kết quả (thời hạn: ${time}); hồ sơ chưa đủ sẽ được hướng dẫn bổ sung.`,
  );
}
