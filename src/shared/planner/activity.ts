// Time actually spent, from the recorded active intervals. Only the intervals count:
// the gaps between them are idle time (window hidden, no typing) and are never
// spanned. Overlapping intervals (two windows at once) are counted once.

import type { ActivityInterval } from '../progress/schema';
import { addDays, dateKeyOf, startOfLocalDay, type DateKey } from './local-time';

interface Span {
  startMs: number;
  endMs: number;
}

function validSpans(activity: readonly ActivityInterval[]): Span[] {
  const spans: Span[] = [];
  for (const interval of activity) {
    const startMs = Date.parse(interval.start);
    const endMs = Date.parse(interval.end);
    if (Number.isFinite(startMs) && Number.isFinite(endMs) && endMs > startMs) spans.push({ startMs, endMs });
  }
  return spans;
}

/** The union of the spans, sorted, with overlaps merged. */
function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.startMs - b.startMs);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.startMs <= last.endMs) last.endMs = Math.max(last.endMs, span.endMs);
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * Active ms per local calendar day in the time zone. An interval crossing local
 * midnight is split at that midnight, found on the local calendar (so a day across
 * a daylight-saving change is 23 or 25 hours long).
 */
export function activeMsByLocalDay(activity: readonly ActivityInterval[], timeZone: string): Map<DateKey, number> {
  const byDay = new Map<DateKey, number>();
  for (const span of mergeSpans(validSpans(activity))) {
    let cursor = span.startMs;
    while (cursor < span.endMs) {
      const day = dateKeyOf(cursor, timeZone);
      const nextMidnight = startOfLocalDay(addDays(day, 1), timeZone);
      const pieceEnd = Math.min(span.endMs, nextMidnight);
      byDay.set(day, (byDay.get(day) ?? 0) + pieceEnd - cursor);
      cursor = pieceEnd;
    }
  }
  return byDay;
}
