// Shown when a learner opens a milestone whose foundations are not finished (deep
// learning before machine learning): what the suggested order puts first. Advice only.

import type { Roadmap } from '../../shared/roadmap/roadmap';
import { recommendBefore } from '../../shared/roadmap/recommend';
import { MilestoneChip, type OpenMilestone } from './RoadmapMap';

/** How many of the recommended milestones to show; the rest are counted. */
const SHOWN = 4;

export function RecommendBefore(props: { roadmap: Roadmap; project: string; milestone: string; onOpen?: OpenMilestone }) {
  const advice = recommendBefore(props.roadmap, props.project, props.milestone);
  if (!advice) return null;
  const hidden = advice.milestones.length - SHOWN;
  return (
    <aside className="recommend-before" role="note" data-testid="recommend-before">
      <p>{advice.message}</p>
      <div className="milestone-chips">
        {advice.milestones.slice(0, SHOWN).map((milestone) => (
          <MilestoneChip key={`${milestone.project}/${milestone.milestone}`} milestone={milestone} onOpen={props.onOpen} />
        ))}
        {hidden > 0 && <span className="recommend-more">and {hidden} more</span>}
      </div>
    </aside>
  );
}
