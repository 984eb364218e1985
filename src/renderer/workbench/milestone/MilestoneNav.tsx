import type { MilestoneSummary } from '../../../shared/pack/types';
import type { MilestoneStatus } from '../../../shared/progress/schema';
import { shortcutKeys } from '../shortcuts';

const STATUS_LABEL: Record<MilestoneStatus, string> = {
  not_started: 'not started',
  in_progress: 'in progress',
  passed: 'passed',
  passed_with_solution: 'passed with the solution seen',
};

/** With more milestones than this, only the current one shows its title (the others on hover). */
const COMPACT_ABOVE = 4;

export interface MilestoneNavProps {
  milestones: readonly MilestoneSummary[];
  current: string;
  statusOf(milestoneId: string): MilestoneStatus;
  onOpen(milestoneId: string): void;
}

/** The project's milestones in order, each with its status; the current one highlighted. */
export function MilestoneNav({ milestones, current, statusOf, onOpen }: MilestoneNavProps) {
  const index = milestones.findIndex((milestone) => milestone.id === current);
  const previous = milestones[index - 1];
  const next = milestones[index + 1];
  return (
    <nav className={`milestone-nav${milestones.length > COMPACT_ABOVE ? ' milestone-nav-compact' : ''}`} aria-label="Milestones">
      <button type="button" className="button button-icon" disabled={!previous} onClick={() => previous && onOpen(previous.id)} title={`Previous milestone (${shortcutKeys('previousMilestone')})`} aria-label="Previous milestone">
        ‹
      </button>
      <ol className="milestone-steps">
        {milestones.map((milestone, position) => {
          const status = statusOf(milestone.id);
          return (
            <li key={milestone.id}>
              <button
                type="button"
                className={`milestone-step step-${status}${milestone.id === current ? ' step-current' : ''}`}
                onClick={() => onOpen(milestone.id)}
                aria-current={milestone.id === current ? 'step' : undefined}
                title={`${position + 1}. ${milestone.title} — ${STATUS_LABEL[status]}`}
                data-testid={`step-${milestone.id}`}
                data-status={status}
              >
                <span className="step-dot" aria-hidden="true">
                  {status === 'passed' || status === 'passed_with_solution' ? '✓' : position + 1}
                </span>
                <span className="step-title">{milestone.title}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button-icon" disabled={!next} onClick={() => next && onOpen(next.id)} title={`Next milestone (${shortcutKeys('nextMilestone')})`} aria-label="Next milestone">
        ›
      </button>
    </nav>
  );
}
