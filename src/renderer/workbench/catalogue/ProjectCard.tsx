import type { ProjectSummary } from '../../../shared/pack/types';
import type { Progress } from '../../../shared/progress/schema';
import { countPassed } from '../../../shared/progress/reducer';
import { continueTarget } from '../../../shared/progress/continue-target';
import { pathTitle } from '../../planner/study-model';
import { ExportPortfolio } from '../portfolio/ExportPortfolio';

type WorkingProject = Extract<ProjectSummary, { status: 'ok' }>;
type BrokenProject = Extract<ProjectSummary, { status: 'broken' }>;

const SKILLS_SHOWN = 8;
const PROBLEMS_SHOWN = 8;

function describeWhen(iso: string | null | undefined): string {
  if (!iso) return 'Not started yet';
  const days = Math.floor((Date.now() - Date.parse(iso)) / 86_400_000);
  if (days <= 0) return 'Last worked on today';
  if (days === 1) return 'Last worked on yesterday';
  if (days < 14) return `Last worked on ${days} days ago`;
  return `Last worked on ${new Date(iso).toLocaleDateString()}`;
}

export function ProjectCard({ project, progress, onOpen }: { project: WorkingProject; progress: Progress | null; onOpen(milestoneId: string): void }) {
  const { manifest } = project;
  const ids = project.milestones.map((milestone) => milestone.id);
  const passed = progress ? countPassed(progress, project.slug, ids) : 0;
  const projectProgress = progress?.projects[project.slug];
  const target = continueTarget(progress, project.slug, ids);
  const percent = ids.length ? Math.round((passed / ids.length) * 100) : 0;
  return (
    <article className="project-card" data-testid={`project-${project.slug}`} aria-label={project.title}>
      <header className="project-card-head">
        <h2 className="project-title">{project.title}</h2>
        <span className={`difficulty difficulty-${manifest.difficulty}`}>{manifest.difficulty}</span>
      </header>
      <p className="project-blurb">{manifest.blurb}</p>
      <div className="chips" aria-label="Certification paths">
        {manifest.paths.map((path) => (
          <span key={path} className={`chip chip-path chip-${path}`}>
            {pathTitle(path)}
          </span>
        ))}
      </div>
      <div className="chips chips-skills" aria-label="Skills">
        {manifest.skills.slice(0, SKILLS_SHOWN).map((skill) => (
          <span key={skill} className="chip chip-skill">
            {skill.replace(/-/g, ' ')}
          </span>
        ))}
        {manifest.skills.length > SKILLS_SHOWN && (
          <span className="chip chip-skill chip-more" title={manifest.skills.slice(SKILLS_SHOWN).join(', ').replace(/-/g, ' ')}>
            +{manifest.skills.length - SKILLS_SHOWN} more
          </span>
        )}
      </div>
      <div className="project-progress">
        <div className="progress-track" aria-hidden="true">
          <div className="progress-fill" style={{ width: `${percent}%` }} />
        </div>
        <div className="project-progress-text">
          <span data-testid="project-progress">
            {passed} / {ids.length} milestones passed
          </span>
          <span className="muted">≈ {manifest.estimated_hours} h</span>
        </div>
      </div>
      <footer className="project-card-foot">
        <span className="muted">{describeWhen(projectProgress?.last_activity_at)}</span>
        {target && (
          <button type="button" className="button button-primary" onClick={() => onOpen(target)}>
            {projectProgress ? 'Continue' : 'Start'}
          </button>
        )}
      </footer>
      {projectProgress && <ExportPortfolio project={project.slug} label="Export this project's portfolio" />}
    </article>
  );
}

export function BrokenProjectCard({ project }: { project: BrokenProject }) {
  return (
    <article className="project-card project-card-broken" data-testid={`project-${project.slug}`} aria-label={project.title}>
      <header className="project-card-head">
        <h2 className="project-title">{project.title}</h2>
        <span className="difficulty difficulty-broken">broken</span>
      </header>
      <p className="project-blurb">This project cannot be opened until its pack is fixed:</p>
      <ul className="problem-list">
        {project.problems.slice(0, PROBLEMS_SHOWN).map((problem, index) => (
          <li key={index}>
            <code>{problem.file}</code>
            {problem.field ? <> · <code>{problem.field}</code></> : null}: {problem.message}
          </li>
        ))}
        {project.problems.length > PROBLEMS_SHOWN && <li>…and {project.problems.length - PROBLEMS_SHOWN} more</li>}
      </ul>
    </article>
  );
}
