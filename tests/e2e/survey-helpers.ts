/**
 * Survey end-to-end helpers: the demo's survey Form in a prepared workspace, connected through
 * the menu, and readers of `Hasil Survei` by column header.
 */
import { SHEETS } from '../../src/core/schema';
import { createSurveyForm, surveyAnswers, SURVEY_QUESTIONS, SURVEY_UNITS } from '../../src/offline/demo/survey';
import type { FormSpec } from '../../src/offline/workspace/index';
import type { Workspace, WorkspaceOptions } from '../../src/offline/workspace/index';
import { preparedWorkspace, sheetValues } from './helpers';

export { surveyAnswers, SURVEY_QUESTIONS, SURVEY_UNITS };

export const Q = SURVEY_QUESTIONS.map((q) => q.title);

/** A prepared workspace with the survey Form created (URL in Pengaturan), not yet connected. */
export function surveyWorkspace(options: WorkspaceOptions = {}, spec?: FormSpec): { ws: Workspace; formId: string } {
  const ws = preparedWorkspace(options);
  const formId = createSurveyForm(ws, spec);
  return { ws, formId };
}

/** The same, connected through Survei › Hubungkan Formulir Survei. */
export function connectedSurvey(options: WorkspaceOptions = {}): { ws: Workspace; formId: string } {
  const { ws, formId } = surveyWorkspace(options);
  ws.run('menuHubungkanFormulirSurvei');
  ws.ui.clear();
  return { ws, formId };
}

/** `Hasil Survei` rows as objects keyed by header. */
export function results(ws: Workspace): Record<string, unknown>[] {
  const values = sheetValues(ws, SHEETS.surveyResults) ?? [];
  const header = (values[0] ?? []).map(String);
  return values.slice(1).map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
}

/** The Ringkasan Survei row whose first cell is `label`, in the block under the section `section`. */
export function summaryRow(ws: Workspace, section: string, label: string): unknown[] | undefined {
  const rows = sheetValues(ws, SHEETS.surveySummary) ?? [];
  const start = rows.findIndex((r) => String(r[0]).startsWith(section));
  if (start < 0) return undefined;
  for (let r = start + 1; r < rows.length && String(rows[r][0]) !== ''; r++) if (rows[r][0] === label) return rows[r];
  return undefined;
}

/** The header row of a Ringkasan block (the row after the section title). */
export function summaryHeader(ws: Workspace, section: string): unknown[] {
  const rows = sheetValues(ws, SHEETS.surveySummary) ?? [];
  const start = rows.findIndex((r) => String(r[0]).startsWith(section));
  return rows[start + 1] ?? [];
}

/** Value of a Ringkasan block cell by row label and column header. */
export function summaryCell(ws: Workspace, section: string, label: string, column: string): unknown {
  const header = summaryHeader(ws, section).map(String);
  return summaryRow(ws, section, label)?.[header.indexOf(column)];
}

/** Rows of `Log Kesalahan` after its header. */
export function errorLog(ws: Workspace): string[][] {
  return (sheetValues(ws, SHEETS.errors) ?? []).slice(1).map((r) => r.map(String));
}
