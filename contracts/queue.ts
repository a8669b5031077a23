// Queue numbers: site configuration file, HTTP bodies and the /queue socket events.
import { z } from 'zod';

export const serviceCodeSchema = z.string().regex(/^[A-Z]$/u, 'mã dịch vụ là một chữ cái in hoa (A, B, C...)');

export const queueSiteConfigSchema = z.object({
  siteId: z.string().min(1).max(100),
  name: z.string().min(1),
  services: z.array(z.object({ code: serviceCodeSchema, name: z.string().min(1), defaultServiceMinutes: z.number().positive().default(6) })).min(1),
  counters: z.array(z.object({ number: z.number().int().positive(), name: z.string().min(1), services: z.array(serviceCodeSchema).min(1) })).min(1),
  openingHours: z.object({ open: z.string().regex(/^\d{2}:\d{2}$/u), close: z.string().regex(/^\d{2}:\d{2}$/u) }),
  /** One priority ticket after this many normal ones, when both wait. */
  priorityInterleave: z.number().int().min(1).max(20).default(3),
  /** scrypt hashes ("salt:hash", hex) of the officers' PINs. */
  officers: z.array(z.object({ name: z.string().min(1), pinHash: z.string().regex(/^[0-9a-f]+:[0-9a-f]+$/u) })).min(1),
  /** At most one active ticket per service per citizen (ID number kept only as a keyed hash, for the day). */
  oneActiveTicketPerCitizen: z.boolean().default(false),
  /** IANA time zone in which numbers reset daily. */
  timeZone: z.string().default('Asia/Ho_Chi_Minh'),
});
export type QueueSiteConfig = z.infer<typeof queueSiteConfigSchema>;

export const priorityKindSchema = z.enum(['elderly', 'disabled', 'pregnant', 'merit']);
export type PriorityKind = z.infer<typeof priorityKindSchema>;

/** Chip ID card number (căn cước): 12 digits, a province code 001–096, then a century-and-sex digit 0–9. */
export const citizenIdNumberSchema = z
  .string()
  .trim()
  .regex(/^\d{12}$/u, 'số định danh cá nhân gồm đúng 12 chữ số')
  .refine((value) => Number(value.slice(0, 3)) >= 1 && Number(value.slice(0, 3)) <= 96, 'mã tỉnh (3 số đầu) không hợp lệ');

export const issueTicketRequestSchema = z.object({
  serviceCode: serviceCodeSchema,
  requestId: z.string().min(8).max(100),
  priority: priorityKindSchema.optional(),
  /** Optional, read from the ID card at the kiosk; never stored in clear. */
  citizenIdNumber: citizenIdNumberSchema.optional(),
});
export type IssueTicketRequest = z.infer<typeof issueTicketRequestSchema>;

export const ticketStatusSchema = z.enum(['waiting', 'called', 'serving', 'done', 'no_show']);
export type TicketStatus = z.infer<typeof ticketStatusSchema>;

export const ticketSchema = z.object({
  id: z.string(),
  number: z.string(),
  serviceCode: serviceCodeSchema,
  status: ticketStatusSchema,
  position: z.number().int().nonnegative(),
  estimatedWaitMinutes: z.number().int().nonnegative(),
  priority: priorityKindSchema.nullable(),
  counter: z.number().int().nullable(),
  issuedAt: z.string(),
});
export type Ticket = z.infer<typeof ticketSchema>;

export const officerSignInSchema = z.object({ pin: z.string().min(4).max(12), counter: z.number().int().positive() });
export const transferRequestSchema = z.object({ ticketId: z.string(), serviceCode: serviceCodeSchema });

export interface CallAnnouncement {
  ticketId: string;
  number: string;
  counter: number;
  serviceCode: string;
  text: string;
  at: string;
}

export interface QueueServerToClientEvents {
  called: (announcement: CallAnnouncement) => void;
  state: (state: { calls: CallAnnouncement[]; waiting: Record<string, string[]> }) => void;
}
export interface QueueClientToServerEvents {
  'join-board': (payload: { siteId: string }) => void;
}
