/**
 * The survey's running counts between two runs (document properties): the tally of every row of
 * `Hasil Survei` (core/survey/tally) with the fingerprint it was computed against — the survey
 * configuration as this run derives it from `Pengaturan` and the Form's questions as the product
 * knows them (question mapping, aspects, scale, band table, unit and comment questions, the
 * header), the row count of `Hasil Survei` and the response id and respondent of its last row as
 * the product wrote them (found again by the submission's one TextFinder), and on the add-on
 * route the response tab's row count and header. A submission that finds all of it
 * as expected adds its response to the counts (store.storeOneRunning); anything else is the full
 * computation, which writes the counts again. Split over several keys when long; when even that
 * does not fit, nothing is kept and every run is a full one.
 */
import { isDate } from '../../core/cells';
import { isTally, type SurveyTally } from '../../core/survey/tally';
import type { SurveyConfig } from '../../core/survey/config';
import type { PropertySnapshot } from '../../gas/properties';
import { readParts, splitParts, writeParts } from './form-cache';

export const RUNNING_KEY = 'survey.running';
const MAX_PARTS = 20;
const VERSION = 1;

export interface RunningState {
  /** runningMark of the configuration and header the counts were computed with. */
  mark: string;
  /** Data rows of `Hasil Survei` as last written. */
  rows: number;
  /** Response id and respondent of its last data row as written ('' when none). */
  lastId: string;
  lastEmail: string;
  /** Rows of the response tab when last read (add-on route), null after a Form-route run. */
  tabRows: number | null;
  /** The response tab's header when last read (add-on route), null after a Form-route run. */
  tabHeader: string[] | null;
  tally: SurveyTally;
}


/** FNV-1a, 32 bits, as 8 hex digits. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** What a cell reads back as: dates by instant, text without the apostrophe that keeps it text. */
function cellKey(v: unknown): string {
  if (v === null || v === undefined || v === '') return '';
  if (isDate(v)) return `d${v.getTime()}`;
  if (typeof v === 'number') return `n${v}`;
  if (typeof v === 'boolean') return `b${v}`;
  const s = String(v);
  return `s${s.charAt(0) === "'" ? s.slice(1) : s}`;
}

/** A checksum of one row as written (keepText) or as read back: equal when the cells are. */
export function resultsChecksum(row: readonly unknown[]): string {
  if (row.length === 0) return '';
  let n = row.length;
  while (n > 0 && cellKey(row[n - 1]) === '') n--;
  return hash(row.slice(0, n).map(cellKey).join('\u0001'));
}

/** The fingerprint of what scoring, banding and the layout depend on. */
export function runningMark(config: SurveyConfig, header: readonly string[]): string {
  return hash(
    JSON.stringify([
      VERSION,
      header,
      // Every scored question whole: key, title, choices (scores by position), section, aspect.
      config.questions,
      config.unconfirmed ?? null,
      config.table,
      // The scale the scores are on (where it came from does not change them), or the message
      // of a confirmation still needed (every response waits with it).
      config.scale ? (config.scale.kind === 'use' ? ['use', config.scale.scale] : ['confirm', config.scale.message]) : null,
      config.unitQuestion,
      config.unitKey ?? null,
      config.commentQuestions,
      config.commentKeys ?? null,
      config.missing,
    ]),
  );
}

/** The running counts, or null (none, damaged, or for another number of questions when `questions` is given). */
export function loadRunning(props: PropertySnapshot, questions?: number): RunningState | null {
  const meta = props.get<{ v?: number; parts?: number } | null>(RUNNING_KEY, null);
  if (!meta || meta.v !== VERSION || typeof meta.parts !== 'number') return null;
  const text = readParts(props, RUNNING_KEY, meta.parts);
  if (text === null) return null;
  try {
    const s = JSON.parse(text) as RunningState;
    if (typeof s.mark !== 'string' || typeof s.rows !== 'number' || typeof s.lastId !== 'string' || typeof s.lastEmail !== 'string' || !isTally(s.tally, questions ?? (s.tally && Array.isArray(s.tally.qSum) ? s.tally.qSum.length : -1))) return null;
    if (s.tabRows !== null && typeof s.tabRows !== 'number') return null;
    if (s.tabHeader !== null && !Array.isArray(s.tabHeader)) return null;
    return s;
  } catch {
    return null;
  }
}

/** Forgets the running counts: the next submission runs the full computation. */
export function clearRunning(props: PropertySnapshot): void {
  for (const key of props.keys()) if (key === RUNNING_KEY || key.startsWith(`${RUNNING_KEY}.`)) props.remove(key);
}

export function saveRunning(props: PropertySnapshot, state: RunningState): void {
  const parts = splitParts(JSON.stringify(state));
  if (parts.length > MAX_PARTS) {
    clearRunning(props);
    return;
  }
  writeParts(props, RUNNING_KEY, parts);
  props.set(RUNNING_KEY, { v: VERSION, parts: parts.length });
}
