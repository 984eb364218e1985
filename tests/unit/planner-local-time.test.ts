import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateKeyOf,
  instantAtLocalTime,
  isValidTimeZone,
  parseClockTime,
  startOfLocalDay,
  weekStartOf,
  weekdayOf,
} from '../../src/shared/planner/local-time';

const HOUR_MS = 3_600_000;
const weekHours = (monday: string, timeZone: string) =>
  (startOfLocalDay(addDays(monday, 7), timeZone) - startOfLocalDay(monday, timeZone)) / HOUR_MS;

describe('local calendar dates', () => {
  it('puts the same instant on different local dates by time zone', () => {
    const instant = Date.parse('2026-03-10T23:30:00Z');
    expect(dateKeyOf(instant, 'UTC')).toBe('2026-03-10');
    expect(dateKeyOf(instant, 'Asia/Tokyo')).toBe('2026-03-11');
    expect(dateKeyOf(instant, 'America/Los_Angeles')).toBe('2026-03-10');
    expect(dateKeyOf(Date.parse('2026-03-11T05:00:00Z'), 'America/Los_Angeles')).toBe('2026-03-10');
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('numbers weekdays from Monday = 1 and starts weeks on Monday', () => {
    expect(weekdayOf('2026-03-23')).toBe(1);
    expect(weekdayOf('2026-03-29')).toBe(7);
    expect(weekStartOf('2026-03-29')).toBe('2026-03-23');
    expect(weekStartOf('2026-03-23')).toBe('2026-03-23');
    expect(weekStartOf('2027-01-01')).toBe('2026-12-28');
  });
});

describe('weeks across daylight-saving changes', () => {
  it('has 167 hours in the week the clocks go forward and 169 when they go back', () => {
    expect(weekHours('2026-03-23', 'Europe/Berlin')).toBe(167);
    expect(weekHours('2026-10-19', 'Europe/Berlin')).toBe(169);
    expect(weekHours('2026-03-02', 'America/New_York')).toBe(167);
    expect(weekHours('2026-10-26', 'America/New_York')).toBe(169);
    expect(weekHours('2026-06-01', 'Europe/Berlin')).toBe(168);
    expect(weekHours('2026-03-23', 'Asia/Tokyo')).toBe(168);
  });

  it('moves a start time the clocks skip forward, and takes the first of a repeated one', () => {
    // Berlin, 29 March 2026: 02:00 CET becomes 03:00 CEST, so 02:30 does not exist.
    expect(new Date(instantAtLocalTime('2026-03-29', '02:30', 'Europe/Berlin')).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // Berlin, 25 October 2026: 02:30 happens at 00:30Z (CEST) and again at 01:30Z (CET).
    expect(new Date(instantAtLocalTime('2026-10-25', '02:30', 'Europe/Berlin')).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(new Date(instantAtLocalTime('2026-07-01', '18:15', 'America/New_York')).toISOString()).toBe('2026-07-01T22:15:00.000Z');
  });

  it('starts a day at 01:00 where the clocks skip midnight', () => {
    // Santiago de Chile, 6 September 2026: midnight becomes 01:00.
    expect(new Date(startOfLocalDay('2026-09-06', 'America/Santiago')).toISOString()).toBe('2026-09-06T04:00:00.000Z');
    expect(new Date(startOfLocalDay('2026-09-05', 'America/Santiago')).toISOString()).toBe('2026-09-05T04:00:00.000Z');
  });

  it('finds the first instant of every local day of 2026 in zones with unusual offsets and changes', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'America/Santiago', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham'];
    for (const zone of zones) {
      for (let day = '2026-01-01'; day < '2027-01-01'; day = addDays(day, 1)) {
        const start = startOfLocalDay(day, zone);
        expect(dateKeyOf(start, zone), `${zone} ${day}`).toBe(day);
        expect(dateKeyOf(start - 1, zone), `${zone} ${day}`).toBe(addDays(day, -1));
      }
    }
  });
});

describe('inputs', () => {
  it('knows real time zones and rejects made-up ones', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });

  it('reads clock times as HH:MM only', () => {
    expect(parseClockTime('07:05')).toEqual({ hours: 7, minutes: 5 });
    expect(() => parseClockTime('7:05')).toThrow(/HH:MM/);
    expect(() => parseClockTime('24:00')).toThrow(/HH:MM/);
  });
});
