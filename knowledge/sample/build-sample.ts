// Builds the bundled sample catalogue (knowledge/sample/catalogue.json) from the official records in
// ../shared: the commune procedures citizens use most, condensed (first sentence of each document, no page text),
// with steps in the project's own plain words (plain-steps.ts). Run by a developer: `npx tsx knowledge/sample/build-sample.ts`.
import { writeFileSync } from 'node:fs';
import type { Procedure } from '../../contracts/procedure';
import { readSources } from '../importers/index';
import { foldForParsing as fold } from '../importers/parse-values';
import { plainSteps } from './plain-steps';

/** Title patterns of everyday commune procedures (folded); the first commune-level match of each is taken. */
const wanted = [
  '^thu tuc dang ky khai sinh$', '^thu tuc dang ky ket hon$', '^thu tuc dang ky khai tu$', '^thu tuc cap giay xac nhan tinh trang hon nhan$',
  '^thu tuc dang ky lai khai sinh$', '^thu tuc dang ky nhan cha, me, con$', '^thu tuc thay doi, cai chinh, bo sung thong tin ho tich',
  '^thu tuc dang ky giam ho$', '^thu tuc dang ky lai ket hon$', '^thu tuc cap ban sao trich luc ho tich$', '^dang ky viec nuoi con nuoi trong nuoc',
  '^thu tuc chung thuc ban sao tu ban chinh', '^thu tuc chung thuc chu ky trong cac giay to', '^thu tuc chung thuc hop dong, giao dich lien quan den tai san la dong san',
  '^thu tuc chung thuc van ban thoa thuan phan chia di san', '^thu tuc chung thuc hop dong, giao dich lien quan den tai san la (dat|nha)',
  '^dang ky thuong tru$', '^dang ky tam tru$', '^xoa dang ky thuong tru$', '^xoa dang ky tam tru$', '^gia han tam tru$', '^khai bao tam vang$', '^thong bao luu tru$',
  '^cap the can cuoc cho nguoi tu du 14 tuoi', '^cap doi the can cuoc', '^cap lai the can cuoc', '^cap the can cuoc cho nguoi duoi 14 tuoi',
  '^dang ky ho kinh doanh$', '^dang ky thay doi noi dung dang ky ho kinh doanh', '^tam ngung kinh doanh', '^cham dut hoat dong ho kinh doanh',
  '^cap giay phep xay dung .*nha o rieng le', '^hoa giai tranh chap dat dai', '^dang ky dat dai, tai san gan lien voi dat lan dau',
  '^dang ky bien dong dat dai', '^dang ky nghia vu quan su lan dau', '^dang ky nghia vu quan su bo sung', '^cong nhan ho ngheo, ho can ngheo',
  '^thu tuc tro giup xa hoi thuong xuyen', '^thu tuc huong che do tu tuat', '^dang ky cai nghien ma tuy tu nguyen', '^cap giay phep chat',
  '^giai quyet huong tro cap mot lan', '^ho tro chi phi mai tang', '^dang ky xe', '^cap lai giay chung nhan dang ky ho kinh doanh',
  '^thu tuc cap ban sao tu so goc', '^dang ky giam sat viec giam ho',
];

/** Everyday procedures whose titles vary too much for a pattern. */
const wantedCodes = ['2.000635', '2.000815', '2.000884', '2.001035', '2.001406', '2.001019', '1.001612', '1.013133', '2.000821', '1.001570', '2.000720'];

const firstSentence = (text: string, limit: number): string => {
  const cleaned = text.replace(/^[-+*•\s]+/u, '').replace(/\s+/gu, ' ').trim();
  const sentence = /^.{20,}?[.;:](?=\s|$)/u.exec(cleaned)?.[0] ?? cleaned;
  return sentence.length > limit ? `${sentence.slice(0, limit).replace(/\s+\S*$/u, '')}…` : sentence;
};

function condense(procedure: Procedure): Procedure {
  return {
    ...procedure,
    steps: plainSteps(procedure),
    documents: procedure.documents
      .filter((document) => !/^(lưu ý|trường hợp|\*)/iu.test(document.name))
      .slice(0, 12)
      .map((document) => ({ ...document, name: firstSentence(document.name, 220) })),
    requirements: procedure.requirements ? firstSentence(procedure.requirements, 400) : '',
    legalBasis: procedure.legalBasis.slice(0, 6).map((basis) => ({ ...basis, title: firstSentence(basis.title, 160) })),
    channels: procedure.channels.map((channel) => ({ ...channel, note: channel.note ? firstSentence(channel.note, 200) : '', fees: channel.fees.map((fee) => ({ ...fee, text: firstSentence(fee.text, 200) })) })),
    sources: [{ format: 'project-json', file: 'knowledge/sample/catalogue.json', url: procedure.url, importedAt: '2026-11-22T00:00:00.000Z', updatedAt: procedure.sources[0]?.updatedAt ?? null }],
    fieldSources: {},
    qualityFlags: [],
  };
}

const batch = await readSources(['../shared/data/procedures/portal-api', '../shared/data/procedures/portal-doc']);
const commune = batch.procedures.filter((procedure) => procedure.levels.includes('commune'));
const chosen = new Map<string, Procedure>();
for (const pattern of wanted) {
  const regex = new RegExp(pattern, 'u');
  const match = commune.find((procedure) => regex.test(fold(procedure.title).replace(/\s+/gu, ' ').trim()) && !chosen.has(procedure.code));
  if (match) chosen.set(match.code, condense(match));
  else process.stderr.write(`no match: ${pattern}\n`);
}
for (const code of wantedCodes) {
  const match = commune.find((procedure) => procedure.code === code);
  if (match) chosen.set(code, condense(match));
}
const procedures = [...chosen.values()].sort((a, b) => a.code.localeCompare(b.code));
writeFileSync(new URL('catalogue.json', import.meta.url), `${JSON.stringify({ procedures }, null, 1)}\n`);
process.stderr.write(`${procedures.length} procedures written\n`);
