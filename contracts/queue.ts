// Queue numbers: site configuration file, HTTP bodies and the /queue socket events.
import { z } from 'zod';

export const serviceCodeSchema = z.string().regex(/^[A-Z]$/u, 'mã dịch vụ là một chữ cái in hoa (A, B, C...)');

/** "HH:MM" in the site's time zone; a closing time may be "24:00" (open until midnight). */
const clockTimeSchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/u, 'giờ có dạng HH:MM, ví dụ 07:30');

export const queueSiteConfigSchema = z.object({
  siteId: z.string().min(1).max(100),
  name: z.string().min(1),
  services: z.array(z.object({ code: serviceCodeSchema, name: z.string().min(1), defaultServiceMinutes: z.number().positive().default(6) })).min(1),
  counters: z.array(z.object({ number: z.number().int().positive(), name: z.string().min(1), services: z.array(serviceCodeSchema).min(1) })).min(1),
  openingHours: z
    .object({ open: clockTimeSchema, close: clockTimeSchema })
    .refine((hours) => hours.open < hours.close, 'giờ mở cửa phải trước giờ đóng cửa'),
  /** Walk-in tickets can be taken this many minutes before opening, so early citizens queue. */
  issueFromMinutesBeforeOpen: z.number().int().min(0).max(240).default(30),
  /** Appointment slots start on this grid (minutes past the hour: 0, 15, 30, 45 with 15). */
  appointmentSlotMinutes: z.number().int().min(5).max(60).default(15),
  /** A checked-in appointment is called ahead of walk-ins from this many minutes before its slot. */
  appointmentGraceMinutes: z.number().int().min(0).max(60).default(10),
  /** Checked in later than this after the slot, the citizen gets an ordinary ticket (no going ahead). */
  appointmentLateMinutes: z.number().int().min(0).max(240).default(30),
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
  /** Slot time (ISO instant) of a checked-in appointment; null for walk-in tickets. */
  appointmentAt: z.string().nullable(),
});
export type Ticket = z.infer<typeof ticketSchema>;

/** A date and time slot in the site's time zone, "YYYY-MM-DDTHH:MM". */
export const appointmentSlotSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/u, 'giờ hẹn có dạng YYYY-MM-DDTHH:MM, ví dụ 2026-11-23T09:30');

export const bookAppointmentRequestSchema = z.object({
  serviceCode: serviceCodeSchema,
  slot: appointmentSlotSchema,
  requestId: z.string().min(8).max(100),
  /** Optional short reference (a name or nickname) for the officer; never an ID number. */
  reference: z
    .string()
    .trim()
    .min(1)
    .max(40, 'tên gọi tối đa 40 ký tự')
    .refine((value) => !/\d{5,}/u.test(value), 'không ghi số giấy tờ hay số điện thoại vào tên gọi')
    .optional(),
  /** Optional last four digits of a phone number, to tell two bookings apart. */
  phoneLast4: z.string().regex(/^\d{4}$/u, 'chỉ ghi 4 số cuối điện thoại').optional(),
});
export type BookAppointmentRequest = z.infer<typeof bookAppointmentRequestSchema>;

export const appointmentStatusSchema = z.enum(['booked', 'checked_in']);

export const appointmentSchema = z.object({
  id: z.string(),
  /** Short code given to the citizen; shown at the kiosk to check in. */
  code: z.string(),
  serviceCode: serviceCodeSchema,
  slot: appointmentSlotSchema,
  status: appointmentStatusSchema,
  reference: z.string().nullable(),
  phoneLast4: z.string().nullable(),
  ticketId: z.string().nullable(),
  ticketNumber: z.string().nullable(),
  createdAt: z.string(),
});
export type Appointment = z.infer<typeof appointmentSchema>;

export const appointmentCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{6}$/u, 'mã lịch hẹn gồm 6 chữ và số');
export const checkInRequestSchema = z.object({ code: appointmentCodeSchema });
export const appointmentsQuerySchema = z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'ngày có dạng YYYY-MM-DD').optional() });

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
