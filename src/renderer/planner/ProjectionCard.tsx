// The projected finish date, how it was worked out, and the seed figures
// learners plan certifications with, for context.

import { formatMinutes } from '../../shared/planner/format';
import type { Projection } from '../../shared/planner/projection';
import { describeSeedFigure, nearestSeedFigure, SEED_FIGURES } from '../../shared/planner/seed-figures';
import { formatDateKey } from './format-date';

function paceSentence(projection: Extract<Projection, { kind: 'projected' | 'no-hours' }>): string {
  const { pace } = projection;
  if (pace.source === 'default') {
    return `Using the milestones' own estimates until you have passed a couple of milestones (${pace.samples} timed so far).`;
  }
  const percent = Math.round(pace.ratio * 100);
  return `Your pace: milestones take you ${percent}% of their estimate (measured on ${pace.samples} passed milestones, active time only).`;
}

export function ProjectionCard({ projection, hoursPerWeek, pathTitles }: { projection: Projection; hoursPerWeek: number; pathTitles: (id: string) => string }) {
  return (
    <section className="planner-card" aria-label="Projected finish" data-testid="projection">
      <h3>Projected finish</h3>
      {projection.kind === 'projected' ? (
        <>
          <p className="projection-date" data-testid="finish-date" data-date={projection.finishDate}>
            {formatDateKey(projection.finishDate)}
          </p>
          <p data-testid="remaining" data-milestones={projection.remaining.milestones}>
            {projection.remaining.milestones} milestone{projection.remaining.milestones === 1 ? '' : 's'} left on {projection.remaining.paths.map(pathTitles).join(' + ')}:{' '}
            {formatMinutes(projection.remaining.estimatedMinutes)} estimated, about {formatMinutes(projection.hoursNeeded * 60)} at
            your pace, {projection.weeks.toFixed(1)} weeks at {hoursPerWeek} h a week.
          </p>
          <p className="planner-muted">{paceSentence(projection)}</p>
        </>
      ) : (
        <p className="projection-message" data-testid="projection-message">
          {projection.message}
        </p>
      )}
      <p className="planner-muted">
        For a whole certification, learners plan with: {SEED_FIGURES.map(describeSeedFigure).join('; ')}.
        {hoursPerWeek > 0 && ` Nearest to your plan: ${describeSeedFigure(nearestSeedFigure(hoursPerWeek))}.`} The date above
        counts Buildpath's milestones only.
      </p>
    </section>
  );
}
