// What a loaded pack looks like, and the views of it the UI and the checker get.

import type { CheckRequest } from '../python/protocol';
import type { CertificationPath, MilestoneMeta, ProjectManifest } from './schema';

/** One thing wrong with a pack. `file` is relative to the projects root, e.g. "house-prices/project.json". */
export interface PackProblem {
  file: string;
  /** The JSON field (e.g. "datasets[0].file") or other place in the file, when there is one. */
  field?: string;
  message: string;
}

/** A `## N. Title` heading of instructions.md. */
export interface TaskHeading {
  number: number;
  title: string;
}

/** A known wrong program from mistakes/, with the message it must trigger. */
export interface MistakeProgram {
  /** File name without ".py" or ".diff". */
  name: string;
  /** The complete program: in format 2, the patch applied to solution.py. */
  code: string;
  /** Substring of the message of a failing check (the `# expect:` header). */
  expect: string;
  /** Name of the check that must fail (the optional `# check:` header). */
  check?: string;
  /** What the mistake is (the `# mistake:` header, else the file name). */
  label: string;
}

/** Another correct solution from alternatives/*.py. */
export interface AlternativeProgram {
  name: string;
  code: string;
}

export interface LoadedMilestone {
  /** Folder name, e.g. "01-load-data". */
  id: string;
  meta: MilestoneMeta;
  instructions: string;
  taskHeadings: TaskHeading[];
  starter: string;
  solution: string;
  checks: string;
  hints: string[];
  mistakes: MistakeProgram[];
  alternatives: AlternativeProgram[];
}

export interface LoadedPack {
  slug: string;
  /** Absolute path of the pack folder. */
  dir: string;
  manifest: ProjectManifest;
  /** In the manifest's order. */
  milestones: LoadedMilestone[];
  /** Paths from the pack folder ("data/ames.csv") of the files copied into Python. */
  dataFiles: string[];
  /** checks_support.py, which every milestone's checks.py may `import checks_support`; null when absent. */
  checksSupport: string | null;
  /** Things worth telling the author that do not make the pack invalid (an older format). */
  notices: string[];
}

/** A failed load names every problem, and the manifest's title when it could be read. */
export type PackLoadResult = { ok: true; pack: LoadedPack } | { ok: false; problems: PackProblem[]; title?: string };

export interface MilestoneSummary {
  id: string;
  title: string;
  summary: string;
  estimatedMinutes: number;
  skills: string[];
  /** The paths milestone.json names, when it names its own. */
  paths?: CertificationPath[];
}

/** One entry of the catalogue: a working project, or a broken one with what is wrong. */
export type ProjectSummary =
  | {
      status: 'ok';
      slug: string;
      title: string;
      manifest: ProjectManifest;
      milestones: MilestoneSummary[];
    }
  | {
      status: 'broken';
      /** The folder name. */
      slug: string;
      /** The manifest's title when it could be read, else the folder name. */
      title: string;
      problems: PackProblem[];
    };

/** Everything the milestone view shows. The checks' source is not part of it. */
export interface MilestoneView {
  slug: string;
  projectTitle: string;
  milestoneId: string;
  meta: MilestoneMeta;
  instructions: string;
  taskHeadings: TaskHeading[];
  starter: string;
  hints: string[];
  /** The UI decides when to reveal it. */
  solution: string;
}

/**
 * What the worker's `check` needs besides the learner's code and file name. The
 * project's data files are not in it: they go to the worker once per project
 * (HostApi.getProjectFiles).
 */
export interface CheckBundle extends Omit<CheckRequest, 'code' | 'filename'> {
  meta: MilestoneMeta;
}
