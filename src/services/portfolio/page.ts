// index.html of an export: one page that needs nothing else to be read or printed
// (styles inline, no script, no remote resource). Built from the manifest's entries
// and what the fresh check run saw; every text from the learner or a pack is escaped.

import type { CheckResult, TestStatus } from '../../shared/check-result';
import type { DisplayRecord } from '../../shared/display';
import { escapeHtml } from './html-text';
import type { MilestoneEntry, PortfolioManifest } from './manifest';
import { highlightPython } from './python-highlight';
import { renderDisplay } from './svg-charts';

/** A program that shows a picture in a loop must not make the page unreadable. */
export const MAX_PICTURES_PER_MILESTONE = 6;

export interface PageMilestone {
  entry: MilestoneEntry;
  code: string;
  displays: DisplayRecord[];
  /** Why the code could not be checked (a syntax error, a crash at top level), else null. */
  message: string | null;
}

export interface PageProject {
  slug: string;
  title: string;
  milestones: PageMilestone[];
}

export type PageManifest = Omit<PortfolioManifest, 'files' | 'projects' | 'digest'>;

const STATUS_WORDS: Record<CheckResult['status'], string> = {
  pass: 'Passed',
  fail: 'Not passed yet',
  error: 'Could not be checked',
  not_attempted: 'Not attempted',
};

const CHECK_MARKS: Record<TestStatus, string> = { pass: '✓', fail: '✗', error: '!', not_attempted: '–', timeout: '⏱' };

export function renderPortfolioPage(manifest: PageManifest, projects: readonly PageProject[]): string {
  const all = projects.flatMap((project) => project.milestones);
  const passed = all.filter((milestone) => milestone.entry.status === 'pass').length;
  const owner = manifest.learner_name ? `${escapeHtml(manifest.learner_name)}’s portfolio` : 'Portfolio';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${owner} — Buildpath</title>
<style>${STYLES}</style>
</head>
<body>
<header class="page-head">
<h1>${owner}</h1>
<p>Machine-learning project work done in Buildpath ${escapeHtml(manifest.buildpath_version)}, exported ${formatDate(manifest.created_at)}.
${passed} of ${all.length} milestone${all.length === 1 ? '' : 's'} passed. Every verdict below comes from running the checks on this code at export time; <code>npx buildpath verify &lt;this folder&gt;</code> runs them again.</p>
</header>
<main>
${projects.map(renderProject).join('\n')}
</main>
</body>
</html>
`;
}

/**
 * The page with its pictures taken out. Learner text inside a figure is escaped,
 * so no `</figure>` but the figure's own can appear in it.
 */
export function withoutPictures(page: string): string {
  return page.replace(/<figure class="display[^"]*">[\s\S]*?<\/figure>/g, '<figure></figure>');
}

function renderProject(project: PageProject): string {
  return `<section class="project">
<h2>${escapeHtml(project.title)}</h2>
${project.milestones.map((milestone) => renderMilestone(project.slug, milestone)).join('\n')}
</section>`;
}

function renderMilestone(slug: string, { entry, code, displays, message }: PageMilestone): string {
  const passedChecks = entry.checks.filter((check) => check.status === 'pass').length;
  const pictures = displays.slice(0, MAX_PICTURES_PER_MILESTONE);
  const leftOut = displays.length - pictures.length;
  return `<article class="milestone status-${entry.status}" id="${escapeHtml(`${slug}-${entry.id}`)}">
<h3><span class="badge">${STATUS_WORDS[entry.status]}</span> ${escapeHtml(entry.title)}</h3>
<dl class="facts">${facts(entry).join('')}</dl>
${flags(entry)}
${message ? `<pre class="message">${escapeHtml(message)}</pre>` : ''}
<h4>Checks: ${passedChecks} of ${entry.checks.length} passed</h4>
<ul class="checks">${entry.checks
    .map((check) => `<li class="check-${check.status}"><span class="mark">${CHECK_MARKS[check.status]}</span> ${escapeHtml(check.name)}</li>`)
    .join('')}</ul>
${pictures.length > 0 ? `<h4>What the code showed</h4>${pictures.map(renderDisplay).join('\n')}` : ''}
${leftOut > 0 ? `<p class="note">${leftOut} more picture${leftOut === 1 ? '' : 's'} not shown here.</p>` : ''}
<h4>Code <span class="file">${escapeHtml(entry.code_file)}</span></h4>
<pre class="code"><code>${highlightPython(code)}</code></pre>
</article>`;
}

function facts(entry: MilestoneEntry): string[] {
  const rows: [string, string | null][] = [
    ['Started', entry.first_attempt_at && formatDate(entry.first_attempt_at)],
    ['Passed', entry.status === 'pass' && entry.passed_at ? formatDate(entry.passed_at) : null],
    ['Code last changed', entry.code_changed_at && formatDate(entry.code_changed_at)],
    ['Study time', entry.study_minutes === null ? null : formatMinutes(entry.study_minutes)],
  ];
  return rows.filter((row): row is [string, string] => row[1] !== null).map(([term, value]) => `<dt>${term}</dt><dd>${escapeHtml(value)}</dd>`);
}

function flags(entry: MilestoneEntry): string {
  const items: string[] = [];
  if (entry.solution_viewed_before_passing) items.push('Solution viewed before passing');
  if (entry.hints_used !== null && entry.hints_total > 0) items.push(`Hints used: ${entry.hints_used} of ${entry.hints_total}`);
  if (entry.hints_used === null) items.push('No progress record: hint use and study time unknown');
  return items.length > 0 ? `<ul class="flags">${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>` : '';
}

function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return `${hours} h ${String(minutes % 60).padStart(2, '0')} min`;
}

const STYLES = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #5b6470; --line: #d9dde3; --pass: #1a7f37; --fail: #b42318; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 980px; padding: 24px; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 28px; margin: 0 0 8px; }
h2 { font-size: 22px; margin: 32px 0 12px; border-bottom: 2px solid var(--ink); padding-bottom: 4px; }
h3 { font-size: 18px; margin: 0 0 8px; }
h4 { font-size: 14px; margin: 16px 0 6px; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.page-head p { color: var(--muted); }
.milestone { border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin: 16px 0; }
.badge { display: inline-block; font-size: 12px; padding: 2px 8px; border-radius: 10px; vertical-align: middle; background: #eef1f4; color: var(--muted); }
.status-pass .badge { background: #dafbe1; color: var(--pass); }
.status-fail .badge, .status-error .badge { background: #ffebe9; color: var(--fail); }
.facts { display: flex; flex-wrap: wrap; gap: 4px 20px; margin: 0; font-size: 13px; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0 0 0 -14px; }
.facts dt::after { content: ":"; }
.flags { list-style: none; padding: 0; margin: 8px 0 0; display: flex; gap: 8px; flex-wrap: wrap; }
.flags li { font-size: 13px; border: 1px solid #e5c07b; background: #fff8e6; border-radius: 4px; padding: 1px 8px; }
.checks { list-style: none; padding: 0; margin: 0; font-size: 14px; }
.checks .mark { display: inline-block; width: 1.2em; font-weight: bold; }
.check-pass .mark { color: var(--pass); }
.check-fail .mark, .check-error .mark, .check-timeout .mark { color: var(--fail); }
figure.display { margin: 8px 0 16px; }
figure.display svg { max-width: 100%; height: auto; }
figcaption, .note { font-size: 13px; color: var(--muted); }
.legend span { margin-right: 12px; font-size: 12px; }
.legend i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; border-radius: 2px; }
.image-grid { display: flex; flex-wrap: wrap; gap: 8px; }
.image { display: inline-flex; flex-direction: column; align-items: center; font-size: 12px; }
.image svg { border: 1px solid var(--line); }
table.data { border-collapse: collapse; font-size: 12px; }
table.data th, table.data td { border: 1px solid var(--line); padding: 2px 6px; text-align: right; }
.file { text-transform: none; letter-spacing: 0; font-family: ui-monospace, monospace; }
pre.message { white-space: pre-wrap; background: #fff5f5; border-left: 3px solid var(--fail); padding: 8px 12px; font: 12px/1.4 ui-monospace, monospace; }
pre.code { background: #f6f8fa; border: 1px solid var(--line); border-radius: 6px; padding: 12px; overflow-x: auto; font: 13px/1.45 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; white-space: pre; }
.py-keyword { color: #cf222e; } .py-builtin { color: #8250df; } .py-string { color: #0a3069; } .py-comment { color: #6e7781; font-style: italic; }
.py-number { color: #0550ae; } .py-decorator { color: #953800; } .py-definition { color: #6639ba; font-weight: 600; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  h2 { break-after: avoid; }
  .milestone { border-color: #999; }
  h3, h4, figure.display { break-inside: avoid; break-after: avoid; }
  pre.message { white-space: pre-wrap; background: #fff5f5; border-left: 3px solid var(--fail); padding: 8px 12px; font: 12px/1.4 ui-monospace, monospace; }
pre.code { white-space: pre-wrap; word-break: break-word; overflow: visible; font-size: 9pt; }
  .badge, .flags li { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
