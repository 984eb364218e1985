// The roadmap drawn as a map: the stages to do first (Foundations), then one lane per
// certification path in the suggested order, arrows between them, the milestones that
// train each as chips coloured by the learner's status, and its skills practised or untouched.

import { Fragment, type ReactNode } from 'react';
import type { MilestoneStatus } from '../../shared/progress/schema';
import type { PathLane, Roadmap, RoadmapMilestone, SkillCoverage, StageLane } from '../../shared/roadmap/roadmap';
import './roadmap.css';

const STATUS_LABELS: Record<MilestoneStatus, string> = {
  not_started: 'not started',
  in_progress: 'in progress',
  passed: 'passed',
  passed_with_solution: 'passed with the solution',
};

export type OpenMilestone = (project: string, milestone: string) => void;

export function MilestoneChip({ milestone, onOpen }: { milestone: RoadmapMilestone; onOpen?: OpenMilestone }) {
  const label = `${milestone.projectTitle}: ${milestone.title} (${STATUS_LABELS[milestone.status]})`;
  return (
    <button
      type="button"
      className={`milestone-chip milestone-chip-${milestone.status}`}
      title={label}
      aria-label={label}
      disabled={!onOpen}
      onClick={() => onOpen?.(milestone.project, milestone.milestone)}
    >
      {milestone.title}
    </button>
  );
}

function ProjectGroups({ milestones: all, empty, onOpen }: { milestones: RoadmapMilestone[]; empty: string; onOpen?: OpenMilestone }) {
  const projects = [...new Set(all.map((milestone) => milestone.project))];
  if (projects.length === 0) return <p className="lane-empty">{empty}</p>;
  return (
    <>
      {projects.map((project) => {
        const milestones = all.filter((milestone) => milestone.project === project);
        return (
          <section key={project} className="lane-project">
            <h4>{milestones[0]?.projectTitle}</h4>
            <div className="milestone-chips">
              {milestones.map((milestone) => (
                <MilestoneChip key={milestone.milestone} milestone={milestone} onOpen={onOpen} />
              ))}
            </div>
          </section>
        );
      })}
    </>
  );
}

function SkillList({ skills }: { skills: SkillCoverage[] }) {
  const untouched = skills.filter((skill) => skill.state === 'untouched').length;
  return (
    <section className="lane-skills">
      <h4>
        Skills: {skills.length - untouched} of {skills.length} touched
      </h4>
      <ul>
        {skills.map((skill) => (
          <li
            key={skill.skill}
            className={`skill skill-${skill.state}`}
            title={skill.trainedBy === 0 ? 'No project trains this skill yet' : `${skill.state}; trained by ${skill.trainedBy} milestone(s)`}
          >
            {skill.skill.replaceAll('-', ' ')}
            {skill.trainedBy === 0 && <span className="skill-no-project"> (no project yet)</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

interface LaneFrameProps {
  id: string;
  title: string;
  badge: string | number;
  stage?: boolean;
  lane: PathLane | StageLane;
  empty: string;
  onOpen?: OpenMilestone;
  children: ReactNode;
}

/** What every lane shows: its badge and title, what `children` says about it, progress, milestones and skills. */
function LaneFrame({ id, title, badge, stage, lane, empty, onOpen, children }: LaneFrameProps) {
  const classes = ['roadmap-lane', ...(stage ? ['roadmap-stage'] : []), ...(lane.done ? ['roadmap-lane-done'] : [])];
  return (
    <article className={classes.join(' ')} data-testid={`lane-${id}`} aria-label={title}>
      <header>
        <span className="lane-order">{badge}</span>
        <h3>{title}</h3>
        {children}
        <p className="lane-progress">
          {lane.passed} of {lane.milestones.length} milestones passed
        </p>
      </header>
      <ProjectGroups milestones={lane.milestones} empty={empty} onOpen={onOpen} />
      <SkillList skills={lane.skills} />
    </article>
  );
}

function Lane({ lane, onOpen }: { lane: PathLane; onOpen?: OpenMilestone }) {
  const { path } = lane;
  return (
    <LaneFrame id={path.id} title={path.title} badge={path.order} lane={lane} empty="No project trains this path yet." onOpen={onOpen}>
      <p className="lane-meta">
        {path.difficulty} · {path.focus.join(', ')}
      </p>
      <p className="lane-meta">
        Bring: {path.entry_knowledge}
        {lane.prerequisites.map((prerequisite) => (
          <span key={prerequisite.id} className={`lane-prerequisite${prerequisite.done ? ' lane-prerequisite-done' : ''}`}>
            {' '}
            · builds on {prerequisite.title} {prerequisite.done ? '(done)' : '(not finished)'}
          </span>
        ))}
      </p>
    </LaneFrame>
  );
}

function StageLaneView({ lane, onOpen }: { lane: StageLane; onOpen?: OpenMilestone }) {
  const { stage } = lane;
  return (
    <LaneFrame id={stage.id} title={stage.title} badge="first" stage lane={lane} empty="No project of this stage is installed." onOpen={onOpen}>
      <p className="lane-meta">{stage.summary}</p>
      <p className="lane-meta">Every path builds on it.</p>
    </LaneFrame>
  );
}

function Arrow() {
  return (
    <div className="roadmap-arrow" aria-hidden="true">
      <span>then</span>
      <svg viewBox="0 0 32 16" width="32" height="16">
        <path d="M0 8 H26 M20 2 L28 8 L20 14" fill="none" stroke="currentColor" strokeWidth="2" />
      </svg>
    </div>
  );
}

function Legend() {
  return (
    <ul className="roadmap-legend" aria-label="Legend">
      {(Object.keys(STATUS_LABELS) as MilestoneStatus[]).map((status) => (
        <li key={status}>
          <span className={`milestone-chip milestone-chip-${status} legend-swatch`} aria-hidden="true" />
          {STATUS_LABELS[status]}
        </li>
      ))}
    </ul>
  );
}

export function RoadmapMap({ roadmap, onOpenMilestone }: { roadmap: Roadmap; onOpenMilestone?: OpenMilestone }) {
  return (
    <div className="roadmap">
      <Legend />
      <div
        className="roadmap-lanes"
        style={{ gridTemplateColumns: [...roadmap.stages, ...roadmap.lanes].map(() => 'minmax(220px, 1fr)').join(' auto ') }}
      >
        {roadmap.stages.map((lane, index) => (
          <Fragment key={lane.stage.id}>
            {index > 0 && <Arrow />}
            <StageLaneView lane={lane} onOpen={onOpenMilestone} />
          </Fragment>
        ))}
        {roadmap.lanes.map((lane, index) => (
          <Fragment key={lane.path.id}>
            {(index > 0 || roadmap.stages.length > 0) && <Arrow />}
            <Lane lane={lane} onOpen={onOpenMilestone} />
          </Fragment>
        ))}
      </div>
    </div>
  );
}
