/**
 * "Sinkronkan Ulang Survei": rebuilds `Hasil Survei` and `Ringkasan Survei` from every response.
 * Through FormApp each response costs a few calls, so the reading stops before the execution
 * limit, saves where it stopped (the last response read, in (time, id) order) and continues in a
 * one-off trigger a minute later (progress in a toast). An edit made meanwhile sorts after the
 * cursor and is read again; the last chunk keeps only the responses the Form holds at that
 * moment. Through the add-on route the response tab is read in one call.
 */
import { INCOMPLETE_LABEL } from '../../core/survey/bands';
import { readResponses, type ReadCursor } from '../../gas/forms';
import { withScriptLock } from '../../gas/lock';
import { deleteProperty, getJson, setJson } from '../../gas/properties';
import { toast } from '../../gas/sheets';
import { clearContinuation, continuationDelay, scheduleContinuation } from '../continuations';
import { UserError } from '../../core/errors';
import { loadSettings } from '../settings';
import { scoreRecord } from '../../core/survey/results';
import { structureNotes, type SurveyConfig } from '../../core/survey/config';
import { loadConfig, openSurveyForm, responseSheetOf, showScale, surveyRoute, tabReader } from './source';
import { storeResults, type StoreOutcome } from './store';

export const CONTINUE_HANDLER = 'lanjutkanSinkronSurvei';
export const RESYNC_PROCESS = 'Sinkronkan Ulang Survei';
const PROGRESS_KEY = 'survey.resync';
/** Reading stops this long after the run started; the rest of the 6 minutes is for writing. */
const READ_BUDGET_MS = 4 * 60 * 1000 + 30 * 1000;
const CONTINUE_AFTER_MS = 60 * 1000;
const LOCK_MS = 30 * 1000;

export interface ResyncReport {
  /** Responses read so far (all runs of this rebuild). */
  read: number;
  /** Responses the Form (or the response tab) holds. */
  total: number;
  /** True when every response was read; false when a continuation is scheduled. */
  done: boolean;
  /** Rows in `Hasil Survei` now. */
  rows: number;
  /** Counted responses per category (table bands, then TIDAK LENGKAP). */
  bands: { label: string; count: number }[];
  superseded: number;
  /** What the team must decide about the Form's questions or scale (structureNotes), [] when nothing. */
  notes: string[];
}

function report(read: number, total: number, done: boolean, out: StoreOutcome, config: SurveyConfig): ResyncReport {
  return {
    read,
    total,
    done,
    rows: out.total,
    bands: out.summary.overall.bands.map((b) => ({ label: b.label, count: b.count })),
    superseded: out.derived.filter((d) => !d.counted).length,
    notes: structureNotes(config),
  };
}

/** One run of the rebuild: from the first response (`fromStart`) or from the saved position. */
export function rebuildSurvey(fromStart: boolean): ResyncReport {
  const started = Date.now();
  const parsed = loadSettings();
  const form = openSurveyForm(parsed);
  const { items, config } = loadConfig(parsed, form);
  if (fromStart) showScale(parsed, config);
  const score = (p: Parameters<typeof scoreRecord>[0]) => scoreRecord(p, config);

  const tab = surveyRoute() === 'spreadsheet' ? responseSheetOf(form) : null;
  if (tab) {
    const read = tabReader(tab);
    const plains = read(items);
    // The tab's rows and header go with the running counts: the next row's event adds to them.
    const out = storeResults(config, plains.map(score), true, undefined, undefined, { tabRows: read.rows, tabHeader: read.header });
    finish();
    return report(plains.length, plains.length, true, out, config);
  }

  const saved = fromStart ? null : getJson<{ cursor?: ReadCursor | null } | null>(PROGRESS_KEY, null);
  // A re-sync saved by an older version (a position, not a cursor) starts again from the first.
  const after = saved && saved.cursor && typeof saved.cursor.id === 'string' ? saved.cursor : null;
  const page = readResponses(form, after, started + READ_BUDGET_MS);
  const scored = page.responses.map(score);
  const read = page.next === null ? page.total : page.read;
  if (page.next !== null) {
    const out = storeResults(config, scored, after === null);
    setJson(PROGRESS_KEY, { cursor: page.next });
    // The one-off trigger that started this run may still be listed: replace it, or none would follow.
    scheduleContinuation(CONTINUE_HANDLER, CONTINUE_AFTER_MS);
    toast(`${RESYNC_PROCESS}: ${read} dari ${page.total} respons sudah dibaca; sisanya dilanjutkan otomatis dalam ${continuationDelay()}.`);
    return report(read, page.total, false, out, config);
  }
  // The last chunk: the ids read now are the Form's responses at this moment; rows of responses
  // deleted in the Forms editor while the re-sync ran go.
  const out = storeResults(config, scored, after === null ? true : { keepOnly: new Set(page.ids) });
  finish();
  toast(`${RESYNC_PROCESS} selesai: ${page.total} respons.`);
  return report(read, page.total, true, out, config);
}

function finish(): void {
  deleteProperty(PROGRESS_KEY);
  clearContinuation(CONTINUE_HANDLER);
}

/** Runs the rebuild holding the script lock; a UserError when another run holds it. */
export function rebuildLocked(fromStart: boolean): ResyncReport {
  const out = withScriptLock(LOCK_MS, () => rebuildSurvey(fromStart));
  if (!out.ran) {
    throw new UserError(
      'Proses lain sedang menulis hasil (kiriman formulir atau sinkronisasi).',
      'Tunggu sebentar, lalu jalankan Survei › Sinkronkan Ulang Survei lagi.',
    );
  }
  return out.value;
}

/** The dialog text after a rebuild run. */
export function resyncMessage(r: ResyncReport): string {
  const bands = r.bands.filter((b) => b.count > 0 || b.label !== INCOMPLETE_LABEL).map((b) => `${b.label}: ${b.count}`).join(', ');
  const lines = [
    r.done
      ? `Semua ${r.total} respons survei sudah dinilai ulang.`
      : `${r.read} dari ${r.total} respons survei sudah dibaca. Sisanya dilanjutkan otomatis dalam ${continuationDelay()} (lihat pesan di pojok kanan bawah).`,
    `Respons dihitung per kategori — ${bands}.`,
  ];
  if (r.superseded > 0) lines.push(`${r.superseded} respons digantikan oleh jawaban terakhir responden yang sama pada semester itu (lihat kolom Status di Hasil Survei).`);
  if (r.notes.length > 0) {
    lines.push('', 'Perlu diperiksa:');
    r.notes.forEach((n) => lines.push(`• ${n}`));
  }
  lines.push('Lihat lembar Hasil Survei dan Ringkasan Survei.');
  return lines.join('\n');
}
