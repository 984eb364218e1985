// This week, day by day: planned study blocks against time actually spent, the
// streak of weeks on plan and, gently, a warning when the week is crammed.

import { formatMinutes, WEEKDAY_NAMES } from '../../shared/planner/format';
import type { Streak, WeekView } from '../../shared/planner/week';
import { formatDateKey } from './format-date';

function Bar({ kind, minutes, scale }: { kind: 'planned' | 'spent'; minutes: number; scale: number }) {
  return (
    <div className={`week-bar week-bar-${kind}`} style={{ width: `${(minutes / scale) * 100}%` }} title={`${kind}: ${formatMinutes(minutes)}`} />
  );
}

function streakText(streak: Streak): string {
  if (streak.weeks === 0) return 'No streak yet: a week on plan starts one.';
  const weeks = `${streak.weeks} week${streak.weeks === 1 ? '' : 's'} on plan in a row`;
  return streak.currentWeekOnPlan ? `${weeks}, this one included.` : `${weeks}; this week is still open.`;
}

export function WeekChart({ week, streak, onEarlier, onLater }: { week: WeekView; streak: Streak; onEarlier(): void; onLater?: () => void }) {
  const scale = Math.max(60, ...week.days.flatMap((day) => [day.plannedMinutes, day.spentMinutes]));
  return (
    <section className="planner-card" aria-label="This week" data-testid="week-view">
      <div className="week-head">
        <h3>
          {week.finished ? 'Week' : 'This week'}, from {formatDateKey(week.weekStart, { weekday: 'long', day: 'numeric', month: 'long' })}
        </h3>
        <button type="button" className="button" onClick={onEarlier} aria-label="Earlier week">
          ‹
        </button>
        <button type="button" className="button" onClick={onLater} disabled={!onLater} aria-label="Later week">
          ›
        </button>
      </div>
      <p>
        <strong data-testid="week-spent">{formatMinutes(week.spentMinutes)}</strong> spent of{' '}
        {week.targetMinutes > 0 ? `${formatMinutes(week.targetMinutes)} planned` : 'no hours planned'}.
      </p>
      <ul className="week-days">
        {week.days.map((day) => (
          <li key={day.date} className="week-day">
            <span className="week-day-name">{WEEKDAY_NAMES[day.weekday].slice(0, 3)}</span>
            <div className="week-bars">
              <Bar kind="planned" minutes={day.plannedMinutes} scale={scale} />
              <Bar kind="spent" minutes={day.spentMinutes} scale={scale} />
            </div>
            <span className="week-day-figures">
              {formatMinutes(day.spentMinutes)} / {formatMinutes(day.plannedMinutes)}
            </span>
          </li>
        ))}
      </ul>
      <p className="week-legend">
        <span className="week-swatch week-bar-planned" /> planned blocks <span className="week-swatch week-bar-spent" /> time spent (active only)
      </p>
      <p className="week-streak" data-testid="streak">
        {streakText(streak)}
      </p>
      {week.cramming.warn && (
        <p className="week-cramming" role="status" data-testid="cramming-warning">
          {week.cramming.message}
        </p>
      )}
    </section>
  );
}
