// The roadmap screen: the Foundations stage and the three certification paths as a map
// of the learner's work.

import { roadmapOf } from '../planner/study-model';
import { useStudyData } from '../planner/use-study-data';
import { RoadmapMap, type OpenMilestone } from './RoadmapMap';

export function RoadmapScreen({ onOpenMilestone }: { onOpenMilestone?: OpenMilestone }) {
  const data = useStudyData();
  if (data.state === 'loading') return <p className="study-screen">Loading the roadmap…</p>;
  if (data.state === 'failed') return <p className="study-screen" role="alert">The roadmap could not load: {data.message}</p>;
  const roadmap = roadmapOf(data.catalogue, data.progress);
  const order = [...roadmap.stages.map((lane) => lane.stage.title), ...roadmap.lanes.map((lane) => lane.path.title)];
  return (
    <div className="study-screen" data-testid="roadmap">
      <h2>Your roadmap</h2>
      <p className="roadmap-intro">
        Suggested order: {order.join(', then ')}. Each lane lists the milestones that train it.
      </p>
      <RoadmapMap roadmap={roadmap} onOpenMilestone={onOpenMilestone} />
    </div>
  );
}
