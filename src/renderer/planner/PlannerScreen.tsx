// The study planner: the plan form, the projected finish date, this week's planned
// blocks against time spent, the streak, the cramming warning and the plan history.

import { useState } from 'react';
import { formatMinutes } from '../../shared/planner/format';
import { systemTimeZone } from '../../shared/planner/local-time';
import type { StudyPlan } from '../../shared/planner/plan';
import type { AppInfo } from '../../shared/host-api';
import { PlanForm } from './PlanForm';
import { ProjectionCard } from './ProjectionCard';
import { WeekChart } from './WeekChart';
import { CERTIFICATION_PATHS, pathTitle, plannerFigures, roadmapOf } from './study-model';
import { useStudyData } from './use-study-data';
import './planner.css';

function ReminderNote({ mode }: { mode: AppInfo['mode'] }) {
  return (
    <p className="planner-muted" data-testid="reminder-note">
      {mode === 'browser'
        ? 'Reminders when a study block starts need the desktop app: a browser tab cannot be relied on to be open.'
        : 'Reminders appear as desktop notifications while Buildpath is open.'}
    </p>
  );
}

function PlanHistory({ plans }: { plans: readonly StudyPlan[] }) {
  if (plans.length < 2) return null;
  return (
    <details className="plan-history">
      <summary>Earlier plans ({plans.length - 1})</summary>
      <ol reversed>
        {plans
          .slice(0, -1)
          .reverse()
          .map((plan) => (
            <li key={plan.created_at}>
              {new Date(plan.created_at).toLocaleDateString()}: {plan.hours_per_week} h a week towards {pathTitle(plan.target_path)},{' '}
              {plan.blocks.length} blocks ({formatMinutes(plan.blocks.reduce((sum, block) => sum + block.minutes, 0))})
            </li>
          ))}
      </ol>
    </details>
  );
}

export function PlannerScreen() {
  const data = useStudyData();
  const [weeksBack, setWeeksBack] = useState(0);
  if (data.state === 'loading') return <p className="study-screen planner-muted">Loading your progress…</p>;
  if (data.state === 'failed') return <p className="study-screen plan-error" role="alert">The planner could not load: {data.message}</p>;

  const roadmap = roadmapOf(data.catalogue, data.progress);
  const figures = plannerFigures(roadmap, data.progress, Date.now(), systemTimeZone(), weeksBack);
  return (
    <div className="study-screen planner" data-testid="planner">
      <div className="planner-column">
        <section className="planner-card">
          <h3>Your plan</h3>
          {data.readOnly && <p className="plan-error">Your progress file is read-only here, so a plan cannot be saved.</p>}
          <PlanForm
            key={figures.plan?.created_at ?? 'new'}
            paths={CERTIFICATION_PATHS}
            current={figures.plan}
            remindersAvailable={data.mode === 'desktop'}
            onSave={data.savePlan}
          />
          <ReminderNote mode={data.mode} />
          <PlanHistory plans={data.progress.plans} />
        </section>
      </div>
      <div className="planner-column">
        {figures.projection ? (
          <ProjectionCard projection={figures.projection} hoursPerWeek={figures.plan?.hours_per_week ?? 0} pathTitles={pathTitle} />
        ) : (
          <section className="planner-card" data-testid="projection">
            <h3>Projected finish</h3>
            <p data-testid="projection-message">Make a plan to see when you will finish.</p>
          </section>
        )}
        <WeekChart week={figures.week} streak={figures.streak} onEarlier={() => setWeeksBack(weeksBack + 1)} onLater={weeksBack > 0 ? () => setWeeksBack(weeksBack - 1) : undefined} />
      </div>
    </div>
  );
}
