// loadPack: reads a project folder and checks everything docs/pack-format.md
// promises. It reports every problem it finds, and never throws on bad input.

import { stat } from 'node:fs/promises';
import path from 'node:path';
import { CURRENT_PACK_FORMAT, MILESTONE_ID_PATTERN, PACK_FORMATS, projectManifestSchema, type PackFormat, type ProjectManifest } from '../../shared/pack/schema';
import type { LoadedMilestone, PackLoadResult, PackProblem } from '../../shared/pack/types';
import { countCsvRecords } from '../../shared/pack/csv-records';
import { DATA_FOLDER, dataPathProblem, datasetPath, isPythonDataFile } from './data-paths';
import { checkSkills, knownSkills } from './known-skills';
import { loadMilestone } from './load-milestone';
import { PACK_LIMITS, type PackLimits } from './pack-limits';
import { PackReader } from './pack-reader';
import { scanPack } from './pack-scan';
import { parseWithSchema } from './schema-problems';

export interface LoadPackOptions {
  limits?: PackLimits;
}

export async function loadPack(dir: string, options: LoadPackOptions = {}): Promise<PackLoadResult> {
  const packDir = path.resolve(dir);
  const label = path.basename(packDir);
  try {
    const info = await stat(packDir).catch(() => null);
    if (!info) return { ok: false, problems: [{ file: label, message: 'does not exist' }] };
    if (!info.isDirectory()) return { ok: false, problems: [{ file: label, message: 'is not a folder' }] };
    return await loadPackFolder(packDir, label, options.limits ?? PACK_LIMITS);
  } catch (error) {
    // A disk error mid-way (permissions, a file vanishing) is a problem of the pack, not a crash.
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ file: label, message: `could not be read: ${reason}` }] };
  }
}

async function loadPackFolder(packDir: string, label: string, limits: PackLimits): Promise<PackLoadResult> {
  const scan = await scanPack(packDir, label, limits);
  const reader = new PackReader(packDir, label, scan);
  const rawManifest = await reader.json('project.json');
  const manifest =
    rawManifest === undefined ? undefined : parseWithSchema(reader, 'project.json', projectManifestSchema, rawManifest);

  if (manifest && manifest.slug !== label) {
    reader.report('project.json', `is "${manifest.slug}" but the folder is named "${label}"; they must be the same`, 'slug');
  }
  const format = packFormat(rawManifest);
  const milestones = await loadMilestones(reader, listedMilestones(manifest, rawManifest), format);
  const checksSupport = reader.hasFile(CHECKS_SUPPORT_FILE) ? ((await reader.text(CHECKS_SUPPORT_FILE)) ?? null) : null;
  const skills = await knownSkills(path.dirname(packDir));
  if (skills) checkSkills(reader, skills, manifest, milestones);
  const dataTexts = await readDataFiles(reader);
  checkDatasets(reader, manifest ?? rawManifest, dataTexts);
  const dataFiles = [...dataTexts.keys()].filter(isPythonDataFile);

  const problems = [...scan.problems, ...reader.problems];
  if (problems.length > 0 || !manifest) return withTitle({ ok: false, problems }, rawManifest);
  const notices = format === CURRENT_PACK_FORMAT ? [] : [formatNotice(label, format)];
  return {
    ok: true,
    pack: { slug: label, dir: packDir, manifest, milestones: milestones as LoadedMilestone[], dataFiles, checksSupport, notices },
  };
}

/** Helpers shared by every milestone's checks.py, importable there as `checks_support`. */
export const CHECKS_SUPPORT_FILE = 'checks_support.py';

/** The manifest's format when it names a known one; else the current one (the schema reports the bad value). */
function packFormat(raw: unknown): PackFormat {
  const format = isRecord(raw) ? raw.format : undefined;
  return PACK_FORMATS.find((known) => known === format) ?? CURRENT_PACK_FORMAT;
}

function formatNotice(label: string, format: PackFormat): string {
  return `${label}/project.json: format ${format} still loads, but its mistakes are complete programs; format ${CURRENT_PACK_FORMAT} writes each as a patch of solution.py (docs/pack-format.md, "Known mistakes")`;
}

/**
 * The milestone list, taken from the raw JSON when the manifest is invalid elsewhere so
 * its milestones still get checked; undefined when the manifest could not be read at all.
 */
function listedMilestones(manifest: ProjectManifest | undefined, raw: unknown): string[] | undefined {
  if (manifest) return manifest.milestones;
  const list = isRecord(raw) ? raw.milestones : undefined;
  if (!Array.isArray(list)) return undefined;
  return list.filter((id): id is string => typeof id === 'string' && MILESTONE_ID_PATTERN.test(id));
}

async function loadMilestones(
  reader: PackReader,
  listed: string[] | undefined,
  format: PackFormat,
): Promise<(LoadedMilestone | undefined)[]> {
  if (!reader.hasFolder('milestones')) {
    reader.report('milestones', 'is missing; each milestone is a folder milestones/NN-name/');
    return [];
  }
  const present = reader.list('milestones').folders;
  if (listed === undefined) {
    // Without a readable list, check every folder rather than call each one unlisted.
    for (const id of present) await loadMilestone(reader, id, format);
    return [];
  }
  listed.forEach((id, index) => {
    if (listed.indexOf(id) !== index) reader.report('project.json', `lists "${id}" twice`, `milestones[${index}]`);
    else if (!present.includes(id)) {
      reader.report('project.json', `lists "${id}" but milestones/${id}/ does not exist`, `milestones[${index}]`);
    }
  });
  const unlisted = present.filter((folder) => !listed.includes(folder));
  for (const id of unlisted) reader.report(`milestones/${id}`, 'is not listed in project.json "milestones"');
  const loaded = [];
  for (const id of [...new Set(listed)].filter((folder) => present.includes(folder))) loaded.push(await loadMilestone(reader, id, format));
  for (const id of unlisted) await loadMilestone(reader, id, format);
  return loaded;
}

function checkDatasets(reader: PackReader, manifest: unknown, dataTexts: Map<string, string>): void {
  const datasets = isRecord(manifest) && Array.isArray(manifest.datasets) ? manifest.datasets : [];
  datasets.forEach((dataset: unknown, index) => {
    if (!isRecord(dataset) || typeof dataset.file !== 'string') return; // the schema already said so
    const relative = checkDatasetFile(reader, dataset.file, `datasets[${index}].file`);
    const text = relative === undefined ? undefined : dataTexts.get(relative);
    if (text !== undefined && typeof dataset.rows === 'number') {
      checkDatasetRows(reader, relative!, text, dataset.rows, `datasets[${index}].rows`);
    }
  });
}

/** The dataset's path from the pack folder, or undefined when the path is unacceptable. */
function checkDatasetFile(reader: PackReader, file: string, field: string): string | undefined {
  const pathProblem = dataPathProblem(file);
  if (pathProblem) {
    reader.report('project.json', pathProblem, field);
    return undefined;
  }
  const relative = datasetPath(file);
  if (!reader.hasFile(relative) && !reader.isUnusable(relative)) {
    reader.report('project.json', `names "${file}" but ${relative} does not exist`, field);
  }
  return relative;
}

/** For CSV files, `rows` must be the number of records after the header line. */
function checkDatasetRows(reader: PackReader, relative: string, text: string, rows: number, field: string): void {
  if (!relative.toLowerCase().endsWith('.csv')) return;
  const actual = Math.max(0, countCsvRecords(text) - 1);
  if (actual !== rows) reader.report('project.json', `is ${rows} but ${relative} holds ${actual} rows after its header`, field);
}

/**
 * Reads every data file once, so a file that is not UTF-8 text is reported now rather
 * than when a learner presses Run. Returns the texts that could be read.
 */
async function readDataFiles(reader: PackReader): Promise<Map<string, string>> {
  const files = reader.filesBelow(DATA_FOLDER).filter((file) => !reader.isUnusable(file));
  if (files.length > 0 && !reader.hasFile(`${DATA_FOLDER}/DATA.md`)) {
    reader.report(`${DATA_FOLDER}/DATA.md`, 'is missing; it names the source, licence and extraction of the data');
  }
  const texts = new Map<string, string>();
  for (const file of files) {
    const text = await reader.text(file);
    if (text !== undefined) texts.set(file, text);
  }
  return texts;
}

/** A broken pack keeps its title when the manifest has one, so the catalogue can name it. */
function withTitle(result: { ok: false; problems: PackProblem[] }, rawManifest: unknown): PackLoadResult {
  const title = isRecord(rawManifest) ? rawManifest.title : undefined;
  return typeof title === 'string' && title.trim() ? { ...result, title: title.trim() } : result;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
