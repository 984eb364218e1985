// Calendar arithmetic in an IANA time zone, with Intl.DateTimeFormat only.
// Days and weeks are counted by the learner's local calendar, never as multiples
// of 24 hours: a local day across a daylight-saving change lasts 23 or 25 hours.

/** A local calendar date as 'YYYY-MM-DD'. */
export type DateKey = string;

/** ISO weekday: Monday = 1 … Sunday = 7. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when the runtime knows this IANA time zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

export function localDateTime(instantMs: number, timeZone: string): LocalDateTime {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instantMs))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? 0,
    month: fields.month ?? 0,
    day: fields.day ?? 0,
    hour: fields.hour ?? 0,
    minute: fields.minute ?? 0,
    second: fields.second ?? 0,
  };
}

/** How far local wall time is ahead of UTC at this instant, in ms. */
export function utcOffsetMs(instantMs: number, timeZone: string): number {
  const local = localDateTime(instantMs, timeZone);
  const wallAsUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  return wallAsUtc - Math.floor(instantMs / 1000) * 1000;
}

function sameWallTime(a: LocalDateTime, b: LocalDateTime): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute;
}

/**
 * The instant a local wall time happens. When the clock is set back and the time
 * happens twice, the earlier one; when the clock jumps forward over it, the time
 * is moved forward by the jump (02:30 becomes 03:30), as calendars do.
 */
export function instantOfLocal(wall: Omit<LocalDateTime, 'second'>, timeZone: string): number {
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const offsetBefore = utcOffsetMs(wallAsUtc - DAY_MS, timeZone);
  const offsetAfter = utcOffsetMs(wallAsUtc + DAY_MS, timeZone);
  const matches = [wallAsUtc - offsetBefore, wallAsUtc - offsetAfter].filter((candidate) =>
    sameWallTime(localDateTime(candidate, timeZone), { ...wall, second: 0 }),
  );
  if (matches.length > 0) return Math.min(...matches);
  return wallAsUtc - offsetBefore;
}

export function dateKeyOf(instantMs: number, timeZone: string): DateKey {
  const { year, month, day } = localDateTime(instantMs, timeZone);
  return formatDateKey(year, month, day);
}

function formatDateKey(year: number, month: number, day: number): DateKey {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function parseDateKey(key: DateKey): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!match) throw new Error(`not a calendar date: ${key}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** Pure calendar arithmetic: no time zone involved. */
export function addDays(key: DateKey, days: number): DateKey {
  const { year, month, day } = parseDateKey(key);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return formatDateKey(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

export function weekdayOf(key: DateKey): Weekday {
  const { year, month, day } = parseDateKey(key);
  const sundayZero = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return (sundayZero === 0 ? 7 : sundayZero) as Weekday;
}

/** The Monday of the week holding this date. */
export function weekStartOf(key: DateKey): DateKey {
  return addDays(key, 1 - weekdayOf(key));
}

/** The first instant of a local day (00:00, or the first existing time if midnight is skipped). */
export function startOfLocalDay(key: DateKey, timeZone: string): number {
  return instantOfLocal({ ...parseDateKey(key), hour: 0, minute: 0 }, timeZone);
}

/** Local wall time 'HH:MM' on a date, as an instant. */
export function instantAtLocalTime(key: DateKey, time: string, timeZone: string): number {
  const { hours, minutes } = parseClockTime(time);
  return instantOfLocal({ ...parseDateKey(key), hour: hours, minute: minutes }, timeZone);
}

export function parseClockTime(time: string): { hours: number; minutes: number } {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new Error(`not a time of day (HH:MM): ${time}`);
  return { hours: Number(match[1]), minutes: Number(match[2]) };
}

/** The time zone the runtime runs in (the learner's, in the app). */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
