/**
 * "Siapkan Penilaian" (A1–A2, A4): the `Penilaian` sheet from the shortlist (decided from the
 * ballots in `Log Surat Suara`, not read from `Rekap Penjaringan`) and the roster. Re-running after the shortlist changed adds new candidates, retires the others
 * (rows and scores kept) and never erases a typed score, Ditetapkan or Peran.
 *
 * Totals and ranks are computed in code and written as values (not formulas): the rule "mean over
 * the assessors who filled all four criteria" with notes on half-filled blocks does not fit a
 * formula a team member could safely edit. They are refreshed by every run of Siapkan Penilaian,
 * Buat Berita Acara Penilaian and Buat Draf SK, which all recompute from the typed scores.
 */
import type { AssessmentLayout, AssessmentRow } from '../../core/assessment/layout';
import { assessmentSheetValues, parseAssessmentSheet } from '../../core/assessment/sheet';
import { reconcileAssessment } from '../../core/assessment/reconcile';
import { assessmentTotals, type AssessmentResult } from '../../core/assessment/totals';
import { UserError } from '../../core/errors';
import { SHEETS } from '../../core/schema';
import type { ParsedSettings, Settings } from '../../core/settings';
import type { Employee } from '../../core/types';
import { assessmentSheet, sizeAssessmentColumns, writeAssessmentSheet, writeBlock } from '../../gas/sheets';
import { type Cell, changedSpan } from '../../core/cells';
import { ASSESSMENT_HEADER_ROWS } from '../../core/assessment/layout';
import { withScriptLock } from '../../gas/lock';
import { alert } from '../../gas/ui';
import { loadSettings, requireValidSettings } from '../settings';
import { readTallyFromRecords, shortlistCandidates, type TallyEntry } from './inputs';

export interface AssessmentState {
  settings: Settings;
  settingsRows: ParsedSettings['rows'];
  layout: AssessmentLayout;
  rows: AssessmentRow[];
  result: AssessmentResult;
  tally: TallyEntry[];
  roster: Employee[];
  added: number;
  retired: number;
  restored: number;
}

/**
 * Reads the shortlist, roster and `Penilaian`, reconciles, recomputes and writes the sheet back,
 * with the settings the click read once. The common first step of every assessment and decree
 * action.
 */
export function refreshAssessment(parsed: ParsedSettings): AssessmentState {
  requireValidSettings(parsed);
  const settings = parsed.settings;
  const { tally, roster } = readTallyFromRecords(parsed);
  const shortlist = shortlistCandidates(tally, roster);
  const done = withScriptLock(30000, () => {
    const { sheet, values, created } = assessmentSheet();
    const existing = parseAssessmentSheet(values);
    if (shortlist.length === 0 && existing.rows.length === 0) {
      throw new UserError(
        `Belum ada daftar pendek (lihat lembar "${SHEETS.tally}"): belum ada calon yang memenuhi syarat dan memperoleh suara.`,
        'Hubungkan formulir penjaringan dan Sinkronkan Ulang Penjaringan sampai ada calon di daftar pendek, lalu jalankan Siapkan Penilaian lagi.',
      );
    }
    const rec = reconcileAssessment(existing, shortlist, settings.assessors);
    const result = assessmentTotals(rec.rows, rec.layout, settings.shortlistSize);
    const oldWidth = values.length > 1 ? values[1].length : 0;
    const next = assessmentSheetValues(rec.layout, rec.rows, result, rec.teamColumns);
    const width = Math.max(rec.layout.width, ...next.map((r) => r.length));
    const L = rec.layout;
    const productBlocks: [number, number][] = [[0, L.supervisorNip], [L.total, L.proposed], [L.note, L.note]];
    const cut = (rows: readonly (readonly unknown[])[], first: number, last: number) => rows.map((r) => r.slice(first, last + 1));
    const product = new Set(productBlocks.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, k) => a + k)));
    const others = Array.from({ length: width }, (_, c) => c).filter((c) => !product.has(c));
    const pick = (rows: readonly (readonly unknown[])[]) => rows.map((r) => others.map((c) => r[c]));
    // Laid out again only when its shape or what the team typed moved (candidates, assessors, team
    // columns); otherwise new totals, ranks and notes on the same rows go in as those cells' values.
    const reshaped =
      created || values.length !== next.length || oldWidth !== width || changedSpan(values.slice(0, ASSESSMENT_HEADER_ROWS), next.slice(0, ASSESSMENT_HEADER_ROWS), width) !== null || changedSpan(pick(values), pick(next), others.length) !== null;
    if (reshaped) {
      writeAssessmentSheet(sheet, rec.layout, next, rec.teamColumns.length);
      if (created || oldWidth !== rec.layout.width) sizeAssessmentColumns(sheet, rec.layout);
    } else {
      // Only the product's columns are written; typed scores, Ditetapkan, Peran and team columns never.
      for (const [first, last] of productBlocks) {
        const span = changedSpan(cut(values, first, last), cut(next, first, last), last - first + 1);
        if (span) writeBlock(sheet, span.from + 1, first + 1, cut(next, first, last).slice(span.from, span.to + 1) as Cell[][]);
      }
    }
    return { rec, result };
  });
  if (!done.ran) {
    throw new UserError('Proses lain sedang menulis ke spreadsheet.', 'Tunggu sebentar, lalu jalankan menu ini lagi.');
  }
  const { rec, result } = done.value;
  return {
    settings,
    settingsRows: parsed.rows,
    layout: rec.layout,
    rows: rec.rows,
    result,
    tally,
    roster,
    added: rec.added,
    retired: rec.retired,
    restored: rec.restored,
  };
}

/** The problems of typed values, as lines for a dialog (at most `max`). */
export function problemLines(result: AssessmentResult, max = 8): string {
  if (result.problems.length === 0) return '';
  const lines = result.problems.slice(0, max).map((p) => `• ${p.message}`);
  if (result.problems.length > max) lines.push(`… dan ${result.problems.length - max} masalah lain.`);
  return `\n\nPerlu diperbaiki (tidak dihitung sampai diperbaiki):\n${lines.join('\n')}`;
}

/** Menu: Penilaian › Siapkan Penilaian. */
export function runPrepareAssessment(): void {
  const s = refreshAssessment(loadSettings());
  const active = s.rows.filter((r) => !r.retired && !r.duplicate).length;
  const assessed = s.result.rows.filter((r, i) => r.total !== null && !s.rows[i].retired && !s.rows[i].duplicate).length;
  const changes: string[] = [];
  if (s.added > 0) changes.push(`${s.added} calon baru ditambahkan`);
  if (s.retired > 0) changes.push(`${s.retired} calon tidak lagi di daftar pendek (barisnya dan nilainya disimpan)`);
  if (s.restored > 0) changes.push(`${s.restored} calon kembali ke daftar pendek`);
  alert(
    'Siapkan Penilaian',
    `Lembar "${SHEETS.assessment}" siap: ${active} calon, ${s.layout.assessors.length} penilai (${s.layout.assessors.join(', ')}); ${assessed} calon sudah dinilai lengkap.` +
      (changes.length > 0 ? `\n${changes.join('; ')}.` : '') +
      `\n\nIsi nilai ${'1–5'} per kriteria untuk setiap penilai, centang "Ditetapkan" untuk calon pilihan Kepala Dinas dan pilih Perannya. Nilai yang sudah diketik tidak pernah dihapus.` +
      (s.result.tieAtCutoff ? '\n\nPerhatian: ada nilai sama di batas calon yang diusulkan; semua yang sama diusulkan, keputusan pada tim.' : '') +
      problemLines(s.result),
  );
}
