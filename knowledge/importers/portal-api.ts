import { procedureCodePattern } from '../../contracts/procedure';
// The portal's structured API records (JSONL, one {code, name, detail} a line): the primary source.
import { z } from 'zod';
import type { Channel, ChannelKind, Fee, ImplementationLevel, Procedure, ProcessingTime, TimeUnit } from '../../contracts/procedure';
import { fold } from '../text/fold';
import { normalizeText } from '../text/normalize';
import { parseFee, parseProcessingTime, timeUnitFromApi, timeUnitLabel } from './parse-values';
import { cleanText, portalUrl, splitAgencies, uniqueNonEmpty } from './text-cleanup';

const named = z.object({ name: z.string().nullish(), code: z.string().nullish() }).passthrough();
const apiFee = z.object({ type: z.string().nullish(), value: z.number().nullish(), description: z.string().nullish(), currencyName: z.string().nullish() }).passthrough();
const apiMethod = z
  .object({
    submissionMethod: z.string().nullish(),
    // Usually a number; some records write the time in words here ('Không quá 03 ngày làm việc').
    processingTime: z.union([z.number(), z.string()]).nullish(),
    processingTimeUnit: z.string().nullish(),
    description: z.string().nullish(),
    fees: z.array(apiFee).nullish(),
  })
  .passthrough();
const apiComponent = z
  .object({
    name: z.string().nullish(),
    originalQty: z.number().nullish(),
    copyQty: z.number().nullish(),
    required: z.boolean().nullish(),
    attachments: z.array(z.object({ fileName: z.string().nullish() }).passthrough()).nullish(),
  })
  .passthrough();

/** The file format: only what the mapping reads is checked; everything else passes through. */
export const portalApiLineSchema = z
  .object({
    code: z.string().nullish(),
    name: z.string().nullish(),
    detail: z
      .object({
        code: z.string().nullish(),
        name: z.string().nullish(),
        decisionNo: z.string().nullish(),
        isWard: z.boolean().nullish(),
        isProvince: z.boolean().nullish(),
        isMinistry: z.boolean().nullish(),
        isOtherAgency: z.boolean().nullish(),
        isUndetermined: z.boolean().nullish(),
        executionSteps: z.array(z.object({ name: z.string().nullish(), description: z.string().nullish() })).nullish(),
        executionMethods: z.array(apiMethod).nullish(),
        executionCases: z.array(z.object({ name: z.string().nullish(), profileComponents: z.array(apiComponent).nullish() })).nullish(),
        cases: z.array(z.object({ processingDay: z.object({ qty: z.number().nullish(), type: z.string().nullish() }).nullish() }).passthrough()).nullish(),
        categoriesDetails: z.array(named).nullish(),
        legalBasisesDetails: z.array(named).nullish(),
        resultsDetails: z.array(named).nullish(),
        subjectTypesDetails: z.array(named).nullish(),
        departmentsExecuting: z.array(named).nullish(),
        departmentsAuthority: z.array(named).nullish(),
        departmentsAuthorized: z.array(named).nullish(),
        departmentsCoordinating: z.array(named).nullish(),
        executingAgencies: z.string().nullish(),
        dossierReceivingAddresses: z.string().nullish(),
        departmentPromulgateName: z.string().nullish(),
        requirementsAndConditions: z.string().nullish(),
        procedureProposal: z.object({ proposalNumber: z.string().nullish() }).passthrough().nullish(),
        updatedAt: z.number().nullish(),
      })
      .passthrough()
      .nullish(),
  })
  .passthrough();
export type PortalApiLine = z.infer<typeof portalApiLineSchema>;

const channelBySubmission: Record<string, ChannelKind> = { DIRECT: 'direct', ONLINE: 'online', POSTAL: 'postal' };

export function looksLikePortalApi(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'detail' in value && ('code' in value || 'name' in value);
}

export function mapPortalApi(line: PortalApiLine, file: string, importedAt: string): Procedure | null {
  const detail = line.detail;
  const code = (detail?.code ?? line.code ?? '').trim();
  const title = normalizeText((detail?.name ?? line.name ?? '').replace(/\s+/gu, ' '));
  if (!procedureCodePattern.test(code) || !title) return null;
  const d = detail ?? {};
  const levels: ImplementationLevel[] = [];
  if (d.isWard) levels.push('commune');
  if (d.isProvince) levels.push('province');
  if (d.isMinistry) levels.push('ministry');
  if (levels.length === 0 && (d.isOtherAgency || d.isUndetermined)) levels.push('other');
  const caseTime = d.cases?.find((item) => item.processingDay?.qty != null)?.processingDay;

  const channels: Channel[] = (d.executionMethods ?? []).flatMap((method) => {
    const channel = channelBySubmission[method.submissionMethod ?? ''];
    if (!channel) return [];
    const note = cleanText(method.description ?? '');
    return [
      {
        channel,
        processingTime: apiProcessingTime(method.processingTime, method.processingTimeUnit, note, caseTime ?? null),
        fees: (method.fees ?? []).map((fee) => apiFeeOf(fee)),
        note,
      },
    ];
  });

  const documents = (d.executionCases ?? []).flatMap((executionCase) => {
    const caseName = cleanText(executionCase.name ?? '') || null;
    return (executionCase.profileComponents ?? []).flatMap((component) => {
      const name = cleanText(component.name ?? '').replace(/^[-+*•]\s*/u, '');
      if (!name) return [];
      const form = component.attachments?.map((attachment) => attachment.fileName ?? '').find((fileName) => fileName) ?? null;
      return [
        {
          name,
          form,
          originals: component.originalQty ?? null,
          copies: component.copyQty ?? null,
          caseName,
          required: component.required ?? null,
        },
      ];
    });
  });

  const updatedAt = d.updatedAt ? new Date(d.updatedAt).toISOString() : null;
  return {
    code,
    title,
    levels,
    field: normalizeText(d.categoriesDetails?.[0]?.name ?? ''),
    issuingBody: normalizeText(d.departmentPromulgateName ?? ''),
    decisionNumber: normalizeText(d.decisionNo || d.procedureProposal?.proposalNumber || ''),
    agencies: {
      implementing: uniqueNonEmpty([...(d.departmentsExecuting ?? []).map((item) => item.name ?? ''), ...splitAgencies(d.executingAgencies ?? '')]),
      competent: uniqueNonEmpty((d.departmentsAuthority ?? []).map((item) => item.name ?? '')),
      coordinating: uniqueNonEmpty((d.departmentsCoordinating ?? []).map((item) => item.name ?? '')),
      authorized: uniqueNonEmpty((d.departmentsAuthorized ?? []).map((item) => item.name ?? '')),
      receivingAddress: cleanText(d.dossierReceivingAddresses ?? ''),
    },
    applicants: uniqueNonEmpty((d.subjectTypesDetails ?? []).map((item) => item.name ?? '')),
    channels,
    steps: (d.executionSteps ?? [])
      .map((step) => ({ title: cleanText(step.name ?? ''), text: cleanText(step.description ?? '') }))
      .filter((step) => step.text || step.title),
    documents,
    results: uniqueNonEmpty((d.resultsDetails ?? []).map((item) => item.name ?? '')),
    legalBasis: (d.legalBasisesDetails ?? [])
      .map((item) => ({ number: item.code ? normalizeText(item.code) : null, title: cleanText(item.name ?? ''), issuedOn: null, effectiveOn: null }))
      .filter((item) => item.title || item.number),
    requirements: cleanText(d.requirementsAndConditions ?? ''),
    url: portalUrl(code),
    sources: [{ format: 'portal-api', file, url: portalUrl(code), importedAt, updatedAt }],
    fieldSources: {},
    qualityFlags: [],
  };
}

/** A fee in another currency ("10 USD/bản" at an embassy) is never a VND amount; a description that is only a unit
 * ("/trang") is kept with the amount so "2.000 đồng/trang" is not read as 2.000 đồng. */
function apiFeeOf(fee: z.infer<typeof apiFee>): Fee {
  const label = fee.type === 'FEE' ? 'Lệ phí' : 'Phí';
  const description = fee.description ?? '';
  const currency = (fee.currencyName ?? '').trim();
  if (currency && !/việt nam đồng|vnd|vnđ|đồng/iu.test(currency) && fee.value != null && fee.value > 0) {
    return { kind: 'amount', amountVnd: null, label, text: `${fee.value} ${currency}${description.startsWith('/') ? description : description ? ` ${description}` : ''}` };
  }
  return parseFee(description, fee.value ?? null, label);
}

/** A description that talks money and no time ("2.000 đồng/trang ...") is a misplaced fee, not a processing time. */
function mentionsOnlyMoney(text: string): boolean {
  const folded = fold(text);
  return /\b(dong|usd)\b/u.test(folded) && !/\b(ngay|gio|thang|tuan|phut)\b/u.test(folded);
}

function apiProcessingTime(
  rawValue: number | string | null | undefined,
  unit: string | null | undefined,
  description: string,
  caseTime: { qty?: number | null; type?: string | null } | null,
): ProcessingTime | null {
  if (typeof rawValue === 'string' && rawValue.trim() && !/^\d+([.,]\d+)?$/u.test(rawValue.trim())) {
    const fromWords = parseProcessingTime(rawValue);
    if (fromWords && (fromWords.value !== null || fromWords.unit === 'same_day')) return fromWords;
  }
  const value = rawValue == null || rawValue === '' ? null : Number(rawValue);
  const known = timeUnitFromApi(unit);
  if (known && value != null && value > 0) return { value, unit: known, text: `${value} ${labelFor(known)}` };
  // 'OTHER' (or a zero value): the real wording lives in the description, else in the case's processing day.
  const fromText = description && !mentionsOnlyMoney(description) ? parseProcessingTime(description) : null;
  if (fromText && (fromText.value !== null || fromText.unit === 'same_day')) return fromText;
  const caseUnit = timeUnitFromApi(caseTime?.type);
  if (caseUnit && caseTime?.qty != null && caseTime.qty > 0) return { value: caseTime.qty, unit: caseUnit, text: `${caseTime.qty} ${labelFor(caseUnit)}` };
  if (fromText) return fromText;
  if (value != null && value > 0) return { value, unit: 'other', text: String(value) };
  return null;
}

const labelFor = (unit: TimeUnit): string => timeUnitLabel[unit];
