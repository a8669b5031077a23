// The one structured record of an administrative procedure (thủ tục hành chính), shared by the importers,
// the retrieval engine, the assistant, the server and browser code. Everything a citizen or an officer needs is a
// field of its own; original wording is kept beside every parsed value so nothing is lost by parsing.
import { z } from 'zod';

export const implementationLevelSchema = z.enum(['commune', 'province', 'ministry', 'other']);
export type ImplementationLevel = z.infer<typeof implementationLevelSchema>;

export const channelKindSchema = z.enum(['direct', 'online', 'postal']);
export type ChannelKind = z.infer<typeof channelKindSchema>;

export const timeUnitSchema = z.enum(['day', 'working_day', 'hour', 'month', 'year', 'same_day', 'other']);
export type TimeUnit = z.infer<typeof timeUnitSchema>;

export const processingTimeSchema = z.object({
  /** Numeric value when the record states one; null when only wording exists (e.g. "ngay trong ngày" has unit same_day). */
  value: z.number().nonnegative().nullable(),
  unit: timeUnitSchema,
  /** Original wording, always kept. */
  text: z.string(),
});
export type ProcessingTime = z.infer<typeof processingTimeSchema>;

export const feeSchema = z.object({
  /** by_regulation: the record cites the regulation that sets the amount; not_set: the record says no fee is set. */
  kind: z.enum(['amount', 'free', 'by_province_council', 'by_regulation', 'not_set', 'unknown']),
  /** Amount in VND when the record states one. */
  amountVnd: z.number().nonnegative().nullable(),
  /** e.g. "Lệ phí", "Phí". */
  label: z.string().default(''),
  text: z.string(),
});
export type Fee = z.infer<typeof feeSchema>;

export const channelSchema = z.object({
  channel: channelKindSchema,
  processingTime: processingTimeSchema.nullable(),
  fees: z.array(feeSchema),
  note: z.string().default(''),
});
export type Channel = z.infer<typeof channelSchema>;

export const stepSchema = z.object({ title: z.string().default(''), text: z.string() });
export type Step = z.infer<typeof stepSchema>;

export const requiredDocumentSchema = z.object({
  name: z.string(),
  /** Name of the form / template (mẫu đơn, tờ khai) when one applies. */
  form: z.string().nullable().default(null),
  originals: z.number().int().nonnegative().nullable().default(null),
  copies: z.number().int().nonnegative().nullable().default(null),
  /** The case (trường hợp) this document applies to, if the record groups documents by case. */
  caseName: z.string().nullable().default(null),
  required: z.boolean().nullable().default(null),
});
export type RequiredDocument = z.infer<typeof requiredDocumentSchema>;

export const legalBasisSchema = z.object({
  number: z.string().nullable(),
  title: z.string(),
  issuedOn: z.string().nullable().default(null),
  effectiveOn: z.string().nullable().default(null),
});
export type LegalBasis = z.infer<typeof legalBasisSchema>;

export const agenciesSchema = z.object({
  implementing: z.array(z.string()).default([]),
  competent: z.array(z.string()).default([]),
  coordinating: z.array(z.string()).default([]),
  authorized: z.array(z.string()).default([]),
  receivingAddress: z.string().default(''),
});
export type Agencies = z.infer<typeof agenciesSchema>;

export const sourceFormatSchema = z.enum(['portal-api', 'portal-crawl', 'portal-doc', 'portal-list', 'national-workbook', 'project-json']);
export type SourceFormat = z.infer<typeof sourceFormatSchema>;

export const sourceSchema = z.object({
  format: sourceFormatSchema,
  file: z.string(),
  url: z.string().nullable().default(null),
  importedAt: z.string(),
  /** When the source says the record was last updated (ISO), used to prefer the most recent field. */
  updatedAt: z.string().nullable().default(null),
});
export type Source = z.infer<typeof sourceSchema>;

export const qualityFlagSchema = z.enum([
  'suspicious_title',
  'duplicate_title',
  'province_specific',
  'missing_documents',
  'missing_processing_time',
  'missing_steps',
  'metadata_only',
  'truncated_text',
  'nonstandard_code',
]);
export type QualityFlag = z.infer<typeof qualityFlagSchema>;

/** Official codes look like 1.001193; a few real records carry malformed ones (1.0133611, 1.014955-Xoa): kept and flagged. */
export const procedureCodePattern = /^\d\.\d{6,}(?:-[\p{L}\d]+)?$/u;
export const standardCodePattern = /^\d\.\d{6}$/u;
export const procedureCodeSchema = z.string().regex(procedureCodePattern, 'mã thủ tục dạng 1.000000');

export const procedureSchema = z.object({
  code: procedureCodeSchema,
  title: z.string().min(1),
  levels: z.array(implementationLevelSchema),
  field: z.string().default(''),
  /** Ministry or body that issued the procedure (cơ quan ban hành). */
  issuingBody: z.string().default(''),
  decisionNumber: z.string().default(''),
  agencies: agenciesSchema,
  applicants: z.array(z.string()).default([]),
  channels: z.array(channelSchema).default([]),
  steps: z.array(stepSchema).default([]),
  documents: z.array(requiredDocumentSchema).default([]),
  results: z.array(z.string()).default([]),
  legalBasis: z.array(legalBasisSchema).default([]),
  requirements: z.string().default(''),
  url: z.string().nullable().default(null),
  sources: z.array(sourceSchema).default([]),
  /** Which source each top-level field was taken from when records were merged. */
  fieldSources: z.record(z.string(), sourceFormatSchema).default({}),
  qualityFlags: z.array(qualityFlagSchema).default([]),
});
export type Procedure = z.infer<typeof procedureSchema>;
export type ProcedureInput = z.input<typeof procedureSchema>;

/** Short form used in lists and search results. */
export const procedureSummarySchema = procedureSchema.pick({ code: true, title: true, levels: true, field: true });
export type ProcedureSummary = z.infer<typeof procedureSummarySchema>;

/** A commune's published list of the procedures it handles. */
export const siteProfileSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  fields: z.array(z.object({ name: z.string(), codes: z.array(procedureCodeSchema) })),
  importedAt: z.string(),
});
export type SiteProfile = z.infer<typeof siteProfileSchema>;
