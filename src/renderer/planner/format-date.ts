// Shows a local calendar date ('YYYY-MM-DD') in words, in the learner's locale.

import type { DateKey } from '../../shared/planner/local-time';

export function formatDateKey(key: DateKey, options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' }): string {
  const [year, month, day] = key.split('-').map(Number) as [number, number, number];
  // The date is a calendar date already: format it in UTC so no zone can shift it.
  return new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}
