// Wall-clock time in the site's time zone (Intl only, no library): the site's day, minutes since midnight, and
// the instant of a local "YYYY-MM-DDTHH:MM" slot.

// Building an Intl formatter costs far more than using one, and the queue asks for the day on every request.
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

export function siteDay(now: Date, timeZone: string): string {
  let format = dayFormatters.get(timeZone);
  if (!format) dayFormatters.set(timeZone, (format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return format.format(now);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The site's wall clock at an instant: "YYYY-MM-DDTHH:MM" (seconds dropped). */
export function localSlot(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** "HH:MM" (or "24:00") as minutes since midnight. */
export function minutesOfClock(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours! * 60 + minutes!;
}

/** Minutes since the site's midnight at an instant. */
export function siteMinutes(instant: Date, timeZone: string): number {
  return minutesOfClock(localSlot(instant, timeZone).slice(11));
}

function offsetMs(instant: number, timeZone: string): number {
  const local = localSlot(new Date(instant), timeZone);
  const wall = Date.UTC(Number(local.slice(0, 4)), Number(local.slice(5, 7)) - 1, Number(local.slice(8, 10)), Number(local.slice(11, 13)), Number(local.slice(14, 16)));
  return wall - Math.floor(instant / 60_000) * 60_000;
}

/**
 * The instant of a local slot in the site's time zone, or null when no such wall-clock time exists
 * (30 February, 25:00, a time skipped by a daylight-saving change).
 */
export function slotInstant(slot: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/u.exec(slot);
  if (!match) return null;
  const wall = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), Number(match[4]), Number(match[5]));
  let instant = wall - offsetMs(wall, timeZone);
  const corrected = wall - offsetMs(instant, timeZone);
  if (corrected !== instant) instant = corrected;
  return localSlot(new Date(instant), timeZone) === slot ? new Date(instant) : null;
}
