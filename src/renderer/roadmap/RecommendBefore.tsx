// Shown above a milestone when the suggested order puts other milestones first: the
// earlier milestones of its project not passed yet, then the unfinished foundations
// of the paths it builds on (deep learning before machine learning). One banner of
// advice, not a lock: the learner can carry on here.

import { useMemo, useState } from 'react';
import type { ProjectSummary } from '../../shared/pack/types';
import type { Progress } from '../../shared/progress/schema';
import type { RoadmapMilestone } from '../../shared/roadmap/roadmap';
import { roadmapOf } from '../planner/study-model';
import { doFirst } from './do-first';
import { MilestoneChip, type OpenMilestone } from './RoadmapMap';

/** How many milestones of each group to show; the rest are counted. */
const SHOWN = 4;

function Group(props: { label: string; milestones: RoadmapMilestone[]; onOpen?: OpenMilestone; testId: string }) {
  const hidden = props.milestones.length - SHOWN;
  return (
    <div className="recommend-group" data-testid={props.testId}>
      <span className="recommend-group-label">{props.label}</span>
      <div className="milestone-chips">
        {props.milestones.slice(0, SHOWN).map((entry) => (
          <MilestoneChip key={`${entry.project}/${entry.milestone}`} milestone={entry} onOpen={props.onOpen} />
        ))}
        {hidden > 0 && <span className="recommend-more">and {hidden} more</span>}
      </div>
    </div>
  );
}

export function RecommendBefore(props: {
  catalogue: readonly ProjectSummary[];
  progress: Progress;
  project: string;
  milestone: string;
  onOpen?: OpenMilestone;
}) {
  const { catalogue, progress, project, milestone } = props;
  const advice = useMemo(() => doFirst(roadmapOf(catalogue, progress), project, milestone), [catalogue, progress, project, milestone]);
  const [dismissedFor, setDismissedFor] = useState<string | null>(null);
  if (!advice || dismissedFor === `${project}/${milestone}`) return null;
  return (
    <aside className="recommend-before" role="note" data-testid="recommend-before">
      <p>{advice.message}</p>
      <div className="recommend-body">
        <div className="recommend-groups">
          {advice.earlier.length > 0 && <Group label="Earlier in this project" milestones={advice.earlier} onOpen={props.onOpen} testId="predecessor-warning" />}
          {advice.foundations.length > 0 && (
            <Group label={advice.paths.map((path) => path.title).join(', ')} milestones={advice.foundations} onOpen={props.onOpen} testId="foundation-milestones" />
          )}
        </div>
        <button type="button" className="button recommend-dismiss" onClick={() => setDismissedFor(`${project}/${milestone}`)}>
          Carry on here
        </button>
      </div>
    </aside>
  );
}
