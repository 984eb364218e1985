// Shown above a milestone whose foundations are not finished (deep learning before
// machine learning): what the suggested order puts first. Advice, not a lock: the
// learner can dismiss it and carry on.

import { useMemo, useState } from 'react';
import type { ProjectSummary } from '../../shared/pack/types';
import type { Progress } from '../../shared/progress/schema';
import { recommendBefore } from '../../shared/roadmap/recommend';
import { roadmapOf } from '../planner/study-model';
import { MilestoneChip, type OpenMilestone } from './RoadmapMap';

/** How many of the recommended milestones to show; the rest are counted. */
const SHOWN = 4;

export function RecommendBefore(props: {
  catalogue: readonly ProjectSummary[];
  progress: Progress;
  project: string;
  milestone: string;
  onOpen?: OpenMilestone;
}) {
  const { catalogue, progress, project, milestone } = props;
  const advice = useMemo(() => recommendBefore(roadmapOf(catalogue, progress), project, milestone), [catalogue, progress, project, milestone]);
  const [dismissedFor, setDismissedFor] = useState<string | null>(null);
  if (!advice || dismissedFor === `${project}/${milestone}`) return null;
  const hidden = advice.milestones.length - SHOWN;
  return (
    <aside className="recommend-before" role="note" data-testid="recommend-before">
      <p>{advice.message}</p>
      <div className="milestone-chips">
        {advice.milestones.slice(0, SHOWN).map((entry) => (
          <MilestoneChip key={`${entry.project}/${entry.milestone}`} milestone={entry} onOpen={props.onOpen} />
        ))}
        {hidden > 0 && <span className="recommend-more">and {hidden} more</span>}
        <button type="button" className="button recommend-dismiss" onClick={() => setDismissedFor(`${project}/${milestone}`)}>
          Carry on here
        </button>
      </div>
    </aside>
  );
}
