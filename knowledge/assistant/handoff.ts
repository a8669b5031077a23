// Which queue service (counter) handles a procedure's field. Data, easy to change per site.
const serviceByField: [RegExp, string][] = [
  [/hộ tịch|chứng thực|nuôi con nuôi|quốc tịch/iu, 'A'],
  [/đất đai|xây dựng|nhà ở|môi trường|quy hoạch/iu, 'B'],
  [/cư trú|căn cước|xuất nhập cảnh|phương tiện/iu, 'C'],
];

export function serviceForField(field: string): string {
  return serviceByField.find(([pattern]) => pattern.test(field))?.[1] ?? 'D';
}
